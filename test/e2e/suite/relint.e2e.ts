import * as vscode from 'vscode';
import { closeAllEditors, copyFixture, hasRule, open, ruleOf, waitForDiagnostics, workspaceUri } from './helpers';

function severity(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.DiagnosticSeverity | undefined {
  return diagnostics.find((d) => ruleOf(d) === rule)?.severity;
}

/** Check 6: the open release is linted again when pressroom.rules or a .pressroomrc.json changes. */
export function relintSuite(): void {
  describe('configuration changes', () => {
    let uri: vscode.Uri;
    const rc = () => workspaceUri('.pressroomrc.json');
    const settings = () => vscode.workspace.getConfiguration('pressroom', uri);

    before(async () => {
      uri = await copyFixture('relint.md');
      await open(uri);
      await waitForDiagnostics(uri, 'the two missing parts', (d) => hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'));
    });
    after(async () => {
      await settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(rc()).then(undefined, () => undefined);
      await closeAllEditors();
    });

    it('re-lints the open release when pressroom.rules changes', async () => {
      await settings().update('rules', { 'require-media-contact': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, 'require-media-contact to be switched off by pressroom.rules', (d) => !hasRule(d, 'require-media-contact') && hasRule(d, 'require-dateline'));
      await settings().update('rules', { 'require-media-contact': 'warn' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, 'require-media-contact to come back as a warning', (d) => severity(d, 'require-media-contact') === vscode.DiagnosticSeverity.Warning);
      await settings().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(
        uri,
        'require-media-contact to be an error again once the setting is removed',
        (d) => severity(d, 'require-media-contact') === vscode.DiagnosticSeverity.Error,
      );
    });

    it('re-lints the open release when a .pressroomrc.json is created, changed and deleted', async () => {
      const write = (config: unknown) => vscode.workspace.fs.writeFile(rc(), new TextEncoder().encode(JSON.stringify(config, null, 2)));
      await write({ rules: { 'require-dateline': 'off' } });
      await waitForDiagnostics(
        uri,
        'require-dateline to be switched off by a new .pressroomrc.json',
        (d) => !hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'),
      );
      await write({ rules: { 'require-dateline': 'off', 'require-media-contact': 'off' } });
      await waitForDiagnostics(
        uri,
        'require-media-contact to be switched off by the edited .pressroomrc.json',
        (d) => !hasRule(d, 'require-dateline') && !hasRule(d, 'require-media-contact'),
      );
      await vscode.workspace.fs.delete(rc());
      await waitForDiagnostics(uri, 'both findings back once .pressroomrc.json is deleted', (d) => hasRule(d, 'require-dateline') && hasRule(d, 'require-media-contact'));
    });
  });
}
