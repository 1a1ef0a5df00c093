import fc from 'fast-check';
import { addressRichDocument, anyDocument, seedDocuments } from './arbitraries';
import { CONFIGS, fixAllIsStable, fixAllKeepsWhatTheWriterWrote, fixesPreserveText, lintsCleanly } from './properties';

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

describe('fix-all keeps what the writer wrote (addresses byte for byte, words in order)', function () {
  this.timeout(300_000);
  // Every document the project holds, under every preset: test/unit/fix-all.test.ts.
  it('on 5,000 releases with addresses and names put in (seeded; the seed and the document are printed on failure)', () => {
    const documents = fc.tuple(addressRichDocument(seeds), fc.constantFrom(...CONFIGS));
    fc.assert(
      fc.property(documents, ([text, config]) => void fixAllKeepsWhatTheWriterWrote(text, config)),
      { seed: SEED, numRuns: 5000 },
    );
  });
});
