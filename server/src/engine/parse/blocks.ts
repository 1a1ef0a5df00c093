import type { LineIndex, Span } from '../text';

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

/** Front matter: its text between the fences, its language (`---` YAML or `+++` TOML), where it stands. */
export interface FrontMatter {
  raw: string;
  format: 'yaml' | 'toml';
  span: Span;
}

export interface Link extends Span {
  url: string;
  text: string;
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

export function inline(type: Inline['type'], start: number): Inline {
  return { type, start, end: start, value: '', url: '', children: [], positioned: true, pieces: [] };
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
