import { SymbolKind, type DocumentSymbol, type Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MONTH_NAMES, formatDate, weekday } from '../engine/dates';
import { requiredParts, type Release, type ResolvedConfig, type Span } from '../engine/index';
import type { PartStatus } from './protocol';

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The outline of a release, in reading order: release line, headline, dateline, lead, each quote
 * with its speaker, background, boilerplate, the media contacts (under their section), end mark.
 */
export function releaseSymbols(document: TextDocument, release: Release): DocumentSymbol[] {
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const symbol = (name: string, detail: string, kind: SymbolKind, span: Span, selection: Span = span, children?: DocumentSymbol[]): DocumentSymbol => {
    const inside = selection.start >= span.start && selection.end <= span.end ? selection : span;
    return { name: name || detail, detail, kind, range: range(span), selectionRange: range(inside), ...(children ? { children } : {}) };
  };
  const symbols: DocumentSymbol[] = [];
  if (release.releaseLine) {
    const line = release.releaseLine;
    symbols.push(symbol(clip(line.text), line.kind === 'embargo' ? 'embargo' : 'release line', SymbolKind.Key, line));
  }
  if (release.headline && release.headline.source !== 'frontmatter') {
    symbols.push(symbol(clip(release.headline.text, 80), 'headline', SymbolKind.String, release.headline));
  } else if (release.headline) {
    symbols.push(symbol(clip(release.headline.text, 80), 'headline (front matter)', SymbolKind.String, release.headline));
  }
  const dateline = release.dateline;
  if (dateline) {
    const date = dateline.date?.iso ?? dateline.date?.raw ?? 'no date';
    symbols.push(symbol(`${dateline.city} · ${date}`, 'dateline', SymbolKind.Event, dateline, dateline.citySpan));
  }
  if (release.lead) {
    const leadText = release.document.text.slice(release.lead.start, release.lead.end);
    const afterDateline = dateline && dateline.end <= release.lead.end && dateline.start >= release.lead.start ? leadText.slice(dateline.end - release.lead.start) : leadText;
    symbols.push(symbol(clip(afterDateline, 50) || 'Lead', 'lead', SymbolKind.Field, release.lead));
  }
  for (const quote of release.quotes) {
    const speaker = quote.speaker ?? (quote.attributed ? 'attributed' : 'unattributed');
    symbols.push(symbol(`“${clip(quote.text, 40)}” — ${speaker}`, 'quote', SymbolKind.Property, quote));
  }
  if (release.background) symbols.push(symbol(release.background.label || 'Background', 'background', SymbolKind.Namespace, release.background));
  for (const boilerplate of release.boilerplate) {
    symbols.push(symbol(`About ${boilerplate.organization}`, 'boilerplate', SymbolKind.Class, boilerplate, boilerplate.label ?? boilerplate));
  }
  const contacts = release.mediaContacts.map((contact) => {
    const reach = [contact.email, contact.phoneE164 ?? contact.phone].filter(Boolean).join(' · ');
    return symbol(contact.name ?? contact.email ?? contact.phone ?? 'Media contact', reach || 'media contact', SymbolKind.Constant, contact);
  });
  if (release.contactSection) {
    const section = release.contactSection;
    const inside = contacts.filter((_, i) => release.mediaContacts[i].start >= section.start && release.mediaContacts[i].end <= section.end);
    const outside = contacts.filter((c) => !inside.includes(c));
    symbols.push(symbol('Media contact', `${inside.length} contact${inside.length === 1 ? '' : 's'}`, SymbolKind.Module, section, section, inside));
    symbols.push(...outside);
  } else {
    symbols.push(...contacts);
  }
  if (release.endMark) symbols.push(symbol(release.endMark.text || 'End mark', 'end mark', SymbolKind.Null, release.endMark));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const STYLE_NAMES = { ap: 'AP', international: 'international', any: 'any (AP or international)' } as const;

/** Hover on a dateline (the date, its weekday, its style) or a media contact (E.164 phone, email). */
export function releaseHover(document: TextDocument, release: Release, config: ResolvedConfig, offset: number): Hover | null {
  const within = (span: Span): boolean => span.start <= offset && offset <= span.end;
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const dateline = release.dateline;
  if (dateline && within(dateline)) {
    const lines = [`**Dateline** — ${dateline.city}`];
    const date = dateline.date;
    if (!date) lines.push('', 'No date (a wire dateline).');
    else if (!date.iso) lines.push('', `“${date.raw}” is not a date: ${MONTH_NAMES[date.month - 1] ?? 'that month'} ${date.year} has no day ${date.day}.`);
    else {
      const written = date.order === 'dmy' ? 'international (day month year)' : 'US/AP (month day, year)';
      lines.push(
        '',
        `${weekday(date.iso)}, ${formatDate(date, 'international')} (\`${date.iso}\`)`,
        '',
        `Written in ${written} style; the configured style is ${STYLE_NAMES[config.datelineStyle]}.`,
      );
    }
    if (dateline.wire) lines.push('', `Wire: ${dateline.wire}`);
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: range(dateline) };
  }
  for (const contact of release.mediaContacts) {
    const spans = [contact, contact.emailSpan, contact.phoneSpan].filter((s): s is Span => Boolean(s));
    if (!spans.some(within)) continue;
    const lines = [`**Media contact**${contact.name ? ` — ${contact.name}` : ''}`, ''];
    if (contact.phone) lines.push(`Phone: ${contact.phoneE164 ? `\`${contact.phoneE164}\` (E.164)` : `${contact.phone} (not a valid number)`}  `);
    if (contact.email) lines.push(`Email: \`${contact.email}\`  `);
    for (const invalid of contact.invalid) lines.push(`Not a valid ${invalid.kind}: “${invalid.text}”  `);
    if (!contact.phone && !contact.email && contact.invalid.length === 0) lines.push('No phone number or email address.');
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n').trimEnd() }, range: range(spans.find(within)!) };
  }
  return null;
}

/** Which of the parts the configuration requires the release has and lacks, for the language status item. */
export function partStatus(document: TextDocument, release: Release, config: ResolvedConfig): PartStatus[] {
  return requiredParts(config).map((part) => {
    const spans = part.spans(release);
    return {
      name: part.name,
      present: spans.length > 0,
      ...(part.count ? { count: part.count(release) } : {}),
      ...(spans.length ? { line: document.positionAt(spans[0].start).line } : {}),
    };
  });
}
