import { AP_MONTHS, findWrittenDates, MONTH_NAMES, type WrittenDate } from '../dates';
import { sourceSpan } from '../parse';
import { proseBlocks, styleSpan } from '../prose';
import type { Span } from '../text';
import { defineRule } from './types';

/** Most paragraphs name no month: they are passed over before any date is looked for. */
const MONTH_CUE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** The date in AP style: `Oct. 4, 2026`, `Oct. 4`, `October 2026` (a month with a day abbreviated as AP does, without one in full). */
function apDate(date: WrittenDate): string {
  if (date.day === null) return `${MONTH_NAMES[date.month - 1]} ${date.year}`;
  const month = AP_MONTHS[date.month - 1];
  return date.year === null ? `${month} ${date.day}` : `${month} ${date.day}, ${date.year}`;
}

/** The date in international style: `4 October 2026`, `4 October`, `October 2026`. */
function internationalDate(date: WrittenDate): string {
  const month = MONTH_NAMES[date.month - 1];
  if (date.day === null) return `${month} ${date.year}`;
  return date.year === null ? `${date.day} ${month}` : `${date.day} ${month} ${date.year}`;
}

/** The date with its parts as written, put in the other order (`May 23, 2018` ⇄ `23 May 2018`). */
function reordered(date: WrittenDate, order: 'mdy' | 'dmy'): string {
  const day = date.dayText + date.daySuffix;
  if (order === 'mdy') return date.year === null ? `${date.monthText} ${day}` : `${date.monthText} ${day}, ${date.year}`;
  return date.year === null ? `${day} ${date.monthText}` : `${day} ${date.monthText} ${date.year}`;
}

/**
 * A figure and a list or range mark before a date (`7, 8 May`, `7–8 May 2026`, `Tuesday 4th and
 * Wednesday 5th June`), or one after it (`May 7 and 8`), or its year on the next line (`July 8,⏎2019`):
 * rewriting one date of several, or half of one, would part them.
 */
const FIGURE_BEFORE = /\d(?:st|nd|rd|th)?[ \t\u00a0]*(?:[,–—&-]|and|to|or)[ \t\u00a0]*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?[ \t\u00a0]+)?$/;
const FIGURE_AFTER = /^[ \t\u00a0]*(?:[,–—&-]|and|to|or)[ \t\u00a0]*\d|^,?[ \t\u00a0]*\r?\n[ \t\u00a0]*\d{4}\b/;

function inRangeOrList(text: string, date: WrittenDate): boolean {
  if (date.day === null) return false;
  if (date.order === 'dmy') return FIGURE_BEFORE.test(text.slice(Math.max(0, date.index - 24), date.index));
  return date.year === null && FIGURE_AFTER.test(text.slice(date.index + date.length, date.index + date.length + 8));
}

export default defineRule({
  id: 'date-style',
  description:
    'Dates are written in one style throughout: AP (`Oct. 4, 2026`, `Oct. 4`, `October 2026`) or international (`4 October 2026`) as the preset says, and in one order in any style.',
  defaultSeverity: 'warn',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, datelineStyle: style, report }) {
    const dateline = release.dateline;
    const inDateline = (span: Span): boolean => dateline !== null && span.start < dateline.end && dateline.start < span.end;
    const written: { date: WrittenDate; span: Span; midSentence: boolean; tabular: boolean }[] = [];
    // In any style, the release's order is the one most of its dates are written in, the dateline's
    // among them (a site's stamp above the release, `Tuesday, 10 September 2002`, is outvoted by the
    // release's own dates; a wire's dateline by the body's); a tie goes to the dateline's, else to
    // the first date's.
    const datelineOrder = dateline?.date && dateline.date.monthStyle !== 'numeric' ? dateline.date.order : null;
    const votes = { mdy: datelineOrder === 'mdy' ? 1 : 0, dmy: datelineOrder === 'dmy' ? 1 : 0 };
    for (const block of proseBlocks(release)) {
      if (!MONTH_CUE.test(block.flat)) continue;
      // Read on the text with its line breaks: a date is not read across one (`Midday 21 January⏎16 January 2008`).
      for (const date of findWrittenDates(block.text)) {
        // Every date votes for the release's order, the ones of a list or range too (`6 and 7 May`).
        if (date.day !== null && !inDateline(sourceSpan(block, date.index, date.index + date.length))) votes[date.order]++;
        if (inRangeOrList(block.text, date)) continue;
        const span = styleSpan(release, block, date.index, date.index + date.length);
        // A date written month first takes a comma after its year when the sentence goes on (AP).
        // Not before a label (`April 27, 2026 Contact:`, `18 Feb 2016 Posted in`): only a sentence goes on in lower case.
        const midSentence = /^[ \t\u00a0]+\p{Ll}/u.test(block.text.slice(date.index + date.length, date.index + date.length + 2));
        // The dateline's date is dateline-format's to judge.
        if (span && !inDateline(span)) written.push({ date, span, midSentence, tabular: block.kind === 'tableRow' });
      }
    }
    const first = written.find(({ date }) => date.day !== null)?.date.order;
    const order = votes.mdy > votes.dmy ? 'mdy' : votes.dmy > votes.mdy ? 'dmy' : (datelineOrder ?? first);
    for (const { date, span, midSentence, tabular } of written) {
      let wanted: string;
      let why: string;
      // A table may abbreviate as it likes (AP: tabular matter); its order still counts below.
      if (tabular && style !== 'any') continue;
      if (style === 'ap') {
        wanted = apDate(date);
        why = 'AP style writes';
      } else if (style === 'international') {
        wanted = internationalDate(date);
        why = 'International style writes';
      } else {
        if (date.day === null || !order || date.order === order) continue;
        wanted = reordered(date, order);
        why = `The release writes its dates ${order === 'mdy' ? 'month first' : 'day first'}:`;
      }
      if (midSentence && date.day !== null && date.year !== null && /\d{4}$/.test(wanted) && !wanted.startsWith(String(date.day))) wanted += ',';
      if (wanted === date.raw) continue;
      report({ ...span, message: `${why} “${wanted}”, not “${date.raw}”.`, fix: { range: [span.start, span.end], text: wanted } });
    }
  },
});
