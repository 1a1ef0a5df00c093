import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/engine/parse';
import { mdastChunk } from '../helpers/mdast-blocks';
import { anyDocument, seedDocuments } from '../properties/arbitraries';

/**
 * The engine reads micromark's events, with each GFM syntax only when its marker occurs; these
 * tests hold its blocks equal to those built from remark's mdast tree with every syntax on.
 */
const view = (text: string) => {
  const { blocks, links, frontMatter } = parse(text);
  return { blocks, links, frontMatter };
};
// micromark miscounts offsets after a NUL, so the engine reads a NUL as the U+FFFD that remark's
// text has in its place; the tree it is held to is built the same way.
const oracle = (text: string) => {
  const { blocks, links, frontMatter } = mdastChunk(text.replaceAll('\0', '\uFFFD'));
  return { blocks, links, frontMatter };
};

/** Markdown that comes close to a table, strikethrough or footnote, and the inline forms remark merges or drops. */
const FRAGMENTS = [
  'a | b\n-|-\n', 'a\n:-\n', 'a\n-:\n', 'a\n:-:\n', 'a\n: -\n', 'a\n- :\n', ':', '-', '|', 'a  b\n--\n', 'a\n---\n', '| a |\n| - |\n', '| `a\\|b` | c \\| d |\n|---|---|\n',
  '~~gone~~', '~a~', '~', '[^1]', '[^1]: note\n', '[1]: /url\n', '[^]', '- [ ] task\n', '- [x] done\n', '* [X] ', '[x]', '# ', '## Head ##\n', 'Title\n===\n', 'Sub\n---\n',
  '> ', '1. ', '    code\n', '```\n', '~~~\n', '**', '__', '*', '_', '`', '``', '\n', '\n\n', ' ', '  \n', '\\\n', '\t', 'word', 'Word', '“quote,” she said.',
  '---\ntitle: x\n---\n', '+++\na = 1\n+++\n', '&amp;', '&#38;', '&#x26;', '&copy;', '&nope;', '\\*', '\\', '[link](http://x.y "t")', '[ref][r]', '[r]', '[r]: /u "t"\n',
  '![img](i.png)', '![alt [x](y)](z)', '[a ![i](j) b](k)', '<http://a.b>', '<me@a.b>', '<b>', '</b>', '<!-- c -->', '<div>\n', '***', '<br>', '\r\n', '\r', 'é', '😀', '-\t', '>\t', '\t\t', '\0',
];
const markdown = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('blocks from micromark events', function () {
  this.timeout(120_000);

  it('are the blocks remark’s tree gives, for every release at hand', () => {
    for (const text of seedDocuments()) assert.deepEqual(view(text), oracle(text));
  });

  it('are the blocks remark’s tree gives, for random Markdown', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        assert.deepEqual(view(text), oracle(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('are the blocks remark’s tree gives, for damaged releases and random text', () => {
    fc.assert(
      fc.property(anyDocument(seedDocuments()), (text) => {
        assert.deepEqual(view(text), oracle(text));
      }),
      { numRuns: 500 },
    );
  });
});
