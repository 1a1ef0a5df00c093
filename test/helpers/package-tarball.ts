import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let packed: { tarball: string; files: string[] } | null = null;

/**
 * The project packed by `npm pack` (its prepack builds the production bundles), once per test run:
 * what a stranger installs, standing in for the published version.
 */
export function packageTarball(): { tarball: string; files: string[] } {
  if (packed) return packed;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pressroom-pack-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const pack = spawnSync(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  packed = { tarball: path.join(dir, info.filename), files: info.files.map((f) => f.path) };
  return packed;
}
