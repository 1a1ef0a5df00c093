/**
 * The labelled batches of real documents under test/corpus/batches/<name>/ (NAME.md beside
 * NAME.json, with SOURCES.tsv), and the first-sight score of each: the score a batch got the first
 * time it was evaluated, before the engine was changed for it. That score is what says how the
 * engine does on releases nobody has tuned it for; it is recorded once and never rewritten.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../helpers/shared';
import type { Headline } from './evaluate';

const ROOT = path.resolve(__dirname, '..', '..');
export const BATCH_ROOT = path.join(ROOT, 'test', 'corpus', 'batches');
const FIRST_SIGHT = path.join(ROOT, 'test', 'corpus', 'first-sight.json');
const ACCURACY_PAGE = path.join(ROOT, 'docs', 'accuracy.md');

export interface LabelledSet {
  name: string;
  folder: string;
}

/** Every batch, in the order of its number (names start with it: b99 before b100). */
export function batchSets(): LabelledSet[] {
  if (!existsSync(BATCH_ROOT)) return [];
  return readdirSync(BATCH_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, folder: path.join(BATCH_ROOT, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** Everything labelled: the shared corpus (when beside the project), the held-out set, every batch. */
export function labelledSets(): LabelledSet[] {
  const sets: LabelledSet[] = [];
  if (existsSync(CORPUS)) sets.push({ name: 'shared corpus', folder: CORPUS });
  sets.push({ name: 'held-out', folder: path.join(ROOT, 'test', 'eval', 'holdout') });
  return [...sets, ...batchSets()];
}

export interface FirstSight {
  score: Headline;
  /** When and on which commit of the engine it was scored. */
  date: string;
  commit: string;
}

export function readFirstSight(): Map<string, FirstSight> {
  if (!existsSync(FIRST_SIGHT)) return new Map();
  return new Map(Object.entries(JSON.parse(readFileSync(FIRST_SIGHT, 'utf8')) as Record<string, FirstSight>));
}

/** Adds a batch's first-sight score; an existing one is never replaced. */
export function recordFirstSight(records: Map<string, FirstSight>, name: string, score: Headline, commit: string): void {
  if (records.has(name)) return;
  records.set(name, { score, date: new Date().toISOString().slice(0, 10), commit });
  writeFileSync(FIRST_SIGHT, `${JSON.stringify(Object.fromEntries(records), null, 2)}\n`);
}

const TABLE_START = '<!-- first-sight table: written by npm run eval -->';
const TABLE_END = '<!-- end of first-sight table -->';

/** The first-sight table and today's whole-corpus line in docs/accuracy.md; the prose around them is kept. */
export function writeAccuracyPage(records: Map<string, FirstSight>, whole: Headline): void {
  const rows = [...records].map(
    ([name, r]) =>
      `| ${name} | ${r.score.files} | ${r.score.macroF1.toFixed(3)} | ${r.score.expectedRuleRecall.toFixed(3)} | ${r.score.filesWithFalseErrors} | ${r.date} | ${r.commit} |`,
  );
  const table = [
    TABLE_START,
    '| batch | files | macro-F1 | expected rules fired | files with a false error | scored | engine |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Everything labelled today (\`npm run eval\`): ${whole.files} files, macro-F1 ${whole.macroF1.toFixed(3)}, expected rules fired ${whole.expectedRuleRecall.toFixed(3)}, files with a false error ${whole.filesWithFalseErrors}.`,
    TABLE_END,
  ].join('\n');
  const page = existsSync(ACCURACY_PAGE) ? readFileSync(ACCURACY_PAGE, 'utf8') : `# Accuracy\n\n${TABLE_START}\n${TABLE_END}\n`;
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  const next = start === -1 || end === -1 ? `${page.trimEnd()}\n\n${table}\n` : page.slice(0, start) + table + page.slice(end + TABLE_END.length);
  if (next !== page) writeFileSync(ACCURACY_PAGE, next);
}
