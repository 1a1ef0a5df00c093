import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';
import { adversarialInputs, plainParagraph } from './adversarial';
import { lintsCleanly } from './properties';

/**
 * The one timed check in npm test, because linear time is a property the engine promises: each
 * adversarial input is timed against a plain paragraph of the same size, measured in the same run
 * (best of two), with a generous bound, and at two sizes so that quadratic growth shows.
 * `npm run fuzz` repeats it at 1 MB and prints the numbers.
 */
const SIZE = 8_000;
const BOUND = 40;

function fastest(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    lint(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('adversarial inputs', function () {
  this.timeout(300_000);
  for (const [name, text] of adversarialInputs(SIZE)) {
    it(`${name}: lints cleanly, in time proportional to its size`, () => {
      lintsCleanly(text);
      const plain = fastest(plainParagraph(SIZE));
      const taken = fastest(text);
      assert.ok(taken <= BOUND * plain + 50, `${taken.toFixed(0)} ms, ${(taken / plain).toFixed(1)}× a plain paragraph of the same size (bound ${BOUND}×)`);
      const [, double] = adversarialInputs(SIZE * 2).find(([n]) => n === name)!;
      const doubled = fastest(double);
      assert.ok(doubled <= 3.5 * taken + 50, `twice the size took ${(doubled / taken).toFixed(1)}× as long: not linear`);
    });
  }
});
