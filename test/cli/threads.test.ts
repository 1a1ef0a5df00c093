import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolder, type CliRun } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

const RELEASE = `# Acme Opens a Solar Plant in Boulder

BOULDER, Colo., March 3, 2026 – Acme Energy today opened a 40-megawatt solar plant that will power 12,000 homes.

“This plant shows that clean power can be cheap power,” said Jane Doe, chief executive of Acme Energy.

## About Acme Energy

Acme Energy is a Colorado utility founded in 1998 that serves 400,000 customers.

## Media contact

Sam Lee, press officer  
sam.lee@example.com
`;

/** A different release per index: some clean-ish, some with fixable and unfixable problems. */
function release(i: number): string {
  let text = RELEASE.replace('Acme', `Acme ${i}`);
  if (i % 3 === 0) text = text.replace('BOULDER, Colo., March 3, 2026 – ', '');
  if (i % 4 === 0) text = text.replace('# Acme', '# ACME').toUpperCase();
  if (i % 5 === 0) text = text.replace(/## Media contact[\s\S]*$/, '');
  if (i % 7 === 0) text += '\n## Background\n\n- TK\n';
  return text;
}

/**
 * Runs the built command line (dist/cli.js, whose workers are dist/cli-worker.js, as shipped) with
 * PRESSROOM_THREADS set; `npm test` builds first.
 */
function run(args: string[], cwd: string, threads: number): CliRun {
  const child = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PRESSROOM_THREADS: String(threads) } });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

describe('pressroom CLI on worker threads', function () {
  this.timeout(60000);
  before(function () {
    if (!existsSync(CLI) || !existsSync(path.join(ROOT, 'dist', 'cli-worker.js'))) {
      console.log('      (dist/cli.js or dist/cli-worker.js is missing: run `npm run build`; skipped)');
      this.skip();
    }
  });
  // PRESSROOM_THREADS forces the worker pool, which otherwise starts at PARALLEL_MIN_FILES files.
  const FILES = 24;
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = temporaryFolder());
    for (let i = 0; i < FILES; i++) {
      const file = path.join(dir, `group-${i % 4}`, `release-${String(i).padStart(3, '0')}.md`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, release(i));
    }
  });
  afterEach(() => cleanup());

  it('reports exactly what one thread reports, in path order', () => {
    for (const format of ['stylish', 'json']) {
      const one = run(['lint', '.', '-f', format], dir, 1);
      const many = run(['lint', '.', '-f', format], dir, 2);
      assert.equal(one.code, 1);
      assert.deepEqual(many, one, format);
      if (format !== 'json') continue;
      const files = (JSON.parse(many.stdout) as { filePath: string }[]).map((r) => r.filePath);
      assert.equal(files.length, FILES);
      assert.deepEqual(files, [...files].sort());
    }
  });

  it('writes the same fixes', () => {
    const before = run(['.', '-f', 'json', '--fix-dry-run'], dir, 1).stdout;
    assert.equal(run(['.', '-f', 'json', '--fix-dry-run'], dir, 2).stdout, before);
    const fixed = run(['.', '--fix'], dir, 2);
    assert.equal(fixed.stderr, '');
    assert.notEqual(fixed.code, 2);
    const outputs = (JSON.parse(before) as { filePath: string; output?: string }[]).filter((r) => r.output !== undefined);
    assert.ok(outputs.length > 10);
    for (const result of outputs) assert.equal(readFileSync(path.join(dir, result.filePath), 'utf8'), result.output);
  });

  it('reports a file that is not text as a fatal problem and lints all the others, exit 2; stops on a bad configuration with no report', () => {
    writeFileSync(path.join(dir, 'group-3', 'zz-last.md'), Uint8Array.from([0x23, 0x20, 0xff, 0x0a]));
    const run1 = run(['.', '-f', 'json'], dir, 2);
    assert.equal(run1.code, 2);
    const results = JSON.parse(run1.stdout) as { filePath: string; messages: { fatal?: boolean; message: string }[] }[];
    const fatal = results.filter((r) => r.messages.some((m) => m.fatal));
    assert.deepEqual(
      fatal.map((r) => r.filePath),
      [path.join('group-3', 'zz-last.md')],
    );
    assert.match(fatal[0].messages[0].message, /is not valid UTF-8/);
    const markdown = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.md'));
    assert.equal(results.length, markdown.length, 'every other file is linted and reported');
    writeFileSync(path.join(dir, 'group-3', 'zz-last.md'), '# Fine\n');
    writeFileSync(path.join(dir, 'group-2', '.pressroomrc.json'), '{ "rules": { "no-such-rule": "warn" } }');
    const run2 = run(['.'], dir, 2);
    assert.equal(run2.code, 2);
    assert.equal(run2.stdout, '');
    assert.match(run2.stderr, /configuration error in .*group-2.*no-such-rule/);
  });
});
