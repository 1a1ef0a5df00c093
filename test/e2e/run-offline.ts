/**
 * npm run test:e2e — the real-editor suite inside VS Code without internet: code-server (cached in
 * .vscode-test/) hosts the extension host, Debian's Chromium driven by playwright-core opens the
 * workbench with VS Code's test hook, and the workbench's codeAutomationExit code is the verdict
 * (the extension host exits 0 even when tests fail). Recipe: ../shared/docs/offline-vscode-tests.md.
 *
 * --web runs the web suite (test/e2e/web/) in the web worker extension host instead, with the
 * extension's `browser` entry, as vscode.dev runs it.
 *
 * Options: --grep <pattern> (mocha grep), --timeout <seconds> (default 150, or PRESSROOM_E2E_TIMEOUT),
 * --keep (keep the temporary folder), --verbose (also the workbench's own log lines). PRESSROOM_E2E_CHROMIUM overrides /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { CODE_SERVER_VERSION, SetupError, ensureCodeServer } from './code-server';
import { ROOT, bundleSuite, bundleWebSuite, makeWorkspace } from './prepare';
import { SCREENSHOT_ENV, SCREENSHOT_REQUEST, SUITE_STARTED, screenshotFile } from './suite/handshake';

/** CI keeps this folder as an artifact: the screenshot, and the workbench's logs when a run fails. */
export const ARTIFACTS = path.join(ROOT, 'out', 'e2e-artifacts');
export const SCREENSHOT = path.join(ARTIFACTS, 'workbench.png');
export const WEB_SCREENSHOT = path.join(ARTIFACTS, 'workbench-web.png');

const say = (line: string): void => console.log(`[e2e] ${line}`);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function findChromium(): string {
  const wanted = process.env.PRESSROOM_E2E_CHROMIUM;
  if (wanted) {
    if (!existsSync(wanted)) throw new SetupError(`PRESSROOM_E2E_CHROMIUM=${wanted} does not exist.`);
    return wanted;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  throw new SetupError('Chromium is missing: apt-get install -y chromium (as .ci/run does), or set PRESSROOM_E2E_CHROMIUM to a Chromium or Chrome binary.');
}

async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new SetupError('playwright-core is not installed: run npm ci (it is a devDependency).');
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(port: number, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode} before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer /healthz within ${seconds(timeoutMs)}`);
}

/** Stops a process started in its own group, and everything it started (extension host, language server). */
async function killGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signal('SIGTERM');
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 3000));
  if ((await Promise.race([exited, timer])) === 'late') signal('SIGKILL');
  else signal('SIGKILL'); // children that outlive their parent
}

interface Options {
  grep?: string;
  timeoutSeconds: number;
  keep: boolean;
  verbose: boolean;
  web: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      grep: { type: 'string' },
      timeout: { type: 'string' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      web: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const timeoutSeconds = Number(values.timeout ?? process.env.PRESSROOM_E2E_TIMEOUT ?? 150);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new SetupError(`--timeout wants a number of seconds, not ${values.timeout}`);
  return { grep: values.grep, timeoutSeconds, keep: values.keep ?? false, verbose: values.verbose ?? false, web: values.web ?? false };
}

async function main(): Promise<number> {
  const started = Date.now();
  const opts = options();
  const chromiumPath = findChromium();
  const { chromium } = await loadPlaywright();
  const entry = await ensureCodeServer(say);
  const suite = opts.web ? await bundleWebSuite() : await bundleSuite();
  const screenshot = opts.web ? WEB_SCREENSHOT : SCREENSHOT;

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pressroom-e2e-'));
  const workspace = makeWorkspace(tmp);
  const userData = path.join(tmp, 'user-data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.tips.enabled': false,
        // The web suite: the extension runs where vscode.dev runs it, in the web worker extension host.
        ...(opts.web ? { 'remote.extensionKind': { 'pressroom.pressroom-lint': ['web'] } } : {}),
      },
      null,
      2,
    ),
  );
  writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');
  mkdirSync(ARTIFACTS, { recursive: true });
  rmSync(screenshot, { force: true });
  rmSync(path.join(ARTIFACTS, 'logs'), { recursive: true, force: true });

  const port = await freePort();
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_') && key !== 'NODE_OPTIONS' && key !== 'ELECTRON_RUN_AS_NODE'),
  );
  Object.assign(env, {
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_DATA_HOME: path.join(tmp, 'data'),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    [SCREENSHOT_ENV]: screenshot,
    ...(opts.grep ? { PRESSROOM_E2E_GREP: opts.grep } : {}),
  });
  const serverLog = path.join(tmp, 'code-server.log');
  const logFd = openSync(serverLog, 'a');
  const server = spawn(
    process.execPath,
    [
      entry,
      '--config',
      path.join(tmp, 'config.yaml'),
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      path.join(tmp, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { cwd: tmp, env, detached: true, stdio: ['ignore', logFd, logFd] },
  );
  closeSync(logFd);

  let context: BrowserContext | undefined;
  let cleaned = false;
  const cleanup = async (): Promise<void> => {
    if (cleaned) return;
    cleaned = true;
    await context?.close().catch(() => undefined);
    await killGroup(server);
  };
  const interrupted = (signal: NodeJS.Signals): void => {
    console.error(`[e2e] ${signal}: stopping code-server and Chromium`);
    void cleanup().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  let code = 1;
  let why = 'the run did not finish';
  try {
    await waitForHealth(port, server, 30_000);
    say(`code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port}; suite ${path.relative(ROOT, suite)}${opts.web ? ' (web worker extension host)' : ''}; workspace ${workspace}`);
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox'],
      viewport: { width: 1360, height: 820 },
    });
    const page = context.pages()[0] ?? (await context.newPage());

    let screenshots = 0;
    let settle: (verdict: { code: number; logs: unknown }) => void = () => undefined;
    const verdict = new Promise<{ code: number; logs: unknown }>((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (exitCode: number, logs: unknown) => settle({ code: exitCode, logs }));
    // The workbench's own log lines come first; from the suite's first line on, everything is shown.
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (type: string, message: unknown) => {
      const text = formatLog(message);
      if (text.includes(SUITE_STARTED)) {
        suiteStarted = true;
        return;
      }
      if (text.includes(SCREENSHOT_REQUEST)) {
        screenshots++;
        const name = text.slice(text.indexOf(SCREENSHOT_REQUEST) + SCREENSHOT_REQUEST.length).trim() || undefined;
        void page.screenshot({ path: screenshotFile(screenshot, name) }).catch((error: unknown) => console.error(`[e2e] screenshot failed: ${String(error)}`));
        return;
      }
      if (!suiteStarted && !opts.verbose) return;
      for (const line of text.replace(/\n$/, '').split('\n')) console.log(type === 'error' ? `  ! ${line}` : line);
    });

    const remote = (file: string): string => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(suite)],
      ['skipWelcome', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), opts.timeoutSeconds * 1000)));
    const outcome = await Promise.race([verdict, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      why = `no verdict within ${opts.timeoutSeconds} s`;
      console.error(`[e2e] FAILED: no verdict from the workbench within ${opts.timeoutSeconds} s (--timeout or PRESSROOM_E2E_TIMEOUT to change).`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'timeout.png') }).catch(() => undefined);
    } else {
      code = outcome.code === 0 ? 0 : 1;
      why = `the workbench's codeAutomationExit(${outcome.code})`;
      if (code !== 0) saveLogs(outcome.logs);
    }
    if (code === 0 && screenshots === 0 && !opts.grep) {
      console.error('[e2e] FAILED: the suite passed but never asked for the workbench screenshot.');
      why = 'no screenshot';
      code = 1;
    }
  } catch (error) {
    console.error(`[e2e] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    why = 'an error before the verdict';
    code = 1;
  } finally {
    await cleanup();
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  }

  if (code !== 0) {
    console.error(`[e2e] last lines of the code-server log (${serverLog}):\n${readTail(serverLog)}`);
  }
  if (code !== 0 || opts.keep) say(`kept ${tmp} for inspection`);
  else rmSync(tmp, { recursive: true, force: true });
  if (existsSync(screenshot)) say(`screenshot: ${path.relative(ROOT, screenshot)}`);
  say(`${code === 0 ? 'passed' : 'FAILED'} in ${seconds(Date.now() - started)}: exit code ${code}, from ${why}`);
  return code;
}

/** A log call's arguments, formatted as console.log would have (mocha's reporter passes format strings). */
function formatLog(message: unknown): string {
  let args = message;
  if (typeof message === 'string' && message.startsWith('[')) {
    try {
      args = JSON.parse(message);
    } catch {
      // a plain line that starts with a bracket
    }
  }
  return Array.isArray(args) ? format(...(args as unknown[])) : String(args);
}

function readTail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(none)';
  }
}

/** The workbench hands over its log files with a failing verdict: keep them with the artifacts. */
function saveLogs(logs: unknown): void {
  if (!Array.isArray(logs)) return;
  const folder = path.join(ARTIFACTS, 'logs');
  for (const log of logs as { relativePath?: string; contents?: string }[]) {
    if (typeof log.relativePath !== 'string' || typeof log.contents !== 'string') continue;
    const target = path.join(folder, log.relativePath.replace(/\.\.[/\\]/g, ''));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, log.contents);
  }
  say(`workbench logs: ${path.relative(ROOT, folder)}/`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SetupError) console.error(`[e2e] ${error.message}`);
    else console.error('[e2e] FAILED:', error);
    process.exit(1);
  },
);
