/** What the suite and the offline runner agree on (no `vscode` import: the runner loads this too). */

/** The environment variable that tells the suite where the runner writes the workbench screenshot. */
export const SCREENSHOT_ENV = 'PRESSROOM_E2E_SCREENSHOT';
/** The log line that asks the runner for the screenshot (a name after it names the file); the suite then waits for the file. */
export const SCREENSHOT_REQUEST = '[pressroom-e2e] screenshot';

/** Where a named screenshot goes beside the workbench's: `workbench-<name>.png`. */
export function screenshotFile(base: string, name?: string): string {
  return name ? base.replace(/\.png$/, `-${name}.png`) : base;
}
/** The suite's first log line: the runner shows the workbench's log from here on (all of it with --verbose). */
export const SUITE_STARTED = '[pressroom-e2e] suite started';
