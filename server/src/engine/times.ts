/**
 * Times of day as releases write them: `10 a.m.`, `10:00 AM`, `3:30PM`, `12 noon`, `midnight`,
 * `14:00` and `14.00` before a time zone. Hand-written for the same reason as dates.ts: the rules
 * need the form as written, not only the time.
 */
import { allMatches } from './text';

export interface TimeOfDay {
  index: number;
  length: number;
  raw: string;
  /** 0–23 for a clock time, 1–12 with a meridiem; 12 for noon, 0 for midnight. */
  hour: number;
  minute: number;
  meridiem: 'a' | 'p' | null;
  /** `noon` or `midnight`, and whether a `12` stands before it (`12 noon`). */
  named: 'noon' | 'midnight' | null;
  twelveBefore: boolean;
}

// A figure not glued to a word, an amount or another figure (`v2`, `$5`, `1.5`), then a meridiem
// in any of its spellings (`am`, `A.M.`, `p.m`) that no letter follows.
const MERIDIEM = /(?<![\p{L}\p{N}.,:/$£€])(\d{1,2})(?::([0-5]\d))?[ \u00a0]?([AaPp])\.?([Mm])\.?(?![\p{L}\p{N}])/gu;
const NAMED = /\b(?:(12)(?::00)?[ \u00a0]?)?(noon|midnight)\b/giu;
// A 24-hour clock time; read only where a time zone follows it.
const CLOCK = /(?<![\p{L}\p{N}.,:/$£€])([01]?\d|2[0-3])[:.h]([0-5]\d)(?![\p{N}])/gu;

/** Every time of day in `text`, in order; a clock time without a meridiem only when a time-zone word follows. */
export function findTimes(text: string, clockFollowedBy?: RegExp): TimeOfDay[] {
  const found: TimeOfDay[] = [];
  for (const match of allMatches(MERIDIEM, text)) {
    const hour = Number(match[1]);
    if (hour > 12 || (hour === 0 && !match[2])) continue;
    found.push({
      index: match.index,
      length: match[0].length,
      raw: match[0],
      hour,
      minute: Number(match[2] ?? 0),
      meridiem: match[3].toLowerCase() as 'a' | 'p',
      named: null,
      twelveBefore: false,
    });
  }
  for (const match of allMatches(NAMED, text)) {
    const named = match[2].toLowerCase() as 'noon' | 'midnight';
    found.push({
      index: match.index,
      length: match[0].length,
      raw: match[0],
      hour: named === 'noon' ? 12 : 0,
      minute: 0,
      meridiem: null,
      named,
      twelveBefore: match[1] !== undefined,
    });
  }
  if (clockFollowedBy) {
    for (const match of allMatches(CLOCK, text)) {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
      if (!clockFollowedBy.test(after)) continue;
      found.push({
        index: match.index,
        length: match[0].length,
        raw: match[0],
        hour: Number(match[1]),
        minute: Number(match[2]),
        meridiem: null,
        named: null,
        twelveBefore: false,
      });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // A clock time inside a meridiem time (`10:00` of `10:00 AM`) is the same time.
  const kept: TimeOfDay[] = [];
  for (const time of found) {
    const last = kept[kept.length - 1];
    if (!last || time.index >= last.index + last.length) kept.push(time);
  }
  return kept;
}

/** The time in AP style: `10 a.m.`, `3:30 p.m.`, `noon`, `midnight`. */
export function apTime(time: TimeOfDay): string {
  if (time.named) return time.named;
  if (time.meridiem === null) return time.raw;
  if (time.hour === 12 && time.minute === 0) return time.meridiem === 'p' ? 'noon' : 'midnight';
  const minutes = time.minute === 0 ? '' : `:${String(time.minute).padStart(2, '0')}`;
  return `${time.hour}${minutes} ${time.meridiem}.m.`;
}
