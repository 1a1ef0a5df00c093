import { lint, type LintResult, type ParseCache, type ResolvedConfig } from '../engine/index';

/**
 * Where the server's lints run. On Node, a large document is linted on a worker thread, so the
 * server keeps answering (node/lint-thread.ts); in a web worker, and for small documents, in place.
 */
export interface LintRunner {
  /**
   * Lints a document's text. A newer lint of the same document cancels this one if it has not
   * started: it rejects with `LintCancelled`. One that runs past its time budget rejects with
   * `LintTimedOut`.
   */
  lint(uri: string, text: string, config: ResolvedConfig, parseCache?: ParseCache): Promise<LintResult>;
  /** The document was closed: what was kept for it can go. */
  forget(uri: string): void;
  dispose(): void;
}

/** A lint given up for a newer version of the same document. */
export class LintCancelled extends Error {
  constructor(uri: string) {
    super(`the lint of ${uri} was cancelled by a newer version`);
    this.name = 'LintCancelled';
  }
}

/** A lint that ran past its time budget and was stopped. */
export class LintTimedOut extends Error {
  constructor(uri: string, budgetMs: number) {
    super(`the lint of ${uri} ran past its budget of ${budgetMs / 1000} s and was stopped`);
    this.name = 'LintTimedOut';
  }
}

/** Lints in place, on the thread that asks. */
export const lintInPlace: LintRunner = {
  lint: (_uri, text, config, parseCache) => Promise.resolve(lint(text, config, { parseCache })),
  forget: () => undefined,
  dispose: () => undefined,
};
