import { WEEKDAYS, weekday } from '../dates';
import { sourceSpan } from '../parse';
import { fullDates } from '../prose';
import { defineRule } from './types';

/** A weekday written just before a date: `Tuesday, Dec. 1, 2026`, `Wed 2 December 2026`, `Thurs., the`. */
const WEEKDAY_BEFORE = /\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(day|nesday|rsday|urday|sday)?(\.?)(,?[ \t\u00a0]{1,3}(?:the[ \t\u00a0]{1,3})?)$/i;
const WEEKDAY_NAMED = /\b(?:mon|tue|wed|thu|fri|sat|sun)/i;
const FULL = new Set(WEEKDAYS.map((day) => day.toLowerCase()));

/** The right weekday written as the wrong one was: in full or abbreviated, with its capitals. */
function rewrite(written: string, right: string): string {
  const full = FULL.has(written.replace(/\.$/, '').toLowerCase());
  let word = full ? right : right.slice(0, 3);
  if (!full && written.endsWith('.')) word += '.';
  if (written === written.toUpperCase()) return word.toUpperCase();
  if (written[0] === written[0].toLowerCase()) return word.toLowerCase();
  return word;
}

export default defineRule({
  id: 'weekday-date',
  description: 'A weekday written next to a date is that date’s weekday (`Tuesday, Dec. 1, 2026`).',
  defaultSeverity: 'warn',
  // The date is the half a release is built on (the dateline, the calendar, the embargo): the
  // weekday is the one that follows it.
  fixable: true,
  scope: 'document',
  defaultOptions: {},
  options: {},
  check({ release, report }) {
    const quotations = release.quotes;
    const dateline = release.dateline;
    for (const block of release.document.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'tableRow') continue;
      // Most paragraphs name no weekday: they are passed over before any date is looked for.
      if (!WEEKDAY_NAMED.test(block.flat)) continue;
      for (const date of fullDates(block)) {
        if (!date.iso) continue;
        // `Tuesday 9 August, 1823 calls`: a figure that counts something is no year.
        if (/^[ \u00a0]+\p{Ll}/u.test(block.flat.slice(date.index + date.length, date.index + date.length + 2))) continue;
        const before = WEEKDAY_BEFORE.exec(block.flat.slice(Math.max(0, date.index - 20), date.index));
        if (!before) continue;
        const right = weekday(date.iso);
        const writtenWord = `${before[1]}${before[2] ?? ''}`;
        // The first three letters name the day (`Tues.`, `Thurs`, `Wednesday`).
        if (right.slice(0, 3).toLowerCase() === writtenWord.slice(0, 3).toLowerCase()) continue;
        const written = `${writtenWord}${before[3]}`;
        const start = date.index - before[0].length;
        const span = sourceSpan(block, start, start + written.length);
        // The speaker's words stay as said: a weekday inside a quotation is theirs to correct. The
        // dateline's weekday is dateline-format's to check.
        if (quotations.some((q) => span.start >= q.start && span.end <= q.end)) continue;
        if (dateline && span.start >= dateline.start && span.end <= dateline.end) continue;
        const corrected = rewrite(written, right);
        report({
          start: span.start,
          end: span.end,
          message: `${date.raw} is a ${right}, not a ${WEEKDAYS.find((day) => day.slice(0, 3).toLowerCase() === writtenWord.slice(0, 3).toLowerCase())}.`,
          fix: { range: [span.start, span.end], text: corrected },
          fixTitle: `Change “${writtenWord}” to “${corrected}”`,
        });
      }
    }
  },
});
