import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, temporaryFolder } from '../helpers/cli';

const VALIDATOR = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'sarif-multitool');
const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/** Runs Microsoft's SARIF validator and returns the error lines it prints (it exits 0 either way). */
function validate(file: string): string[] {
  const run = spawnSync(VALIDATOR, ['validate', file], { encoding: 'utf8', timeout: 120_000 });
  assert.match(run.stdout, /Analysis completed successfully/, run.stderr);
  return run.stdout.split('\n').filter((line) => /: error [A-Z]+\d+:/.test(line));
}

describe('SARIF output passes Microsoft’s SARIF validator', function () {
  this.timeout(180_000);
  let dir: string;
  let cleanup: () => void;
  before(function () {
    if (!existsSync(VALIDATOR)) {
      console.log('    (skipped: @microsoft/sarif-multitool is not installed; run npm ci)');
      this.skip();
    }
    ({ dir, cleanup } = temporaryFolder());
  });
  after(() => cleanup?.());

  it('reports no error for a run with findings and fixes', async () => {
    const run = await runCli(['-f', 'sarif', '-o', 'report.sarif', EXAMPLES], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(validate(path.join(dir, 'report.sarif')), []);
  });

  it('and the check can fail: a broken log has errors', () => {
    const broken = path.join(dir, 'broken.sarif');
    writeFileSync(broken, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 1 } } }] }));
    assert.notDeepEqual(validate(broken), []);
  });
});
