/**
 * The file system of the language server in a web worker (vscode.dev, github.dev): the workspace's
 * configuration files, read by the client through `workspace.fs` and sent with
 * `pressroom/configurationFiles`. The web bundle maps `node:fs` to this module, so the configuration
 * code the CLI and the desktop server use (nearest file, `extends`, package.json#pressroom) runs
 * unchanged. It only reads: anything that writes fails with a clear reason.
 */

interface StoredFile {
  uri: string;
  bytes: Uint8Array;
}

const files = new Map<string, StoredFile>();

/** Replaces every stored file; `path` is the URI's path, as `filePathOf` gives it on the web. */
export function replaceFiles(entries: readonly { path: string; uri: string; text: string }[]): void {
  files.clear();
  const encoder = new TextEncoder();
  for (const entry of entries) files.set(entry.path, { uri: entry.uri, bytes: encoder.encode(entry.text) });
}

/** The URI a stored file came from, so a diagnostic about it lands on the client's document. */
export function uriOfFile(path: string): string | undefined {
  return files.get(path)?.uri;
}

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file, '${path}'`), { code: 'ENOENT' });
}

export function existsSync(path: string): boolean {
  return files.has(path);
}

export function statSync(path: string): { size: number; mode: number; isFile(): boolean } {
  const file = files.get(path);
  if (!file) throw notFound(path);
  return { size: file.bytes.length, mode: 0o644, isFile: () => true };
}

export function readFileSync(path: string): Uint8Array {
  const file = files.get(path);
  if (!file) throw notFound(path);
  return file.bytes;
}

function readOnly(): never {
  throw Object.assign(new Error('the web language server does not write files'), { code: 'EROFS' });
}

export const writeFileSync = readOnly;
export const renameSync = readOnly;
export const chmodSync = readOnly;
export const unlinkSync = readOnly;
