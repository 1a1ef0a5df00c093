/**
 * The parse-only floor: every Markdown file under a folder (in path order, one thread) through the
 * engine's Markdown tokenizer (micromark with GFM and front matter, as server/src/engine/markdown.ts
 * sets it up), and nothing else. No linter built on this parser can
 * go below this on one thread. `npm run bench` bundles it like the CLI and runs:
 *
 *   node parse-floor.js <folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownEvents } from '../server/src/engine/markdown';

const root = path.resolve(process.argv[2] ?? '.');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:md|markdown)$/.test(name))
  .map((name) => path.join(root, name))
  .sort();
let events = 0;
for (const file of files) events += markdownEvents(readFileSync(file, 'utf8')).length;
process.stdout.write(`${files.length} files, ${events} events\n`);
