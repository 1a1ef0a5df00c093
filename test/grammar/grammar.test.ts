import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inspectRelease, lint } from '../../server/src/engine/index';
import { CORPUS, requireCorpus } from '../helpers/shared';
import { INJECTIONS, MARKDOWN, tokenize, type Token } from './tokenize';

const ROOT = path.resolve(__dirname, '..', '..');

/** 1-based lines holding a token with a scope that starts with `prefix`. */
function linesWith(tokens: Token[], prefix: string): number[] {
  return [...new Set(tokens.filter((t) => t.scopes.some((s) => s.startsWith(prefix))).map((t) => t.line + 1))];
}

describe('TextMate grammar (injected into Markdown)', function () {
  this.timeout(60000);

  it('is contributed to VS Code as injections into Markdown', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const grammars = manifest.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[];
    assert.deepEqual(grammars.map((g) => path.join(ROOT, g.path)).sort(), [...INJECTIONS].sort());
    for (const grammar of grammars) {
      assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
      assert.equal(JSON.parse(readFileSync(path.join(ROOT, grammar.path), 'utf8')).scopeName, grammar.scopeName);
    }
  });

  it('passes its vscode-tmgrammar-test cases (test/grammar/*.test.md)', () => {
    const cli = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
    const cases = readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.md'))
      .map((f) => path.join('test', 'grammar', f));
    assert.ok(cases.length >= 2);
    const run = spawnSync(process.execPath, [cli, '-g', path.relative(ROOT, MARKDOWN), ...cases], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout);
    for (const file of cases) assert.match(run.stdout, new RegExp(`✓ ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} run successfuly`));
  });

  it('scopes the parts the engine recognises in the project’s examples', async () => {
    const dir = path.join(ROOT, 'examples');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const parts = inspectRelease(lint(text).release).parts;
      const tokens = await tokenize(text);
      const expect = (line: number | undefined, prefix: string): void => {
        const found = linesWith(tokens, prefix);
        assert.deepEqual(found, line ? [line] : [], `${file}: ${prefix}`);
      };
      expect(parts.dateline?.line, 'meta.dateline.pressroom');
      expect(parts.endMark?.line, 'keyword.control.end-mark.pressroom');
      expect(parts.releaseLine?.line, 'keyword.control.release-line.pressroom');
    }
  });

  describe('on the corpus of real releases', () => {
    before(function () {
      requireCorpus(this);
    });

    it('scopes the labelled dateline, end mark and release line, and few other lines', async () => {
      const files = readdirSync(CORPUS).filter((f) => f.endsWith('.md') && existsSync(path.join(CORPUS, f.replace(/\.md$/, '.json'))));
      const score = { dateline: [0, 0, 0], endMark: [0, 0, 0], releaseLine: [0, 0, 0] };
      const misses: string[] = [];
      for (const file of files) {
        const label = JSON.parse(readFileSync(path.join(CORPUS, file.replace(/\.md$/, '.json')), 'utf8'));
        const tokens = await tokenize(readFileSync(path.join(CORPUS, file), 'utf8'));
        const parts: [keyof typeof score, string][] = [
          ['dateline', 'meta.dateline.pressroom'],
          ['endMark', 'keyword.control.end-mark.pressroom'],
          ['releaseLine', 'keyword.control.release-line.pressroom'],
        ];
        for (const [part, prefix] of parts) {
          const want: number | undefined = label.parts[part]?.line;
          const found = linesWith(tokens, prefix);
          const [labelled, hit, extra] = score[part];
          score[part] = [labelled + (want ? 1 : 0), hit + (want && found.includes(want) ? 1 : 0), extra + found.filter((l) => l !== want).length];
          if (want && !found.includes(want)) misses.push(`${file}: ${part} on line ${want}`);
        }
      }
      console.log(
        `      dateline ${score.dateline[1]}/${score.dateline[0]} (+${score.dateline[2]} other lines), end mark ${score.endMark[1]}/${score.endMark[0]} (+${score.endMark[2]}), release line ${score.releaseLine[1]}/${score.releaseLine[0]} (+${score.releaseLine[2]})`,
      );
      assert.ok(score.dateline[0] >= 20, 'the corpus labels datelines');
      // Measured when written: 33/33 (+2: wire headers above the issuer's dateline), 6/7 (+0), 5/5 (+0).
      assert.ok(score.dateline[1] / score.dateline[0] >= 0.9, `datelines: ${misses.join('; ')}`);
      assert.ok(score.dateline[2] <= 4, `datelines scoped on ${score.dateline[2]} unlabelled lines`);
      assert.ok(score.endMark[1] / score.endMark[0] >= 0.8, `end marks: ${misses.join('; ')}`);
      assert.ok(score.endMark[2] <= 1);
      assert.ok(score.releaseLine[1] / score.releaseLine[0] >= 0.8, `release lines: ${misses.join('; ')}`);
      assert.ok(score.releaseLine[2] <= 1);
    });
  });
});
