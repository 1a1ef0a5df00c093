import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import { parseMarkdown } from './markdown';
import { LineIndex, type Span } from './text';

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'tableRow'
  | 'code'
  | 'html'
  | 'thematicBreak'
  | 'frontmatter';

/**
 * A leaf block of the document in reading order, with its inline markup removed. Recognisers read
 * blocks, never the raw tree, so that `**SAN FRANCISCO, Nov. 30, 2016** —` and a linked wire name
 * read like the plain text a writer sees.
 */
export interface Block extends Span {
  kind: BlockKind;
  /** Heading level (1–6); 0 for other blocks. */
  depth: number;
  /** The innermost container: a list item, a block quote or the document itself. */
  container: 'root' | 'listItem' | 'blockquote';
  /** Index of the top-level node this block belongs to: the blocks of one list share it. */
  group: number;
  /** Plain text: inline markup removed, line breaks kept. */
  text: string;
  /** `text` with every line break as a space (same length, same offsets). */
  flat: string;
  /** True when the whole block is bold (`**…**`), as bold labels and datelines often are. */
  bold: boolean;
  /** True when the whole block is italic, as subheadlines often are. */
  italic: boolean;
  /** Text of a bold run that opens the block (`**Media Contact:** …`), else "". */
  leadingBold: string;
  /** 1-based lines where the block starts and ends. */
  line: number;
  endLine: number;
  /** Pairs [plainOffset, sourceStart, sourceEnd] sorted by plainOffset: maps `text` back to the source. */
  readonly segments: readonly (readonly [number, number, number])[];
  /** Plain-text ranges that are inline code (`TK` quoted in documentation is not a placeholder). */
  readonly code: readonly (readonly [number, number])[];
}

/** True when a plain-text range of a block lies in inline code. */
export function inInlineCode(block: Block, start: number, end: number): boolean {
  return block.code.some(([from, to]) => start < to && end > from);
}

export interface Link extends Span {
  url: string;
  text: string;
}

export interface ParsedDocument {
  /** The text without a byte-order mark: every offset in the engine points into it. */
  text: string;
  lines: LineIndex;
  blocks: Block[];
  links: Link[];
  /** The YAML front matter's raw value, if the document has one. */
  frontMatter: { raw: string; span: Span } | null;
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

/** The blocks of a stretch of text, offsets and lines relative to its start. */
interface Chunk {
  blocks: Block[];
  links: Link[];
  frontMatter: ParsedDocument['frontMatter'];
  /** How many top-level nodes it holds: the next chunk's groups are numbered after them. */
  groups: number;
}

function parseChunk(text: string): Chunk {
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
        blocks.push(leafBlock(node, 'heading', node.depth, group, container, node.children));
        break;
      case 'paragraph':
        blocks.push(leafBlock(node, 'paragraph', 0, group, container, node.children));
        break;
      case 'table':
        for (const row of node.children) {
          const cells: PhrasingContent[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) cells.push({ type: 'text', value: ' | ' });
            cells.push(...cell.children);
          });
          blocks.push(leafBlock(row, 'tableRow', 0, group, container, cells));
        }
        break;
      case 'list':
        push(node.children.flatMap((item) => item.children), 'listItem');
        break;
      case 'blockquote':
        push(node.children, 'blockquote');
        break;
      case 'code':
        blocks.push(rawBlock(node, 'code', group, container));
        break;
      case 'html':
        blocks.push(rawBlock(node, 'html', group, container));
        break;
      case 'thematicBreak':
        blocks.push(rawBlock(node, 'thematicBreak', group, container));
        break;
      case 'yaml': {
        const block = rawBlock(node, 'frontmatter', group, container);
        blocks.push(block);
        frontMatter = { raw: node.value, span: { start: block.start, end: block.end } };
        break;
      }
      default:
        // TOML front matter, definitions and footnote definitions carry no release part.
        if ((node.type as string) === 'toml') blocks.push(rawBlock(node, 'frontmatter', group, container));
        break;
    }
  }

  function rawBlock(node: Nodes, kind: BlockKind, group: number, container: Block['container']): Block {
    const { start, end } = spanOf(node);
    const raw = text.slice(start, end);
    return {
      kind,
      depth: 0,
      container,
      group,
      start,
      end,
      text: raw,
      flat: raw.replace(/[\r\n]/g, ' '),
      bold: false,
      italic: false,
      leadingBold: '',
      line: lines.position(start).line,
      endLine: lines.position(end).line,
      segments: [[0, start, end]],
      code: [],
    };
  }

  function leafBlock(
    node: Nodes,
    kind: BlockKind,
    depth: number,
    group: number,
    container: Block['container'],
    children: PhrasingContent[],
  ): Block {
    const { start, end } = spanOf(node);
    const segments: [number, number, number][] = [];
    const code: [number, number][] = [];
    let plain = '';
    // The last character appended, kept aside: inspecting `plain` itself would flatten the string
    // being built on every call and make long paragraphs quadratic.
    let last = '';
    const append = (value: string, source: Span | null): void => {
      if (!value) return;
      if (source) segments.push([plain.length, source.start, source.end]);
      plain += value;
      last = value[value.length - 1];
    };
    const endsWithWordCharacter = (): boolean => /[\p{L}\d]/u.test(last);
    let gluedAfterLink = false;
    const walk = (inline: PhrasingContent): void => {
      switch (inline.type) {
        case 'inlineCode':
          code.push([plain.length, plain.length + inline.value.length]);
          append(inline.value, inline.position ? spanOf(inline) : null);
          gluedAfterLink = false;
          return;
        case 'text':
          if (gluedAfterLink && /^[\p{L}\d]/u.test(inline.value) && endsWithWordCharacter()) append(' ', null);
          gluedAfterLink = false;
          append(inline.value, inline.position ? spanOf(inline) : null);
          return;
        case 'break':
          append('\n', inline.position ? spanOf(inline) : null);
          return;
        case 'link': {
          // A link glued to the words around it (`ArendseCassiopeia[info@…](mailto:…)nadine@…`)
          // reads as separate words: copy-paste dropped the spaces, the link kept its edges.
          if (endsWithWordCharacter()) append(' ', null);
          const before = plain.length;
          inline.children.forEach(walk);
          // The link's text is sliced once the block's text is complete (slicing now flattens it).
          if (inline.position) blockLinks.push([{ ...spanOf(inline), url: inline.url, text: '' }, before, plain.length]);
          gluedAfterLink = true;
          return;
        }
        case 'linkReference':
        case 'emphasis':
        case 'strong':
        case 'delete':
          inline.children.forEach(walk);
          return;
        default:
          // Images, inline HTML and footnote references are not read as text.
          return;
      }
    };
    const blockLinks: [Link, number, number][] = [];
    children.forEach(walk);
    for (const [link, from, to] of blockLinks) links.push({ ...link, text: plain.slice(from, to) });
    const significant = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const only = significant.length === 1 ? significant[0] : null;
    const first = significant[0];
    let leadingBold = '';
    if (first && first.type === 'strong') {
      leadingBold = first.children.map((c) => ('value' in c ? c.value : '')).join('');
    }
    return {
      kind,
      depth,
      container,
      group,
      start,
      end,
      text: plain,
      flat: plain.replace(/[\r\n\u2028\u2029]/g, ' '),
      bold: only?.type === 'strong',
      italic: only?.type === 'emphasis',
      leadingBold,
      line: lines.position(start).line,
      endLine: lines.position(end).line,
      segments,
      code,
    };
  }

  return { blocks, links, frontMatter, groups: tree.children.length };
}

/** Documents smaller than this are parsed whole: splitting them saves nothing. */
const INCREMENTAL_MIN = 4 * 1024;
/** Chunks are at least this long, so a large document is a few hundred of them. */
const CHUNK_MIN = 1024;

/**
 * Remembers the chunks of a document between parses, so that after an edit only the chunks whose
 * text changed are parsed again. One cache per open document (the language server keeps one).
 */
export class ParseCache {
  private chunks = new Map<string, Chunk>();

  /** The chunk for this text: remembered, or parsed now. Chunks not used since `prune` are dropped. */
  chunk(text: string, used: Map<string, Chunk>): Chunk {
    const chunk = this.chunks.get(text) ?? used.get(text) ?? parseChunk(text);
    used.set(text, chunk);
    return chunk;
  }

  keep(used: Map<string, Chunk>): void {
    this.chunks = used;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that may run over blank lines (CommonMark types 1 to 5) and what ends them. */
const HTML_BLOCK: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** A line that, after a blank line, cannot continue anything before it and starts a top-level block. */
const SAFE_START = /^(?:[A-Za-z\u00c0-\uffff"“'‘(!#]|\d+(?![.)]))/;

/**
 * Offsets where a document can be cut into chunks that parse exactly as the whole does: a line
 * after a blank line that opens a paragraph or heading at the margin, outside code fences, HTML
 * blocks and front matter. Lists, block quotes and indented lines never start a chunk, so a loose
 * list stays one list.
 */
function chunkStarts(text: string, lines: LineIndex): number[] {
  const starts = [0];
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  let lastStart = 0;
  let line = 1;
  // Front matter runs to its closing line.
  if (/^(?:---|\+\+\+)\r?\n/.test(text)) {
    const close = /\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
    line = close ? lines.position(close.index + 3 + close[0].length).line : lines.lineCount + 1;
  }
  for (; line <= lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const content = text.slice(start, lines.lineEnd(line));
    const blank = content.trim() === '';
    if (fence) {
      const closing = FENCE.exec(content);
      if (closing && closing[1][0] === fence[0] && closing[1].length >= fence.length && content.trim() === closing[1]) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else if (!blank) {
      if (previousBlank && start - lastStart >= CHUNK_MIN && SAFE_START.test(content)) {
        starts.push(start);
        lastStart = start;
      }
      const opening = FENCE.exec(content);
      if (opening) fence = opening[1];
      else {
        const html = HTML_BLOCK.find(([open]) => open.test(content));
        if (html && !html[1].test(content.slice(content.indexOf('<') + 2))) htmlEnd = html[1];
      }
    }
    previousBlank = blank;
  }
  return starts;
}

function shiftChunk(chunk: Chunk, offset: number, lineDelta: number, groupDelta: number, into: { blocks: Block[]; links: Link[] }): void {
  for (const block of chunk.blocks) {
    into.blocks.push({
      ...block,
      start: block.start + offset,
      end: block.end + offset,
      line: block.line + lineDelta,
      endLine: block.endLine + lineDelta,
      group: block.group + groupDelta,
      segments: block.segments.map(([plain, start, end]) => [plain, start + offset, end + offset] as const),
    });
  }
  for (const link of chunk.links) into.links.push({ ...link, start: link.start + offset, end: link.end + offset });
}

/**
 * Parses a document once (remark, with GFM and front matter) into blocks. With a cache, a large
 * document is parsed in chunks and only the chunks an edit touched are parsed again; the result
 * is the same as parsing the whole text.
 */
export function parse(text: string, cache?: ParseCache): ParsedDocument {
  const lines = new LineIndex(text);
  // A link reference definition can serve a link in another chunk: such documents parse whole.
  if (!cache || text.length < INCREMENTAL_MIN || /^ {0,3}\[[^\]\n]{1,999}\]:/m.test(text)) {
    const whole = parseChunk(text);
    return { text, lines, blocks: whole.blocks, links: whole.links, frontMatter: whole.frontMatter };
  }
  const starts = chunkStarts(text, lines);
  const used = new Map<string, Chunk>();
  const document: ParsedDocument = { text, lines, blocks: [], links: [], frontMatter: null };
  let groups = 0;
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const chunk = cache.chunk(text.slice(start, end), used);
    shiftChunk(chunk, start, lines.position(start).line - 1, groups, document);
    if (i === 0 && chunk.frontMatter) document.frontMatter = chunk.frontMatter;
    groups += chunk.groups;
  });
  cache.keep(used);
  return document;
}

function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** The source offset of a plain-text offset of a block. */
export function sourceOffset(block: Block, plainOffset: number): number {
  const segments = block.segments;
  if (segments.length === 0) return block.start;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid][0] <= plainOffset) low = mid;
    else high = mid - 1;
  }
  const [plainStart, sourceStart, sourceEnd] = segments[low];
  return Math.min(sourceStart + Math.max(0, plainOffset - plainStart), sourceEnd);
}

/** The source span of a plain-text range of a block. */
export function sourceSpan(block: Block, plainStart: number, plainEnd: number): Span {
  const start = sourceOffset(block, plainStart);
  const end = plainEnd <= plainStart ? start : sourceOffset(block, plainEnd - 1) + 1;
  return { start, end: Math.max(start, end) };
}
