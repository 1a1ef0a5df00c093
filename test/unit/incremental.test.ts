import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, ParseCache } from '../../server/src/engine/parse';
import { seedDocuments } from '../properties/arbitraries';

/** A large document: real releases one after another, with the Markdown forms that span blank lines. */
function largeDocument(): string {
  const extras = [
    '```\ncode\n\nstill code\n```\n',
    '- a loose list\n\n- of items\n\n  with a continuation\n',
    '<!--\ncomment\n\nstill comment\n-->\n',
    '> a quote\n\n> another quote\n',
    '    indented code\n\n    more code\n',
    '| a | b |\n|---|---|\n| c | d |\n',
  ];
  let text = '---\ntitle: Many releases\n---\n\n';
  const seeds = seedDocuments();
  for (let i = 0; text.length < 40_000; i++) text += `${seeds[i % seeds.length].replace(/^---[\s\S]*?\n---\n/, '')}\n\n${extras[i % extras.length]}\n`;
  return text;
}

const view = (text: string, cache?: ParseCache) => {
  const { blocks, links, frontMatter } = parse(text, cache);
  return { blocks, links, frontMatter };
};

describe('incremental parsing', function () {
  this.timeout(120_000);
  const base = largeDocument();

  it('parses a large document in chunks exactly as whole', () => {
    assert.deepEqual(view(base, new ParseCache()), view(base));
  });

  it('parses each release of a few kilobytes in chunks exactly as whole', function () {
    // Shorter documents are parsed whole even with a cache; the releases long enough to be chunked
    // come from the shared corpus.
    const chunked = seedDocuments().filter((release) => release.length >= 4096);
    if (chunked.length === 0) this.skip();
    for (const release of chunked) assert.deepEqual(view(release, new ParseCache()), view(release));
  });

  it('stays exact through a series of random edits with one cache', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.constantFrom('', 'x', ' ', '\n', '\n\n', '- ', '```', '“', '<!--', '# ', '\r\n') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = new ParseCache();
        let text = base;
        view(text, cache);
        for (const { at, remove, insert } of edits) {
          const offset = at % text.length;
          text = text.slice(0, offset) + insert + text.slice(offset + remove);
          assert.deepEqual(view(text, cache), view(text));
        }
      }),
      { seed: 20261128, numRuns: 8 },
    );
  });
});
