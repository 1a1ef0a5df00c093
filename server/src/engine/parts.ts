import type { Organization, ProfileContact } from './config/organization';
import type { ResolvedConfig } from './config/resolve';
import type { Release } from './release';
import type { Span } from './text';

/** What a part's skeleton may depend on: the preset's dateline, the configured end mark, the team's profile. */
export interface SkeletonContext {
  dateline: string;
  endMark: string;
  organization: Organization | null;
}

/** A profile's contact as a release writes it: name and title, email, phone, one to a line. */
function contactLines(contact: ProfileContact): string[] {
  const lines = [[contact.name, contact.title].filter(Boolean).join(', '), contact.email, contact.phone].filter((line): line is string => Boolean(line));
  // Markdown's hard line break (two spaces) keeps the lines apart when rendered.
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}  ` : line));
}

/** The boilerplate's paragraph(s): the profile's own text, or a prompt that names the organization. */
function boilerplateLines(organization: Organization | null): string[] {
  if (organization?.boilerplate) return organization.boilerplate.trim().split(/\r?\n/);
  const name = organization?.name ?? '[Organization]';
  return [`${name} is [what it does, where, and since when]. ${organization?.website ?? '[Website]'}`];
}

/** How an editor's outline draws an entry (named after LSP's symbol kinds, which the server maps them to). */
export type OutlineIcon = 'Key' | 'String' | 'Event' | 'Field' | 'Property' | 'Namespace' | 'Class' | 'Module' | 'Constant' | 'Null';

/** One entry of a release's outline: what it says, where it is, what it holds. */
export interface OutlineEntry {
  name: string;
  detail: string;
  icon: OutlineIcon;
  span: Span;
  /** The part of the span the editor selects (a dateline's place, a boilerplate's label). */
  selection: Span;
  children: OutlineEntry[];
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
  /** Its entries in the outline. */
  outline(release: Release): OutlineEntry[];
}

const one = (span: Span | null): Span[] => (span ? [span] : []);

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function entry(name: string, detail: string, icon: OutlineIcon, span: Span, selection: Span = span, children: OutlineEntry[] = []): OutlineEntry {
  const inside = selection.start >= span.start && selection.end <= span.end ? selection : span;
  return { name: name || detail, detail, icon, span, selection: inside, children };
}

function contactEntries(release: Release): OutlineEntry[] {
  const contacts = release.mediaContacts.map((contact) => {
    const reach = [contact.email, contact.phoneE164 ?? contact.phone].filter(Boolean).join(' · ');
    return { contact, entry: entry(contact.name ?? contact.email ?? contact.phone ?? 'Media contact', reach || 'media contact', 'Constant', contact) };
  });
  const section = release.contactSection;
  if (!section) return contacts.map((c) => c.entry);
  // The contacts written in the section stand under it; others (a contact in the lead) beside it.
  const inside = contacts.filter(({ contact }) => contact.start >= section.start && contact.end <= section.end).map((c) => c.entry);
  const outside = contacts.map((c) => c.entry).filter((e) => !inside.includes(e));
  return [entry('Media contact', `${inside.length} contact${inside.length === 1 ? '' : 's'}`, 'Module', section, section, inside), ...outside];
}

function leadEntry(release: Release, lead: Span): OutlineEntry {
  const dateline = release.dateline;
  const text = release.document.text.slice(lead.start, lead.end);
  const afterDateline = dateline && dateline.end <= lead.end && dateline.start >= lead.start ? text.slice(dateline.end - lead.start) : text;
  return entry(clip(afterDateline, 50) || 'Lead', 'lead', 'Field', lead);
}

/** The parts in the order a release conventionally has them. */
export const PARTS: readonly Part[] = [
  {
    key: 'releaseLine',
    name: 'release line',
    requiredBy: null,
    spans: (r) => one(r.releaseLine),
    skeleton: () => ['FOR IMMEDIATE RELEASE'],
    outline: (r) => (r.releaseLine ? [entry(clip(r.releaseLine.text), r.releaseLine.kind === 'embargo' ? 'embargo' : 'release line', 'Key', r.releaseLine)] : []),
  },
  {
    key: 'headline',
    name: 'headline',
    requiredBy: 'require-headline',
    spans: (r) => one(r.headline),
    skeleton: () => ['# [Headline: what happened, in one line]'],
    outline: (r) => (r.headline ? [entry(clip(r.headline.text, 80), r.headline.source === 'frontmatter' ? 'headline (front matter)' : 'headline', 'String', r.headline)] : []),
  },
  {
    key: 'dateline',
    name: 'dateline',
    requiredBy: 'require-dateline',
    spans: (r) => one(r.dateline),
    skeleton: null,
    outline: (r) =>
      r.dateline
        ? [entry(`${r.dateline.city || 'no place'} · ${r.dateline.date?.iso ?? r.dateline.date?.raw ?? 'no date'}`, 'dateline', 'Event', r.dateline, r.dateline.citySpan)]
        : [],
  },
  {
    key: 'lead',
    name: 'lead',
    requiredBy: null,
    spans: (r) => one(r.lead),
    skeleton: ({ dateline }) => [`${dateline}[Lead: who did what, when, where and why, in one or two sentences.]`],
    outline: (r) => (r.lead ? [leadEntry(r, r.lead)] : []),
  },
  {
    key: 'quotes',
    name: 'quote',
    requiredBy: 'require-quote',
    spans: (r) => r.quotes,
    count: (r) => r.quotes.length,
    skeleton: ({ organization }) => [`“[What the spokesperson said, in one or two sentences],” said [Full Name], [Title] at ${organization?.name ?? '[Organization]'}.`],
    outline: (r) => r.quotes.map((q) => entry(`“${clip(q.text, 40)}” — ${q.speaker ?? (q.attributed ? 'attributed' : 'unattributed')}`, 'quote', 'Property', q)),
  },
  {
    key: 'background',
    name: 'background',
    requiredBy: 'require-background',
    spans: (r) => one(r.background),
    skeleton: () => ['## Background', '', '- [Background fact, figure or link]'],
    outline: (r) => (r.background ? [entry(r.background.label || 'Background', 'background', 'Namespace', r.background)] : []),
  },
  {
    key: 'boilerplate',
    name: 'boilerplate',
    requiredBy: 'require-boilerplate',
    spans: (r) => r.boilerplate,
    count: (r) => r.boilerplate.length,
    skeleton: ({ organization }) => [`## About ${organization?.name ?? '[Organization]'}`, '', ...boilerplateLines(organization)],
    outline: (r) => r.boilerplate.map((b) => entry(`About ${b.organization}`, 'boilerplate', 'Class', b, b.label ?? b)),
  },
  {
    key: 'mediaContacts',
    name: 'media contact',
    requiredBy: 'require-media-contact',
    // The section when there is one (the contacts stand inside it), otherwise each contact.
    spans: (r) => (r.contactSection ? [r.contactSection] : r.mediaContacts),
    count: (r) => r.mediaContacts.length,
    skeleton: ({ organization }) => {
      const contacts = organization?.contacts ?? [];
      if (contacts.length === 0) return ['## Media contact', '', '[Full Name], [Title]  ', '[Email]  ', '[Phone]'];
      return [contacts.length === 1 ? '## Media contact' : '## Media contacts', ...contacts.flatMap((contact) => ['', ...contactLines(contact)])];
    },
    outline: contactEntries,
  },
  {
    key: 'endMark',
    name: 'end mark',
    requiredBy: 'require-end-mark',
    spans: (r) => one(r.endMark),
    skeleton: ({ endMark }) => [endMark],
    // As the reader sees it: `\#\#\#` (escaped so it is no heading) reads `###`.
    outline: (r) => (r.endMark ? [entry(r.endMark.text.replace(/\\([#*_-])/g, '$1') || 'End mark', 'end mark', 'Null', r.endMark)] : []),
  },
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

/** The release's outline: every part's entries, in reading order. */
export function outlineOf(release: Release): OutlineEntry[] {
  return PARTS.flatMap((part) => part.outline(release)).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The recognised parts as `pressroom inspect --format json` prints them (lines are 1-based). */
export interface InspectedParts {
  releaseLine: null | { line: number; kind: 'immediate' | 'embargo'; embargoUntil: string | null };
  headline: null | { line: number; text: string };
  dateline: null | { line: number; city: string; date: string | null };
  quotes: { line: number; speaker: string | null; attributed: boolean }[];
  background: null | { line: number };
  boilerplate: { line: number; organization: string }[];
  mediaContacts: { line: number; name: string | null; email: string | null; phone: string | null }[];
  endMark: null | { line: number; text: string };
}

/** The recognised parts, as `pressroom inspect` and the corpus labels write them. */
export function inspectParts(release: Release): InspectedParts {
  const lines = release.document.lines;
  const line = (offset: number): number => lines.position(offset).line;
  return {
    releaseLine: release.releaseLine && {
      line: line(release.releaseLine.start),
      kind: release.releaseLine.kind,
      embargoUntil: release.releaseLine.embargoUntil,
    },
    headline: release.headline && { line: line(release.headline.start), text: release.headline.text },
    dateline: release.dateline && {
      line: line(release.dateline.start),
      city: release.dateline.city,
      date: release.dateline.date?.iso ?? null,
    },
    quotes: release.quotes.map((q) => ({ line: line(q.start), speaker: q.speaker, attributed: q.attributed })),
    background: release.background && { line: line(release.background.start) },
    boilerplate: release.boilerplate.map((b) => ({ line: line(b.start), organization: b.organization })),
    mediaContacts: release.mediaContacts.map((c) => ({ line: line(c.name ? c.start : (c.emailSpan ?? c.phoneSpan ?? c).start), name: c.name, email: c.email, phone: c.phone })),
    endMark: release.endMark && { line: line(release.endMark.start), text: release.endMark.text },
  };
}

type InspectedEntry<K extends keyof InspectedParts> = NonNullable<InspectedParts[K]> extends (infer E)[] ? E : NonNullable<InspectedParts[K]>;

/** What `pressroom inspect` prints after each part's line number. */
export const INSPECTED_DETAIL: { [K in keyof InspectedParts]: (entry: InspectedEntry<K>) => string } = {
  releaseLine: (e) => `${e.kind}${e.embargoUntil ? ` until ${e.embargoUntil}` : ''}`,
  headline: (e) => e.text,
  dateline: (e) => `${e.city} · ${e.date ?? 'no date'}`,
  quotes: (e) => (e.attributed ? `said by ${e.speaker}` : 'not attributed'),
  background: () => '',
  boilerplate: (e) => `About ${e.organization}`,
  mediaContacts: (e) => [e.name, e.email, e.phone].filter(Boolean).join(' · '),
  endMark: (e) => e.text,
};
