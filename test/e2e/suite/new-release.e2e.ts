import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, hasRule, open, ruleOf, screenshot, sleep, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

/** The parts a complete release has, as the outline names them. */
const PARTS = ['release line', 'headline', 'dateline', 'lead', 'quote', 'background', 'boilerplate', 'media contact', 'end mark'];

/** The status item as the writer reads it, from the extension's API. */
function statusText(): string {
  const api = vscode.extensions.getExtension<{ status(): { text: string; detail: string | undefined } }>(EXTENSION_ID)!.exports;
  const { text, detail } = api.status();
  return `${text} — ${detail ?? ''}`;
}

const waitForStatus = (what: string, accept: (text: string) => boolean): Promise<string> =>
  waitFor(what, () => (accept(statusText()) ? statusText() : undefined), undefined, statusText);

/** Waits until the editor's text holds a whole skeleton (its last part, the media contact, is in). */
const waitForSkeleton = (editor: vscode.TextEditor, what: string): Promise<true> =>
  waitFor(
    what,
    () => (/## Media contact/.test(editor.document.getText()) ? true : undefined),
    undefined,
    () => editor.document.getText(),
  );

const onlyPlaceholders = (diagnostics: vscode.Diagnostic[]): string[] =>
  diagnostics.filter((d) => ruleOf(d) !== 'no-placeholder').map((d) => `${ruleOf(d)}@${d.range.start.line + 1}: ${d.message}`);

/** Check 5: snippets as a writer reaches them, Pressroom: New Press Release, Insert Missing Parts, and the status item after each. */
export function newReleaseSuite(): void {
  describe('snippets, New Press Release and Insert Missing Parts', () => {
    afterEach(closeAllEditors);

    it('a snippet is reached by typing its prefix: quick suggestions are on in Markdown, and accepting press-release writes a whole release', async () => {
      const quick = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get<Record<string, string>>('quickSuggestions');
      assert.equal(quick?.other, 'on', 'quick suggestions are off in Markdown: a writer would have to know Ctrl+Space');

      const uri = workspaceUri('press/from-snippet.md');
      await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      const editor = await open(uri);
      await waitForDiagnostics(uri, 'the empty release to be reported', (d) => hasRule(d, 'require-headline'));
      await vscode.commands.executeCommand('type', { text: 'press-rel' });
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, editor.selection.active);
      const labels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      assert.ok(labels.includes('press-release'), `offered: ${labels.join(', ')}`);

      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await sleep(1500);
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      await waitForSkeleton(editor, 'the Press release snippet to be inserted');
      assert.ok(!editor.document.getText().includes('press-rel\n'), 'the typed prefix is replaced');
      const diagnostics = await waitForDiagnostics(uri, 'no missing part once the snippet is in', (d) => d.length > 0 && !d.some((x) => ruleOf(x)?.startsWith('require-')));
      assert.deepEqual(onlyPlaceholders(diagnostics), [], 'the snippet reports more than its placeholders');
    });

    it('Pressroom: New Press Release in a folder with the team’s profile writes its city, boilerplate and contact, and the status item says every part is there', async () => {
      const desk = workspaceUri('profiled/desk.md');
      await vscode.workspace.fs.writeFile(desk, new TextEncoder().encode('# Desk notes\n'));
      await open(desk);
      await vscode.commands.executeCommand('pressroom.newRelease');
      const editor = await waitFor('an editor with the new release', () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.isUntitled && active.document.languageId === 'markdown' ? active : undefined;
      });
      const text = editor.document.getText();
      assert.match(text, /^DENVER, \w+\.? \d{1,2}, \d{4} – /m, 'the profile’s city opens the dateline');
      assert.ok(text.includes('Acme Water supplies drinking water to 1.2 million people'), 'the profile’s boilerplate');
      assert.match(text, /Jane Doe, Press Officer {2}\npress@acme\.example {2}\n\+1 303 555 0100/, 'the profile’s contact');
      assert.match(editor.document.getText(editor.selection), /^\[Headline/, 'the headline placeholder is selected, ready to type over');

      const uri = editor.document.uri;
      const symbols = await waitFor('the outline of the new release', async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
        return found && found.length > 0 ? found.flatMap((s) => [s, ...(s.children ?? [])]) : undefined;
      });
      const details = new Set(symbols.map((s) => s.detail));
      const absent = PARTS.filter((part) => !details.has(part) && !(part === 'media contact' && symbols.some((s) => s.name === 'Media contact')));
      assert.deepEqual(absent, [], `the new release lacks parts; outline: ${symbols.map((s) => `${s.detail}: ${s.name}`).join(' | ')}`);
      const diagnostics = await waitForDiagnostics(uri, 'the placeholders of the new release', (d) => d.length > 0);
      assert.deepEqual(onlyPlaceholders(diagnostics), [], 'the new release reports more than its placeholders');
      await waitForStatus('the status item to say every part is there', (s) => s.startsWith('$(check) Release: all parts'));
    });

    it('Insert Missing Parts on an empty file writes every part in reading order, and the status item goes from missing parts to all parts', async () => {
      const uri = workspaceUri('press/empty-draft.md');
      await vscode.workspace.fs.writeFile(uri, new Uint8Array());
      const editor = await open(uri);
      await waitForDiagnostics(uri, 'the empty release to be reported', (d) => hasRule(d, 'require-headline'));
      const missing = await waitForStatus('the status item to list the missing parts', (s) =>
        s.includes('Missing: headline, dateline, quote, background, boilerplate, media contact'),
      );
      assert.ok(!missing.includes('end mark'), `the status lists a part recommended does not require: ${missing}`);

      await vscode.commands.executeCommand('pressroom.insertMissingParts');
      await waitForSkeleton(editor, 'the missing parts to be inserted');
      const text = editor.document.getText();
      const order = ['# [Headline', '[City], [Date] – [Lead', '“[What the spokesperson said', '## Background', '## About', '## Media contact'].map((part) => text.indexOf(part));
      assert.ok(
        order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])),
        `the parts are not in reading order:\n${text}`,
      );
      const diagnostics = await waitForDiagnostics(uri, 'no missing part once they are inserted', (d) => d.length > 0 && !d.some((x) => ruleOf(x)?.startsWith('require-')));
      assert.deepEqual(onlyPlaceholders(diagnostics), []);
      await waitForStatus('the status item to say every part is there', (s) => s.startsWith('$(check) Release: all parts'));
      // The skeleton as the writer sees it, its placeholders underlined.
      await sleep(1000);
      await screenshot('skeleton');
    });
  });
}
