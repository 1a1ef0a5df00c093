import { LineIndex } from '../text';
import type { Block, FrontMatter, Link } from './blocks';
import { chunkStarts, INCREMENTAL_MIN, type ParseCache, shiftChunk } from './chunks';
import { type Chunk, parseChunk } from './events';

export { type Block, type BlockKind, type FrontMatter, type Inline, inInlineCode, inline, type Link, leafBlock, rawBlock, sourceOffset, sourceSpan } from './blocks';
export { ParseCache } from './chunks';

export interface ParsedDocument {
  /** The text as given, byte-order mark included: every offset of the engine points into it. */
  text: string;
  /** Where the content starts: after a byte-order mark, if there is one. What goes at the top goes here. */
  start: number;
  lines: LineIndex;
  blocks: Block[];
  links: Link[];
  frontMatter: FrontMatter | null;
}

/**
 * Parses a document once (micromark, with GFM and front matter) into blocks. With a cache, a large
 * document is parsed in chunks and only the chunks an edit touched are parsed again; the result
 * is the same as parsing the whole text.
 */
export function parse(text: string, cache?: ParseCache): ParsedDocument {
  const lines = new LineIndex(text);
  // A byte-order mark is no text of the document (nor a second one, left by files joined
  // together): what follows is parsed, and every offset is placed past them, so that the model,
  // the findings and their fixes all point into the text as given.
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start++;
  const body = start ? text.slice(start) : text;
  // A link reference definition (`[x]: url`, in a block quote or list too) can serve a link in
  // another chunk: such documents parse whole.
  if (!cache || body.length < INCREMENTAL_MIN || body.includes(']:')) {
    const whole = parseChunk(body);
    if (!start) return { text, start, lines, blocks: whole.blocks, links: whole.links, frontMatter: whole.frontMatter };
    const document: ParsedDocument = { text, start, lines, blocks: [], links: [], frontMatter: shiftFrontMatter(whole.frontMatter, start) };
    shiftChunk(whole, start, 0, 0, document);
    return document;
  }
  const starts = chunkStarts(body, start ? new LineIndex(body) : lines);
  const used = new Map<string, Chunk>();
  const document: ParsedDocument = { text, start, lines, blocks: [], links: [], frontMatter: null };
  let groups = 0;
  starts.forEach((chunkStart, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : body.length;
    const chunk = cache.chunk(body.slice(chunkStart, end), used);
    const offset = chunkStart + start;
    shiftChunk(chunk, offset, lines.position(offset).line - 1, groups, document);
    if (i === 0) document.frontMatter = shiftFrontMatter(chunk.frontMatter, start);
    groups += chunk.groups;
  });
  cache.keep(used);
  return document;
}

function shiftFrontMatter(frontMatter: FrontMatter | null, offset: number): FrontMatter | null {
  if (!frontMatter || !offset) return frontMatter;
  return { ...frontMatter, span: { start: frontMatter.span.start + offset, end: frontMatter.span.end + offset } };
}
