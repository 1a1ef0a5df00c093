import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { temporaryFolder } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The repository as a pre-commit hook, tried with Debian's `pre-commit` the way a team tries a
 * hook before adding it to `.pre-commit-config.yaml`: `pre-commit try-repo` installs this
 * repository (npm install, npm pack, npm install -g of the tarball) and runs the hook on a commit's files.
 */
describe('the pre-commit hook', function () {
  this.timeout(600_000);
  let folder: ReturnType<typeof temporaryFolder>;
  let repo: string;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  const tryRepo = (file: string) =>
    spawnSync('pre-commit', ['try-repo', ROOT, 'pressroom', '--files', file], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: path.join(folder.dir, 'cache') },
    });

  before(function () {
    if (spawnSync('pre-commit', ['--version']).status !== 0) {
      console.log('      (pre-commit is not installed: bash .ci/run installs Debian’s package; skipped)');
      this.skip();
    }
    folder = temporaryFolder();
    repo = path.join(folder.dir, 'newsroom');
    spawnSync('mkdir', [repo]);
    git('init', '-q');
    git('config', 'user.email', 'desk@newsroom.example');
    git('config', 'user.name', 'Desk');
  });
  after(() => folder?.cleanup());

  it('is declared for Markdown files, run by node', () => {
    const [hook] = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; language: string; entry: string; files: string }[];
    assert.equal(hook.id, 'pressroom');
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'pressroom');
    assert.ok(new RegExp(hook.files).test('press/2026-launch.md') && !new RegExp(hook.files).test('index.html'));
  });

  it('stops a commit with a release that has errors, and lets a good one through', () => {
    writeFileSync(path.join(repo, 'draft.md'), readFileSync(path.join(ROOT, 'examples', 'draft-with-problems.md')));
    writeFileSync(path.join(repo, 'release.md'), readFileSync(path.join(ROOT, 'examples', 'complete-release.md')));
    git('add', '.');
    const bad = tryRepo('draft.md');
    assert.equal(bad.status, 1, bad.stdout + bad.stderr);
    assert.match(bad.stdout, /require-dateline/);
    const good = tryRepo('release.md');
    assert.equal(good.status, 0, good.stdout + good.stderr);
  });
});
