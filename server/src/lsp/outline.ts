import { SymbolKind, type DocumentSymbol, type Hover } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MONTH_NAMES, formatDate, weekday } from '../engine/dates';
import { internationalPhone, type OutlineEntry, outlineOf, requiredParts, type Release, type ResolvedConfig, type Span } from '../engine/index';
import type { PartStatus } from './protocol';

/**
 * The outline of a release, in reading order (the engine's parts table says what each part
 * shows): release line, headline, dateline, lead, each quote with its speaker, background,
 * boilerplate, the media contacts (under their section), end mark.
 */
export function releaseSymbols(document: TextDocument, release: Release): DocumentSymbol[] {
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const symbol = (entry: OutlineEntry): DocumentSymbol => ({
    name: entry.name,
    detail: entry.detail,
    kind: SymbolKind[entry.icon],
    range: range(entry.span),
    selectionRange: range(entry.selection),
    ...(entry.children.length ? { children: entry.children.map(symbol) } : {}),
  });
  return outlineOf(release).map(symbol);
}

const STYLE_NAMES = { ap: 'AP', international: 'international', any: 'any (AP or international)' } as const;

/** Hover on a dateline (the date, its weekday, its style) or a media contact (the phone as dialled from abroad, the email). */
export function releaseHover(document: TextDocument, release: Release, config: ResolvedConfig, offset: number): Hover | null {
  const within = (span: Span): boolean => span.start <= offset && offset <= span.end;
  const range = (span: Span) => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const dateline = release.dateline;
  if (dateline && within(dateline)) {
    const lines = [`**Dateline** — ${dateline.city}`];
    const date = dateline.date;
    if (!date) lines.push('', dateline.yearless ? 'A date without its year.' : 'No date (a wire dateline).');
    else if (!date.iso) lines.push('', `“${date.raw}” is not a date: ${MONTH_NAMES[date.month - 1] ?? 'that month'} ${date.year} has no day ${date.day}.`);
    else {
      const written = date.order === 'dmy' ? 'international (day month year)' : 'US/AP (month day, year)';
      lines.push(
        '',
        `${weekday(date.iso)}, ${formatDate(date, 'international')}`,
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
    if (contact.phone)
      lines.push(`Phone: ${contact.phoneE164 ? `${internationalPhone(contact.phoneE164)} (a valid number, as dialled from abroad)` : `${contact.phone} (not a valid number)`}  `);
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
