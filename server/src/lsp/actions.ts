import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES_BY_ID, disableFixes, fix as fixText, partRequiredBy, type Finding, type ResolvedConfig } from '../engine/index';
import type { LintResult } from '../engine/lint';
import { diffEdits, fixToEdit } from './edits';
import { FIX_ALL_KIND, SOURCE } from './protocol';
import { rangeOf, sameRange } from './diagnostics';

/** What the server knows about one linted document version. */
export interface Linted {
  document: TextDocument;
  result: LintResult;
  /** The configuration the findings came from (structure rules forced on for included files). */
  config: ResolvedConfig;
}

/** The text after every fix, to a fixpoint (what `source.fixAll.pressroom` applies). */
export function fixAllText(text: string, config: ResolvedConfig): string {
  return fixText(text, config).text;
}

/** The text after the fixes of the rules `keep` selects, to a fixpoint. */
export function fixSomeText(text: string, config: ResolvedConfig, keep: (finding: Finding) => boolean): string {
  return fixText(text, config, keep).text;
}

export const isMissingPart = (finding: Finding): boolean => partRequiredBy(finding.ruleId) !== null;

export function workspaceEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits } };
}

/** A skeleton with bracketed placeholders still needs the writer: offered, but not preferred. */
function isObvious(finding: Finding): boolean {
  return !/\[[^\]\n]+\]/.test(finding.fix!.text);
}

export interface ActionOptions {
  only: string[] | undefined;
  versioned: boolean;
  /** The client resolves edits later (codeAction/resolve): fix-all actions carry `data` instead. */
  lazy?: boolean;
}

/** What a lazily resolved fix-all action carries until codeAction/resolve computes its edit. */
export interface FixAllData {
  uri: string;
  version: number;
  /** `*` for every rule, `MISSING_PARTS` for the parts' skeletons, or one rule id. */
  rules: string;
}

/** Fix-all limited to the rules that report a missing part (Insert Missing Parts). */
export const MISSING_PARTS = 'missing-parts';

export function fixAllEdits(linted: Linted, rules: string): TextEdit[] {
  const text = linted.document.getText();
  const fixed = rules === '*' ? fixAllText(text, linted.config) : fixSomeText(text, linted.config, rules === MISSING_PARTS ? isMissingPart : (f) => f.ruleId === rules);
  return diffEdits(linted.document, text, fixed);
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The code actions for a range: each diagnostic's fix and disable comments; fix-all variants. */
export function codeActions(linted: Linted, diagnostics: Diagnostic[], options: ActionOptions): CodeAction[] {
  const { document, result } = linted;
  const actions: CodeAction[] = [];
  const fixable = result.findings.filter((f) => f.fix);
  const edit = (edits: TextEdit[]): WorkspaceEdit => workspaceEdit(document, edits, options.versioned);

  if (wanted(CodeActionKind.QuickFix, options.only)) {
    const offeredRuleFixAll = new Set<string>();
    const offeredDisable = new Set<string>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
      const ruleId = diagnostic.code;
      const finding = result.findings.find((f) => f.ruleId === ruleId && sameRange(rangeOf(document, f), diagnostic.range));
      if (!finding) continue;
      if (finding.fix) {
        actions.push({
          title: finding.fixTitle ?? 'Fix this problem',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: isObvious(finding),
          edit: edit([fixToEdit(document, finding.fix)]),
        });
      }
      for (const suggestion of finding.suggestions ?? []) {
        actions.push({ title: suggestion.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([fixToEdit(document, suggestion.fix)]) });
      }
      const sameRule = fixable.filter((f) => f.ruleId === ruleId);
      if (sameRule.length > 1 && !offeredRuleFixAll.has(ruleId)) {
        offeredRuleFixAll.add(ruleId);
        const action = fixAllAction(`Fix all ${ruleId} problems`, CodeActionKind.QuickFix, ruleId);
        if (action) actions.push({ ...action, diagnostics: [diagnostic] });
      }
      const disable = disableFixes(result, finding);
      if (!offeredDisable.has(`${ruleId}@${diagnostic.range.start.line}`)) {
        offeredDisable.add(`${ruleId}@${diagnostic.range.start.line}`);
        actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([fixToEdit(document, disable.line)]) });
      }
      if (!offeredDisable.has(ruleId) && RULES_BY_ID.has(ruleId)) {
        offeredDisable.add(ruleId);
        actions.push({ title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([fixToEdit(document, disable.file)]) });
      }
    }
    if (diagnostics.some((d) => d.source === SOURCE) && fixable.length > 1) {
      const action = fixAllAction('Fix all pressroom problems', CodeActionKind.QuickFix, '*');
      if (action) actions.push(action);
    }
  }

  if (fixable.length > 0 && wanted(FIX_ALL_KIND, options.only)) {
    const action = fixAllAction('Fix all pressroom problems', FIX_ALL_KIND, '*');
    if (action) actions.push(action);
  }
  return actions;

  function fixAllAction(title: string, kind: string, rules: string): CodeAction | null {
    if (options.lazy) return { title, kind, data: { uri: document.uri, version: document.version, rules } satisfies FixAllData };
    const edits = fixAllEdits(linted, rules);
    return edits.length ? { title, kind, edit: edit(edits) } : null;
  }
}
