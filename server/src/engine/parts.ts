import type { ResolvedConfig } from './config/resolve';
import type { Release } from './release';
import type { Span } from './text';

/** What a part's skeleton may depend on: the preset's dateline and the configured end mark. */
export interface SkeletonContext {
  dateline: string;
  endMark: string;
}

/**
 * One part of a press release, declared once: the require rules, the new-release template, the
 * outline and status, `pressroom inspect` and the editor's part names all read this table.
 */
export interface Part {
  /** The key in `Release` and in `pressroom inspect`'s parts. */
  key: 'releaseLine' | 'headline' | 'dateline' | 'lead' | 'quotes' | 'background' | 'boilerplate' | 'mediaContacts' | 'endMark';
  /** The part as writers call it: in messages, fix titles, the outline and the status item. */
  name: string;
  /** The rule that reports the part missing, if any. */
  requiredBy: string | null;
  /** Where the part stands, in reading order; empty when the release lacks it. */
  spans(release: Release): Span[];
  /** How many the release has, for the parts a release can have several of. */
  count?(release: Release): number;
  /** The lines a fix or a new release inserts for it, with bracketed placeholders for the writer. */
  skeleton: ((context: SkeletonContext) => string[]) | null;
}

const one = (span: Span | null): Span[] => (span ? [span] : []);

/** The parts in the order a release conventionally has them. */
export const PARTS: readonly Part[] = [
  { key: 'releaseLine', name: 'release line', requiredBy: null, spans: (r) => one(r.releaseLine), skeleton: () => ['FOR IMMEDIATE RELEASE'] },
  { key: 'headline', name: 'headline', requiredBy: 'require-headline', spans: (r) => one(r.headline), skeleton: () => ['# [Headline: what happened, in one line]'] },
  { key: 'dateline', name: 'dateline', requiredBy: 'require-dateline', spans: (r) => one(r.dateline), skeleton: null },
  {
    key: 'lead',
    name: 'lead',
    requiredBy: null,
    spans: (r) => one(r.lead),
    skeleton: ({ dateline }) => [`${dateline}[Lead: who did what, when, where and why, in one or two sentences.]`],
  },
  {
    key: 'quotes',
    name: 'quote',
    requiredBy: 'require-quote',
    spans: (r) => r.quotes,
    count: (r) => r.quotes.length,
    skeleton: () => ['“[What the spokesperson said, in one or two sentences],” said [Full Name], [Title] at [Organization].'],
  },
  {
    key: 'background',
    name: 'background',
    requiredBy: 'require-background',
    spans: (r) => one(r.background),
    skeleton: () => ['## Background', '', '- [Background fact, figure or link]'],
  },
  {
    key: 'boilerplate',
    name: 'boilerplate',
    requiredBy: 'require-boilerplate',
    spans: (r) => r.boilerplate,
    count: (r) => r.boilerplate.length,
    skeleton: () => ['## About [Organization]', '', '[Organization] is [what it does, where, and since when]. [Website]'],
  },
  {
    key: 'mediaContacts',
    name: 'media contact',
    requiredBy: 'require-media-contact',
    // The section when there is one (the contacts stand inside it), otherwise each contact.
    spans: (r) => (r.contactSection ? [r.contactSection] : r.mediaContacts),
    count: (r) => r.mediaContacts.length,
    skeleton: () => ['## Media contact', '', '[Full Name], [Title]  ', '[Email]  ', '[Phone]'],
  },
  { key: 'endMark', name: 'end mark', requiredBy: 'require-end-mark', spans: (r) => one(r.endMark), skeleton: ({ endMark }) => [endMark] },
];

export function partNamed(key: Part['key']): Part {
  return PARTS.find((p) => p.key === key)!;
}

/** The parts the configuration requires: those whose `require-*` rule is on. */
export function requiredParts(config: ResolvedConfig): Part[] {
  return PARTS.filter((part) => part.requiredBy && (config.rules.get(part.requiredBy)?.severity ?? 'off') !== 'off');
}

/** The part a rule reports missing, if the rule is one of the `require-*` rules. */
export function partRequiredBy(ruleId: string): Part | null {
  return PARTS.find((p) => p.requiredBy === ruleId) ?? null;
}

/**
 * Every part the release has, in reading order, for pointing at the one a missing part goes after.
 * A headline taken from front matter stands outside the release's own text and is left out.
 */
export function partsInReadingOrder(release: Release): { part: Part; span: Span }[] {
  const found: { part: Part; span: Span }[] = [];
  for (const part of PARTS) {
    if (part.key === 'dateline') continue; // It opens the lead, which stands for both.
    if (part.key === 'headline' && release.headline?.source === 'frontmatter') continue;
    for (const span of part.spans(release)) found.push({ part, span });
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}
