import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { presetLayer, resolveConfig, PRESET_NAMES } from '../../server/src/engine/index';
import { projectDocuments } from '../helpers/documents';
import { fixAllKeepsWhatTheWriterWrote } from '../properties/properties';

// Every document the project holds, under every preset, taken as a release so that every rule's
// fix runs: fix-all converges, leaves nothing fixable, is idempotent, and keeps every web and email
// address byte for byte and every word in order (test/properties/properties.ts says what may change).
describe('fix all', function () {
  this.timeout(120_000);
  for (const preset of PRESET_NAMES) {
    const config = resolveConfig([presetLayer(preset), { source: 'test', config: { releaseDetection: 'always' } }]);
    it(`keeps what the writer wrote, converges and leaves no fixable problem (preset ${preset})`, () => {
      const files = projectDocuments();
      assert.ok(files.length > 10);
      for (const file of files) {
        try {
          fixAllKeepsWhatTheWriterWrote(readFileSync(file, 'utf8'), config);
        } catch (error) {
          throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
        }
      }
    });
  }
});
