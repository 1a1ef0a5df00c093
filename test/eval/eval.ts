/**
 * `npm run eval [folder] [--json]`: scores recognition and rules on labelled documents and lists
 * every miss with its file and line.
 *
 * With no folder it scores everything the project has labelled: the shared corpus, the held-out set
 * and every batch under test/corpus/batches. A batch scored for the first time has its score
 * recorded as its first-sight score (test/corpus/first-sight.json and the table in
 * docs/accuracy.md): recorded once, before the engine is changed for it, and never rewritten.
 * `--json` prints {summary, batches} for CI and scripts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateFolder, headline, scoreTable, type Headline } from '../corpus/evaluate';
import { batchSets, labelledSets, readFirstSight, recordFirstSight, writeAccuracyPage } from '../corpus/batches';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' } } });

function printMisses(card: ReturnType<typeof evaluateFolder>): void {
  const misses = [...card.misses, ...card.missedRules.map((m) => ({ ...m, field: 'rule not fired' })), ...card.falseAlarms.map((m) => ({ ...m, field: 'false-alarm error' }))];
  if (misses.length === 0) return;
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) console.log(`  ${m.file}:${m.line ?? '-'}  ${m.field}  expected ${JSON.stringify(m.expected)}  got ${JSON.stringify(m.actual)}`);
}

if (positionals.length > 0) {
  const folder = path.resolve(positionals[0]);
  if (!existsSync(folder)) {
    console.error(`eval: no folder ${folder}`);
    process.exit(2);
  }
  const card = evaluateFolder(folder);
  if (values.json) console.log(JSON.stringify({ summary: headline(card) }, null, 2));
  else {
    console.log(`Labeled folder: ${folder}\n`);
    console.log(scoreTable(card));
    printMisses(card);
  }
  process.exit(0);
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: __dirname, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const firstSight = readFirstSight();
const sets = labelledSets();
const whole = evaluateFolder(sets.map((s) => s.folder));
const batches: { name: string; files: number; firstSight: Headline }[] = [];
for (const batch of batchSets()) {
  const card = evaluateFolder([batch.folder]);
  const now = headline(card);
  if (!firstSight.has(batch.name)) recordFirstSight(firstSight, batch.name, now, commit);
  batches.push({ name: batch.name, files: now.files, firstSight: firstSight.get(batch.name)!.score });
}
writeAccuracyPage(firstSight, headline(whole));

if (values.json) {
  console.log(JSON.stringify({ summary: headline(whole), batches }, null, 2));
} else {
  console.log(`Everything labelled: ${sets.map((s) => path.relative(process.cwd(), s.folder)).join(', ')}\n`);
  console.log(scoreTable(whole));
  printMisses(whole);
  console.log('\nFirst-sight scores (docs/accuracy.md):');
  for (const b of batches) {
    console.log(
      `  ${b.name.padEnd(28)} ${String(b.files).padStart(3)} files  macro-F1 ${b.firstSight.macroF1.toFixed(3)}  rules ${b.firstSight.expectedRuleRecall.toFixed(3)}  false errors ${b.firstSight.filesWithFalseErrors}`,
    );
  }
}
