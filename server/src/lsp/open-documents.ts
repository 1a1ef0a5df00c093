import type { Diagnostic } from 'vscode-languageserver';
import { ParseCache } from '../engine/index';
import type { Analysis } from './analysis';

/** Everything the server keeps for one open document; dropped whole when it closes. */
export class OpenDocument {
  /** After an edit, a large document re-parses only the chunks it touched. */
  readonly parseCache = new ParseCache();
  /** The last analysis, and the document version, settings and configuration generation it is for. */
  analysis: { key: string; analysis: Analysis } | null = null;
  /** The analysis under way (on the lint thread, for a large document), shared by the requests that wait for it. */
  pending: { key: string; analysis: Promise<Analysis> } | null = null;
  /** A failed or timed-out lint was written to the output: once, until a lint succeeds. */
  reportedFailure = false;
  /** With `run: onSave`, the diagnostics of the last save (or open), returned until the next save. */
  savedDiagnostics: Diagnostic[] | null = null;
  /** The rules whose crash was written to the output already: once per document, not per keystroke. */
  readonly reportedCrashes = new Set<string>();
}

export class OpenDocuments {
  private readonly byUri = new Map<string, OpenDocument>();

  get(uri: string): OpenDocument {
    let open = this.byUri.get(uri);
    if (!open) this.byUri.set(uri, (open = new OpenDocument()));
    return open;
  }

  drop(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Settings or configuration changed: every analysis and saved result is stale. */
  forgetAnalyses(): void {
    for (const open of this.byUri.values()) {
      open.analysis = null;
      open.savedDiagnostics = null;
    }
  }
}
