import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * How a worker thread is started: the bundled script beside the running bundle (`dist/`), or its
 * TypeScript source under tsx (tests, development).
 *
 * @param source the worker's source, relative to `server/src` (`cli/worker.ts`)
 * @param bundled the worker's bundle, beside the running one (`cli-worker.js`)
 */
export function workerScript(source: string, bundled: string): { file: string; eval: boolean } | null {
  const here = typeof __filename === 'string' ? __filename : '';
  if (!here) return null;
  if (here.endsWith('.ts')) {
    const file = path.join(path.dirname(here), '..', source);
    if (!existsSync(file)) return null;
    const code = `const load = require('node:module').createRequire(${JSON.stringify(here)}); load('tsx/cjs/api').register(); load(${JSON.stringify(file)});`;
    return { file: code, eval: true };
  }
  const script = path.join(path.dirname(here), bundled);
  return existsSync(script) ? { file: script, eval: false } : null;
}
