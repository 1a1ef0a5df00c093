import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, temporaryFolder } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');
const DRAFT = readFileSync(path.join(ROOT, 'examples', 'draft-with-problems.md'), 'utf8');
const CLEAN = readFileSync(path.join(ROOT, 'examples', 'complete-release.md'), 'utf8');

/** Adopting Pressroom on an archive of releases that already have problems, as ESLint's bulk suppressions do. */
describe('bulk suppressions', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  const write = (name: string, text: string): void => writeFileSync(path.join(folder.dir, name), text);
  const suppressions = () => JSON.parse(readFileSync(path.join(folder.dir, 'pressroom-suppressions.json'), 'utf8'));
  const lint = (...args: string[]) => runCli(['--format', 'json', ...args, '.'], { cwd: folder.dir });

  beforeEach(() => {
    folder = temporaryFolder();
    write('2019-draft.md', DRAFT);
    write('2020-draft.md', DRAFT);
    write('2021-release.md', CLEAN);
  });
  afterEach(() => folder.cleanup());

  it('--suppress-all records today’s problems by file and rule, as counts; the next run exits 0', async () => {
    assert.equal((await lint()).code, 1);
    const recorded = await lint('--suppress-all');
    assert.equal(recorded.code, 0);
    const file = suppressions();
    assert.equal(file.version, 1);
    assert.deepEqual(file.suppressions['2019-draft.md']['no-placeholder'], { count: 2 });
    assert.deepEqual(Object.keys(file.suppressions).sort(), ['2019-draft.md', '2020-draft.md']);
    const next = await lint();
    assert.equal(next.code, 0, next.stderr);
    assert.ok(JSON.parse(next.stdout).every((r: { messages: unknown[] }) => r.messages.length === 0));
  });

  it('reports only a new problem, and fails on it', async () => {
    await lint('--suppress-all');
    write('2021-release.md', CLEAN.replace(/^([A-Z]+, [^–]+–) /m, ''));
    write('2020-draft.md', `${DRAFT}\nMore text, with a TK left in the draft.\n`);
    const run = await lint();
    assert.equal(run.code, 1);
    const messages = JSON.parse(run.stdout).flatMap((r: { filePath: string; messages: { ruleId: string }[] }) => r.messages.map((m) => `${r.filePath} ${m.ruleId}`));
    // A third placeholder in a draft that had two: which one is new cannot be told, so all three show.
    assert.deepEqual(messages.sort(), ['2020-draft.md no-placeholder', '2020-draft.md no-placeholder', '2020-draft.md no-placeholder', '2021-release.md require-dateline']);
  });

  it('fails when a recorded problem is gone, until --prune-suppressions lowers the count; a fixed problem cannot come back unseen', async () => {
    await lint('--suppress-all');
    write('2019-draft.md', DRAFT.replace(' TK', ''));
    const stale = await lint();
    assert.equal(stale.code, 2);
    assert.match(stale.stderr, /2019-draft\.md: no-placeholder \(2 recorded, 1 found\)/);
    assert.match(stale.stderr, /--prune-suppressions/);
    assert.equal((await lint('--prune-suppressions')).code, 0);
    assert.deepEqual(suppressions().suppressions['2019-draft.md']['no-placeholder'], { count: 1 });
    write('2019-draft.md', DRAFT);
    const back = await lint();
    assert.equal(back.code, 0, 'a warning is back: reported, not failing');
    assert.deepEqual(
      JSON.parse(back.stdout).flatMap((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId)),
      ['no-placeholder', 'no-placeholder'],
    );
  });

  it('says which file is bad when the suppressions file is not JSON', async () => {
    write('pressroom-suppressions.json', '{ nope');
    const run = await lint();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /pressroom-suppressions\.json: not valid JSON/);
  });
});
