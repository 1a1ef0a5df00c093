/**
 * The prose that house-style rules read and may restyle: paragraphs, headings and table rows,
 * never code, HTML or front matter; within them, never inline code, a web or email address, or a
 * quotation (the speaker's words stay as they were said).
 */
import { findDates, type ParsedDate } from './dates';
import { type Block, inInlineCode, sourceSpan } from './parse';
import type { Release } from './release';
import { lastStartingBy, looksEnglish, type Span } from './text';

const english = new WeakMap<Release, boolean>();

/**
 * The blocks of prose, or none when the document is not in English: the house styles judged here
 * (AP's numbers, its months, its states) are English styles, and `1 januari` is Swedish, not a count.
 */
export function proseBlocks(release: Release, { englishOnly = true } = {}): Block[] {
  const blocks = release.document.blocks.filter((block) => block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'tableRow');
  let inEnglish = english.get(release);
  if (inEnglish === undefined && englishOnly) {
    inEnglish = looksEnglish(
      blocks
        .filter((block) => block.kind === 'paragraph')
        .map((block) => block.flat)
        .join(' '),
    );
    english.set(release, inEnglish);
  }
  return inEnglish || !englishOnly ? blocks : [];
}

const sortedQuotations = new WeakMap<Release, Span[]>();

/** The last of the release's quotations (disjoint, sorted once) that starts at or before `offset`. */
function quotationBefore(release: Release, offset: number): Span | null {
  let quotes = sortedQuotations.get(release);
  if (!quotes) {
    quotes = [...release.quotes].sort((a, b) => a.start - b.start);
    sortedQuotations.set(release, quotes);
  }
  return lastStartingBy(quotes, offset);
}

/** Whether a source span lies inside one of the release's quotations. */
function inQuotation(release: Release, span: Span): boolean {
  const quote = quotationBefore(release, span.start);
  return quote !== null && span.end <= quote.end;
}

/** Whether a source span holds any part of a quotation. */
export function overlapsQuotation(release: Release, span: Span): boolean {
  if (span.end <= span.start) return false;
  const quote = quotationBefore(release, span.end - 1);
  return quote !== null && quote.end > span.start;
}

/** How far around a match the run of non-space characters it stands in is read. */
const TOKEN_REACH = 64;
const ADDRESS_MARK = /@|\/|www\./i;

/** Whether a plain-text range stands in a web or email address (`example.com/2026/10am`, `sales@5pm.io`). */
function inAddress(flat: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < TOKEN_REACH && !/\s/.test(flat[from - 1])) from--;
  let to = end;
  while (to < flat.length && to - end < TOKEN_REACH && !/\s/.test(flat[to])) to++;
  return ADDRESS_MARK.test(flat.slice(from, to));
}

/**
 * The source span of a plain-text range a style rule may report and rewrite, or null when the range
 * is inline code, part of an address, or inside a quotation.
 */
export function styleSpan(release: Release, block: Block, start: number, end: number): Span | null {
  if (inInlineCode(block, start, end) || inAddress(block.flat, start, end)) return null;
  const span = sourceSpan(block, start, end);
  // Markup inside the words (`**December 25,** <br> **2010**` in a table's cell): a rewrite of the
  // words would delete it, so the words are left as they are.
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  if (flat(release.document.text.slice(span.start, span.end)) !== flat(block.flat.slice(start, end))) return null;
  return inQuotation(release, span) ? null : span;
}

/** Words before a full stop that do not end a sentence: titles, abbreviated months, company forms. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sr jr inc corp co bros ltd llc plc no nos gov sen rep gen lt col capt sgt fr rev hon jan feb mar apr jun jul aug sep sept oct nov dec vs etc e.g i.e approx max min dept est fig mt ft viz ext cf ca u.s u.k u.n'.split(
    ' ',
  ),
);
// A sentence opens with a capital, a figure, or a name written with an inner capital
// (`openSUSE`, `iPhone`). A stop glued to the next sentence by copy-paste (`customers.About First
// Orion`, a heading's `(WCCD):As`) ends one too, after a word in lower case or a bracket and before a
// capitalised word (not `U.S.Army`, not `e.g.The`).
const SENTENCE_END = /[.!?]["'”’)\]]*[ \t\u00a0\n]+(?=["'“‘(\[]?(?:[\p{Lu}\p{N}]|\p{Ll}{1,4}\p{Lu}))|(?<=(?:\p{Ll}{2}|\))[.!?:])(?=\p{Lu}\p{Ll})/gu;

/**
 * Whether the full stop at `stop` closes an initial or an abbreviation (`J. Smith`, `U.S. Senate`,
 * `Dec. 4`, `Harbour Bros. Pictures`) rather than a sentence; the word is read back no further than `from`.
 */
export function abbreviatedBefore(text: string, stop: number, from = 0): boolean {
  let at = stop;
  while (at > from && stop - at < 12 && /[\p{L}.]/u.test(text[at - 1])) at--;
  const word = text.slice(at, stop).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/** The sentences of a plain text as spans, split at a full stop, `!` or `?` before a capital or a figure, not after an abbreviation or an initial. */
export function sentences(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (text[match.index] === '.' && abbreviatedBefore(text, match.index, start)) continue;
    const end = match.index + match[0].length;
    // The glued stop matches no character: step past it.
    if (match[0] === '') SENTENCE_END.lastIndex++;
    found.push({ start, end });
    start = end;
  }
  if (start < text.length) found.push({ start, end: text.length });
  return found;
}

// `H&M`, `Hematology/Oncology`, `co-founder` and `11,000` are one word each.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’./&-]|,(?=\p{N}))*/gu;

export function wordCount(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

const datesOfBlock = new WeakMap<Block, ParsedDate[]>();

/** The full dates of a block's text, read once for every rule that asks (weekday-date, time-zone). */
export function fullDates(block: Block): ParsedDate[] {
  let dates = datesOfBlock.get(block);
  if (!dates) {
    dates = findDates(block.flat);
    datesOfBlock.set(block, dates);
  }
  return dates;
}
