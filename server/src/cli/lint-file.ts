import { fix, lint, type ResolvedConfig } from '../engine/index';
import { toFileResult, type LintFileResult } from './results';

/** What the CLI does with each file: lint it, or compute its fixes (to write, or to report). */
export type FixMode = 'none' | 'fix' | 'dry-run';

/** One file to lint: what a worker thread needs, and nothing the main thread must keep. */
export interface LintJob {
  /** Position in the sorted list of inputs: the report follows this order. */
  index: number;
  /** The path as the report shows it. */
  shown: string;
  text: string;
}

export interface LintOutcome {
  index: number;
  result: LintFileResult;
  /** With --fix, the fixed text when it differs from the input. */
  fixed?: string;
}

/** Lints one file as the CLI reports it; the same code runs on the main thread and in workers. */
export function lintJob(job: LintJob, config: ResolvedConfig, mode: FixMode): LintOutcome {
  if (mode === 'none') return { index: job.index, result: toFileResult(job.shown, job.text, lint(job.text, config)) };
  const fixed = fix(job.text, config);
  const result = toFileResult(job.shown, fixed.text, { findings: fixed.remaining });
  const changed = fixed.text !== job.text;
  if (mode === 'dry-run' && changed) result.output = fixed.text;
  return { index: job.index, result, ...(mode === 'fix' && changed ? { fixed: fixed.text } : {}) };
}
