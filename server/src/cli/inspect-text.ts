import { INSPECTED_DETAIL, type InspectedParts, type Inspection, PARTS } from '../engine/index';

type Inspected = Inspection & { filePath: string };

/** The readable form of `pressroom inspect`: one block per file, one line per part, in the table's order. */
export function inspectText(files: readonly Inspected[]): string {
  const out: string[] = [];
  for (const { filePath, isPressRelease, surePressRelease, possiblePressRelease, reasons, parts, missing } of files) {
    const kind = isPressRelease
      ? surePressRelease
        ? ''
        : '  (taken for a press release on little evidence: its release checks are warnings)'
      : possiblePressRelease
        ? '  (possibly a press release: its release checks are warnings)'
        : '  (not classified as a press release)';
    out.push(`${filePath}${kind}`);
    const because = isPressRelease ? 'a release because' : possiblePressRelease ? 'possibly a release because' : 'not a release because';
    if (reasons?.length) out.push(`  ${because}: ${reasons.join('; ')}`);
    const row = (name: string, line: number | null, detail: string): void => {
      out.push(`  ${name.padEnd(14)}${line === null ? '    -' : String(line).padStart(5)}  ${detail}`);
    };
    for (const part of PARTS) {
      if (!(part.key in parts)) continue;
      const key = part.key as keyof InspectedParts;
      const found = parts[key];
      const entries = (Array.isArray(found) ? found : found ? [found] : []) as { line: number }[];
      if (missing.includes(part.key)) row(part.name, null, 'missing');
      const detail = INSPECTED_DETAIL[key] as (entry: { line: number }) => string;
      for (const entry of entries) row(part.name, entry.line, detail(entry));
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
