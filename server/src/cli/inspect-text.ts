import type { Inspection } from '../engine/index';

type Inspected = Inspection & { filePath: string };

/** The readable form of `pressroom inspect`: one block per file, one line per part. */
export function inspectText(files: readonly Inspected[]): string {
  const out: string[] = [];
  for (const { filePath, isPressRelease, reasons, parts } of files) {
    out.push(`${filePath}${isPressRelease ? '' : '  (not classified as a press release)'}`);
    if (reasons?.length) out.push(`  ${isPressRelease ? 'a release because' : 'not a release because'}: ${reasons.join('; ')}`);
    const row = (name: string, line: number | null, detail: string): void => {
      out.push(`  ${name.padEnd(14)}${line === null ? '    -' : String(line).padStart(5)}  ${detail}`);
    };
    const missing = (name: string): void => row(name, null, 'missing');
    if (parts.releaseLine) row('release line', parts.releaseLine.line, `${parts.releaseLine.kind}${parts.releaseLine.embargoUntil ? ` until ${parts.releaseLine.embargoUntil}` : ''}`);
    if (parts.headline) row('headline', parts.headline.line, parts.headline.text);
    else missing('headline');
    if (parts.dateline) row('dateline', parts.dateline.line, `${parts.dateline.city} · ${parts.dateline.date ?? 'no date'}`);
    else missing('dateline');
    if (parts.quotes.length === 0) missing('quotes');
    for (const quote of parts.quotes) row('quote', quote.line, quote.attributed ? `said by ${quote.speaker}` : 'not attributed');
    if (parts.background) row('background', parts.background.line, '');
    else missing('background');
    if (parts.boilerplate.length === 0) missing('boilerplate');
    for (const b of parts.boilerplate) row('boilerplate', b.line, `About ${b.organization}`);
    if (parts.mediaContacts.length === 0) missing('media contact');
    for (const c of parts.mediaContacts) row('media contact', c.line, [c.name, c.email, c.phone].filter(Boolean).join(' · '));
    if (parts.endMark) row('end mark', parts.endMark.line, parts.endMark.text);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
