import { placeInStyle } from '../house-style';
import type { ParsedDocument } from '../parse';
import type { Release } from '../release';
import type { DatelineStyle, Fix } from './types';

/**
 * The skeleton dateline for a style, with the profile's city when there is one; the dateline
 * recogniser reads it back as a placeholder (`DENVER, [Mon. D, YYYY] –`).
 */
export function datelineSkeleton(style: DatelineStyle, city?: string): string {
  const place = city === undefined ? undefined : placeInStyle(city, style);
  switch (style) {
    case 'ap':
      return `${place ?? '[CITY, State abbreviation]'}, [Mon. D, YYYY] – `;
    case 'international':
      return `${place ?? '[City]'}, [D Month YYYY] – `;
    default:
      return `${place ?? '[City]'}, [Date] – `;
  }
}

/**
 * Fixes that insert a missing part: where the part conventionally goes, as a paragraph of its
 * own, with bracketed placeholders for what only the writer knows (`no-placeholder` flags them).
 */
export function insertBlock(document: ParsedDocument, offset: number, lines: string[], eol: string): Fix {
  const text = document.text;
  const before = text.slice(document.start, offset);
  const after = text.slice(offset);
  let prefix = '';
  if (offset > document.start && !before.endsWith(eol + eol)) prefix = before.endsWith(eol) ? eol : eol + eol;
  let suffix = '';
  if (after === '') suffix = eol;
  // At the end of the document, the line break already there ends the inserted part too.
  else if (after.trim() === '') suffix = after.startsWith(eol) ? '' : eol;
  else if (!after.startsWith(eol + eol)) suffix = after.startsWith(eol) ? eol : eol + eol;
  return { range: [offset, offset], text: prefix + lines.join(eol) + suffix };
}

/** Where the document's content starts: after front matter and a leading release line. */
export function contentStart(release: Release): number {
  let offset = lineStartOf(release.document, release.contentStart);
  if (release.releaseLine && release.releaseLine.start <= offset + 1) offset = lineAfter(release.document.text, release.releaseLine.end);
  return offset;
}

/** The offset just after the line break that ends the line containing `offset`. */
export function lineAfter(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Where closing matter goes: before the first of the boilerplate, the contacts and the end mark. */
export function closingStart(release: Release, include: { boilerplate?: boolean; contacts?: boolean; endMark?: boolean }): number {
  const candidates: number[] = [];
  const bodyStart = release.lead?.end ?? 0;
  if (include.boilerplate && release.boilerplate[0]) candidates.push(release.boilerplate[0].start);
  if (include.contacts && release.contactSection) candidates.push(release.contactSection.start);
  if (include.endMark && release.endMark) candidates.push(release.endMark.start);
  const after = candidates.filter((c) => c >= bodyStart);
  return after.length ? Math.min(...after) : release.document.text.length;
}

/**
 * Where a part goes in front of `offset`: the start of its line when only markup (`## `, `**`, `- `)
 * stands before it there; otherwise `offset` itself, which splits a line that copy-paste collapsed.
 */
export function lineStartOf(document: ParsedDocument, offset: number): number {
  const text = document.text;
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, document.start);
  // Markup before the offset on its line (`## `, `> `, or a tag that wraps the end mark, `<center>`) stays after what goes in.
  return /^(?:[\s#*_>+-]|<[^<>\n]{0,200}>)*$/.test(text.slice(lineStart, offset)) ? lineStart : offset;
}

/** The end of the block that contains `offset`, so an inserted part goes after a whole paragraph. */
export function blockEndAt(release: Release, offset: number): number {
  const block = release.document.blocks.find((b) => b.start <= offset && offset <= b.end);
  return block ? block.end : offset;
}
