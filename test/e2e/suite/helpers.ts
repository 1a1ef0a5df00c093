/**
 * Shared by the desktop real-editor tests: they run inside the VS Code extension host (Node), bundled
 * into out/e2e/suite.js, and reach the extension only through the public `vscode` API and the CLI.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_ENV, SCREENSHOT_REQUEST, screenshotFile } from './handshake';
import { waitFor } from './editor';

export * from './editor';

/** The project folder: the bundle lives in <root>/out/e2e/. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** Runs the project's command line (dist/cli.js) on a file, as CI would, and returns its JSON report. */
export function cliJson(args: string[]): Promise<CliFileReport[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'dist', 'cli.js'), ...args, '--format', 'json'],
      // The extension host of a desktop VS Code is Electron: run it as plain Node.
      { cwd: ROOT, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // Exit code 1 means lint errors, which is a report like any other.
        if (error && error.code !== 1) return reject(new Error(`pressroom ${args.join(' ')} failed: ${stderr || error.message}`));
        try {
          resolve(JSON.parse(stdout) as CliFileReport[]);
        } catch {
          reject(new Error(`pressroom ${args.join(' ')} printed no JSON: ${stdout.slice(0, 200)} ${stderr.slice(0, 200)}`));
        }
      },
    );
  });
}

export interface CliFileReport {
  filePath: string;
  messages: { ruleId: string | null; line: number; fix?: unknown }[];
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Present when --fix-dry-run changed the text. */
  output?: string;
}

/** Set by the offline runner: where it writes the workbench screenshot when the suite asks. */
export const SCREENSHOT = process.env[SCREENSHOT_ENV];

/**
 * Asks the offline runner for a screenshot of the workbench as it stands (`workbench.png`, or
 * `workbench-<name>.png`) and waits for the file; false when no runner takes screenshots.
 */
export async function screenshot(name?: string): Promise<boolean> {
  if (!SCREENSHOT) return false;
  const file = screenshotFile(SCREENSHOT, name);
  rmSync(file, { force: true });
  console.log(name ? `${SCREENSHOT_REQUEST} ${name}` : SCREENSHOT_REQUEST);
  await waitFor(`the runner to write ${file}`, () => (existsSync(file) ? true : undefined));
  return true;
}
