import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Position } from 'vscode-languageserver';

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

export function positionParam(params: unknown): Position {
  const position = isRecord(params) ? params.position : undefined;
  if (!isRecord(position) || !Number.isInteger(position.line) || !Number.isInteger(position.character) || (position.line as number) < 0 || (position.character as number) < 0) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'params.position must be { line, character } with non-negative integers');
  }
  return { line: position.line as number, character: position.character as number };
}
