/**
 * `node:url` for the web bundle: the server turns configuration file paths back into the URIs the
 * client sent them with (`vscode-vfs://github/…`, `vscode-remote://…`), not `file:` URIs.
 */
import { uriOfFile } from './files';

export function pathToFileURL(path: string): { href: string } {
  return { href: uriOfFile(path) ?? `file://${encodeURI(path)}` };
}

export function fileURLToPath(uri: string): string {
  return decodeURIComponent(new URL(uri).pathname);
}
