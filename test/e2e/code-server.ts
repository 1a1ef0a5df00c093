/**
 * code-server (VS Code's server build, from npm) for the offline runner: installed once into
 * .vscode-test/code-server-<version>/ (gitignored, beside test-electron's downloads) and reused.
 * See ../shared/docs/offline-vscode-tests.md for why each step is there.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream, copyFileSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './prepare';

/** Where this Node is installed: `<prefix>/bin/node`, headers in `<prefix>/include/node`. */
const NODE_PREFIX = path.dirname(path.dirname(process.execPath));

/** The newest code-server that runs on Node 20 (4.104 wants Node 22). */
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = path.join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const PACKAGE = path.join(CACHE, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(PACKAGE, 'out', 'node', 'entry.js');
const MARKER = path.join(CACHE, '.installed');
const LOG = path.join(CACHE, 'install.log');
/** No install step may take longer than this (a prompt or a hung download would otherwise hang CI). */
const STEP_LIMIT_MS = 6 * 60_000;

/**
 * npm 11 runs dependencies' install scripts only when allowed: code-server's postinstall and argon2
 * (allowed in the cache folder's package.json), then the native modules that postinstall's own
 * `npm install` in lib/vscode builds (allowed in an .npmrc there; npm 10 runs them all anyway).
 */
const ALLOWED_SCRIPTS = ['code-server', 'argon2'];
const ALLOWED_SCRIPTS_VSCODE = ['@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty'];

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless this archive is in
 * `$TMPDIR/vscode-ripgrep-cache-<its version>/`. Read from @vscode/ripgrep 1.15.11's
 * lib/postinstall.js (VERSION, getTarget) and lib/download.js (the cache path), the version
 * code-server 4.100.3 pins; checked against the installed package after each install.
 */
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export class SetupError extends Error {}

function which(command: string): string | null {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

export function isInstalled(): boolean {
  return existsSync(CODE_SERVER_ENTRY) && existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === CODE_SERVER_VERSION;
}

/** code-server runs on this Node, with native modules built for it. */
function checkNode(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new SetupError(`code-server ${CODE_SERVER_VERSION} needs Node.js 20; this is ${process.version}.`);
}

/** What installing code-server needs from the machine: Debian's ripgrep, Kerberos headers, a C++ toolchain. */
function checkInstallPrerequisites(): void {
  const problems: string[] = [];
  if (process.platform !== 'linux' || process.arch !== 'x64')
    problems.push(`the offline runner is set up for linux-x64 (this is ${process.platform}-${process.arch}); use npm run test:vscode instead.`);
  const apt: string[] = [];
  if (!which('rg')) apt.push('ripgrep');
  if (!which('krb5-config')) apt.push('libkrb5-dev');
  if (!which('make')) apt.push('make');
  if (!which('g++')) apt.push('g++');
  if (!which('python3')) apt.push('python3');
  if (apt.length) problems.push(`missing: ${apt.join(', ')} (apt-get install -y ${apt.join(' ')}; .ci/run does this).`);
  if (problems.length) throw new SetupError(`Cannot install code-server ${CODE_SERVER_VERSION}:\n  - ${problems.join('\n  - ')}`);
}

/** Runs one npm step into the install log; stopped (with everything it started) after `limitMs`. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: NodeJS.WritableStream, limitMs = STEP_LIMIT_MS): Promise<number> {
  return new Promise((resolve, reject) => {
    log.write(`\n$ ${command} ${args.join(' ')}   (in ${cwd})\n`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timer = setTimeout(() => {
      log.write(`\n(stopped after ${limitMs / 1000} s)\n`);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new SetupError(`\`${command} ${args.join(' ')}\` took longer than ${limitMs / 1000} s.`));
    }, limitMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

function tail(file: string, lines = 25): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Installs code-server into the cache folder unless a complete install is there; returns its entry script. */
export async function ensureCodeServer(say: (line: string) => void): Promise<string> {
  const relative = path.relative(ROOT, CACHE);
  checkNode();
  if (isInstalled()) {
    say(`code-server ${CODE_SERVER_VERSION}: reusing ${relative}/`);
    return CODE_SERVER_ENTRY;
  }
  checkInstallPrerequisites();
  const started = Date.now();
  say(`code-server ${CODE_SERVER_VERSION}: installing into ${relative}/ (about 2 minutes and 300 MB, once; log: ${path.relative(ROOT, LOG)})`);
  rmSync(CACHE, { recursive: true, force: true }); // a half-finished install is not worth keeping
  const tmp = path.join(CACHE, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(
    path.join(CACHE, 'package.json'),
    `${JSON.stringify({ name: 'pressroom-code-server', private: true, description: 'code-server for npm run test:e2e', allowScripts: Object.fromEntries(ALLOWED_SCRIPTS.map((p) => [p, true])) }, null, 2)}\n`,
  );
  const log = createWriteStream(LOG);
  const progress = setInterval(() => say(`code-server ${CODE_SERVER_VERSION}: still installing (${Math.round((Date.now() - started) / 1000)} s)…`), 30_000);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: tmp, // where @vscode/ripgrep looks for its cached archive
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which would ask
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // node-gyp builds the native modules against this Node's own headers (Debian's nodejs package
    // and nodejs.org builds ship them) rather than downloading them from nodejs.org, which CI
    // cannot reach.
    ...(existsSync(path.join(NODE_PREFIX, 'include', 'node', 'node.h')) ? { npm_config_nodedir: NODE_PREFIX } : {}),
  };
  try {
    // 1. Fetch code-server without running anything, so the nested installs can be prepared.
    if ((await run(npm, ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--save-exact'], CACHE, env, log)) !== 0) {
      throw new SetupError(`npm could not fetch code-server@${CODE_SERVER_VERSION} from the registry.`);
    }
    writeFileSync(path.join(PACKAGE, 'lib', 'vscode', '.npmrc'), `allow-scripts=${ALLOWED_SCRIPTS_VSCODE.join(',')}\n`);
    // 2. Debian's rg where @vscode/ripgrep's postinstall looks before it goes to GitHub.
    const ripgrepVersion = (JSON.parse(readFileSync(path.join(PACKAGE, 'lib', 'vscode', 'npm-shrinkwrap.json'), 'utf8')) as { packages: Record<string, { version?: string }> })
      .packages['node_modules/@vscode/ripgrep']?.version;
    if (!ripgrepVersion) throw new SetupError('code-server’s lib/vscode/npm-shrinkwrap.json names no @vscode/ripgrep version.');
    const cacheDir = path.join(tmp, `vscode-ripgrep-cache-${ripgrepVersion}`);
    mkdirSync(cacheDir, { recursive: true });
    const staging = mkdtempSync(path.join(tmp, 'rg-'));
    copyFileSync(which('rg')!, path.join(staging, 'rg'));
    if (spawnSync('tar', ['czf', path.join(cacheDir, RIPGREP_ASSET), '-C', staging, 'rg']).status !== 0) throw new SetupError('tar could not pack /usr/bin/rg.');
    // 3. Run the install scripts: code-server's postinstall installs VS Code's own dependencies.
    if ((await run(npm, ['rebuild', '--foreground-scripts'], CACHE, env, log)) !== 0) {
      throw new SetupError(ripgrepMismatch() ?? `code-server's install scripts failed.`);
    }
    checkInstall();
    writeFileSync(MARKER, `${CODE_SERVER_VERSION}\n`);
    say(`code-server ${CODE_SERVER_VERSION}: installed in ${Math.round((Date.now() - started) / 1000)} s`);
    return CODE_SERVER_ENTRY;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SetupError(`Installing code-server ${CODE_SERVER_VERSION} failed: ${message}\nLast lines of ${LOG}:\n${tail(LOG)}`);
  } finally {
    clearInterval(progress);
    log.end();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const VSCODE_MODULES = path.join(PACKAGE, 'lib', 'vscode', 'node_modules');

/** Why @vscode/ripgrep's postinstall would not find the archive packed for it, if it would not. */
function ripgrepMismatch(): string | null {
  let postinstall: string;
  try {
    postinstall = readFileSync(path.join(VSCODE_MODULES, '@vscode', 'ripgrep', 'lib', 'postinstall.js'), 'utf8');
  } catch {
    return null;
  }
  const version = /const VERSION = '([^']+)'/.exec(postinstall)?.[1];
  if (version && RIPGREP_ASSET.includes(`-${version}-`)) return null;
  return `@vscode/ripgrep wants ripgrep ${version ?? '(unknown)'}, not the archive this runner packs (${RIPGREP_ASSET}): update RIPGREP_ASSET in test/e2e/code-server.ts.`;
}

/** The pieces a broken install would silently lack. */
function checkInstall(): void {
  const mismatch = ripgrepMismatch();
  if (mismatch) throw new SetupError(mismatch);
  const missing = [
    path.join(VSCODE_MODULES, '@vscode', 'ripgrep', 'bin', 'rg'),
    path.join(VSCODE_MODULES, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    path.join(VSCODE_MODULES, 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(PACKAGE, 'lib', 'vscode', 'node_modules.asar'),
    CODE_SERVER_ENTRY,
  ].filter((file) => !existsSync(file));
  if (missing.length) throw new SetupError(`the install finished without:\n  ${missing.map((f) => path.relative(ROOT, f)).join('\n  ')}`);
}

/** For a run by hand: `npx tsx test/e2e/code-server.ts` installs (or confirms) the cached code-server. */
if (require.main === module) {
  ensureCodeServer((line) => console.log(line)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
