import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, hasRule, open, ruleOf, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

interface SnippetFile {
  [name: string]: { prefix: string | string[]; body: string | string[] };
}

/** The parts a complete release has, as the outline names them. */
const PARTS = ['release line', 'headline', 'dateline', 'lead', 'quote', 'background', 'boilerplate', 'media contact', 'end mark'];

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Check 5: the snippets, and Pressroom: New Press Release. */
export function newReleaseSuite(): void {
  describe('snippets and New Press Release', () => {
    afterEach(closeAllEditors);

    it('offers every contributed snippet in Markdown, and the release snippet writes a release with all its parts', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const contributed = (extension.packageJSON.contributes?.snippets ?? []) as { language: string; path: string }[];
      assert.ok(
        contributed.some((c) => c.language === 'markdown'),
        'the extension contributes no Markdown snippets',
      );
      const expected: { name: string; prefix: string }[] = [];
      for (const file of contributed) {
        const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, file.path)))) as SnippetFile;
        for (const [name, snippet] of Object.entries(json)) for (const prefix of [snippet.prefix].flat()) expected.push({ name, prefix });
      }
      assert.ok(expected.length >= 8, `only ${expected.length} snippet prefixes contributed`);

      const uri = workspaceUri('press/from-snippet.md');
      await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      const editor = await open(uri);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 0));
      const offered = new Set(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf));
      const missing = expected.filter((s) => !offered.has(s.prefix));
      assert.deepEqual(missing, [], `snippets not offered in a Markdown file (offered: ${[...offered].join(', ')})`);

      // The whole-release snippet, inserted as the user would pick it into the empty release (which
      // lacks every part): afterwards no part is missing.
      await waitForDiagnostics(uri, 'the empty release to be reported', (d) => hasRule(d, 'require-headline'));
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Press release' });
      assert.match(editor.document.getText(), /## Media contact/, 'the Press release snippet was not inserted');
      await waitForDiagnostics(uri, 'no missing part once the Press release snippet is in', (d) => !d.some((x) => ruleOf(x)?.startsWith('require-')));
    });

    it('Pressroom: New Press Release opens a complete skeleton whose only diagnostics are placeholders', async () => {
      await vscode.commands.executeCommand('pressroom.newRelease');
      const editor = await waitFor('an editor with the new release', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.isUntitled && active.document.languageId === 'markdown' ? active : undefined;
      });
      const uri = editor.document.uri;
      assert.match(editor.document.getText(editor.selection), /^\[Headline/, 'the headline placeholder is not selected, ready to type over');

      const symbols = await waitFor('the outline of the new release', async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
        return found && found.length > 0 ? found.flatMap((s) => [s, ...(s.children ?? [])]) : undefined;
      });
      const details = new Set(symbols.map((s) => s.detail));
      const absent = PARTS.filter((part) => !details.has(part) && !(part === 'media contact' && symbols.some((s) => s.name === 'Media contact')));
      assert.deepEqual(absent, [], `the new release lacks parts; outline: ${symbols.map((s) => `${s.detail}: ${s.name}`).join(' | ')}`);

      const diagnostics = await waitForDiagnostics(uri, 'the placeholders of the new release', (d) => d.length > 0);
      assert.deepEqual(
        diagnostics.filter((d) => ruleOf(d) !== 'no-placeholder').map((d) => `${ruleOf(d)}@${d.range.start.line + 1}: ${d.message}`),
        [],
        'the new release reports more than its placeholders',
      );
    });
  });
}
