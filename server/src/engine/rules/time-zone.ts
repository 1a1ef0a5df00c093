import type { ParsedDate } from '../dates';
import { isUkPlace, isUsPlace, TIME_ZONE_ABBREVIATIONS, type TimeZoneAbbreviation } from '../house-style';
import { fullDates, proseBlocks, styleSpan } from '../prose';
import type { Release } from '../release';
import { findTimes } from '../times';
import { defineRule } from './types';

/** A time-zone abbreviation right after a time (`10 a.m. EST`, `14:00 (CET)`), in capitals as written. */
const ZONE_AFTER_TIME = /^[ \u00a0]?\(?(CEST|CET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|BST)(?![\p{L}\p{N}])/u;
const ZONE_CUE = /\b(?:CEST|CET|[ECMP][SD]T|GMT|BST)\b/;
/** How far from a time a date in the same paragraph is read as its date. */
const DATE_REACH = 120;
/** A date the time is not written beside (the dateline's) decides only when the zone keeps one abbreviation this many days around it. */
const STEADY_DAYS = 7;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's abbreviation at an instant, as `Intl` writes it from the IANA database (`EDT`, `GMT`, `CEST`). */
function abbreviationAt(entry: TimeZoneAbbreviation, instant: number): string {
  let format = formats.get(entry.zone);
  if (!format) {
    format = new Intl.DateTimeFormat(entry.locale, { timeZone: entry.zone, timeZoneName: 'short' });
    formats.set(entry.zone, format);
  }
  return format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

const DAY = 24 * 60 * 60 * 1000;

/** The zone's abbreviation on every instant of the days around a date, or null when it changes among them. */
function steadyAbbreviation(entry: TimeZoneAbbreviation, date: ParsedDate, daysAround: number): string | null {
  const noon = Date.UTC(date.year, date.month - 1, date.day, 12);
  const first = abbreviationAt(entry, noon - daysAround * DAY - DAY / 2);
  const last = abbreviationAt(entry, noon + daysAround * DAY + DAY / 2);
  return first === last && abbreviationAt(entry, noon) === first ? first : null;
}

/** Whether the release's dateline puts it where an abbreviation that other zones share means this one. */
function placedIn(release: Release, entry: TimeZoneAbbreviation): boolean {
  const place = release.dateline?.city ?? '';
  if (!place) return false;
  if (entry.region === 'us') return isUsPlace(place);
  if (entry.region === 'uk') return isUkPlace(place);
  return true;
}

/** Arizona keeps Mountain Standard Time all year. */
const ARIZONA = /\b(?:Ariz\.?|AZ|Arizona|PHOENIX|Phoenix|TUCSON|Tucson)\b/;

export default defineRule({
  id: 'time-zone',
  description: 'A time zone agrees with the date: standard time in winter, daylight or summer time in summer (`10 a.m. EDT` on July 14).',
  defaultSeverity: 'warn',
  fixable: true,
  hasSuggestions: true,
  scope: 'document',
  defaultOptions: {},
  options: {},
  check({ release, report }) {
    const datelineDate = release.dateline?.date?.iso ? release.dateline.date : null;
    const releaseLine = release.releaseLine;
    // A time and its zone read the same in any language (`kl. 18.00 CET`).
    for (const block of proseBlocks(release, { englishOnly: false })) {
      if (!ZONE_CUE.test(block.flat)) continue;
      const dates = fullDates(block).filter((date) => date.iso);
      let nextDate = 0;
      for (const time of findTimes(block.flat, ZONE_AFTER_TIME)) {
        const end = time.index + time.length;
        const zone = ZONE_AFTER_TIME.exec(block.flat.slice(end, end + 8));
        if (!zone) continue;
        const written = zone[1];
        const entry = TIME_ZONE_ABBREVIATIONS[written];
        if (entry.ambiguous && !placedIn(release, entry)) continue;
        if (entry.zone === 'America/Denver' && ARIZONA.test(release.dateline?.city ?? '')) continue;

        // The date beside the time in its paragraph, else the embargo's, else the dateline's.
        while (nextDate < dates.length && dates[nextDate].index < time.index) nextDate++;
        const before = dates[nextDate - 1];
        const after = dates[nextDate];
        const distance = (date: ParsedDate | undefined): number =>
          date ? (date.index < time.index ? time.index - (date.index + date.length) : date.index - end) : Number.POSITIVE_INFINITY;
        const nearest = distance(before) <= distance(after) ? before : after;
        let date: ParsedDate | null = null;
        let daysAround = 0;
        if (nearest && distance(nearest) <= DATE_REACH) date = nearest;
        else if (releaseLine?.embargoDate?.iso && block.start <= releaseLine.start && releaseLine.start < block.end) date = releaseLine.embargoDate;
        else if (datelineDate) [date, daysAround] = [datelineDate, STEADY_DAYS];
        const right = date ? steadyAbbreviation(entry, date, daysAround) : null;
        if (!date || !right || right === written) continue;

        const zoneStart = end + zone[0].length - written.length;
        const span = styleSpan(release, block, zoneStart, zoneStart + written.length);
        if (!span) continue;
        const edit = { range: [span.start, span.end] as [number, number], text: right };
        const season = TIME_ZONE_ABBREVIATIONS[right]?.daylight ? 'daylight-saving time' : 'standard time';
        report({
          ...span,
          message: `${daysAround ? `Around ${date.raw}, the release's date,` : `On ${date.raw}`} the zone is on ${season}: ${right}, not ${written}.`,
          // GMT is also the world's reference time, which a writer may mean all year: only they know.
          ...(written === 'GMT' ? { suggestions: [{ title: `Write “${right}”`, fix: edit }] } : { fix: edit }),
        });
      }
    }
  },
});
