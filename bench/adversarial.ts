/**
 * 4. Adversarial inputs: every input of test/properties/adversarial.ts at 256 KB and 1 MB, as a
 * release (front matter `type: press-release`, so every rule runs), linted by `pressroom lint` and
 * by markdownlint-cli2, alternating: the 1 MB time of each, their ratio, and pressroom's growth from
 * 256 KB to 1 MB (4× the input; linear is about 4×).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adversarialInputs } from '../test/properties/adversarial';
import { CLI, MARKDOWNLINT, log, median, seconds } from './common';
import { measure } from './cli-throughput';

export interface AdversarialRow {
  input: string;
  /** Wall time in ms, median of the rounds. */
  pressroom256: number;
  pressroom1m: number;
  markdownlint1m: number;
  /** markdownlint-cli2 was stopped at the time limit: its time is at least markdownlint1m. */
  markdownlintTimedOut: boolean;
}

/** A run longer than this is stopped; the table shows its time as a lower bound. */
const TIME_LIMIT_MS = 60_000;

const SIZES = { small: 256 * 1024, large: 1024 * 1024 };
const ROUNDS = 2;

export async function benchAdversarial(work: string): Promise<AdversarialRow[]> {
  const folder = path.join(work, 'adversarial');
  mkdirSync(folder, { recursive: true });
  const rows: AdversarialRow[] = [];
  const small = adversarialInputs(SIZES.small);
  const large = adversarialInputs(SIZES.large);
  for (const [index, [input, text]] of large.entries()) {
    const files = {
      small: path.join(folder, `${index}-256k.md`),
      large: path.join(folder, `${index}-1m.md`),
    };
    writeFileSync(files.small, `---\ntype: press-release\n---\n\n${small[index][1]}\n`);
    writeFileSync(files.large, `---\ntype: press-release\n---\n\n${text}\n`);
    const times = { pressroom256: [] as number[], pressroom1m: [] as number[], markdownlint1m: [] as number[] };
    let timedOut = false;
    for (let round = 0; round < ROUNDS; round++) {
      const out = path.join(folder, `${index}-${round}`);
      const runs: [keyof typeof times, string, string[]][] = [
        ['pressroom1m', CLI, ['lint', files.large]],
        ['markdownlint1m', MARKDOWNLINT, [files.large]],
        ['pressroom256', CLI, ['lint', files.small]],
      ];
      for (const [key, program, args] of round % 2 === 0 ? runs : [...runs].reverse()) {
        // Once markdownlint-cli2 hit the limit on an input, once is enough.
        if (key === 'markdownlint1m' && timedOut) continue;
        const run = await measure(program, args, folder, `${out}-${key}`, {}, TIME_LIMIT_MS);
        if (run.timedOut) {
          if (key === 'markdownlint1m') timedOut = true;
          else throw new Error(`pressroom ran past ${TIME_LIMIT_MS / 1000} s on “${input}”`);
        } else if (run.exitCode > 1)
          throw new Error(`${path.basename(program)} exited ${run.exitCode} on “${input}”: ${readFileSync(`${out}-${key}.stderr`, 'utf8').slice(0, 500)}`);
        times[key].push(run.wallMs);
      }
    }
    const row = {
      input,
      pressroom256: median(times.pressroom256),
      pressroom1m: median(times.pressroom1m),
      markdownlint1m: median(times.markdownlint1m),
      markdownlintTimedOut: timedOut,
    };
    log(`  ${input}: pressroom ${seconds(row.pressroom1m)} (256 KB ${seconds(row.pressroom256)}), markdownlint-cli2 ${timedOut ? '> ' : ''}${seconds(row.markdownlint1m)}`);
    rows.push(row);
  }
  return rows;
}
