import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fix, presetLayer, resolveConfig, PRESET_NAMES } from '../../server/src/engine/index';
import { CORPUS } from '../helpers/shared';

/** Every Markdown file the project has at hand: the examples, the rule fixtures, the shared corpus. */
function documents(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md') && !entry.name.endsWith('.fixed.md') && entry.name !== 'README.md') files.push(full);
    }
  };
  const root = path.resolve(__dirname, '..', '..');
  walk(path.join(root, 'examples'));
  walk(path.join(root, 'test', 'rules'));
  walk(path.join(root, 'test', 'properties', 'regressions'));
  walk(CORPUS);
  return files;
}

describe('fix all', () => {
  for (const preset of PRESET_NAMES) {
    const config = resolveConfig([presetLayer(preset), { source: 'test', config: { releaseDetection: 'always' } }]);
    it(`converges, is idempotent and leaves no fixable problem (preset ${preset})`, () => {
      const files = documents();
      assert.ok(files.length > 10);
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const once = fix(text, config);
        const name = path.relative(process.cwd(), file);
        assert.deepEqual(once.remaining.filter((f) => f.fix).map((f) => f.ruleId), [], `${name}: fixable problems remain after fix-all`);
        assert.equal(fix(once.text, config).text, once.text, `${name}: a second fix-all changes the text`);
        // Fixes insert, rewrite a dateline or headline, or join broken lines: the words stay.
        const words = text.split(/\s+/).filter((w) => /^[\p{L}\d]{4,}$/u.test(w));
        const fixedWords = new Set(once.text.split(/\s+/));
        const lost = words.filter((w) => !fixedWords.has(w) && !/^[\p{Lu}\d]+$/u.test(w));
        assert.ok(lost.length <= words.length * 0.01 + 2, `${name}: fix-all lost words: ${lost.slice(0, 5).join(', ')}`);
      }
    });
  }
});
