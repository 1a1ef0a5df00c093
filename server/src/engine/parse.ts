import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, Token } from 'micromark-util-types';
import { markdownEvents } from './markdown';
import { LineIndex, type Span } from './text';

export type BlockKind = 'heading' | 'paragraph' | 'tableRow' | 'code' | 'html' | 'thematicBreak' | 'frontmatter';

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
  /** The front matter's text between its fences, and its language (`---` YAML or `+++` TOML). */
  frontMatter: { raw: string; format: 'yaml' | 'toml'; span: Span } | null;
}

/** The blocks of a stretch of text, offsets and lines relative to its start. */
interface Chunk {
  blocks: Block[];
  links: Link[];
  frontMatter: ParsedDocument['frontMatter'];
  /** How many top-level nodes it holds: the next chunk's groups are numbered after them. */
  groups: number;
}

/**
 * Inline content as remark's mdast tree would hold it, with only what blocks need: adjacent text,
 * escapes and character references merge into one text node, as they do there.
 */
export interface Inline extends Span {
  type: 'text' | 'inlineCode' | 'html' | 'break' | 'link' | 'linkReference' | 'emphasis' | 'strong' | 'delete' | 'other';
  /** Text, inline code and HTML: their value. */
  value: string;
  /** Links: the destination, references and escapes decoded. */
  url: string;
  children: Inline[];
  /** False for the ` | ` between table cells, which is no text of the source. */
  positioned: boolean;
  /**
   * Text: where each stretch of its value comes from, as [offset in value, source start, source
   * end]. Text merged across an escape, a character reference or a line break in a block quote is
   * shorter than its source, so one span for all of it would put later offsets too early.
   */
  pieces: [number, number, number][];
}

/** A character reference's character: `amp` (named), or the digits after `#` or `#x`. */
function decodeReference(value: string, marker: string | null): string {
  if (marker) return decodeNumericCharacterReference(value, marker === 'characterReferenceMarkerNumeric' ? 10 : 16);
  return decodeNamedCharacterReference(value) || value;
}

export function inline(type: Inline['type'], start: number): Inline {
  return { type, start, end: start, value: '', url: '', children: [], positioned: true, pieces: [] };
}

/** Inline containers whose text keeps its line breaks (remark's `canContainEols`). */
const KEEPS_LINE_BREAKS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'label']);
/** Block-level tokens that are a node of remark's tree: at the top level, each is one group. */
const FLOW_NODES = new Set([
  'paragraph',
  'atxHeading',
  'setextHeading',
  'table',
  'listOrdered',
  'listUnordered',
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'htmlFlow',
  'thematicBreak',
  'definition',
  'yaml',
  'toml',
  'gfmFootnoteDefinition',
]);
const CONTAINERS: Record<string, Block['container']> = { blockQuote: 'blockquote', listOrdered: 'listItem', listUnordered: 'listItem' };
const RAW_KINDS: Record<string, BlockKind> = {
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  thematicBreak: 'thematicBreak',
  yaml: 'frontmatter',
  toml: 'frontmatter',
};

/** Reads a chunk's blocks from micromark's events, in one pass. */
function parseChunk(text: string): Chunk {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const links: Link[] = [];
  let frontMatter: ParsedDocument['frontMatter'] = null;
  // micromark reads a NUL as U+FFFD but then counts its offsets awry; the same character in its
  // place (one code unit for one) keeps every offset true.
  const tokenized = text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text;
  let events: Event[];
  try {
    events = markdownEvents(tokenized);
  } catch (error) {
    // Markdown nested thousands of levels deep (10,000 `>` on a line) overflows the parser's
    // recursion. Such a document is read as plain lines instead, so linting still answers.
    if (!(error instanceof RangeError)) throw error;
    let groups = 0;
    for (let line = 1; line <= lines.lineCount; line++) {
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      const value = text.slice(start, end);
      if (!value.trim()) continue;
      const node = { ...inline('text', start), end, value };
      blocks.push(leafBlock(lines, links, 'paragraph', 0, groups++, 'root', start, end, [node]));
    }
    return { blocks, links, frontMatter, groups };
  }

  // A token's text as remark reads it: micromark's offsets skip a byte-order mark, and a line
  // break in a container is the break alone, not the `> ` after it.
  const source = tokenized.charCodeAt(0) === 0xfeff ? tokenized.slice(1) : tokenized;
  const slice = (token: Token): string => {
    const start = token.start.offset;
    if (token.type === 'lineEnding') return source.charCodeAt(start) === 13 && source.charCodeAt(start + 1) === 10 ? '\r\n' : source[start];
    return source.slice(start, token.end.offset);
  };
  /** The index of the exit event of the token entered at `index`. */
  const exitOf = (index: number): number => {
    const token = events[index][1];
    let j = index + 1;
    while (events[j][1] !== token) j++;
    return j;
  };

  // The block quotes and lists open around the current event, innermost last.
  const containers: Block['container'][] = [];
  let group = -1;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i];
    const type: string = token.type;
    if (kind === 'exit') {
      if (type in CONTAINERS) containers.pop();
      continue;
    }
    if (!FLOW_NODES.has(type)) continue;
    if (containers.length === 0) group++;
    const container = containers.length ? containers[containers.length - 1] : 'root';
    const start = token.start.offset;
    const end = token.end.offset;
    if (type in CONTAINERS) {
      containers.push(CONTAINERS[type]);
    } else if (type in RAW_KINDS) {
      const block = rawBlock(tokenized, lines, RAW_KINDS[type], group, container, start, end);
      blocks.push(block);
      const close = exitOf(i);
      if (type === 'yaml' || type === 'toml') frontMatter = { raw: frontMatterValue(i, close), format: type, span: { start, end } };
      i = close;
    } else if (type === 'definition' || type === 'gfmFootnoteDefinition') {
      // Definitions and footnote definitions carry no release part.
      i = exitOf(i);
    } else if (type === 'paragraph') {
      const close = exitOf(i);
      const { children, taskItem } = inlines(i + 1, close, 'paragraph');
      let paragraphStart = start;
      // A task list item's paragraph starts after its check box and the space after it.
      const head = children[0];
      if (taskItem && head?.type === 'text') {
        head.value = head.value.slice(1);
        head.pieces = head.pieces.map(([offset, from, to], k) => (k === 0 ? [0, from + 1, to] : [offset - 1, from, to]));
        if (!head.value) children.shift();
        else paragraphStart = ++head.start;
      }
      blocks.push(leafBlock(lines, links, 'paragraph', 0, group, container, paragraphStart, end, children));
      i = close;
    } else if (type === 'atxHeading' || type === 'setextHeading') {
      const close = exitOf(i);
      let depth = 0;
      let children: Inline[] = [];
      for (let j = i + 1; j < close; j++) {
        const [innerKind, inner] = events[j];
        if (innerKind !== 'enter') continue;
        if (inner.type === 'atxHeadingSequence' && !depth) depth = slice(inner).length;
        else if (inner.type === 'setextHeadingLineSequence') depth = source.charCodeAt(inner.start.offset) === 61 ? 1 : 2;
        else if (inner.type === 'atxHeadingText' || inner.type === 'setextHeadingText') {
          const textEnd = exitOf(j);
          children = inlines(j + 1, textEnd, 'heading').children;
          j = textEnd;
        }
      }
      blocks.push(leafBlock(lines, links, 'heading', depth, group, container, start, end, children));
      i = close;
    } else if (type === 'table') {
      // Each row is a block: its cells' text joined by ` | `.
      const close = exitOf(i);
      for (let j = i + 1; j < close; j++) {
        if (events[j][0] !== 'enter' || events[j][1].type !== 'tableRow') continue;
        const rowEnd = exitOf(j);
        const cells: Inline[] = [];
        let cellCount = 0;
        for (let k = j + 1; k < rowEnd; k++) {
          const [cellKind, cell] = events[k];
          if (cellKind !== 'enter' || (cell.type !== 'tableHeader' && cell.type !== 'tableData')) continue;
          const cellEnd = exitOf(k);
          if (cellCount++ > 0) cells.push({ ...inline('text', -1), value: ' | ', positioned: false });
          for (let m = k + 1; m < cellEnd; m++) {
            if (events[m][0] === 'enter' && events[m][1].type === 'tableContent') {
              const contentEnd = exitOf(m);
              cells.push(...inlines(m + 1, contentEnd, 'tableCell').children);
              m = contentEnd;
            }
          }
          k = cellEnd;
        }
        blocks.push(leafBlock(lines, links, 'tableRow', 0, group, container, events[j][1].start.offset, events[j][1].end.offset, cells));
        j = rowEnd;
      }
      i = close;
    }
  }
  return { blocks, links, frontMatter, groups: group + 1 };

  /** The front matter's value: its lines between the fences, as remark reads it. */
  function frontMatterValue(from: number, to: number): string {
    let value = '';
    for (let j = from + 1; j < to; j++) {
      const [kind, token] = events[j];
      const type: string = token.type;
      if (kind === 'exit' && (type === 'lineEnding' || type === 'yamlValue' || type === 'tomlValue')) value += slice(token);
    }
    return value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  }

  /**
   * The inline content between two events of a leaf block, merged as remark merges it. Constructs
   * whose text the engine does not read (images, footnote calls, link destinations and titles) are
   * skipped whole; inline code and HTML keep their value.
   */
  function inlines(from: number, to: number, owner: string): { children: Inline[]; taskItem: boolean } {
    const root: Inline[] = [];
    // The open containers (emphasis, strong, delete, a link's label) and the kind of each.
    const parents: { children: Inline[]; type: string; node: Inline | null }[] = [{ children: root, type: owner, node: null }];
    let taskItem = false;
    let atHardBreak = false;
    let inReference = false;
    let referenceKind: string | null = null;
    let referenceText = '';
    let textNode: Inline | null = null;
    const top = () => parents[parents.length - 1];
    const openText = (token: Token): void => {
      const siblings = top().children;
      const tail = siblings[siblings.length - 1];
      if (tail && tail.type === 'text') textNode = tail;
      else {
        textNode = inline('text', token.start.offset);
        siblings.push(textNode);
      }
    };
    const addText = (value: string, token: Token, sourceStart = token.start.offset): void => {
      textNode!.pieces.push([textNode!.value.length, sourceStart, token.end.offset]);
      textNode!.value += value;
      textNode!.end = token.end.offset;
    };
    /** The value of a construct's data and line breaks (inline code, HTML, a destination). */
    const constructValue = (j: number, close: number, data: string): string => {
      let value = '';
      for (let k = j + 1; k < close; k++) {
        const [kind, token] = events[k];
        if (kind !== 'exit') continue;
        if (token.type === data || token.type === 'lineEnding' || token.type === 'data' || token.type === 'characterEscapeValue') value += slice(token);
        else if (token.type === 'characterReferenceMarkerNumeric' || token.type === 'characterReferenceMarkerHexadecimal') referenceKind = token.type;
        else if (token.type === 'characterReferenceValue') {
          value += decodeReference(slice(token), referenceKind);
          referenceKind = null;
        }
      }
      return value;
    };

    for (let j = from; j < to; j++) {
      const [kind, token] = events[j];
      const type = token.type;
      if (kind === 'enter') {
        switch (type) {
          case 'data':
          case 'characterEscape':
          case 'characterReference':
          case 'autolinkProtocol':
          case 'autolinkEmail':
            openText(token);
            break;
          case 'lineEnding':
            if (atHardBreak) {
              const siblings = top().children;
              siblings[siblings.length - 1].end = token.end.offset;
              atHardBreak = false;
            } else if (KEEPS_LINE_BREAKS.has(top().type)) {
              openText(token);
              const lineBreak = slice(token);
              textNode!.pieces.push([textNode!.value.length, token.start.offset, token.start.offset + lineBreak.length]);
              textNode!.value += lineBreak;
              textNode!.end = token.end.offset;
            }
            break;
          case 'hardBreakEscape':
          case 'hardBreakTrailing':
            top().children.push(inline('break', token.start.offset));
            break;
          case 'codeText': {
            const close = exitOf(j);
            const code = { ...inline('inlineCode', token.start.offset), end: token.end.offset, value: constructValue(j, close, 'codeTextData') };
            // In a table cell an escaped pipe is a pipe (remark's GFM table reading).
            if (owner === 'tableCell') code.value = code.value.replace(/\\([\\|])/g, (all, character: string) => (character === '|' ? character : all));
            top().children.push(code);
            j = close;
            break;
          }
          case 'htmlText': {
            const close = exitOf(j);
            top().children.push({ ...inline('html', token.start.offset), end: token.end.offset, value: constructValue(j, close, 'htmlTextData') });
            j = close;
            break;
          }
          case 'image':
          case 'gfmFootnoteCall': {
            const close = exitOf(j);
            // An image's label and destination still tell remark whether what follows is a reference.
            for (let k = j + 1; k < close; k++) {
              if (events[k][0] !== 'exit') continue;
              if (events[k][1].type === 'label') inReference = true;
              else if (events[k][1].type === 'resource') inReference = false;
            }
            top().children.push({ ...inline('other', token.start.offset), end: token.end.offset });
            j = close;
            break;
          }
          case 'emphasis':
          case 'strong':
          case 'strikethrough': {
            const node = inline(type === 'strikethrough' ? 'delete' : type, token.start.offset);
            top().children.push(node);
            parents.push({ children: node.children, type: node.type, node });
            break;
          }
          case 'link':
          case 'autolink': {
            const node = inline('link', token.start.offset);
            top().children.push(node);
            parents.push({ children: node.children, type: type === 'link' ? 'link' : 'autolink', node });
            break;
          }
          case 'label':
            parents.push({ children: top().node!.children, type: 'label', node: top().node });
            break;
          case 'resourceDestinationString': {
            const close = exitOf(j);
            top().node!.url = constructValue(j, close, 'data');
            j = close;
            break;
          }
          case 'resourceTitleString':
          case 'referenceString':
            j = exitOf(j);
            break;
          case 'taskListCheck':
            taskItem = true;
            j = exitOf(j);
            break;
        }
        continue;
      }
      switch (type) {
        case 'data':
        case 'characterEscapeValue':
          addText(slice(token), token);
          break;
        case 'autolinkProtocol':
          addText(slice(token), token);
          top().node!.url = slice(token);
          break;
        case 'autolinkEmail':
          addText(slice(token), token);
          top().node!.url = `mailto:${slice(token)}`;
          break;
        case 'characterReferenceMarkerNumeric':
        case 'characterReferenceMarkerHexadecimal':
          referenceKind = type;
          break;
        case 'characterReferenceValue':
          referenceText = decodeReference(slice(token), referenceKind);
          referenceKind = null;
          break;
        case 'characterReference':
          // The character stands for the whole reference, `&` to `;`.
          addText(referenceText, token, token.start.offset);
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing': {
          const siblings = top().children;
          siblings[siblings.length - 1].end = token.end.offset;
          atHardBreak = true;
          break;
        }
        case 'label':
          parents.pop();
          inReference = true;
          break;
        case 'resource':
          inReference = false;
          break;
        case 'emphasis':
        case 'strong':
        case 'strikethrough':
        case 'autolink':
          parents.pop()!.node!.end = token.end.offset;
          break;
        case 'link': {
          const node = parents.pop()!.node!;
          node.end = token.end.offset;
          if (inReference) node.type = 'linkReference';
          break;
        }
      }
    }
    return { children: root, taskItem };
  }
}

/** A block read verbatim: code, HTML, a thematic break, front matter. */
export function rawBlock(text: string, lines: LineIndex, kind: BlockKind, group: number, container: Block['container'], start: number, end: number): Block {
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

/** A heading, paragraph or table row: its inline content read as plain text mapped to the source; its links go into `links`. */
export function leafBlock(
  lines: LineIndex,
  links: Link[],
  kind: BlockKind,
  depth: number,
  group: number,
  container: Block['container'],
  start: number,
  end: number,
  children: Inline[],
): Block {
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
  // Words glued to a link's end (`[Acme](…)announces`) read as separate words.
  const glueAfterLink = (value: string): void => {
    if (gluedAfterLink && /^[\p{L}\d]/u.test(value) && endsWithWordCharacter()) append(' ', null);
    gluedAfterLink = false;
  };
  const walk = (inline: Inline): void => {
    switch (inline.type) {
      case 'inlineCode':
        glueAfterLink(inline.value);
        code.push([plain.length, plain.length + inline.value.length]);
        append(inline.value, inline.positioned ? inline : null);
        return;
      case 'text':
        glueAfterLink(inline.value);
        if (!inline.positioned) append(inline.value, null);
        else if (inline.pieces.length === 0) append(inline.value, inline);
        else {
          inline.pieces.forEach(([offset, start, end], i) => {
            const next = i + 1 < inline.pieces.length ? inline.pieces[i + 1][0] : inline.value.length;
            append(inline.value.slice(offset, next), { start, end });
          });
        }
        return;
      case 'break':
        append('\n', inline);
        return;
      case 'link': {
        // A link glued to the words around it (`ArendseCassiopeia[info@…](mailto:…)nadine@…`)
        // reads as separate words: copy-paste dropped the spaces, the link kept its edges.
        if (endsWithWordCharacter()) append(' ', null);
        const before = plain.length;
        inline.children.forEach(walk);
        // The link's text is sliced once the block's text is complete (slicing now flattens it).
        blockLinks.push([{ start: inline.start, end: inline.end, url: inline.url, text: '' }, before, plain.length]);
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
    leadingBold = first.children.map((c) => c.value).join('');
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
// Not U+FEFF: a byte-order mark inside a document (files joined together) is no paragraph start.
const SAFE_START = /^(?:[A-Za-z\u00c0-\ufefe\uff00-\uffff"“'‘(!#]|\d+(?![.)]))/;

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
 * Parses a document once (micromark, with GFM and front matter) into blocks. With a cache, a large
 * document is parsed in chunks and only the chunks an edit touched are parsed again; the result
 * is the same as parsing the whole text.
 */
export function parse(text: string, cache?: ParseCache): ParsedDocument {
  const lines = new LineIndex(text);
  // A link reference definition (`[x]: url`, in a block quote or list too) can serve a link in
  // another chunk: such documents parse whole.
  if (!cache || text.length < INCREMENTAL_MIN || text.includes(']:')) {
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
