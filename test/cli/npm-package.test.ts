import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { temporaryFolder } from '../helpers/cli';
import { NPM, packageTarball } from '../helpers/package-tarball';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/**
 * The package as a stranger installs it: packed by `npm pack` (its prepack builds the production
 * bundles), installed from the tarball into an empty project without the registry, and run from
 * there through its own bins.
 */
describe('the npm package', function () {
  this.timeout(300_000);
  let work: ReturnType<typeof temporaryFolder>;
  let project: string;
  let packed: string[];

  before(() => {
    work = temporaryFolder();
    const { tarball, files } = packageTarball();
    packed = files;
    project = path.join(work.dir, 'project');
    spawnSync('mkdir', [project]);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "newsroom", "version": "1.0.0", "private": true }\n');
    const install = spawnSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
  });
  after(() => work.cleanup());

  it('is named pressroom-lint, is public, and needs no runtime dependency', () => {
    assert.equal(manifest.name, 'pressroom-lint');
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.dependencies, undefined, 'the bundles carry what they need');
    assert.ok(manifest.scripts.prepack.includes('--production'));
  });

  it('holds the bundles, the bins, the schemas and the rule pages, and no sources, tests or maps', () => {
    for (const file of [
      'bin/pressroom.js',
      'bin/pressroom-language-server.js',
      'dist/cli.js',
      'dist/cli-worker.js',
      'dist/server.js',
      'dist/remark-pressroom.mjs',
      'schemas/pressroomrc.schema.json',
      'docs/rules/require-dateline.md',
      'LICENSE',
      'README.md',
    ]) {
      assert.ok(packed.includes(file), `${file} is packed`);
    }
    const stray = packed.filter((f) => /^(?:server|client|test|scripts|bench)\/|\.map$|\.ts$/.test(f));
    assert.deepEqual(stray, []);
  });

  it('lints a release with `npx pressroom` and `npx pressroom-lint` from the project, and prints its version', () => {
    writeFileSync(path.join(project, 'release.md'), readFileSync(path.join(ROOT, 'examples', 'draft-with-problems.md')));
    for (const bin of ['pressroom', 'pressroom-lint']) {
      const run = spawnSync(NPM, ['exec', '--offline', '--no-install', '--', bin, '--format', 'json', 'release.md'], { cwd: project, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      const [result] = JSON.parse(run.stdout);
      assert.ok(
        result.messages.some((m: { ruleId: string }) => m.ruleId === 'require-dateline'),
        bin,
      );
    }
    const version = spawnSync(path.join(project, 'node_modules', '.bin', 'pressroom'), ['--version'], { cwd: project, encoding: 'utf8' });
    assert.equal(version.stdout.trim(), manifest.version);
  });

  it('starts `pressroom-language-server --stdio`, which answers initialize', async () => {
    const child = spawn(path.join(project, 'node_modules', '.bin', 'pressroom-language-server'), ['--stdio'], { cwd: project, stdio: 'pipe' });
    try {
      const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      connection.listen();
      const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.equal(result.serverInfo?.name, 'pressroom-language-server');
      assert.ok(result.capabilities.codeActionProvider);
      connection.dispose();
    } finally {
      child.kill();
    }
  });

  it('serves the remark plugin as pressroom-lint/remark', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "const { default: plugin } = await import('pressroom-lint/remark'); console.log(typeof plugin);"], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(run.stdout.trim(), 'function', run.stderr);
    assert.ok(readdirSync(path.join(project, 'node_modules', 'pressroom-lint', 'dist')).includes('remark-pressroom.mjs'));
  });
});
