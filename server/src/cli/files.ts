import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../node/text-files';

export const MARKDOWN_EXTENSIONS = ['md', 'markdown'];
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Expands files, folders and glob patterns into a sorted list of distinct files. */
export async function discoverFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern);
    let stats: ReturnType<typeof statSync> | undefined;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      found.add(absolute);
      continue;
    }
    if (stats?.isDirectory()) {
      const files = await glob(`**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, { cwd: absolute, absolute: true, ignore: IGNORED, dot: false });
      if (files.length === 0) throw new InputError(pattern, `no Markdown files (*.${MARKDOWN_EXTENSIONS.join(', *.')}) in this folder`);
      for (const file of files) found.add(path.normalize(file));
      continue;
    }
    if (!isDynamicPattern(pattern)) throw new InputError(pattern, 'no such file or folder');
    const files = await glob(pattern, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
    if (files.length === 0) throw new InputError(pattern, 'no files match this pattern');
    for (const file of files) found.add(path.normalize(file));
  }
  return [...found].sort();
}
