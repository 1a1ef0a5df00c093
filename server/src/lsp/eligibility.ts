import path from 'node:path';
import picomatch from 'picomatch';
import { hasPressReleaseFrontMatter } from '../engine/index';
import type { Settings } from './settings';

/**
 * Whether the editor lints a Markdown document. Included paths and `type: press-release` front
 * matter always are (as releases); with `detect: auto`, so is anything the engine classifies as a
 * press release. Everything else — READMEs, changelogs, notes — is left alone.
 */
export type Inclusion = 'include' | 'front matter' | null;

const matchers = new Map<string, (file: string) => boolean>();

function matcherFor(globs: readonly string[]): (file: string) => boolean {
  const key = globs.join('\n');
  let matcher = matchers.get(key);
  if (!matcher) {
    const compiled = globs.length ? picomatch([...globs], { dot: true, nocase: process.platform === 'win32' }) : () => false;
    matcher = (file) => compiled(file);
    if (matchers.size > 50) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}

/** Whether a file path matches the include globs, relative to a workspace folder or as an absolute path. */
export function matchesInclude(filePath: string | null, folders: readonly string[], globs: readonly string[]): boolean {
  if (!filePath || globs.length === 0) return false;
  const matcher = matcherFor(globs);
  const slashed = (p: string): string => p.split(path.sep).join('/');
  for (const folder of folders) {
    const relative = path.relative(folder, filePath);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative) && matcher(slashed(relative))) return true;
  }
  return matcher(slashed(filePath));
}

export function inclusion(filePath: string | null, text: string, folders: readonly string[], settings: Settings): Inclusion {
  if (matchesInclude(filePath, folders, settings.include)) return 'include';
  if (hasPressReleaseFrontMatter(text)) return 'front matter';
  return null;
}
