import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SCREENSHOT_ENV } from './handshake';
import {
  closeAllEditors,
  cliJson,
  copyFixture,
  describeDiagnostics,
  hasRule,
  open,
  pressroomDiagnostics,
  ruleOf,
  rules,
  SCREENSHOT,
  screenshot,
  sleep,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';

/** Checks 1 and 2, and the screenshot of the workbench in between. */
export function diagnosticsSuite(): void {
  describe('diagnostics and quick fixes', () => {
    let release: vscode.Uri;
    before(async () => {
      release = await copyFixture('harbour-tram.md');
    });
    after(closeAllEditors);

    it('shows the missing media contact and dateline with their rule codes, and nothing for a README', async () => {
      const editor = await open(release);
      const diagnostics = await waitForDiagnostics(
        release,
        'require-dateline and require-media-contact',
        (d) => hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'),
      );
      assert.deepEqual(rules(diagnostics), ['require-dateline', 'require-media-contact'], describeDiagnostics(release));
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, `${ruleOf(diagnostic)} is an error under the recommended preset`);
        const code = diagnostic.code;
        assert.ok(
          typeof code === 'object' && code.target.toString().includes(`${ruleOf(diagnostic)}`),
          `${ruleOf(diagnostic)} links to its rule page (code: ${JSON.stringify(code)})`,
        );
      }
      // The dateline is missing where the lead starts.
      const dateline = diagnostics.find((d) => ruleOf(d) === 'require-dateline')!;
      assert.match(editor.document.lineAt(dateline.range.start.line).text, /^The city’s new harbour tram line/);

      const readme = workspaceUri('README.md');
      await open(readme);
      // A round trip to the server after it has seen the README, then some time to publish anything.
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', readme);
      await sleep(1500);
      assert.deepEqual(pressroomDiagnostics(readme), [], `README.md: ${describeDiagnostics(readme)}`);
    });

    it('shows the workbench with the release and its problems (screenshot)', async function () {
      if (!SCREENSHOT) {
        console.log(`      (skipped: only the offline runner takes screenshots; ${SCREENSHOT_ENV} is not set)`);
        this.skip();
      }
      await open(release);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await vscode.window.showTextDocument(release, { preserveFocus: false });
      await sleep(1000); // let the Problems view and the squiggles render
      await screenshot();
      await vscode.commands.executeCommand('workbench.action.closePanel');
    });

    it('fixes the missing media contact with its quick fix, where the rule puts it, and the diagnostic goes away', async () => {
      const editor = await open(release);
      const before = editor.document.getText();
      const diagnostics = await waitForDiagnostics(release, 'require-media-contact', (d) => hasRule(d, 'require-media-contact'));
      const contact = diagnostics.find((d) => ruleOf(d) === 'require-media-contact')!;

      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        release,
        contact.range,
        vscode.CodeActionKind.QuickFix.value,
        10,
      );
      // The API drops an action's diagnostics, so tell the rule's own fix from the server's generic
      // offers (disable comments, fix-all) by title.
      const offered = actions.map((a) => `${a.title} [${'kind' in a && a.kind ? a.kind.value : 'command'}]`).join(' | ') || 'nothing';
      const fixes = actions.filter(
        (a): a is vscode.CodeAction => 'kind' in a && Boolean(a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind)) && !/^(Disable|Fix all) /.test(a.title),
      );
      assert.equal(fixes.length, 1, `expected one quick fix for require-media-contact besides disabling and fixing all; offered: ${offered}`);
      const fix = fixes[0];
      assert.ok(fix.edit || fix.command, `the quick fix “${fix.title}” has neither an edit nor a command`);
      if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), `applying “${fix.title}” failed`);
      if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

      const after = editor.document.getText();
      // docs/rules/require-media-contact.md: the skeleton closes the release, after the boilerplate
      // and before the end mark; nothing else changes.
      const endMark = before.lastIndexOf('\\#\\#\\#');
      assert.ok(endMark > 0 && after.startsWith(before.slice(0, endMark)) && after.endsWith(before.slice(endMark)), 'the quick fix changed text outside its place');
      const inserted = after.slice(endMark, after.length - (before.length - endMark));
      assert.match(inserted, /^## Media contact\n\n\[Full Name\], \[Title\] {2}\n\[Email\] {2}\n\[Phone\]\n\n$/, `inserted: ${JSON.stringify(inserted)}`);
      // The same edit as the command line's --fix for that rule alone.
      const [cli] = await cliJson([release.fsPath, '--fix-dry-run', '--rule', 'require-dateline:off']);
      assert.equal(after, cli.output, 'the editor’s quick fix and `pressroom --fix` disagree');

      await waitForDiagnostics(release, 'require-media-contact to go away (require-dateline stays)', (d) => !hasRule(d, 'require-media-contact') && hasRule(d, 'require-dateline'));
    });
  });
}
