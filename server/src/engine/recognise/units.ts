import { sourceSpan, type Block } from '../parse';
import type { Span } from '../text';
import { ABOUT_LABEL, BACKGROUND_LABEL, CONTACT_LABEL, END_MARK, NON_MEDIA_CONTACT_LABEL, RELEASE_LINE, matchesLabel } from './labels';
import { allMatches } from '../text';

/**
 * A unit of reading: a block, or a stretch of one when copy-paste collapsed a whole release onto a
 * single line. Recognisers read units so that a release that lost its line breaks is still
 * understood.
 */
export interface Unit {
  block: Block;
  /** Plain-text offsets of the unit inside its block. */
  from: number;
  to: number;
  /** The unit's text with line breaks as spaces. */
  text: string;
  /** Position of the unit in reading order. */
  index: number;
}

/** A block on one source line longer than this, with paragraph-like gaps, is split into units. */
const COLLAPSED_LINE = 1000;

export function unitsOf(blocks: readonly Block[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.line === block.endLine && block.flat.length > COLLAPSED_LINE) {
      for (const [from, to] of collapsedParagraphs(block.flat)) {
        units.push({ block, from, to, text: block.flat.slice(from, to), index: units.length });
      }
    } else if (block.kind === 'paragraph' && block.line !== block.endLine) {
      for (const [from, to] of labelledLines(block.text)) {
        units.push({ block, from, to, text: block.flat.slice(from, to), index: units.length });
      }
    } else {
      units.push({ block, from: 0, to: block.flat.length, text: block.flat, index: units.length });
    }
  }
  return units;
}

// An end mark on the last line of a paragraph (`Issued by Airports Company South Africa` then `//ENDS//`) is a unit too.
const PART_LABELS = [ABOUT_LABEL, BACKGROUND_LABEL, CONTACT_LABEL, NON_MEDIA_CONTACT_LABEL, END_MARK];

const BYLINE = /^[\s*_]*By[ \t]+\p{Lu}[^\n]{0,60}$/u;

/**
 * Splits a multi-line paragraph around lines that are part labels, release lines or an end mark, as in
 * `About Node.js Foundation` directly followed, on the next line, by the boilerplate.
 */
function labelledLines(text: string): [number, number][] {
  const pieces: [number, number][] = [];
  let from = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // A release line inside a letterhead's paragraph (`…@DallasCounty.org` / `FOR IMMEDIATE RELEASE`) is a unit too,
    // with the title its colon may carry on into the lines below (`FOR IMMEDIATE RELEASE: Acme Announces` / `New Plant`).
    const releaseLine = RELEASE_LINE.test(line);
    // A byline on a line of its own (`**By Acme Media Team**`) is a unit too: the dateline may follow it.
    const byline = BYLINE.test(line);
    if (line.trim().length <= 90 && (releaseLine || byline || PART_LABELS.some((pattern) => matchesLabel(pattern, line)))) {
      if (lineStart > from) pieces.push([from, lineStart]);
      let end = lineEnd;
      // Up to two lines of title, until a line that opens the lead (`(DALLAS) – …`).
      for (let more = 0; releaseLine && /release[ \t]*:[ \t]*\S/i.test(line) && more < 2 && end < text.length; more++) {
        const nextEnd = text.indexOf('\n', end + 1) === -1 ? text.length : text.indexOf('\n', end + 1);
        if (/^[ \t]*\(|[ \t][–—][ \t]|[ \t]--[ \t]|[.!?]$/.test(text.slice(end + 1, nextEnd).trimEnd())) break;
        end = nextEnd;
      }
      pieces.push([lineStart, end]);
      from = end + 1;
      lineEnd = end;
    }
    lineStart = lineEnd + 1;
  }
  if (from < text.length) pieces.push([from, text.length]);
  return pieces.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/** Splits a collapsed line where its paragraphs were: at runs of two or more spaces. */
function collapsedParagraphs(flat: string): [number, number][] {
  const pieces: [number, number][] = [];
  const gap = /[ \t\u00a0]{2,}/g;
  let from = 0;
  for (const match of allMatches(gap, flat)) {
    if (match.index > from) pieces.push([from, match.index]);
    from = match.index + match[0].length;
  }
  if (from < flat.length) pieces.push([from, flat.length]);
  return pieces;
}

/**
 * True when a unit starts inside one of the spans, which are sorted by start and do not overlap
 * (the boilerplates, a section). A binary search: called once per unit, it stays linear-log.
 */
export function startsWithin(unit: Unit, spans: readonly Span[]): boolean {
  const start = unitSpan(unit).start;
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= start) low = middle + 1;
    else if (spans[middle].start > start) high = middle - 1;
    else return true;
  }
  return false;
}

/** The source span of a range of a unit's text. */
export function unitSpan(unit: Unit, start = 0, end = unit.text.length): Span {
  return sourceSpan(unit.block, unit.from + start, unit.from + end);
}

/** A short unit that stands alone as a label or title: a heading, a bold line, or a short paragraph line. */
export function isLabelLike(unit: Unit, maxLength = 80): boolean {
  const text = unit.text.trim();
  if (!text || text.length > maxLength) return false;
  const block = unit.block;
  if (block.kind === 'heading') return true;
  if (block.kind === 'tableRow' || block.kind === 'code' || block.kind === 'html') return false;
  if (block.bold || block.italic) return true;
  return !/[.!?]$/.test(text) || /:$/.test(text);
}

/**
 * Where the closing half of the body's prose begins, below unit `from`: counted in paragraphs of
 * prose, so label lines and a contact block's short lines, split into units of their own, do not move it.
 */
export function closingHalfFrom(units: readonly Unit[], from: number): number {
  const bodyProse = units.filter((u) => u.index > from && u.block.kind === 'paragraph' && u.text.split(/\s+/, 12).length >= 12);
  return Math.max(from + 1, bodyProse.length > 0 ? bodyProse[Math.floor((bodyProse.length - 1) / 2)].index : units.length);
}
