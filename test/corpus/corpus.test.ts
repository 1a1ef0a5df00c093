import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { CORPUS, requireCorpus } from '../helpers/shared';
import { evaluateFolder, scoreTable } from './evaluate';

describe('labeled corpus (../shared/corpus)', function () {
  before(function () {
    requireCorpus(this);
  });

  it('lints and scores every labeled release, and prints the score', () => {
    const labeled = readdirSync(CORPUS).filter((f) => f.endsWith('.json')).length;
    const card = evaluateFolder(CORPUS);
    assert.equal(card.files, labeled);
    console.log(scoreTable(card).replace(/^/gm, '      '));
  });
});
