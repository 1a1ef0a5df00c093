import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const ROOT = path.resolve(__dirname, '..');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
export const MEASURE = path.join(ROOT, 'bench', 'measure.cjs');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
/** The shipped server, which is also its own lint thread's script. */
export const LINT_WORKER = SERVER;
export const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
export const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

export const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    copies: { type: 'string', default: '50' },
    edits: { type: 'string', default: '200' },
    only: { type: 'string', default: 'cli,lsp,size,adversarial' },
    json: { type: 'string', default: path.join(ROOT, 'bench', 'results.json') },
  },
});
export const ROUNDS = Number(options.rounds);
export const COPIES = Number(options.copies);
export const EDITS = Number(options.edits);
export const ONLY = new Set(options.only.split(','));
export const WARM_UP_EDITS = 10;

export const log = (message: string): void => void process.stderr.write(`${message}\n`);
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number): string => (ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MB`;
export const kilobytes = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

/** A deterministic pseudo-random sequence (mulberry32), so every run makes the same edits. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpusReleases(): { name: string; text: string }[] {
  if (!existsSync(CORPUS)) {
    log(`(${CORPUS} is missing: using examples/ instead; the numbers are not comparable to the README's)`);
    const examples = path.join(ROOT, 'examples');
    return readdirSync(examples)
      .filter((f) => f.endsWith('.md'))
      .map((name) => ({ name, text: readFileSync(path.join(examples, name), 'utf8') }));
  }
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(CORPUS, name), 'utf8') }));
}
