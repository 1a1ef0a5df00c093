import type { CancellationToken } from 'vscode-languageserver';

interface Pending {
  cancel(): void;
  waiters: (() => void)[];
}

/**
 * The one debounce of the server, for push and pull diagnostics alike: a change marks its document
 * busy until it has been quiet for a while; then the scheduled lint runs (push) and the requests
 * waiting for quiet are answered (pull).
 */
export class Debouncer {
  private readonly pending = new Map<string, Pending>();

  /**
   * Restarts the document's quiet period; `run` runs when it ends. No delay means at once, after
   * the messages already read (a zero timeout would wait a millisecond).
   */
  schedule(uri: string, delayMs: number, run?: () => void): void {
    const waiters = this.pending.get(uri)?.waiters ?? [];
    this.cancel(uri, false);
    const fire = (): void => {
      this.pending.delete(uri);
      for (const waiter of waiters) waiter();
      run?.();
    };
    if (delayMs <= 0) {
      const immediate = setImmediate(fire);
      this.pending.set(uri, { cancel: () => clearImmediate(immediate), waiters });
    } else {
      const timeout = setTimeout(fire, delayMs);
      this.pending.set(uri, { cancel: () => clearTimeout(timeout), waiters });
    }
  }

  /** Resolves when the document is quiet (at once if it is) or the request is cancelled. */
  quiet(uri: string, token?: CancellationToken): Promise<void> {
    const pending = this.pending.get(uri);
    if (!pending) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = token?.onCancellationRequested(done);
      pending.waiters.push(done);
      function done(): void {
        listener?.dispose();
        resolve();
      }
    });
  }

  /** Drops the document's pending run; `release` answers whoever waits for it (the document closed). */
  cancel(uri: string, release = true): void {
    const pending = this.pending.get(uri);
    if (!pending) return;
    pending.cancel();
    this.pending.delete(uri);
    if (release) for (const waiter of pending.waiters) waiter();
  }
}
