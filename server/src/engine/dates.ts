import { allMatches } from './text';
/**
 * Dates as press releases write them: `Sept. 4, 2015`, `April 12, 2016`, `23 May 2018`,
 * `February 11th, 2025`, `1st of January 2026`. Hand-written because the domain needs the form as
 * written (which month spelling, ordinal, zero padding) and not only the instant; the calendar check
 * is the platform's Date.
 */

export type MonthStyle = 'full' | 'ap' | 'abbreviated' | 'abbreviated-no-period' | 'numeric';

export interface ParsedDate {
  /** Index and length of the whole date in the searched string. */
  index: number;
  length: number;
  raw: string;
  order: 'mdy' | 'dmy';
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** `YYYY-MM-DD`, or null when the day does not exist in that month (`Sept. 31`). */
  iso: string | null;
  monthText: string;
  monthStyle: MonthStyle;
  dayText: string;
  /** The day's ordinal ending as written (`th`), or "". */
  daySuffix: string;
  ordinal: boolean;
  zeroPadded: boolean;
  /** A comma between month and day (`April, 12, 2016`). */
  garbled: boolean;
  /** US order only: whether a comma stands before the year, as AP wants. */
  commaBeforeYear: boolean;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** AP style: these months are abbreviated when used with a day; March–July never are. */
export const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Each alternative is a fixed word with an optional fixed ending: no nested quantifiers.
export const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(\\d{1,2})(st|nd|rd|th)?';
const MDY = new RegExp(`\\b${MONTH}(?![\\p{L}])(,?)[ \\t\\u00a0]{0,3}${DAY},?[ \\t\\u00a0]{1,3}(\\d{4})\\b`, 'giu');
const DMY = new RegExp(`\\b${DAY}(?: of)?[ \\t\\u00a0]{1,3}${MONTH}(?![\\p{L}]),?[ \\t\\u00a0]{1,3}(\\d{4})\\b`, 'giu');

export function monthNumber(text: string): number {
  const key = text.slice(0, 3).toLowerCase();
  return MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === key) + 1;
}

function monthStyleOf(text: string): MonthStyle {
  const month = monthNumber(text);
  const bare = text.replace(/\.$/, '');
  if (bare.toLowerCase() === MONTH_NAMES[month - 1].toLowerCase()) return 'full';
  if (text === AP_MONTHS[month - 1] || text.toLowerCase() === AP_MONTHS[month - 1].toLowerCase()) return 'ap';
  return text.endsWith('.') ? 'abbreviated' : 'abbreviated-no-period';
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function build(
  match: RegExpExecArray,
  order: 'mdy' | 'dmy',
  monthText: string,
  dayText: string,
  suffix: string | undefined,
  yearText: string,
  garbled: boolean,
  commaBeforeYear: boolean,
): ParsedDate {
  const month = monthNumber(monthText);
  const day = Number(dayText);
  const year = Number(yearText);
  return {
    index: match.index,
    length: match[0].length,
    raw: match[0],
    order,
    year,
    month,
    day,
    iso: isoDate(year, month, day),
    monthText,
    monthStyle: monthStyleOf(monthText),
    dayText,
    daySuffix: suffix ?? '',
    ordinal: Boolean(suffix),
    zeroPadded: dayText.length === 2 && dayText.startsWith('0'),
    garbled,
    commaBeforeYear,
  };
}

/**
 * Keeps the first of overlapping candidates in order of position, and of two at one position the
 * one listed first (a full date before the day and month it holds). Sorting makes it n log n, where
 * comparing each candidate with every date kept would be quadratic on a long list of dates.
 */
function withoutOverlaps<T extends { index: number; length: number }>(candidates: T[]): T[] {
  const ordered = candidates.map((candidate, rank) => ({ candidate, rank })).sort((a, b) => a.candidate.index - b.candidate.index || a.rank - b.rank);
  const kept: T[] = [];
  let end = 0;
  for (const { candidate } of ordered) {
    if (candidate.index < end) continue;
    kept.push(candidate);
    end = candidate.index + candidate.length;
  }
  return kept;
}

/** Every date in `text`, in order of appearance. Linear: two sticky-free scans with bounded patterns. */
export function findDates(text: string): ParsedDate[] {
  const found: ParsedDate[] = [];
  for (const match of allMatches(MDY, text)) {
    const [, monthText, commaAfterMonth, dayText, suffix, yearText] = match;
    const commaBeforeYear = /,[ \t\u00a0]+\d{4}$/.test(match[0]);
    found.push(build(match, 'mdy', monthText, dayText, suffix, yearText, Boolean(commaAfterMonth), commaBeforeYear));
  }
  // "May 2018" after "23" is DMY; a DMY that is the tail of an MDY already found is not.
  for (const match of allMatches(DMY, text)) {
    const [, dayText, suffix, monthText, yearText] = match;
    found.push(build(match, 'dmy', monthText, dayText, suffix, yearText, false, false));
  }
  return withoutOverlaps(found);
}

/** The first date in `text` that starts before `limit`. */
export function findDate(text: string, limit = Number.POSITIVE_INFINITY): ParsedDate | null {
  const first = findDates(text)[0];
  return first && first.index < limit ? first : null;
}

/** A date in figures: `30.11.2021`, `9/2/2014`, `8/31/18`, `2021-11-30`. */
const NUMERIC_DATE = /\b(?:(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))(?![\d./-]\d)/g;

/**
 * The first date written in figures before `limit`, read where a date is expected (a dateline).
 * Day and month are told apart by their values where one is over 12; otherwise slashes read month
 * first, as in the US (`9/2/2014`), and dots or hyphens day first (`30.11.2021`).
 */
export function findNumericDate(text: string, limit = Number.POSITIVE_INFINITY): ParsedDate | null {
  for (const match of allMatches(NUMERIC_DATE, text)) {
    if (match.index >= limit) return null;
    const [raw, first, separator, second, yearText, isoYear, isoMonth, isoDay] = match;
    let day: string;
    let month: string;
    let year: number;
    let monthFirst = false;
    if (isoYear) [year, month, day] = [Number(isoYear), isoMonth, isoDay];
    else {
      monthFirst = Number(first) <= 12 && (Number(second) > 12 || separator === '/');
      [month, day] = monthFirst ? [first, second] : [second, first];
      year = yearText.length === 2 ? 2000 + Number(yearText) - (Number(yearText) >= 70 ? 100 : 0) : Number(yearText);
    }
    const order = monthFirst ? 'mdy' : 'dmy';
    const iso = isoDate(year, Number(month), Number(day));
    if (!iso) continue;
    return {
      index: match.index,
      length: raw.length,
      raw,
      order,
      year,
      month: Number(month),
      day: Number(day),
      iso,
      monthText: month,
      monthStyle: 'numeric',
      dayText: day,
      daySuffix: '',
      ordinal: false,
      zeroPadded: day.length === 2 && day.startsWith('0'),
      garbled: false,
      commaBeforeYear: false,
    };
  }
  return null;
}

/** Writes a date in a style: `ap` (`Sept. 4, 2015`), `us` (`September 4, 2015`) or `international` (`4 September 2015`). */
export function formatDate(date: { year: number; month: number; day: number }, style: 'ap' | 'us' | 'international'): string {
  if (style === 'international') return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  const month = style === 'ap' ? AP_MONTHS[date.month - 1] : MONTH_NAMES[date.month - 1];
  return `${month} ${date.day}, ${date.year}`;
}

/** The weekday of an ISO date, in English. */
export function weekday(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** A date as written in running text: with or without its year, or a month and year alone. */
export interface WrittenDate {
  index: number;
  length: number;
  raw: string;
  order: 'mdy' | 'dmy';
  month: number;
  /** null for a month and year alone (`October 2026`). */
  day: number | null;
  /** null for a day and month alone (`Oct. 4`). */
  year: number | null;
  monthText: string;
  /** The day as written, and its ordinal ending (`th`) or "". */
  dayText: string;
  daySuffix: string;
}

// The month capitalised, as a name is: `may 4` is not a date.
const MONTH_DAY = new RegExp(`\\b${MONTH}(?![\\p{L}])[ \\t\\u00a0]{1,3}${DAY}(?![\\p{L}\\p{N}])`, 'gu');
const DAY_MONTH = new RegExp(`\\b${DAY}( of)?[ \\t\\u00a0]{1,3}${MONTH}(?![\\p{L}])`, 'gu');
const MONTH_YEAR = new RegExp(`\\b${MONTH}(?![\\p{L}])[ \\t\\u00a0]{1,3}(\\d{4})(?![\\p{N}])`, 'gu');
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+$/;
const THE_BEFORE = /\bthe[ \t\u00a0]+$/i;
const DAY_OF = /^\d{1,2}(?:st|nd|rd|th)? of /;
/** Words that stand before a day written first when it is a date (`on 4 March`), not a count (`top 10 March picks`). */
const BEFORE_DAY_FIRST =
  /(?:^|[,;(–—-]|\b(?:on|from|until|till|to|by|since|before|after|between|and|or|through|of|the|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun))[ \t\u00a0]*$/i;

/**
 * Every date of running text, in order: full dates (`findDates`), a day and month without a year
 * (`Oct. 4`, `4th of October`) and a month and year alone (`Oct. 2026`).
 */
export function findWrittenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = findDates(text).map((date) => ({
    index: date.index,
    length: date.length,
    raw: date.raw,
    order: date.order,
    month: date.month,
    day: date.day,
    year: date.year,
    monthText: date.monthText,
    dayText: date.dayText,
    daySuffix: date.daySuffix,
  }));
  const fullDates = found.length;
  const add = (match: RegExpExecArray, date: Omit<WrittenDate, 'index' | 'length' | 'raw'>): void => {
    found.push({ index: match.index, length: match[0].length, raw: match[0], ...date });
  };
  for (const match of allMatches(MONTH_DAY, text)) {
    const [, monthText, dayText, suffix] = match;
    // `24 July 15`: a day before the month makes the figure after it a year written short.
    if (DAY_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    add(match, { order: 'mdy', month: monthNumber(monthText), day: Number(dayText), year: null, monthText, dayText, daySuffix: suffix ?? '' });
  }
  for (const match of allMatches(DAY_MONTH, text)) {
    const [, dayText, suffix, , monthText] = match;
    if (!BEFORE_DAY_FIRST.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    add(match, { order: 'dmy', month: monthNumber(monthText), day: Number(dayText), year: null, monthText, dayText, daySuffix: suffix ?? '' });
  }
  for (const match of allMatches(MONTH_YEAR, text)) {
    const [, monthText, yearText] = match;
    add(match, { order: 'mdy', month: monthNumber(monthText), day: null, year: Number(yearText), monthText, dayText: '', daySuffix: '' });
  }
  // A day and month without a year must be a day of some month (`May 35` is not).
  const dates = withoutOverlaps(found.filter((date, i) => i < fullDates || date.day === null || date.day <= 31));
  // `the 1st of March` is one date: a rewrite (`March 1`) leaves no `the` behind.
  for (const date of dates) {
    const article = date.order === 'dmy' && DAY_OF.test(date.raw) ? THE_BEFORE.exec(text.slice(Math.max(0, date.index - 8), date.index)) : null;
    if (!article) continue;
    date.index -= article[0].length;
    date.length += article[0].length;
    date.raw = article[0] + date.raw;
  }
  return dates;
}
