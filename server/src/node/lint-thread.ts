import { Worker } from 'node:worker_threads';
import type { LintResult, ParseCache, ResolvedConfig } from '../engine/index';
import { LintCancelled, lintInPlace, type LintRunner, LintTimedOut } from '../lsp/lint-runner';
import type { LintThreadMessage } from './lint-worker';
import { workerScript } from './worker-script';

/**
 * Documents this large are linted on the lint thread; smaller ones (nearly every release: a few
 * kilobytes, a few milliseconds) in place.
 */
export const OFF_THREAD_CHARS = 64 * 1024;
/** A lint that takes longer than this is stopped: the document keeps its previous diagnostics. */
export const LINT_BUDGET_MS = 30_000;

interface Job {
  id: number;
  uri: string;
  text: string;
  config: ResolvedConfig;
  resolve: (result: LintResult) => void;
  reject: (error: Error) => void;
}

export interface LintThreadOptions {
  offThreadChars?: number;
  budgetMs?: number;
  /** The worker's script: dist/server.js (it serves lint requests on a worker thread), or server.ts under tsx. */
  script?: { file: string; eval: boolean } | null;
}

/**
 * The server's lint thread: large documents are linted on one worker thread, one at a time, so
 * that requests for other documents (and cheap ones) are answered meanwhile. A newer version of a
 * document cancels the queued lint of the older one; a lint that is running finishes (the thread
 * keeps the document's parse cache warm) and answers for its own version. A lint past its budget
 * stops the thread, which starts again for the next one. Without a worker script (the server run
 * from another bundle, as the bench's), everything is linted in place.
 */
export class LintThread implements LintRunner {
  private worker: Worker | null = null;
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private nextId = 0;
  private disposed = false;
  private readonly offThreadChars: number;
  private readonly budgetMs: number;
  private readonly script: { file: string; eval: boolean } | null;

  constructor(options: LintThreadOptions = {}) {
    this.offThreadChars = options.offThreadChars ?? OFF_THREAD_CHARS;
    this.budgetMs = options.budgetMs ?? LINT_BUDGET_MS;
    this.script = options.script !== undefined ? options.script : workerScript('server.ts', 'server.js');
  }

  lint(uri: string, text: string, config: ResolvedConfig, parseCache?: ParseCache): Promise<LintResult> {
    this.dropQueued(uri);
    if (text.length < this.offThreadChars || this.disposed || !this.script) return lintInPlace.lint(uri, text, config, parseCache);
    return new Promise<LintResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, uri, text, config, resolve, reject });
      this.feed();
    });
  }

  forget(uri: string): void {
    this.dropQueued(uri);
    this.send({ kind: 'forget', uri });
  }

  private dropQueued(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].uri === uri) this.queue.splice(i, 1)[0].reject(new LintCancelled(uri));
    }
  }

  private send(message: LintThreadMessage): void {
    if (message.kind === 'forget' && !this.worker) return;
    this.thread().postMessage(message);
  }

  private feed(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    this.send({ kind: 'lint', id: job.id, uri: job.uri, text: job.text, config: job.config });
    this.timer = setTimeout(() => this.stop(new LintTimedOut(job.uri, this.budgetMs)), this.budgetMs);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script!.file, { eval: this.script!.eval });
    worker.on('message', (reply: { id: number; result?: LintResult; error?: string }) => {
      const job = this.running;
      if (!job || job.id !== reply.id) return;
      this.finish();
      if (reply.result) job.resolve(reply.result);
      else job.reject(new Error(reply.error ?? 'the lint thread failed'));
      this.feed();
    });
    worker.on('error', (error) => this.stop(error));
    // The thread must not keep the server alive once the client has gone.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
  }

  /** Stops the thread (its running lint rejects with `reason`) and goes on with the queue on a new one. */
  private stop(reason: Error): void {
    const job = this.running;
    this.finish();
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    job?.reject(reason);
    this.feed();
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new LintCancelled(job.uri));
    if (this.running) this.stop(new LintCancelled(this.running.uri));
  }
}
