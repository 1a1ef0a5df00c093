import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript as sharedWorkerScript } from '../node/worker-script';
import type { ResolvedConfig } from '../engine/index';
import { lintJob, type FixMode, type LintJob, type LintOutcome } from './lint-file';

/** A file for a worker, with the index of its configuration in the list the workers start with. */
export interface PoolJob extends LintJob {
  config: number;
}

export interface WorkerBatch {
  id: number;
  jobs: PoolJob[];
}

export type WorkerReply = { batch: number; outcomes: LintOutcome[] } | { batch: number; error: string };

/** Below this many files (and this much text), starting threads costs more than it saves. */
export const PARALLEL_MIN_FILES = 40;
export const PARALLEL_MIN_BYTES = 1 << 20;
/** A batch holds at most this much text, so that threads finish at about the same time. */
const BATCH_BYTES = 48 * 1024;
const BATCH_FILES = 24;
/** Batches each worker holds at once: one to lint, one waiting, so it never idles on the main thread. */
const IN_FLIGHT = 2;
/**
 * A worker's young generation, where a file's parse lives and dies. A third of V8's default: the
 * run's peak memory falls by about 20 MB (two isolates' garbage at once) and its time does not grow.
 */
const WORKER_YOUNG_GENERATION_MB = 16;
/** What a job holds once its file is linted, so the bytes can be let go. */
export const EMPTY = new Uint8Array(0);

/** The CLI's lint worker: dist/cli-worker.js, or cli/worker.ts under tsx. */
const workerScript = (): ReturnType<typeof sharedWorkerScript> => sharedWorkerScript('cli/worker.ts', 'cli-worker.js');

/**
 * The number of threads to lint with: PRESSROOM_THREADS when set (1 = the main thread only),
 * else every core when there are enough files to be worth it.
 */
export function threadCount(files: number, bytes: number, env: NodeJS.ProcessEnv): number {
  const setting = env.PRESSROOM_THREADS?.trim();
  let wanted: number;
  if (setting && /^\d+$/.test(setting)) wanted = Math.max(1, Number(setting));
  else wanted = files >= PARALLEL_MIN_FILES || (files > 1 && bytes >= PARALLEL_MIN_BYTES) ? os.availableParallelism() : 1;
  wanted = Math.min(wanted, files);
  return wanted > 1 && workerScript() ? wanted : 1;
}

/**
 * Lints the jobs on `threads` threads, the main thread and `threads - 1` workers, and calls
 * `onOutcome` in job order (0, 1, 2 …) as soon as each result and all before it are in, so a report
 * can be written while linting goes on.
 * A worker that dies (out of memory, say) has its files linted on the main thread instead; an
 * exception from the engine itself rejects, as it would have on the main thread.
 */
export function lintInParallel(jobs: PoolJob[], configs: readonly ResolvedConfig[], mode: FixMode, threads: number, onOutcome: (outcome: LintOutcome) => void): Promise<void> {
  const script = workerScript();
  if (!script) throw new Error('the lint worker script is missing');

  // Batches in job order, each a run of consecutive files, so results complete roughly in order.
  const batches: WorkerBatch[] = [];
  let current: PoolJob[] = [];
  let bytes = 0;
  const totalBytes = jobs.reduce((n, job) => n + job.bytes.length, 0);
  // Smaller batches when there is little text in all, so every thread gets a share.
  const limit = Math.max(4096, Math.min(BATCH_BYTES, Math.ceil(totalBytes / (threads * 8))));
  for (const job of jobs) {
    current.push(job);
    bytes += job.bytes.length;
    if (bytes >= limit || current.length >= BATCH_FILES) {
      batches.push({ id: batches.length, jobs: current });
      current = [];
      bytes = 0;
    }
  }
  if (current.length) batches.push({ id: batches.length, jobs: current });

  return new Promise<void>((resolve, reject) => {
    const done: (LintOutcome | undefined)[] = new Array(jobs.length);
    let next = 0;
    let queued = 0;
    let finished = false;
    const workers = new Set<Worker>();
    const held = new Map<Worker, Set<WorkerBatch>>();

    const finish = (error?: unknown): void => {
      if (finished) return;
      finished = true;
      const stopping = [...workers].map((worker) => worker.terminate());
      workers.clear();
      void Promise.allSettled(stopping).then(() => (error === undefined ? resolve() : reject(error)));
    };

    const accept = (outcomes: readonly LintOutcome[]): void => {
      for (const outcome of outcomes) done[outcome.index] = outcome;
      try {
        while (next < jobs.length && done[next]) {
          const outcome = done[next]!;
          done[next] = undefined;
          jobs[next].bytes = EMPTY;
          next++;
          onOutcome(outcome);
        }
      } catch (error) {
        finish(error);
        return;
      }
      if (next === jobs.length) finish();
    };

    /** Lints a batch here: a worker could not. An exception here is the engine's own. */
    const lintHere = (batch: WorkerBatch): void => {
      if (finished) return;
      try {
        accept(batch.jobs.map((job) => lintJob(job, configs[job.config], mode)));
      } catch (error) {
        finish(error);
      }
    };

    const feed = (worker: Worker): void => {
      const mine = held.get(worker)!;
      while (!finished && mine.size < IN_FLIGHT && queued < batches.length) {
        const batch = batches[queued++];
        mine.add(batch);
        worker.postMessage(batch);
      }
    };

    /** A worker that failed: its batches are linted here, and the main thread takes its share. */
    const lose = (worker: Worker): void => {
      if (!workers.delete(worker)) return;
      void worker.terminate();
      const orphans = [...(held.get(worker) ?? [])];
      held.delete(worker);
      for (const batch of orphans) lintHere(batch);
    };

    // The main thread lints too, between handling the workers' answers: one isolate fewer to
    // start, warm up and hold in memory than a worker per core.
    const lintOnMainThread = (): void => {
      if (finished) return;
      if (queued < batches.length) {
        lintHere(batches[queued++]);
        setImmediate(lintOnMainThread);
      }
    };

    for (let i = 0; i < threads - 1; i++) {
      const worker = new Worker(script.file, { eval: script.eval, workerData: { configs, mode }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.add(worker);
      held.set(worker, new Set());
      worker.on('message', (reply: WorkerReply) => {
        if (finished) return;
        const batch = batches[reply.batch];
        held.get(worker)?.delete(batch);
        if ('error' in reply) lintHere(batch);
        else accept(reply.outcomes);
        feed(worker);
      });
      worker.on('error', () => lose(worker));
      worker.on('exit', () => lose(worker));
      feed(worker);
    }
    setImmediate(lintOnMainThread);
  });
}
