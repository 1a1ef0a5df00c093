import path from 'node:path';
import {
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeAction,
  type CompletionItem,
  CompletionItemKind,
  type DocumentDiagnosticReport,
  type DocumentSymbol,
  type Hover,
  InsertTextFormat,
  MarkupKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { newReleaseText, partSnippets } from '../engine/index';
import { decodeText, readSourceFile } from '../node/text-files';
import { codeActions, fixAllEdits, MISSING_PARTS, workspaceEdit, type FixAllData } from './actions';
import { partStatus, releaseHover, releaseSymbols } from './outline';
import { documentUri, filePathOf, isRecord, positionParam, rangeOf, touches } from './params';
import {
  FIX_ALL_COMMAND,
  INSERT_MISSING_PARTS_COMMAND,
  type LintFilesParams,
  type LintFilesResult,
  type NewReleaseParams,
  type NewReleaseResult,
  type PartsResult,
} from './protocol';
import { parseToday } from './template';
import type { Workspace } from './workspace';

/** Push diagnostics: lints the document's current version and sends what it found. */
export async function validate(ws: Workspace, uri: string): Promise<void> {
  const document = ws.documents.get(uri);
  if (!document) return;
  const version = document.version;
  const settings = await ws.settingsFor(uri);
  const current = ws.documents.get(uri);
  // A newer change arrived while the settings were fetched: its own run is scheduled.
  if (!current || current.version !== version) return;
  const analysis = await ws.analyse(current, settings);
  // A newer version arrived during a long lint: its own run publishes.
  if (ws.documents.get(uri)?.version !== version) return;
  if (settings.run === 'onSave') ws.open.get(uri).savedDiagnostics = analysis.diagnostics;
  void ws.connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics });
}

/** `textDocument/diagnostic`: answered once the typing has paused; a newer request cancels this one. */
export async function pullDiagnostics(ws: Workspace, params: unknown, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  const uri = documentUri(params);
  await ws.debouncer.quiet(uri, token);
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Superseded by a newer request.');
  const settings = await ws.settingsFor(uri);
  const document = ws.documents.get(uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const open = ws.open.get(uri);
  if (settings.run === 'onSave' && open.savedDiagnostics) return { kind: DocumentDiagnosticReportKind.Full, items: open.savedDiagnostics };
  const analysis = await ws.analyse(document, settings);
  if (settings.run === 'onSave') open.savedDiagnostics = analysis.diagnostics;
  return { kind: DocumentDiagnosticReportKind.Full, items: analysis.diagnostics };
}

export async function codeActionsFor(ws: Workspace, params: unknown): Promise<CodeAction[]> {
  const uri = documentUri(params);
  const context = isRecord(params) && isRecord(params.context) ? params.context : { diagnostics: [] };
  const sent = Array.isArray(context.diagnostics) ? context.diagnostics : [];
  // Only the problems at the range asked about: a TK elsewhere on the line is not the one the
  // writer's cursor is on, and its actions ("Disable no-placeholder for this line") do not belong here.
  const asked = isRecord(params) ? rangeOf(params.range) : null;
  const diagnostics = asked ? sent.filter((d: unknown) => isRecord(d) && touches(rangeOf(d.range), asked)) : sent;
  const only = Array.isArray(context.only) ? context.only.filter((k): k is string => typeof k === 'string') : undefined;
  const linted = await ws.lintedFor(uri);
  if (!linted) return [];
  return codeActions(linted, diagnostics, { only, versioned: ws.can.versionedEdits(), lazy: ws.can.resolveEdits() });
}

/** `codeAction/resolve`: the edit of a fix-all offered lazily, for the version it was offered on. */
export async function resolveCodeAction(ws: Workspace, action: CodeAction): Promise<CodeAction> {
  const data = (isRecord(action) ? action.data : undefined) as Partial<FixAllData> | undefined;
  if (!isRecord(data) || typeof data.uri !== 'string' || typeof data.rules !== 'string') return action;
  const linted = await ws.lintedFor(data.uri);
  // The document changed since the action was offered: resolve to no edit rather than a wrong one.
  if (!linted || linted.document.version !== data.version) return action;
  return { ...action, edit: workspaceEdit(linted.document, fixAllEdits(linted, data.rules), ws.can.versionedEdits()) };
}

export async function documentSymbols(ws: Workspace, params: unknown): Promise<DocumentSymbol[]> {
  const linted = await ws.lintedFor(documentUri(params));
  return linted ? releaseSymbols(linted.document, linted.result.release) : [];
}

export async function hover(ws: Workspace, params: unknown): Promise<Hover | null> {
  const uri = documentUri(params);
  const position = positionParam(params);
  const linted = await ws.lintedFor(uri);
  if (!linted) return null;
  return releaseHover(linted.document, linted.result.release, linted.config, linted.document.offsetAt(position));
}

/** Fix all, or insert the missing parts, in a document: the edit is applied through the client. */
export async function executeCommand(ws: Workspace, params: unknown): Promise<{ applied: boolean; reason?: string }> {
  const command = isRecord(params) ? params.command : undefined;
  if (command !== FIX_ALL_COMMAND && command !== INSERT_MISSING_PARTS_COMMAND) {
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${JSON.stringify(command)}`);
  }
  const uri = isRecord(params) && Array.isArray(params.arguments) ? params.arguments[0] : undefined;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${command} takes a document URI as its argument`);
  const linted = await ws.lintedFor(uri);
  if (!linted) return { applied: false, reason: 'This document is not linted as a press release.' };
  const fixAll = command === FIX_ALL_COMMAND;
  const edits = fixAllEdits(linted, fixAll ? '*' : MISSING_PARTS);
  if (edits.length === 0) return { applied: false, reason: fixAll ? 'Nothing to fix.' : 'No part is missing.' };
  const label = fixAll ? 'Fix all pressroom problems' : 'Insert missing parts';
  const response = await ws.connection.workspace.applyEdit({ label, edit: workspaceEdit(linted.document, edits, ws.can.versionedEdits()) });
  return { applied: response.applied, ...(response.failureReason ? { reason: response.failureReason } : {}) };
}

/** `pressroom/parts`: which parts the release has, for the status item. */
export async function partsOf(ws: Workspace, params: unknown): Promise<PartsResult> {
  const uri = documentUri(params);
  const document = ws.documents.get(uri);
  if (!document) return { linted: false, reason: 'not open', parts: [] };
  const analysis = await ws.analyse(document, await ws.settingsFor(uri));
  return { linted: Boolean(analysis.linted), reason: analysis.reason, parts: analysis.linted ? partStatus(document, analysis.linted.result.release, analysis.linted.config) : [] };
}

/**
 * Completion: the parts of a release as snippets, written from the team's profile and dated today,
 * replacing the prefix typed so far (`press-rel`, `media-c`: word characters and hyphens).
 */
export async function completions(ws: Workspace, params: unknown): Promise<CompletionItem[]> {
  const uri = documentUri(params);
  const position = positionParam(params);
  const document = ws.documents.get(uri);
  if (!document) return [];
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const typed = /[\p{L}\p{N}-]*$/u.exec(line)![0];
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const settings = await ws.settingsFor(uri);
  const answer = ws.configs.configFor(filePathOf(uri), ws.folderFor(uri), settings);
  return partSnippets(answer.config, parseToday(undefined)).map((snippet, index) => ({
    label: snippet.prefix,
    labelDetails: { description: snippet.label },
    kind: CompletionItemKind.Snippet,
    detail: snippet.label,
    documentation: { kind: MarkupKind.Markdown, value: snippet.description },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: snippet.body },
    sortText: String(index).padStart(2, '0'),
  }));
}

/** `pressroom/newRelease`: a new release in the configured style, dated the client's today. */
export async function newRelease(ws: Workspace, params: unknown): Promise<NewReleaseResult> {
  const request = (isRecord(params) ? params : {}) as NewReleaseParams;
  const uri = typeof request.uri === 'string' ? request.uri : null;
  const settings = await ws.settingsFor(uri);
  const file = uri ? filePathOf(uri) : null;
  const folder = uri ? ws.folderFor(uri) : (ws.folders[0] ?? null);
  const answer = ws.configs.configFor(file ? path.join(file, '.new.release.md') : null, folder, settings);
  if (answer.problem) ws.problems.note(answer.problem);
  return { text: newReleaseText(answer.config, parseToday(request.today)), datelineStyle: answer.config.datelineStyle };
}

/** `pressroom/lintFiles`: lints closed files (Lint Workspace) and pushes their diagnostics. */
export async function lintFiles(ws: Workspace, params: unknown, token: CancellationToken): Promise<LintFilesResult> {
  const uris = isRecord(params) && Array.isArray((params as unknown as LintFilesParams).uris) ? (params as unknown as LintFilesParams).uris : null;
  if (!uris || !uris.every((u) => typeof u === 'string')) throw new ResponseError(ErrorCodes.InvalidParams, 'params.uris must be an array of URIs');
  const outcome: LintFilesResult = { linted: 0, skipped: 0, problems: 0 };
  for (const uri of uris) {
    if (token.isCancellationRequested) break;
    const file = filePathOf(uri);
    if (!file || ws.documents.get(uri)) {
      outcome.skipped++;
      continue;
    }
    let text: string;
    try {
      // As the CLI reads it: a file too large, binary or not UTF-8 is skipped, not linted as garbage.
      text = decodeText(readSourceFile(file, file).bytes);
    } catch {
      outcome.skipped++;
      continue;
    }
    const document = TextDocument.create(uri, 'markdown', 0, text);
    const analysis = await ws.analyseNow(document, await ws.settingsFor(uri));
    if (!analysis.linted) {
      outcome.skipped++;
      if (ws.workspaceLinted.delete(uri)) void ws.connection.sendDiagnostics({ uri, diagnostics: [] });
      continue;
    }
    outcome.linted++;
    outcome.problems += analysis.diagnostics.length;
    ws.workspaceLinted.add(uri);
    void ws.connection.sendDiagnostics({ uri, diagnostics: analysis.diagnostics });
  }
  return outcome;
}
