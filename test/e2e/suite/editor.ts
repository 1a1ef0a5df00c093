/**
 * Shared by the real-editor tests on the desktop and on the web: only the public `vscode` API, no
 * Node module, so the web suite (which runs in the web worker extension host) bundles it too.
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'pressroom.pressroom-lint';
/** The release every test starts from (a copy per test): no dateline, no media contact. */
export const FIXTURE = 'press/missing-parts.md';
/** How long a test waits for the editor to show something before it fails, in ms. */
export const WAIT_MS = 15_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The tests need a workspace folder (the runners open a copy of test/e2e/workspace).');
  return folder;
}

export function workspaceUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relative.split('/'));
}

/** Copies the fixture release to a new file of the workspace and returns its URI. */
export async function copyFixture(name: string): Promise<vscode.Uri> {
  const target = workspaceUri(`press/${name}`);
  await vscode.workspace.fs.copy(workspaceUri(FIXTURE), target, { overwrite: true });
  return target;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something other than undefined, or fails with `what` after `timeout`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = WAIT_MS, detail?: () => string): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}${detail ? `; ${detail()}` : ''}`);
    await sleep(25);
  }
}

/** A diagnostic's rule id: LSP codes with a documentation link arrive as `{ value, target }`. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** The diagnostics Pressroom reports for a document. */
export function pressroomDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pressroom');
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return `diagnostics now: ${all.map((d) => `${d.source ?? '?'}/${ruleOf(d) ?? '?'}@${d.range.start.line + 1}`).join(', ')}`;
}

/** Waits until Pressroom's diagnostics for `uri` pass `accept`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean, timeout = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} (${uri.path.slice(uri.path.lastIndexOf('/') + 1)})`,
    () => {
      const diagnostics = pressroomDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    timeout,
    () => describeDiagnostics(uri),
  );
}

export function rules(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => ruleOf(d) ?? '(no code)').sort();
}

export function hasRule(diagnostics: readonly vscode.Diagnostic[], rule: string): boolean {
  return diagnostics.some((d) => ruleOf(d) === rule);
}

/** Closes every editor, reverting unsaved changes, so the next test starts from a clean window. */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
