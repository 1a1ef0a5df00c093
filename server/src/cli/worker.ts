/**
 * A lint worker thread (bundled as dist/cli-worker.js): receives batches of files with the index of
 * their configuration, answers with their results. It reads and writes nothing itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../engine/index';
import { lintJob, type FixMode, type LintOutcome } from './lint-file';
import type { WorkerBatch, WorkerReply } from './pool';

const { configs, mode } = workerData as { configs: ResolvedConfig[]; mode: FixMode };

parentPort!.on('message', (batch: WorkerBatch) => {
  let reply: WorkerReply;
  try {
    const outcomes: LintOutcome[] = batch.jobs.map((job) => lintJob(job, configs[job.config], mode));
    reply = { batch: batch.id, outcomes };
  } catch (error) {
    reply = { batch: batch.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
