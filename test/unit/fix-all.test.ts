import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fix, presetLayer, resolveConfig, PRESET_NAMES } from '../../server/src/engine/index';
import { projectDocuments } from '../helpers/documents';
import { fixAllKeepsWhatTheWriterWrote } from '../properties/properties';

// Every document the project holds, under every preset, taken as a release so that every rule's
// fix runs: fix-all converges, leaves nothing fixable, is idempotent, and keeps every web and email
// address byte for byte and every word in order (test/properties/properties.ts says what may change).
describe('fix all', () => {
  for (const preset of PRESET_NAMES) {
    const config = resolveConfig([presetLayer(preset), { source: 'test', config: { releaseDetection: 'always' } }]);
    it(`keeps what the writer wrote, converges and leaves no fixable problem (preset ${preset})`, function () {
      const files = projectDocuments();
      assert.ok(files.length > 10);
      // The corpus grows with every batch: a budget per document (not a timed assertion; a hang
      // still fails), so that a busy CI machine does not time out a run that is only long.
      this.timeout(60_000 + files.length * 60);
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

describe('fix all beside a part in another form', () => {
  it('adds no media contact skeleton where an email for the public is given, though the skeletons it appends push that email out of the closing half', () => {
    // Said to be a release, so that fix-all writes the skeletons of its missing parts.
    const text =
      'FOR IMMEDIATE RELEASE\n\n# Hill Library Opens on Sundays\n\nBRISTOL, Vt., Oct. 2, 2026 – The Hill Library will open on Sundays from November, the first library in the county to do so.\n\n“Sunday is the one day many families can come together,” said Alma Reyes, the head librarian.\n\nThe library will open from noon to 5 p.m. For more information, write to the library at info@hill-library.example.\n';
    const fixed = fix(text).text;
    assert.ok(fixed.includes('## Background'), 'the missing parts are still inserted');
    assert.ok(!fixed.includes('## Media contact'), fixed);
  });
});

describe('fix all on a page with no prose at its top', () => {
  it('puts the lead in where it is read back: one lead, though the page’s top is a full window of list items and short lines', () => {
    const items = Array.from({ length: 12 }, (_, i) => `- Session ${i + 1}: Node.js in production _with_ Ana Veld, Engineer at Acme`).join('\n');
    const text = `Frontend Session Highlights:\n\n${items}\n\nBackend Session Highlights:\n\n- Microservices\n\nana@acme.example\n\n API Pitfalls, Can You Spot Them? _with_ Sam Lee, Developer at Acme\n\n- Resource Management\n\nIoT Session Highlights:\n`;
    const config = resolveConfig([presetLayer('ap'), { source: 'test', config: { releaseDetection: 'always' } }]);
    fixAllKeepsWhatTheWriterWrote(text, config);
    const fixed = fix(text, config).text;
    assert.equal(fixed.split('[Lead:').length - 1, 1, fixed);
  });
});
