/**
 * What the Pressroom extension does on the desktop and on the web alike: commands, a language status
 * item and settings around a language client. No analysis happens here: every answer comes from the
 * server, and so from the engine. `extension.ts` (Node) and `browser.ts` (web worker) start the server.
 */
import * as vscode from 'vscode';
import { type BaseLanguageClient, ExecuteCommandRequest, RevealOutputChannelOn, type LanguageClientOptions } from 'vscode-languageclient';
import {
  FIX_ALL_COMMAND,
  INSERT_MISSING_PARTS_COMMAND,
  LINT_FILES_REQUEST,
  NEW_RELEASE_REQUEST,
  PARTS_REQUEST,
  type LintFilesResult,
  type NewReleaseResult,
  type PartsResult,
} from '../../server/src/lsp/protocol';

let client: BaseLanguageClient | undefined;

/** Where the server runs: a Node process on the desktop, a web worker on vscode.dev. */
export interface Host {
  /** The Markdown documents the server is given: files and untitled ones, and on the web any scheme. */
  documentSelector: { language: string; scheme?: string }[];
  createClient(context: vscode.ExtensionContext, options: LanguageClientOptions): BaseLanguageClient | Promise<BaseLanguageClient>;
  /** Called once the client runs, for what the host adds (the web host sends configuration files). */
  started?(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void>;
}

let MARKDOWN: Host['documentSelector'] = [];

/**
 * What the extension gives other extensions (and its real-editor tests): the status item's state,
 * as the writer reads it, without scraping the window.
 */
export interface PressroomApi {
  status(): { text: string; detail: string | undefined };
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function activeMarkdown(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.languageId === 'markdown' ? editor : undefined;
}

export async function activateOn(host: Host, context: vscode.ExtensionContext): Promise<PressroomApi> {
  MARKDOWN = host.documentSelector;
  const outputChannel = vscode.window.createOutputChannel('Pressroom', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: MARKDOWN,
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The server debounces; the client asks on every change and on save (for run: onSave).
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = await host.createClient(context, clientOptions);
  const status = new PartsStatus(() => client);
  context.subscriptions.push(outputChannel, status);

  const register = (id: string, run: () => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  };

  register('pressroom.newRelease', async () => {
    // The configuration (and the team's profile) of the folder the writer works in: the active
    // file's, else the workspace's.
    const active = vscode.window.activeTextEditor?.document.uri;
    const folder = active && active.scheme !== 'untitled' ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const result = await client!.sendRequest<NewReleaseResult>(NEW_RELEASE_REQUEST, { uri: folder?.toString(), today: today() });
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
    const editor = await vscode.window.showTextDocument(document);
    // Select the headline placeholder: the first thing to write.
    const headline = result.text.indexOf('[Headline');
    if (headline >= 0) {
      const start = document.positionAt(headline);
      const end = document.positionAt(result.text.indexOf(']', headline) + 1);
      editor.selection = new vscode.Selection(start, end);
    }
  });

  const runServerCommand = async (command: string, nothingMessage: string): Promise<void> => {
    const editor = activeMarkdown();
    if (!editor) {
      void vscode.window.showInformationMessage('Pressroom: open a Markdown press release first.');
      return;
    }
    const outcome = await client!.sendRequest(ExecuteCommandRequest.type, { command, arguments: [editor.document.uri.toString()] });
    const { applied, reason } = (outcome ?? {}) as { applied?: boolean; reason?: string };
    if (!applied) void vscode.window.showInformationMessage(`Pressroom: ${reason ?? nothingMessage}`);
  };
  register('pressroom.fixAll', () => runServerCommand(FIX_ALL_COMMAND, 'nothing to fix.'));
  register('pressroom.insertMissingParts', () => runServerCommand(INSERT_MISSING_PARTS_COMMAND, 'no part is missing.'));

  register('pressroom.lintWorkspace', () => lintWorkspace());
  register('pressroom.showOutput', () => outputChannel.show(true));
  register('pressroom.restartServer', async () => {
    if (!client) return;
    await client.stop();
    await client.start();
    // A restarted server starts from nothing: the web host gives it the configuration files again.
    await host.started?.(context, client);
    status.refresh();
  });

  await client.start();
  await host.started?.(context, client);
  status.refresh();
  return { status: () => ({ text: status.text, detail: status.detail }) };
}

/** Lints every Markdown file in the workspace that is a release into the Problems view. */
async function lintWorkspace(): Promise<void> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}');
  const total = { linted: 0, skipped: 0, problems: 0 };
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Pressroom: linting the workspace', cancellable: true }, async (progress, token) => {
    const batch = 20;
    for (let i = 0; i < files.length && !token.isCancellationRequested; i += batch) {
      const uris = files.slice(i, i + batch).map((f) => f.toString());
      const result = await client!.sendRequest<LintFilesResult>(LINT_FILES_REQUEST, { uris }, token);
      total.linted += result.linted;
      total.skipped += result.skipped;
      total.problems += result.problems;
      progress.report({ increment: (uris.length / files.length) * 100, message: `${Math.min(i + batch, files.length)} of ${files.length} files` });
    }
  });
  // Open documents are linted as they are edited; count them as checked too.
  const open = vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown' && d.uri.scheme !== 'untitled' && vscode.languages.match(MARKDOWN, d) > 0).length;
  void vscode.window.showInformationMessage(
    `Pressroom: ${total.linted} release${total.linted === 1 ? '' : 's'} linted, ${total.problems} problem${total.problems === 1 ? '' : 's'} (${total.skipped} other Markdown files skipped${open ? `, ${open} open in editors` : ''}).`,
  );
  if (total.problems > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** The language status item: which parts the active release has and which it lacks. */
class PartsStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('pressroom.parts', MARKDOWN);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly languageClient: () => BaseLanguageClient | undefined) {
    this.item.name = 'Pressroom parts';
    this.item.text = 'Pressroom';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refresh(400);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('pressroom')) this.refresh(400);
      }),
    );
  }

  get text(): string {
    return this.item.text;
  }

  get detail(): string | undefined {
    return this.item.detail;
  }

  refresh(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const editor = activeMarkdown();
    const client = this.languageClient();
    if (!editor || !client?.isRunning()) return;
    let result: PartsResult;
    try {
      result = await client.sendRequest<PartsResult>(PARTS_REQUEST, { textDocument: { uri: editor.document.uri.toString() } });
    } catch {
      return;
    }
    if (!result.linted) {
      this.item.text = '$(circle-slash) Not a press release';
      this.item.detail = result.reason === 'disabled' ? 'pressroom.enable is off' : `Pressroom leaves this file alone (${result.reason})`;
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['pressroom.'] };
      return;
    }
    const missing = result.parts.filter((p) => !p.present).map((p) => p.name);
    const present = result.parts.length - missing.length;
    // A possible or likely release is told what it lacks as warnings; the status says why.
    const kind = result.reason === 'possible release' ? 'Possibly a release' : result.reason === 'likely release' ? 'Likely a release' : 'Release';
    this.item.text = missing.length ? `$(warning) ${kind}: ${present}/${result.parts.length} parts` : `$(check) ${kind}: all parts`;
    const parts = missing.length ? `Missing: ${missing.join(', ')}` : result.parts.map((p) => (p.count && p.count > 1 ? `${p.count} ${p.name}s` : p.name)).join(', ');
    const warningsOnly = result.reason === 'possible release' || result.reason === 'likely release';
    this.item.detail = warningsOnly ? `${parts} (checked as warnings: mark it type: press-release to check it fully)` : parts;
    this.item.severity = missing.length ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command = missing.length ? { title: 'Insert missing parts', command: 'pressroom.insertMissingParts' } : undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
