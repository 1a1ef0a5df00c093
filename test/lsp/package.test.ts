import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CODE_SERVER_ENTRY } from '../e2e/code-server';
import { temporaryFolder } from '../helpers/cli';

const ROOT = path.resolve(__dirname, '..', '..');

/** The entries of a zip file (name and uncompressed size), read from its central directory. */
function zipEntries(file: string): { name: string; size: number }[] {
  const zip = readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'a zip file');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: { name: string; size: number }[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size: zip.readUInt32LE(offset + 24) });
    offset += 46 + nameLength + extra + comment;
  }
  return entries;
}

describe('the .vsix package', function () {
  this.timeout(120000);

  it('builds with vsce from the production bundles: no node_modules, under 1 MB', () => {
    const { dir, cleanup } = temporaryFolder();
    try {
      const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
      const vsix = path.join(dir, 'pressroom.vsix');
      const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
      const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      const size = statSync(vsix).size;
      assert.ok(size < 1024 * 1024, `${size} bytes`);
      const names = zipEntries(vsix).map((e) => e.name);
      assert.deepEqual(
        names.filter((n) => n.includes('node_modules')),
        [],
      );
      assert.deepEqual(
        names.filter((n) => /\.(?:ts|map)$/.test(n) || n.includes('/test/') || n.includes('/server/src/')),
        [],
      );
      for (const required of [
        'extension/package.json',
        'extension/dist/client.js',
        'extension/dist/server.js',
        'extension/dist/web/client.js',
        'extension/dist/web/server.js',
        'extension/syntaxes/pressroom-blocks.tmLanguage.json',
        'extension/syntaxes/pressroom-inline.tmLanguage.json',
        'extension/snippets/press-release.json',
        'extension/schemas/pressroomrc.schema.json',
        'extension/schemas/package-json.schema.json',
      ]) {
        assert.ok(names.includes(required), `${required} in ${names.join(', ')}`);
      }
      const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
      const packaged = JSON.parse(manifest);
      assert.equal(packaged.main, './dist/client.js');
      assert.equal(packaged.browser, './dist/web/client.js');
      console.log(`      ${path.basename(vsix)}: ${(size / 1024).toFixed(1)} KB, ${names.length} files`);
      installWithCodeServer(vsix, dir);
    } finally {
      cleanup();
    }
  });
});

/**
 * Installs the .vsix with `code-server --install-extension` (VS Code's own installer) into a
 * throwaway extensions folder, when code-server is in .vscode-test/ (the offline editor tests
 * install it there; see ../shared/docs/offline-vscode-tests.md). Otherwise says so and returns.
 */
function installWithCodeServer(vsix: string, dir: string): void {
  const entry = CODE_SERVER_ENTRY;
  if (!existsSync(entry)) {
    console.log('      (code-server is not in .vscode-test/: the install check is skipped)');
    return;
  }
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'config'), XDG_DATA_HOME: path.join(dir, 'data'), EXTENSIONS_GALLERY: '{"serviceUrl":""}' };
  const common = ['--user-data-dir', path.join(dir, 'user-data'), '--extensions-dir', path.join(dir, 'extensions')];
  const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 60000 });
  assert.match(install.stdout, /was successfully installed/, install.stdout + install.stderr);
  const list = spawnSync(process.execPath, [entry, ...common, '--list-extensions', '--show-versions'], { env, encoding: 'utf8', timeout: 60000 });
  assert.match(list.stdout, /^pressroom\.pressroom-lint@\d+\.\d+\.\d+$/m, list.stdout + list.stderr);
  console.log(`      installed with code-server: ${list.stdout.trim()}`);
}
