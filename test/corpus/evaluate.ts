import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectRelease, lint } from '../../server/src/engine/index';
import { Scorecard, type Label } from './score';

/** Lints every labeled release in a folder, or in several (`NAME.md` beside `NAME.json`), and scores it. */
export function evaluateFolder(folders: string | readonly string[]): Scorecard {
  const card = new Scorecard();
  for (const folder of typeof folders === 'string' ? [folders] : folders) scoreFolder(card, folder);
  return card;
}

function scoreFolder(card: Scorecard, folder: string): void {
  const names = new Set(readdirSync(folder));
  const files = [...names].filter((f) => f.endsWith('.md') && names.has(f.replace(/\.md$/, '.json'))).sort();
  for (const file of files) {
    const text = readFileSync(path.join(folder, file), 'utf8');
    const label = JSON.parse(readFileSync(path.join(folder, file.replace(/\.md$/, '.json')), 'utf8')) as Label;
    const result = lint(text);
    const lines = result.release.document.lines;
    const diagnostics = result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: (f.severity === 'error' ? 2 : 1) as 1 | 2,
      line: lines.position(f.start).line,
    }));
    card.add(file, label, inspectRelease(result.release), diagnostics);
  }
}

/** The numbers a batch is judged by: the mean F1 over the fields, the share of expected rules that fired, the files with a false error. */
export interface Headline {
  files: number;
  macroF1: number;
  expectedRuleRecall: number;
  filesWithFalseErrors: number;
}

export function headline(card: Scorecard): Headline {
  const f1s = [...card.fields.values()].map((t) => t.f1);
  const round = (n: number): number => Math.round(n * 1000) / 1000;
  return {
    files: card.files,
    macroF1: round(f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 1),
    expectedRuleRecall: round(card.expectedRules === 0 ? 1 : card.firedRules / card.expectedRules),
    filesWithFalseErrors: new Set(card.falseAlarms.map((m) => m.file)).size,
  };
}

/** The score table as Markdown, for the terminal and the README. */
export function scoreTable(card: Scorecard): string {
  const rows = [...card.fields].map(([field, t]) => `| ${field} | ${t.precision.toFixed(3)} | ${t.recall.toFixed(3)} | ${t.f1.toFixed(3)} | ${t.tp} | ${t.fp} | ${t.fn} |`);
  const fired = card.expectedRules === 0 ? 1 : card.firedRules / card.expectedRules;
  return [
    '| field | precision | recall | F1 | tp | fp | fn |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Files: ${card.files}. Macro-F1: ${headline(card).macroF1.toFixed(3)}. Expected rules fired: ${card.firedRules}/${card.expectedRules} (${(fired * 100).toFixed(1)}%). False-alarm errors: ${card.falseAlarms.length}.`,
  ].join('\n');
}
