import { readFileSync, readdirSync } from 'node:fs';
import { lint, inspectRelease } from '../server/src/engine/index';
import { Scorecard, type Label } from '../test/corpus/score';
const dir = '../shared/corpus/';
const card = new Scorecard();
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
  const text = readFileSync(dir + f, 'utf8');
  const r = lint(text);
  const label = JSON.parse(readFileSync(dir + f.replace(/\.md$/, '.json'), 'utf8')) as Label;
  card.add(f, label, inspectRelease(r.release), r.findings.map((x) => ({ ruleId: x.ruleId, severity: x.severity === 'error' ? 2 : 1, line: r.release.document.lines.position(x.start).line })));
}
for (const [k, t] of card.fields) console.log(k.padEnd(24), 'P', t.precision.toFixed(2), 'R', t.recall.toFixed(2), 'F1', t.f1.toFixed(2));
console.log('rules', card.firedRules, '/', card.expectedRules, 'false alarms', card.falseAlarms.length);
if (process.argv[2]) {
  for (const m of [...card.misses, ...card.missedRules, ...card.falseAlarms].filter((m) => m.field.startsWith(process.argv[2]) || process.argv[2] === 'all')) console.log(JSON.stringify(m));
}
