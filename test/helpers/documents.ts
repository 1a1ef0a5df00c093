import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './shared';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Every Markdown document the project holds: the examples, the rule fixtures, the labelled sets
 * (held-out and every corpus batch), the fuzz regressions, the editor tests' workspace, and the
 * shared corpus when it is beside the project. Fixed outputs (`*.fixed.md`) and READMEs are not
 * documents a writer wrote.
 */
export function projectDocuments(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md') && !entry.name.endsWith('.fixed.md') && entry.name !== 'README.md') files.push(full);
    }
  };
  for (const dir of ['examples', 'test/rules', 'test/eval', 'test/corpus', 'test/properties/regressions', 'test/e2e/workspace']) walk(path.join(ROOT, dir));
  walk(CORPUS);
  return files.sort();
}
