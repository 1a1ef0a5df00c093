/**
 * The engine's blocks as read from remark's mdast tree (parse/tree.ts, the remark plugin's input):
 * the oracle that test/unit/blocks.test.ts holds parse() to, and the reader it holds to parse().
 */
import type { Root } from 'mdast';
import type { Block, Link, ParsedDocument } from '../../server/src/engine/parse';
import { readTree } from '../../server/src/engine/parse/tree';
import { LineIndex } from '../../server/src/engine/text';
import { parseMarkdown } from './markdown-tree';

export interface MdastChunk {
  blocks: Block[];
  links: Link[];
  frontMatter: ParsedDocument['frontMatter'];
}

/**
 * Markdown nested thousands of levels deep (10,000 `>` on a line) overflows the parser's
 * recursion. Such a document is read as plain lines instead, so linting still answers.
 */
function parseTree(text: string): Root {
  try {
    return parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const children: Root['children'] = [];
    const lineIndex = new LineIndex(text);
    for (let line = 1; line <= lineIndex.lineCount; line++) {
      const start = lineIndex.lineStart(line);
      const end = lineIndex.lineEnd(line);
      const value = text.slice(start, end);
      if (!value.trim()) continue;
      const position = { start: { line, column: 1, offset: start }, end: { line, column: end - start + 1, offset: end } };
      children.push({ type: 'paragraph', position, children: [{ type: 'text', value, position }] });
    }
    return { type: 'root', children };
  }
}

export function mdastChunk(text: string): MdastChunk {
  // Files joined together can carry several byte-order marks, which remark reads as text after
  // the first: the oracle parses what follows them and places it after them, as parse() does.
  let bom = 0;
  while (text.charCodeAt(bom) === 0xfeff) bom++;
  const body = text.slice(bom);
  const document = readTree(body, parseTree(body));
  if (!document) throw new Error('the tree remark built does not align with its own text');
  return bom ? placedAfter(bom, document) : document;
}

function placedAfter(offset: number, chunk: MdastChunk): MdastChunk {
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  return {
    blocks: chunk.blocks.map((b) => ({ ...span(b), segments: b.segments.map(([plain, start, end]) => [plain, start + offset, end + offset] as const) })),
    links: chunk.links.map(span),
    frontMatter: chunk.frontMatter && { ...chunk.frontMatter, span: span(chunk.frontMatter.span) },
  };
}
