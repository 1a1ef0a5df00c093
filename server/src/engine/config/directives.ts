import type { LineIndex } from '../text';
import { allMatches } from '../text';

/**
 * Inline directives in HTML comments:
 * `<!-- pressroom-disable [rule …] -->` until `<!-- pressroom-enable [rule …] -->`,
 * `<!-- pressroom-disable-next-line [rule …] -->` and `<!-- pressroom-disable-line [rule …] -->`.
 * No rule named means every rule.
 */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[] | null;
  line: number;
  offset: number;
}

// `[^>]{0,500}` is bounded and cannot overlap `-->`'s `>`: linear in the text.
const DIRECTIVE = /<!--\s{0,20}pressroom-(disable-next-line|disable-line|disable|enable)\b([^>]{0,500}?)\s{0,20}-->/g;

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

export function readDirectives(text: string, lines: LineIndex): Suppressions {
  const directives: Directive[] = [];
  for (const match of allMatches(DIRECTIVE, text)) {
    const names = match[2].split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: match[1] as Directive['kind'], rules: names.length ? names : null, line: lines.position(match.index).line, offset: match.index });
  }
  const applies = (d: Directive, ruleId: string): boolean => d.rules === null || d.rules.includes(ruleId);
  return {
    isSuppressed(ruleId, offset) {
      if (directives.length === 0) return false;
      const line = lines.position(offset).line;
      let disabled = false;
      for (const d of directives) {
        if (!applies(d, ruleId)) continue;
        if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
        if (d.kind === 'disable-line' && d.line === line) return true;
        if (d.offset > offset) continue;
        if (d.kind === 'disable') disabled = true;
        else if (d.kind === 'enable') disabled = false;
      }
      return disabled;
    },
  };
}
