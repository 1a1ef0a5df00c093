/**
 * `npm run fuzz -- [--seed N] [--runs N] [--size BYTES]`: the npm test properties at length, then
 * the adversarial inputs at full size (1 MB by default): the engine's time on each, beyond
 * micromark's tokenizing of it, against a plain paragraph's.
 * Exits 1 on the first failure, printing the seed and the counterexample to replay it.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/index';
import { markdownEvents } from '../../server/src/engine/markdown';
import { adversarialInputs, plainParagraph } from './adversarial';
import { addressRichDocument, anyDocument, seedDocuments } from './arbitraries';
import { CONFIGS, fixAllIsStable, fixAllKeepsWhatTheWriterWrote, fixesPreserveText, lintsCleanly } from './properties';

const { values } = parseArgs({ options: { seed: { type: 'string' }, runs: { type: 'string' }, size: { type: 'string' } } });
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
const runs = values.runs ? Number(values.runs) : 10_000;
const size = values.size ? Number(values.size) : 1_000_000;
const seeds = seedDocuments();
const documents = anyDocument(seeds);

function check<T>(name: string, property: (input: T) => void, numRuns: number, inputs: fc.Arbitrary<T> = documents as unknown as fc.Arbitrary<T>): void {
  const started = performance.now();
  const result = fc.check(fc.property(inputs, property), { seed, numRuns });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    console.error(`✖ ${name}: failed after ${result.numRuns} runs (seed ${seed}, path ${result.counterexamplePath})`);
    console.error(`  counterexample: ${JSON.stringify(result.counterexample)}`);
    console.error(`  ${String(result.errorInstance)}`);
    process.exit(1);
  }
  console.log(`✔ ${name}: ${numRuns} runs in ${seconds} s`);
}

console.log(`fuzz: seed ${seed}, ${runs} runs`);
check('the engine never throws and keeps ranges in the text', lintsCleanly, runs);
check('fixes never overlap and keep the text outside them', fixesPreserveText, Math.ceil(runs / 2));
check('fix-all is stable and idempotent', fixAllIsStable, Math.ceil(runs / 10));
check(
  'fix-all keeps every address and word the writer wrote',
  ([text, config]: [string, (typeof CONFIGS)[number]]) => void fixAllKeepsWhatTheWriterWrote(text, config),
  Math.ceil(runs / 2),
  fc.tuple(addressRichDocument(seeds), fc.constantFrom(...CONFIGS)),
);

const time = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const plainText = plainParagraph(size);
const plain = time(() => lint(plainText));
// What the engine adds to the Markdown tokenizer is what it owns: a run of list items or brackets is
// slow in micromark itself (a container or a label attempt per line or bracket), and
// no change to the engine can make that faster.
console.log(`\nadversarial inputs of ${size} characters, against a plain paragraph (${plain.toFixed(0)} ms); the engine's own time is lint minus micromark's:`);
let slow = false;
for (const [name, text] of adversarialInputs(size)) {
  const taken = time(() => lint(text));
  const parsing = time(() => markdownEvents(text));
  const ratio = (taken - parsing) / plain;
  if (ratio > 40) slow = true;
  console.log(
    `  ${name.padEnd(26)} ${taken.toFixed(0).padStart(7)} ms, micromark ${parsing.toFixed(0).padStart(6)} ms, own ${ratio.toFixed(1).padStart(5)}×${ratio > 40 ? '  ✖ over 40×' : ''}`,
  );
}
process.exit(slow ? 1 : 0);
