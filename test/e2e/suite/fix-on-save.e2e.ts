import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, cliJson, copyFixture, hasRule, open, ruleOf, waitForDiagnostics } from './helpers';

/** Check 3: editor.codeActionsOnSave with source.fixAll.pressroom applies every fix on save. */
export function fixOnSaveSuite(): void {
  describe('fix all on save', () => {
    const editorSettings = () => vscode.workspace.getConfiguration('editor');
    after(async () => {
      await editorSettings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
    });

    it('applies all fixes when saving with editor.codeActionsOnSave {"source.fixAll.pressroom": "explicit"}', async () => {
      await editorSettings().update('codeActionsOnSave', { 'source.fixAll.pressroom': 'explicit' }, vscode.ConfigurationTarget.Workspace);
      const uri = await copyFixture('fix-on-save.md');
      const editor = await open(uri);
      await waitForDiagnostics(uri, 'the two missing parts', (d) => hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'));

      // The writer edits the headline, then saves (an explicit save, as with Ctrl+S).
      const headline = editor.document.lineAt(2);
      assert.equal(headline.text, '# Harbour Tram Line Opens Two Months Early');
      await editor.edit((edit) => edit.replace(headline.range, '# Harbour Tram Line Opens Eight Weeks Early'));
      assert.ok(await editor.document.save(), 'saving the release failed');

      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.equal(saved, editor.document.getText(), 'the file on disk differs from the editor after saving');
      assert.ok(!editor.document.isDirty, 'the release is still dirty after saving: the fixes were applied after the save');
      assert.match(saved, /^# Harbour Tram Line Opens Eight Weeks Early$/m, 'the writer’s own edit was lost');
      assert.match(saved, /^\[City\], \[Date\] – The city’s new harbour tram line/m, 'no dateline skeleton at the start of the lead');
      assert.match(saved, /^## Media contact$/m, 'no media contact skeleton');

      // Nothing fixable is left, by the command line's account and by the editor's.
      const [report] = await cliJson([uri.fsPath, '--fix-dry-run']);
      assert.equal(report.output, undefined, `pressroom --fix would still change the saved file:\n${report.output}`);
      // What is left is what the command line reports after its own --fix: findings without a fix.
      const expected = report.messages.map((m) => `${m.ruleId}@${m.line}`).sort();
      await waitForDiagnostics(uri, `the editor to report what the command line does (${expected.join(', ')})`, (d) => {
        const shown = d.map((x) => `${ruleOf(x)}@${x.range.start.line + 1}`).sort();
        return JSON.stringify(shown) === JSON.stringify(expected);
      });
      assert.equal(report.fixableErrorCount + report.fixableWarningCount, 0);
    });
  });
}
