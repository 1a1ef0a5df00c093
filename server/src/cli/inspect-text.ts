import { INSPECTED_DETAIL, type InspectedParts, type Inspection, PARTS } from '../engine/index';

type Inspected = Inspection & { filePath: string };

/** The readable form of `pressroom inspect`: one block per file, one line per part, in the table's order. */
export function inspectText(files: readonly Inspected[]): string {
  const out: string[] = [];
  for (const { filePath, isPressRelease, reasons, parts, missing } of files) {
    out.push(`${filePath}${isPressRelease ? '' : '  (not classified as a press release)'}`);
    if (reasons?.length) out.push(`  ${isPressRelease ? 'a release because' : 'not a release because'}: ${reasons.join('; ')}`);
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
