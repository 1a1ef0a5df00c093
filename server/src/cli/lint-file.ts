import { fix, lint, type ResolvedConfig } from '../engine/index';
import { decodeText } from '../node/text-files';
import { toFileResult, type LintFileResult } from './results';

/** What the CLI does with each file: lint it, or compute its fixes (to write, or to report). */
export type FixMode = 'none' | 'fix' | 'dry-run';

/** One file to lint: what a worker thread needs, and nothing the main thread must keep. */
export interface LintJob {
  /** Position in the sorted list of inputs: the report follows this order. */
  index: number;
  /** The path as the report shows it. */
  shown: string;
  /** The file's UTF-8 bytes (checked): a worker gets a copy of these rather than of a string twice the size. */
  bytes: Uint8Array;
}

export interface LintOutcome {
  index: number;
  result: LintFileResult;
  /** With --fix, the fixed text when it differs from the input. */
  fixed?: string;
}

/** Lints one file as the CLI reports it; the same code runs on the main thread and in workers. */
export function lintJob(job: LintJob, config: ResolvedConfig, mode: FixMode): LintOutcome {
  const text = decodeText(job.bytes);
  if (mode === 'none') return { index: job.index, result: toFileResult(job.shown, text, lint(text, config)) };
  const fixed = fix(text, config);
  const result = toFileResult(job.shown, fixed.text, { findings: fixed.remaining });
  const changed = fixed.text !== text;
  if (mode === 'dry-run' && changed) result.output = fixed.text;
  return { index: job.index, result, ...(mode === 'fix' && changed ? { fixed: fixed.text } : {}) };
}
