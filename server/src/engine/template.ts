import type { ResolvedConfig } from './config/resolve';
import { formatDate } from './dates';
import { PARTS, partNamed } from './parts';
import { RULES_BY_ID } from './rules/index';
import type { DatelineStyle } from './rules/types';

/**
 * The dateline of a new release: today's date in the preset's style and a place still "to come"
 * (TK, the newsroom mark that `no-placeholder` flags) unless the team's profile names its city. A bracketed `[City]` before a real date is
 * not read as a dateline by the engine, so the template would start with a require-dateline error.
 */
export function newDateline(style: DatelineStyle, date: { year: number; month: number; day: number }, city?: string): string {
  if (style === 'international') return `${city ?? 'City TK'}, ${formatDate(date, 'international')} – `;
  if (style === 'ap') return `${city ?? 'CITY TK'}, ${formatDate(date, 'ap')} – `;
  return `${city ?? 'City TK'}, ${formatDate(date, 'us')} – `;
}

/** The paragraph after the lead, which no rule requires but every release has. */
const BODY_SKELETON = '[Second paragraph: the detail and the context that matter to a reader.]';

/**
 * A new press release: every part of the table in its conventional place, with bracketed
 * placeholders for what only the writer knows (`no-placeholder` flags those left in).
 */
export function newReleaseText(config: ResolvedConfig, date: { year: number; month: number; day: number }, eol = '\n'): string {
  const endMarkRule = partNamed('endMark').requiredBy!;
  const endMark = String(config.rules.get(endMarkRule)?.options.mark ?? RULES_BY_ID.get(endMarkRule)!.defaultOptions.mark);
  const organization = config.organization;
  const context = { dateline: newDateline(config.datelineStyle, date, organization?.dateline?.city), endMark, organization };
  const paragraphs: string[][] = [];
  for (const part of PARTS) {
    if (!part.skeleton) continue;
    paragraphs.push(part.skeleton(context));
    if (part.key === 'lead') paragraphs.push([BODY_SKELETON]);
  }
  return paragraphs.map((lines) => lines.join(eol)).join(eol + eol) + eol;
}
