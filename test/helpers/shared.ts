import { existsSync } from 'node:fs';
import path from 'node:path';

/** `../shared/` beside the project: present for the team and in CI, absent in a user's clone. */
export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const UN_RELEASE = path.join(CORPUS, 'un-pve-oslo-2018.md');

/** Skips a suite, saying why, when the shared corpus is not beside the project. */
export function requireCorpus(suite: Mocha.Context): void {
  if (!existsSync(UN_RELEASE)) {
    console.log(`    (skipped: ${CORPUS} is not present; it ships beside the project for the team and CI only)`);
    suite.skip();
  }
}
