import type { ResolvedConfig } from './config/resolve';
import { formatDate } from './dates';
import { PARTS, partNamed, type SkeletonContext } from './parts';
import { RULES_BY_ID } from './rules/index';
import { placeInStyle } from './house-style';
import type { DatelineStyle } from './rules/types';

type Day = { year: number; month: number; day: number };

/**
 * The dateline of a new release: today's date in the preset's style and the profile's city, or a
 * bracketed `[City]` that `no-placeholder` flags (the dateline recogniser reads it as a place still
 * to be filled in).
 */
export function newDateline(style: DatelineStyle, date: Day, profileCity?: string): string {
  const city = profileCity === undefined ? undefined : placeInStyle(profileCity, style);
  if (style === 'international') return `${city ?? '[City]'}, ${formatDate(date, 'international')} – `;
  if (style === 'ap') return `${city ?? '[CITY, State abbreviation]'}, ${formatDate(date, 'ap')} – `;
  return `${city ?? '[City]'}, ${formatDate(date, 'us')} – `;
}

/** The paragraph after the lead, which no rule requires but every release has. */
const BODY_SKELETON = '[Second paragraph: the detail and the context that matter to a reader.]';

/** What every skeleton of a new text reads: today's dateline, the configured end mark, the profile. */
function skeletonContext(config: ResolvedConfig, date: Day): SkeletonContext {
  const endMarkRule = partNamed('endMark').requiredBy!;
  const endMark = String(config.rules.get(endMarkRule)?.options.mark ?? RULES_BY_ID.get(endMarkRule)!.defaultOptions.mark);
  const organization = config.organization;
  return { dateline: newDateline(config.datelineStyle, date, organization?.dateline?.city), endMark, organization };
}

/**
 * A new press release: every part of the table in its conventional place, with bracketed
 * placeholders for what only the writer knows (`no-placeholder` flags those left in).
 */
export function newReleaseText(config: ResolvedConfig, date: Day, eol = '\n'): string {
  const context = skeletonContext(config, date);
  const paragraphs: string[][] = [];
  for (const part of PARTS) {
    if (!part.skeleton) continue;
    paragraphs.push(part.skeleton(context));
    if (part.key === 'lead') paragraphs.push([BODY_SKELETON]);
  }
  return paragraphs.map((lines) => lines.join(eol)).join(eol + eol) + eol;
}

/** A part as an editor's snippet: the prefix a writer types, what it is, and its body in snippet syntax. */
export interface PartSnippet {
  prefix: string;
  label: string;
  description: string;
  body: string;
}

/**
 * Text as an LSP/TextMate snippet: `$`, `}` and `\` escaped, each bracketed placeholder a tab stop
 * that keeps its brackets (left as it is, `no-placeholder` still flags it), the cursor at the end.
 */
export function toSnippet(text: string): string {
  let stop = 0;
  // The organization is one name throughout: typed once, it fills every place it stands.
  let organization = 0;
  const escaped = text.replace(/[\\$}]/g, (c) => `\\${c}`);
  const body = escaped.replace(/\[[^\]\n]{1,80}\]/g, (placeholder) => {
    if (placeholder !== '[Organization]') return `\${${++stop}:${placeholder}}`;
    if (organization) return `$${organization}`;
    organization = ++stop;
    return `\${${organization}:${placeholder}}`;
  });
  return `${body}$0`;
}

/**
 * The snippets of a release's parts, from the same skeletons as the fixes and a new release, so
 * they write the team's profile (its name, boilerplate, contacts, city) and today's date.
 */
export function partSnippets(config: ResolvedConfig, date: Day): PartSnippet[] {
  const context = skeletonContext(config, date);
  const part = (key: Parameters<typeof partNamed>[0]): string => partNamed(key).skeleton!(context).join('\n');
  const name = config.organization?.name;
  return [
    {
      prefix: 'press-release',
      label: 'Press release',
      description: `A whole release${name ? ` of ${name}` : ''}: every part in its place, dated today.`,
      body: newReleaseText(config, date),
    },
    { prefix: 'dateline', label: 'Dateline', description: 'The dateline with today’s date in the house style.', body: context.dateline },
    { prefix: 'quote', label: 'Quote with attribution', description: 'A direct quotation attributed to a named person with a title.', body: part('quotes') },
    { prefix: 'background', label: 'Background', description: 'A background section of facts, figures and links.', body: part('background') },
    {
      prefix: 'boilerplate',
      label: name ? `About ${name}` : 'Boilerplate',
      description: name ? 'The profile’s boilerplate.' : 'The “About <Organization>” paragraph.',
      body: part('boilerplate'),
    },
    {
      prefix: 'media-contact',
      label: 'Media contact',
      description: config.organization?.contacts?.length ? 'The profile’s media contacts.' : 'A media contact: name, title, email and phone.',
      body: part('mediaContacts'),
    },
    { prefix: 'end-mark', label: 'End mark ###', description: `The mark that ends the release, as Markdown keeps it: ${context.endMark}`, body: context.endMark },
  ].map((snippet) => ({ ...snippet, body: toSnippet(snippet.body) }));
}
