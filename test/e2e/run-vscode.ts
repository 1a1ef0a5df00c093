/**
 * npm run test:vscode — the real-editor suite in a desktop VS Code through @vscode/test-electron,
 * which downloads VS Code into .vscode-test/ (internet and a display needed; under Linux without
 * one, run it inside `xvfb-run -a`). The offline runner (npm run test:e2e) runs the same suite.
 *
 * Options: --vscode-executable-path <path> (or VSCODE_EXECUTABLE_PATH) to use an installed VS Code
 * instead of downloading one; --version <stable|insiders|x.y.z> (or VSCODE_VERSION) otherwise;
 * --grep <pattern> (mocha grep).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { ROOT, SUITE, bundleSuite, makeWorkspace } from './prepare';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { 'vscode-executable-path': { type: 'string' }, version: { type: 'string' }, grep: { type: 'string' } },
    allowPositionals: false,
  });
  const vscodeExecutablePath = values['vscode-executable-path'] ?? process.env.VSCODE_EXECUTABLE_PATH;
  const version = values.version ?? process.env.VSCODE_VERSION ?? 'stable';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('[vscode] no $DISPLAY: VS Code will not start; run `xvfb-run -a npm run test:vscode`, or use the offline runner, `npm run test:e2e`.');
  }
  await bundleSuite();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pressroom-vscode-'));
  try {
    const workspace = makeWorkspace(tmp);
    console.log(
      `[vscode] ${vscodeExecutablePath ? `VS Code at ${vscodeExecutablePath}` : `VS Code ${version} (downloaded into .vscode-test/ unless there)`}; workspace ${workspace}`,
    );
    await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE,
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the built-in ones (Markdown) stay
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
      ],
      extensionTestsEnv: values.grep ? { PRESSROOM_E2E_GREP: values.grep } : {},
    });
    console.log('[vscode] passed');
    return 0;
  } catch (error) {
    // runTests rejects when VS Code exits non-zero, which it does when a test fails.
    console.error(`[vscode] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[vscode] FAILED:', error);
    process.exit(1);
  },
);
