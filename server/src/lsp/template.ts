import { formatDate } from '../engine/dates';
import type { DatelineStyle } from '../engine/rules/types';

/** Today's date as `YYYY-MM-DD` from a string the client sends, or the server's clock. */
export function parseToday(today: string | undefined, now = new Date()): { year: number; month: number; day: number } {
  const match = today ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(today) : null;
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * The dateline of a new release: today's date in the preset's style and a place still "to come"
 * (TK, the newsroom mark that `no-placeholder` flags). A bracketed `[City]` before a real date is
 * not read as a dateline by the engine, so the template would start with a require-dateline error.
 */
export function newDateline(style: DatelineStyle, date: { year: number; month: number; day: number }): string {
  if (style === 'international') return `City TK, ${formatDate(date, 'international')} – `;
  if (style === 'ap') return `CITY TK, ${formatDate(date, 'ap')} – `;
  return `City TK, ${formatDate(date, 'us')} – `;
}

/**
 * A new press release: every part in its conventional place, with bracketed placeholders for what
 * only the writer knows (`no-placeholder` flags those left in).
 */
export function newReleaseText(style: DatelineStyle, date: { year: number; month: number; day: number }, endMark: string, eol = '\n'): string {
  return [
    'FOR IMMEDIATE RELEASE',
    '',
    '# [Headline: what happened, in one line]',
    '',
    `${newDateline(style, date)}[Lead: who did what, when, where and why, in one or two sentences.]`,
    '',
    '[Second paragraph: the detail and the context that matter to a reader.]',
    '',
    '“[What the spokesperson said, in one or two sentences],” said [Full Name], [Title] at [Organization].',
    '',
    '## Background',
    '',
    '- [Background fact, figure or link]',
    '',
    '## About [Organization]',
    '',
    '[Organization] is [what it does, where, and since when]. [Website]',
    '',
    '## Media contact',
    '',
    '[Full Name], [Title]  ',
    '[Email]  ',
    '[Phone]',
    '',
    endMark,
    '',
  ].join(eol);
}
