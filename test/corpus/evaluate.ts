import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectRelease, lint } from '../../server/src/engine/index';
import { Scorecard, type Label } from './score';

/** Lints every labeled release in a folder (`NAME.md` beside `NAME.json`) and scores it. */
export function evaluateFolder(folder: string): Scorecard {
  const card = new Scorecard();
  const files = readdirSync(folder).filter((f) => f.endsWith('.md') && readdirSync(folder).includes(f.replace(/\.md$/, '.json'))).sort();
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
  return card;
}

/** The score table as Markdown, for the terminal and the README. */
export function scoreTable(card: Scorecard): string {
  const rows = [...card.fields].map(
    ([field, t]) => `| ${field} | ${t.precision.toFixed(3)} | ${t.recall.toFixed(3)} | ${t.f1.toFixed(3)} | ${t.tp} | ${t.fp} | ${t.fn} |`,
  );
  const fired = card.expectedRules === 0 ? 1 : card.firedRules / card.expectedRules;
  return [
    '| field | precision | recall | F1 | tp | fp | fn |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Files: ${card.files}. Expected rules fired: ${card.firedRules}/${card.expectedRules} (${(fired * 100).toFixed(1)}%). False-alarm errors: ${card.falseAlarms.length}.`,
  ].join('\n');
}
