import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, requireCorpus } from '../helpers/shared';
import { evaluateFolder, scoreTable } from './evaluate';

/** The accuracy the project promises on the labeled corpus (issue: accuracy on real releases). */
const TARGETS = { f1: 0.97, rulesFired: 0.95, falseAlarms: 0 };

describe('labeled corpus (../shared/corpus)', () => {
  before(function () {
    requireCorpus(this);
  });

  let scorecard: ReturnType<typeof evaluateFolder> | undefined;
  const card = () => (scorecard ??= evaluateFolder(CORPUS));

  it('lints and scores every labeled release, and prints the score', () => {
    const labeled = readdirSync(CORPUS).filter((f) => f.endsWith('.json')).length;
    const scored = card();
    assert.equal(scored.files, labeled);
    console.log(scoreTable(scored).replace(/^/gm, '      '));
  });

  it(`reaches F1 ≥ ${TARGETS.f1} on every field`, () => {
    const low = [...card().fields].filter(([, tally]) => tally.f1 < TARGETS.f1).map(([field, tally]) => `${field} ${tally.f1.toFixed(3)}`);
    assert.deepEqual(low, []);
  });

  it(`fires at least ${TARGETS.rulesFired * 100}% of the rules the labels expect, with no false-alarm error`, () => {
    const scored = card();
    assert.ok(scored.firedRules / scored.expectedRules >= TARGETS.rulesFired, `${scored.firedRules}/${scored.expectedRules}: ${JSON.stringify(scored.missedRules)}`);
    assert.deepEqual(scored.falseAlarms, []);
  });

  it('classifies no non-release as a release', () => {
    const wrong = card().misses.filter((m) => m.field === 'isPressRelease' && m.actual === 'true');
    assert.deepEqual(wrong, []);
  });
});

describe('held-out releases (test/eval/holdout, labeled blind by someone who had not read the engine)', () => {
  const HOLDOUT = path.join(__dirname, '..', 'eval', 'holdout');
  let scorecard: ReturnType<typeof evaluateFolder> | undefined;
  const card = () => (scorecard ??= evaluateFolder(HOLDOUT));

  it('fires the rules the labels expect, raises no false-alarm error, and classifies every document right', () => {
    const scored = card();
    console.log(scoreTable(scored).replace(/^/gm, '      '));
    assert.ok(scored.files >= 16);
    assert.ok(scored.firedRules / scored.expectedRules >= TARGETS.rulesFired, JSON.stringify(scored.missedRules));
    assert.deepEqual(scored.falseAlarms, []);
    assert.deepEqual(
      card().misses.filter((m) => m.field === 'isPressRelease'),
      [],
    );
  });

  // One known shortfall, held to its own bound: a README's "Contact" mailbox in a non-release is
  // read as a media contact (README § Accuracy).
  const KNOWN_SHORT: Record<string, number> = { 'mediaContacts.emails': 0.94 };
  it(`reaches F1 ≥ ${TARGETS.f1} on every field but the one known short`, () => {
    const low = [...card().fields].filter(([field, tally]) => tally.f1 < (KNOWN_SHORT[field] ?? TARGETS.f1)).map(([field, tally]) => `${field} ${tally.f1.toFixed(3)}`);
    assert.deepEqual(low, []);
  });
});
