import type { Finding, Fix } from './rules/types';

/**
 * Applies fixes that do not overlap, in order; a fix that touches an earlier one waits for the
 * next pass. Two insertions at one offset overlap too, so their order stays the rules' order.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const sorted = fixes.map((fix, order) => ({ fix, order })).sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.order - b.order);
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const { fix } of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start === lastEnd || start < 0 || end > text.length || end < start) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    lastEnd = end;
    applied++;
  }
  return { text: output + text.slice(cursor), applied };
}

/** Applies every fix, re-linting between passes, until nothing changes (at most `maxPasses`). */
export function fixAll(text: string, lint: (text: string) => readonly Finding[], maxPasses = 10): { text: string; passes: number; remaining: Finding[] } {
  let current = text;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const findings = lint(current);
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) return { text: current, passes: pass - 1, remaining: [...findings] };
    const result = applyFixes(current, fixes);
    if (result.text === current) return { text: current, passes: pass, remaining: [...findings] };
    current = result.text;
  }
  return { text: current, passes: maxPasses, remaining: [...lint(current)] };
}
