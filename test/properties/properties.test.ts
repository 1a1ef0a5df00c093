import fc from 'fast-check';
import { anyDocument, seedDocuments } from './arbitraries';
import { fixAllIsStable, fixesPreserveText, lintsCleanly } from './properties';

// Bounded and reproducible in npm test; `npm run fuzz -- --seed N --runs N` runs the same properties at length.
const SEED = 20261128;
const seeds = seedDocuments();

describe('properties (fast-check, fixed seed)', function () {
  this.timeout(120_000);
  it('the engine never throws and keeps every range inside the text', () => {
    fc.assert(fc.property(anyDocument(seeds), lintsCleanly), { seed: SEED, numRuns: 300 });
  });
  it('fixes never overlap and keep every character outside their ranges', () => {
    fc.assert(fc.property(anyDocument(seeds), fixesPreserveText), { seed: SEED, numRuns: 200 });
  });
  it('fix-all leaves nothing fixable and is idempotent', () => {
    fc.assert(fc.property(anyDocument(seeds), fixAllIsStable), { seed: SEED, numRuns: 60 });
  });
});
