import type { LineIndex } from '../text';
import type { Block, Link } from './blocks';
import { parseChunk, type Chunk } from './events';

/** Documents smaller than this are parsed whole: splitting them saves nothing. */
export const INCREMENTAL_MIN = 4 * 1024;
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
export function chunkStarts(text: string, lines: LineIndex): number[] {
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

export function shiftChunk(chunk: Chunk, offset: number, lineDelta: number, groupDelta: number, into: { blocks: Block[]; links: Link[] }): void {
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
