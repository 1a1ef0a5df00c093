import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { staleFiles } from '../../scripts/generate';

const ROOT = path.resolve(__dirname, '..', '..');

describe('generated files', function () {
  this.timeout(60000);

  it('are what npm run generate writes: schemas, grammars, the rules table', () => {
    assert.deepEqual(staleFiles(), [], 'run npm run generate');
  });

  it('pass the command-line check CI runs (npm run generate -- --check)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'generate.ts'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});
