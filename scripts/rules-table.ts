import { PRESET_NAMES, RULES, presetConfig, type Rule } from '../server/src/engine/index';

export const START = '<!-- rules-table: written by npm run generate from the rule registry -->';
export const END = '<!-- /rules-table -->';

/** The severity in `recommended`, and where another preset differs. */
function severities(rule: Rule): string {
  const of = (preset: string): string => presetConfig(preset).rules.get(rule.id)?.severity ?? 'off';
  const base = of('recommended');
  const others = new Map<string, string[]>();
  for (const preset of PRESET_NAMES) {
    if (preset === 'recommended' || of(preset) === base) continue;
    others.set(of(preset), [...(others.get(of(preset)) ?? []), `\`${preset}\``]);
  }
  const differences = [...others].map(([severity, presets]) => `${severity} in ${presets.join(' and ')}`);
  return differences.length ? `${base} (${differences.join('; ')})` : base;
}

function fix(rule: Rule): string {
  if (rule.fixable && rule.hasSuggestions) return 'fix-all and quick fix';
  if (rule.fixable) return 'fix-all';
  return rule.hasSuggestions ? 'quick fix only' : 'no';
}

/** The table of every rule, as docs/rules/README.md shows it between its markers. */
export function rulesTable(): string {
  const rows = RULES.map(
    (rule) =>
      `| [\`${rule.id}\`](${rule.id}.md) | ${rule.description.replace(/\|/g, '\\|')} | ${severities(rule)} | ${fix(rule)} | ${rule.scope === 'release' ? 'releases' : 'every document'} |`,
  );
  return [START, '| Rule | What it checks | Default severity (`recommended`) | Fix | Runs on |', '| --- | --- | --- | --- | --- |', ...rows, END].join('\n');
}

/** The rules page with its table brought up to date; the prose around it is left as it is. */
export function rulesPageText(current: string): string {
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 || end < start) throw new Error(`docs/rules/README.md: the markers ${START} … ${END} are missing`);
  return current.slice(0, start) + rulesTable() + current.slice(end + END.length);
}
