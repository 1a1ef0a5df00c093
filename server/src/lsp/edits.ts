import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../engine/index';
import { sharedEnds } from '../engine/text';

/** A fix (offsets) as an LSP text edit. */
export function fixToEdit(document: TextDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

const MAX_CELLS = 4_000_000;

/**
 * The edits that turn `before` into `after`, line by line (a longest-common-subsequence diff), so
 * that applying a fix-all moves the cursor and folds no more than the fixes themselves do.
 */
export function diffEdits(document: TextDocument, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const { head: prefix, tail: suffix } = sharedEnds(a, b);
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  const offsetOfLine = (index: number): number => {
    let offset = 0;
    for (let i = 0; i < index; i++) offset += a[i].length;
    return offset;
  };
  const whole = (): TextEdit[] => {
    const start = offsetOfLine(prefix);
    const end = offsetOfLine(a.length - suffix);
    return [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: b.slice(prefix, b.length - suffix).join('') }];
  };
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return whole();

  // lcs[i][j]: the longest common subsequence of a[prefix+i..] and b[prefix+j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[prefix + i] === b[prefix + j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let offset = offsetOfLine(prefix);
  let pending: { start: number; end: number; text: string } | null = null;
  const flush = (): void => {
    if (pending) edits.push({ range: { start: document.positionAt(pending.start), end: document.positionAt(pending.end) }, newText: pending.text });
    pending = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[prefix + i] === b[prefix + j]) {
      flush();
      offset += a[prefix + i].length;
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])) {
      pending ??= { start: offset, end: offset, text: '' };
      pending.text += b[prefix + j];
      j++;
    } else {
      pending ??= { start: offset, end: offset, text: '' };
      offset += a[prefix + i].length;
      pending.end = offset;
      i++;
    }
  }
  flush();
  return edits;
}
