import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object';
}

declare const PRESSROOM_WEB: boolean | undefined;
/** Set in the web worker's bundle (vscode.dev), where workspaces live on virtual file systems. */
const WEB = typeof PRESSROOM_WEB === 'boolean' && PRESSROOM_WEB;

/**
 * The file a `file:` URI names, or null (untitled documents, other schemes). On the web every
 * workspace scheme (`vscode-vfs:`, `vscode-remote:`) stands for files, and the URI's path is the file.
 */
export function filePathOf(uri: string): string | null {
  if (WEB && !uri.startsWith('untitled:')) return webPathOf(uri);
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function webPathOf(uri: string): string | null {
  try {
    const path = decodeURIComponent(new URL(uri).pathname);
    return path.startsWith('/') ? path : null;
  } catch {
    return null;
  }
}

/** Checks the parts of params the handlers read; a malformed request gets InvalidParams, not a crash. */
export function documentUri(params: unknown): string {
  const textDocument = isRecord(params) ? params.textDocument : undefined;
  const uri = isRecord(textDocument) ? textDocument.uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw new ResponseError(ErrorCodes.InvalidParams, 'params.textDocument.uri must be a non-empty string');
  return uri;
}

function positionOf(value: unknown): Position | null {
  return isRecord(value) && Number.isInteger(value.line) && Number.isInteger(value.character) ? { line: value.line as number, character: value.character as number } : null;
}

/** A range as the protocol writes it, or null when it is not one. */
export function rangeOf(value: unknown): Range | null {
  const start = isRecord(value) ? positionOf(value.start) : null;
  const end = isRecord(value) ? positionOf(value.end) : null;
  return start && end ? { start, end } : null;
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** Whether two ranges overlap or touch (a cursor at a problem's first or last character is on it). */
export function touches(a: Range | null, b: Range): boolean {
  return a !== null && !before(a.end, b.start) && !before(b.end, a.start);
}

export function positionParam(params: unknown): Position {
  const position = isRecord(params) ? params.position : undefined;
  if (!isRecord(position) || !Number.isInteger(position.line) || !Number.isInteger(position.character) || (position.line as number) < 0 || (position.character as number) < 0) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'params.position must be { line, character } with non-negative integers');
  }
  return { line: position.line as number, character: position.character as number };
}
