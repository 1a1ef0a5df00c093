/**
 * `npm run eval [folder]`: scores recognition and rules on a labeled folder (default
 * ../shared/corpus) and lists every miss with its file and line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evaluateFolder, scoreTable } from '../corpus/evaluate';

const folder = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'));
if (!existsSync(folder)) {
  console.error(`eval: no folder ${folder}`);
  process.exit(2);
}
const card = evaluateFolder(folder);
console.log(`Labeled folder: ${folder}\n`);
console.log(scoreTable(card));
const misses = [...card.misses, ...card.missedRules.map((m) => ({ ...m, field: 'rule not fired' })), ...card.falseAlarms.map((m) => ({ ...m, field: 'false-alarm error' }))];
if (misses.length) {
  console.log(`\nMisses (${misses.length}):`);
  for (const m of misses) {
    console.log(`  ${m.file}:${m.line ?? '-'}  ${m.field}  expected ${JSON.stringify(m.expected)}  got ${JSON.stringify(m.actual)}`);
  }
}
