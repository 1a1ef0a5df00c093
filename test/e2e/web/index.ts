/**
 * The real-editor suite of the web extension (vscode.dev, github.dev), loaded as `extensionTestsPath`
 * into code-server's web worker extension host (`extensionDevelopmentKind: web`): the client of
 * `package.json#browser` and the language server in its own web worker. No Node here: mocha's browser
 * build, and assertions of our own.
 */
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { SCREENSHOT_REQUEST, SUITE_STARTED } from '../suite/handshake';
import { closeAllEditors, copyFixture, describeDiagnostics, EXTENSION_ID, hasRule, open, rules, sleep, waitFor, waitForDiagnostics, workspaceUri } from '../suite/editor';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function webSuite(): void {
  describe('on the web: the web worker extension host', () => {
    let release: vscode.Uri;
    before(async () => {
      release = await copyFixture('web-harbour-tram.md');
    });
    after(closeAllEditors);

    it('runs the extension from package.json#browser, in a web worker with no Node', async () => {
      const worker = globalThis as { importScripts?: unknown; process?: { versions?: { node?: string } } };
      check(typeof worker.importScripts === 'function', 'the suite does not run in a web worker');
      check(worker.process?.versions?.node === undefined, 'the extension host is Node, not the web worker host');
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      check(extension, `${EXTENSION_ID} is not installed`);
      await extension.activate();
      check(extension.isActive, 'the extension did not activate');
    });

    it('shows diagnostics for a release, from the language server in its web worker', async () => {
      await open(release);
      const diagnostics = await waitForDiagnostics(
        release,
        'require-dateline and require-media-contact',
        (d) => hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'),
      );
      check(rules(diagnostics).join() === 'require-dateline,require-media-contact', describeDiagnostics(release));
      check(
        diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Error),
        'the required parts are errors under the recommended preset',
      );
      const symbols = await waitFor('the outline', async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', release);
        return found && found.length > 0 ? found : undefined;
      });
      check(
        symbols.some((s) => s.detail === 'headline'),
        `no headline in the outline: ${symbols.map((s) => `${s.detail}: ${s.name}`).join('; ')}`,
      );
    });

    it('reads the project configuration through the workspace file system, and again when it changes', async () => {
      const config = workspaceUri('press/.pressroomrc.json');
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "require-dateline": "off" } }\n'));
      try {
        await waitForDiagnostics(release, 'require-dateline turned off by press/.pressroomrc.json', (d) => !hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'));
      } finally {
        await vscode.workspace.fs.delete(config);
      }
      await waitForDiagnostics(release, 'require-dateline back once the file is gone', (d) => hasRule(d, 'require-dateline'));
    });

    it('shows the workbench with the release and its problems (screenshot)', async () => {
      await open(release);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await sleep(1000);
      // The runner writes the file; the web worker cannot see it, so give it the time it takes.
      console.log(SCREENSHOT_REQUEST);
      await sleep(1500);
    });
  });
}

export function run(): Promise<void> {
  console.log(SUITE_STARTED);
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000 });
  webSuite();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web editor test${failures === 1 ? '' : 's'} failed.`)) : resolve()));
  });
}
