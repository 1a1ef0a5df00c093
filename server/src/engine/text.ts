/** A half-open range of UTF-16 offsets into the linted text. */
export interface Span {
  start: number;
  end: number;
}

export interface LineColumn {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units (what LSP and ESLint report). */
  column: number;
}

/**
 * Maps offsets to lines and back in O(log lines). A line ends at "\n", "\r\n" or a lone "\r",
 * as CommonMark counts them, so line numbers agree with remark's positions.
 */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    // The platform's search finds line ends faster than a loop over every character: the next
    // "\n" and the next "\r", whichever comes first ("\r\n" being one).
    let newline = text.indexOf('\n');
    let carriage = text.indexOf('\r');
    while (newline !== -1 || carriage !== -1) {
      if (carriage === -1 || (newline !== -1 && newline < carriage)) {
        this.lineStarts.push(newline + 1);
        newline = text.indexOf('\n', newline + 1);
        continue;
      }
      const end = newline === carriage + 1 ? carriage + 2 : carriage + 1;
      this.lineStarts.push(end);
      if (newline === carriage + 1) newline = text.indexOf('\n', end);
      carriage = text.indexOf('\r', end);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
  }

  /** Offset of a 1-based line and column, clamped to the text. */
  offset(line: number, column: number): number {
    const index = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[index] + Math.max(0, column - 1), this.lineEnd(index + 1));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  /** Offset just before the line break of a 1-based line. */
  lineEnd(line: number): number {
    const index = Math.max(0, Math.min(line - 1, this.lineStarts.length - 1));
    let end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[index] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** The line break the document already uses, so inserted text matches it. */
export function detectEol(text: string): string {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf === -1 && text.includes('\r')) return '\r';
  return '\n';
}

/** How many times a global pattern matches in `text`, without keeping the matches. */
export function countMatches(pattern: RegExp, text: string): number {
  if (!pattern.global) throw new TypeError(`countMatches needs a global pattern: ${pattern}`);
  let count = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    count++;
    if (match[0] === '') pattern.lastIndex += 1;
  }
  return count;
}

/**
 * Every match of a global pattern in `text`, in order, as String#matchAll finds them. matchAll
 * copies the pattern on every call, and copying a pattern with Unicode property classes costs more
 * than matching a paragraph with it; this reuses the pattern. The matches are all collected before
 * it returns, so a caller may use the same pattern again while it goes through them.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    // An empty match would be found again at the same place: step over one character (code point).
    if (match[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}

/**
 * English's commonest words that are not common words of the other languages releases are written
 * in (no `in`, `on`, `a`, `at`, `was`, `will`): a text with few of them is in another language.
 * Enough of them that a short English release of plain sentences passes.
 */
const ENGLISH_WORD = /\b(?:the|and|of|to|is|that|for|with|said|this|have|has|its|which|their|from|are|it)\b/gi;
/** A word: a run of anything but white space (counted, not split out: a megabyte of prose is 200,000 strings). */
const WORD_RUN = /\S+/g;

/** Whether a text reads as English: more than 6% of its words are English's commonest. */
export function looksEnglish(text: string): boolean {
  return countMatches(ENGLISH_WORD, text) / Math.max(1, countMatches(WORD_RUN, text)) > 0.06;
}

/** The last of spans sorted by start that starts at or before `offset` (a binary search), or null. */
export function lastStartingBy<T extends { start: number }>(sorted: readonly T[], offset: number): T | null {
  let low = 0;
  let high = sorted.length - 1;
  let found: T | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start <= offset) {
      found = sorted[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * How many items two sequences share at their start, and then at their end: what lies between is
 * what differs. One pass from each end, so linear.
 */
export function sharedEnds<T>(a: readonly T[], b: readonly T[]): { head: number; tail: number } {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { head, tail };
}
