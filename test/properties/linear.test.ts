import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';
import { adversarialInputs, plainParagraph } from './adversarial';
import { CONFIGS, lintsCleanly } from './properties';

/**
 * The one timed check in npm test, because linear time is a property the engine promises. Each
 * adversarial input is linted at two sizes, four times apart: linear work takes about 4× as long,
 * quadratic work 16×, and the bound of 9× sits between with room for a noisy machine (best of
 * three runs each, and up to three attempts). As a sanity check, each is also compared with a plain paragraph of the same
 * size, with a wide bound. `npm run fuzz` repeats the comparison at 1 MB and prints the numbers.
 */
// Large enough that quadratic work shows above the fixed costs: a check of every capitalised word
// against every earlier mention took 10× as long at 4× this size (and 131 s on 1 MB) before it was
// made one pass; at 8 KB it hid in the noise.
const SIZE = 32_000;
const GROWTH = 4;
const GROWTH_BOUND = 9;
const PLAIN_BOUND = 100;

// The `ap` preset taken as a release: every rule runs, the house-style rules too.
const EVERY_RULE = CONFIGS[1];

function fastest(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    lint(text, EVERY_RULE);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('adversarial inputs', function () {
  this.timeout(300_000);
  const larger = new Map(adversarialInputs(SIZE * GROWTH));
  for (const [name, text] of adversarialInputs(SIZE)) {
    it(`${name}: lints cleanly, in time that grows linearly with its size`, () => {
      lintsCleanly(text);
      // A busy machine can spoil one measurement; quadratic work fails every attempt, noise does not.
      let taken = 0;
      let grown = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 3 && grown > GROWTH_BOUND * taken + 20; attempt++) {
        taken = fastest(text);
        grown = fastest(larger.get(name)!);
      }
      assert.ok(
        grown <= GROWTH_BOUND * taken + 20,
        `${GROWTH}× the size took ${(grown / taken).toFixed(1)}× as long (${taken.toFixed(0)} → ${grown.toFixed(0)} ms), three times: not linear`,
      );
      const plain = fastest(plainParagraph(SIZE * GROWTH));
      assert.ok(grown <= PLAIN_BOUND * plain + 50, `${grown.toFixed(0)} ms, ${(grown / plain).toFixed(1)}× a plain paragraph of the same size`);
    });
  }
});
