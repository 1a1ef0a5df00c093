/**
 * Lists documents that are near-copies of one another (more than half their 8-word runs shared),
 * across every batch, the shared corpus and any folders given: run it on a new batch before
 * committing it. `npx tsx test/corpus/near-duplicates.ts [folder …]`; exits 1 when it finds a pair.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const folders = [
  ...readdirSync(path.join(ROOT, 'test', 'corpus', 'batches')).map((b) => path.join(ROOT, 'test', 'corpus', 'batches', b)),
  path.join(ROOT, '..', 'shared', 'corpus'),
  ...process.argv.slice(2).map((f) => path.resolve(f)),
].filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory());

function shingles(file: string): Set<string> {
  const words = readFileSync(file, 'utf8').toLowerCase().match(/\w+/g) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + 8 <= words.length; i++) runs.add(words.slice(i, i + 8).join(' '));
  return runs;
}

const documents = [...new Set(folders)].flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ file: path.join(folder, f), runs: shingles(path.join(folder, f)) })),
);
let found = 0;
for (let i = 0; i < documents.length; i++) {
  for (let j = i + 1; j < documents.length; j++) {
    const [a, b] = [documents[i], documents[j]];
    if (a.runs.size === 0 || b.runs.size === 0) continue;
    let shared = 0;
    for (const run of a.runs) if (b.runs.has(run)) shared++;
    if (shared / Math.min(a.runs.size, b.runs.size) > 0.5) {
      found++;
      console.log(`${path.relative(ROOT, a.file)}  ~  ${path.relative(ROOT, b.file)}`);
    }
  }
}
if (found) process.exitCode = 1;
