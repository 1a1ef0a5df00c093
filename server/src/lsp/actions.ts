import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES_BY_ID, fix as fixText, lint, type Finding, type ResolvedConfig } from '../engine/index';
import { fixAll } from '../engine/fixes';
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
  return fixAll(text, (current) => lint(current, config).findings.filter(keep)).text;
}

export const isMissingPart = (finding: Finding): boolean => finding.ruleId.startsWith('require-');

export function workspaceEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits } };
}

const PART_OF_RULE: Record<string, string> = {
  'require-headline': 'headline',
  'require-dateline': 'dateline',
  'require-quote': 'quote',
  'require-background': 'background section',
  'require-boilerplate': 'boilerplate',
  'require-media-contact': 'media contact',
  'require-end-mark': 'end mark',
};

function preview(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** A title that says what the fix does, not what is wrong. */
export function fixTitle(finding: Finding): string {
  const fix = finding.fix!;
  const part = PART_OF_RULE[finding.ruleId];
  if (part && fix.range[0] === fix.range[1]) return `Insert a ${part} skeleton`;
  if (finding.ruleId === 'broken-paragraph') return 'Join the two paragraphs';
  if (finding.ruleId === 'run-together-text') return 'Start a new paragraph here';
  if (fix.text.trim() === '') return fix.text === '' ? 'Remove this text' : 'Fix the spacing';
  if (fix.range[0] === fix.range[1]) return `Insert “${preview(fix.text)}”`;
  if (!/[\r\n]/.test(fix.text.trim())) return `Replace with “${preview(fix.text)}”`;
  return `Fix this ${finding.ruleId} problem`;
}

/** A skeleton with bracketed placeholders still needs the writer: offered, but not preferred. */
function isObvious(finding: Finding): boolean {
  return !/\[[^\]\n]+\]/.test(finding.fix!.text);
}

function commentLineIndent(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/**
 * `<!-- pressroom-disable-next-line rule -->` above the finding's line; inside a paragraph (where a
 * comment line would split it) `<!-- pressroom-disable-line rule -->` at the end of the line instead.
 */
function disableLineEdit(linted: Linted, finding: Finding): TextEdit {
  const { document, result } = linted;
  const text = document.getText();
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const position = document.positionAt(finding.start);
  const lineNumber = position.line + 1;
  const lineStart = document.offsetAt({ line: position.line, character: 0 });
  const lineEnd = document.offsetAt({ line: position.line + 1, character: 0 });
  const lineText = text.slice(lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
  const insideParagraph = result.release.document.blocks.some(
    (b) => (b.kind === 'paragraph' || b.kind === 'heading') && b.line < lineNumber && lineNumber <= b.endLine,
  );
  if (insideParagraph) {
    const at = document.positionAt(lineStart + lineText.length);
    const hardBreak = / {2,}$/.test(lineText);
    // A hard break of two spaces must stay last on the line; a backslash break is kept the same way.
    if (hardBreak || lineText.endsWith('\\')) {
      const bare = lineText.replace(/(?: {2,}|\\)$/, '');
      const tail = lineText.slice(bare.length);
      return {
        range: { start: document.positionAt(lineStart + bare.length), end: at },
        newText: ` <!-- pressroom-disable-line ${finding.ruleId} -->${tail}`,
      };
    }
    return { range: { start: at, end: at }, newText: ` <!-- pressroom-disable-line ${finding.ruleId} -->` };
  }
  const at = { line: position.line, character: 0 };
  return { range: { start: at, end: at }, newText: `${commentLineIndent(lineText)}<!-- pressroom-disable-next-line ${finding.ruleId} -->${eol}` };
}

const FILE_DIRECTIVE = /^<!--[ \t]*pressroom-disable[ \t]+([^>]*?)[ \t]*-->[ \t]*$/;

/** `<!-- pressroom-disable rule -->` at the top (after any front matter), or the rule added to one there. */
function disableFileEdit(linted: Linted, ruleId: string): TextEdit {
  const { document, result } = linted;
  const text = document.getText();
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const blocks = result.release.document.blocks;
  const frontMatter = blocks.find((b) => b.kind === 'frontmatter' && b.start === 0) ?? null;
  const first = blocks.find((b) => b.kind !== 'frontmatter');
  if (first && first.kind === 'html') {
    const raw = result.release.document.text.slice(first.start, first.end);
    const existing = FILE_DIRECTIVE.exec(raw);
    if (existing) {
      const names = existing[1].split(/[\s,]+/).filter(Boolean);
      if (!names.includes(ruleId)) {
        const range = rangeOf(document, { start: first.start + bom, end: first.end + bom });
        return { range, newText: `<!-- pressroom-disable ${[...names, ruleId].join(' ')} -->` };
      }
    }
  }
  if (frontMatter) {
    const endLine = frontMatter.endLine; // 1-based line of the closing fence: insert after it.
    const at = { line: endLine, character: 0 };
    const atEnd = document.offsetAt(at) >= text.length && !/[\r\n]$/.test(text);
    return { range: { start: at, end: at }, newText: `${atEnd ? eol : ''}${eol}<!-- pressroom-disable ${ruleId} -->${eol}` };
  }
  const at = document.positionAt(bom);
  const blankFollows = /^(?:\r\n|\r|\n)/.test(text.slice(bom));
  return { range: { start: at, end: at }, newText: `<!-- pressroom-disable ${ruleId} -->${eol}${blankFollows ? '' : eol}` };
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
  /** `*` for every rule, `require-*` for the missing parts, or one rule id. */
  rules: string;
}

export function fixAllEdits(linted: Linted, rules: string): TextEdit[] {
  const text = linted.document.getText();
  const fixed =
    rules === '*' ? fixAllText(text, linted.config) : fixSomeText(text, linted.config, rules === 'require-*' ? isMissingPart : (f) => f.ruleId === rules);
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
          title: fixTitle(finding),
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
      if (!offeredDisable.has(`${ruleId}@${diagnostic.range.start.line}`)) {
        offeredDisable.add(`${ruleId}@${diagnostic.range.start.line}`);
        actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([disableLineEdit(linted, finding)]) });
      }
      if (!offeredDisable.has(ruleId) && RULES_BY_ID.has(ruleId)) {
        offeredDisable.add(ruleId);
        actions.push({ title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([disableFileEdit(linted, ruleId)]) });
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
