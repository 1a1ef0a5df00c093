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
const MDY = new RegExp(`\\b${MONTH}(?![\\p{L}])(,?)[ \\t\\u00a0]{1,3}${DAY},?[ \\t\\u00a0]{1,3}(\\d{4})\\b`, 'giu');
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
    ordinal: Boolean(suffix),
    zeroPadded: dayText.length === 2 && dayText.startsWith('0'),
    garbled,
    commaBeforeYear,
  };
}

/** Every date in `text`, in order of appearance. Linear: two sticky-free scans with bounded patterns. */
export function findDates(text: string): ParsedDate[] {
  const found: ParsedDate[] = [];
  for (const match of allMatches(MDY, text)) {
    const [, monthText, commaAfterMonth, dayText, suffix, yearText] = match;
    const commaBeforeYear = /,[ \t\u00a0]+\d{4}$/.test(match[0]);
    found.push(build(match, 'mdy', monthText, dayText, suffix, yearText, Boolean(commaAfterMonth), commaBeforeYear));
  }
  for (const match of allMatches(DMY, text)) {
    const [, dayText, suffix, monthText, yearText] = match;
    // "May 2018" after "23" is DMY; skip a DMY that is the tail of an MDY already found.
    if (found.some((d) => match.index < d.index + d.length && d.index < match.index + match[0].length)) continue;
    found.push(build(match, 'dmy', monthText, dayText, suffix, yearText, false, false));
  }
  return found.sort((a, b) => a.index - b.index);
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
