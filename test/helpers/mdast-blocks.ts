/**
 * The engine's blocks as they were built from remark's mdast tree, before the engine read
 * micromark's events directly: the oracle that test/unit/blocks.test.ts holds parse() to. The
 * tree's inline nodes become the engine's Inline here, and leafBlock turns them into text as the
 * engine does; what is under test is how the engine reads micromark's events into Inline.
 */
import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import { inline, leafBlock, rawBlock, type Block, type Inline, type Link, type ParsedDocument } from '../../server/src/engine/parse';
import { LineIndex } from '../../server/src/engine/text';
import { parseMarkdown } from './markdown-tree';

export interface MdastChunk {
  blocks: Block[];
  links: Link[];
  frontMatter: ParsedDocument['frontMatter'];
  groups: number;
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
  // remark's positions skip a byte-order mark; the engine's point into the text as given.
  let bom = 0;
  while (text.charCodeAt(bom) === 0xfeff) bom++;
  return bom ? placedAfter(bom, mdastChunkOf(text.slice(bom))) : mdastChunkOf(text);
}

function placedAfter(offset: number, chunk: MdastChunk): MdastChunk {
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  return {
    blocks: chunk.blocks.map((b) => ({ ...span(b), segments: b.segments.map(([plain, start, end]) => [plain, start + offset, end + offset] as const) })),
    links: chunk.links.map(span),
    frontMatter: chunk.frontMatter && { ...chunk.frontMatter, span: span(chunk.frontMatter.span) },
    groups: chunk.groups,
  };
}

function mdastChunkOf(text: string): MdastChunk {
  const lines = new LineIndex(text);
  const tree = parseTree(text);
  const blocks: Block[] = [];
  const links: Link[] = [];
  let frontMatter: ParsedDocument['frontMatter'] = null;

  // An explicit stack rather than recursion: block quotes nested thousands deep must not overflow.
  const pending: [RootContent, number, Block['container']][] = tree.children.map((node, group) => [node, group, 'root'] as [RootContent, number, Block['container']]).reverse();
  while (pending.length > 0) {
    const [node, group, container] = pending.pop()!;
    const push = (children: readonly RootContent[], inner: Block['container']): void => {
      for (let i = children.length - 1; i >= 0; i--) pending.push([children[i], group, inner]);
    };
    switch (node.type) {
      case 'heading':
        blocks.push(leafBlock(lines, links, 'heading', node.depth, group, container, ...spanOf(node), node.children.map(toInline)));
        break;
      case 'paragraph':
        blocks.push(leafBlock(lines, links, 'paragraph', 0, group, container, ...spanOf(node), node.children.map(toInline)));
        break;
      case 'table':
        for (const row of node.children) {
          const cells: PhrasingContent[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) cells.push({ type: 'text', value: ' | ' });
            cells.push(...cell.children);
          });
          blocks.push(leafBlock(lines, links, 'tableRow', 0, group, container, ...spanOf(row), cells.map(toInline)));
        }
        break;
      case 'list':
        push(
          node.children.flatMap((item) => item.children),
          'listItem',
        );
        break;
      case 'blockquote':
        push(node.children, 'blockquote');
        break;
      case 'code':
        blocks.push(rawBlock(text, lines, 'code', group, container, ...spanOf(node)));
        break;
      case 'html':
        blocks.push(rawBlock(text, lines, 'html', group, container, ...spanOf(node)));
        break;
      case 'thematicBreak':
        blocks.push(rawBlock(text, lines, 'thematicBreak', group, container, ...spanOf(node)));
        break;
      case 'yaml': {
        const block = rawBlock(text, lines, 'frontmatter', group, container, ...spanOf(node));
        blocks.push(block);
        frontMatter = { raw: node.value, format: 'yaml', span: { start: block.start, end: block.end } };
        break;
      }
      default:
        // TOML front matter (not in mdast's types); definitions and footnote definitions carry no release part.
        if ((node.type as string) === 'toml') {
          const block = rawBlock(text, lines, 'frontmatter', group, container, ...spanOf(node));
          blocks.push(block);
          frontMatter = { raw: (node as unknown as { value: string }).value, format: 'toml', span: { start: block.start, end: block.end } };
        }
        break;
    }
  }

  return { blocks, links, frontMatter, groups: tree.children.length };
}

function spanOf(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

/** An mdast inline node as the engine's Inline, which leafBlock reads. */
function toInline(node: PhrasingContent): Inline {
  const [start, end] = spanOf(node);
  const base = { ...inline('other', start), end, positioned: Boolean(node.position) };
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return { ...base, type: node.type, value: node.value };
    case 'break':
      return { ...base, type: 'break' };
    case 'link':
      return { ...base, type: 'link', url: node.url, children: node.children.map(toInline) };
    case 'linkReference':
    case 'emphasis':
    case 'strong':
    case 'delete':
      return { ...base, type: node.type, children: node.children.map(toInline) };
    default:
      return base;
  }
}
