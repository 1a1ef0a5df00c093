import assert from 'node:assert/strict';
import fc from 'fast-check';
import { inInlineCode, parse, sourceOffset, type Block } from '../../server/src/engine/parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readTree } from '../../server/src/engine/parse/tree';
import { mdastChunk } from '../helpers/mdast-blocks';
import { anyDocument, seedDocuments } from '../properties/arbitraries';

/**
 * The engine reads micromark's events, with each GFM syntax only when its marker occurs; these
 * tests hold its blocks equal to those built from remark's mdast tree with every syntax on.
 */
// Blocks are compared by where each character of their text comes from, not by how the segments
// that record it are cut: the engine and the tree reader may cut one stretch in two.
const mapping = (block: Block) => Array.from({ length: block.text.length }, (_, k) => sourceOffset(block, k));
const withoutSegments = (blocks: readonly Block[]) => blocks.map(({ segments, ...rest }) => ({ ...rest, mapping: mapping({ segments, ...rest }) }));
const view = (text: string) => {
  const { blocks, links, frontMatter } = parse(text);
  return { blocks: withoutSegments(blocks), links, frontMatter };
};
// micromark miscounts offsets after a NUL, so the engine reads a NUL as the U+FFFD that remark's
// text has in its place; the tree it is held to is built the same way.
const oracle = (text: string) => {
  const { blocks, links, frontMatter } = mdastChunk(text.replaceAll('\0', '\uFFFD'));
  return { blocks: withoutSegments(blocks), links, frontMatter };
};

/**
 * Every character of a block's text maps back to the same character of the source, save what is
 * not there as such: inline code's value, a decoded character reference, the break of a hard line
 * break, and the spaces and ` | ` the engine adds between a link and a word or between cells.
 */
function mappedExactly(text: string, blocks: readonly Block[] = parse(text).blocks): void {
  const source = text.replaceAll('\0', '\uFFFD');
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'tableRow') continue;
    for (let k = 0; k < block.text.length; k++) {
      const character = block.text[k];
      const mapped = source[sourceOffset(block, k)];
      if (mapped === character || inInlineCode(block, k, k + 1) || mapped === '&' || character === ' ' || character === '|' || character === '\n') continue;
      assert.fail(`${block.kind} at ${block.start}: “${character}” (text offset ${k}) maps to “${mapped}” at ${sourceOffset(block, k)}`);
    }
  }
}

/** Markdown that comes close to a table, strikethrough or footnote, and the inline forms remark merges or drops. */
const FRAGMENTS = [
  'a | b\n-|-\n',
  'a\n:-\n',
  'a\n-:\n',
  'a\n:-:\n',
  'a\n: -\n',
  'a\n- :\n',
  ':',
  '-',
  '|',
  'a  b\n--\n',
  'a\n---\n',
  '| a |\n| - |\n',
  '| `a\\|b` | c \\| d |\n|---|---|\n',
  '~~gone~~',
  '~a~',
  '~',
  '[^1]',
  '[^1]: note\n',
  '[1]: /url\n',
  '[^]',
  '- [ ] task\n',
  '- [x] done\n',
  '* [X] ',
  '[x]',
  '# ',
  '## Head ##\n',
  'Title\n===\n',
  'Sub\n---\n',
  '> ',
  '1. ',
  '    code\n',
  '```\n',
  '~~~\n',
  '**',
  '__',
  '*',
  '_',
  '`',
  '``',
  '\n',
  '\n\n',
  ' ',
  '  \n',
  '\\\n',
  '\t',
  'word',
  'Word',
  '“quote,” she said.',
  '---\ntitle: x\n---\n',
  '+++\na = 1\n+++\n',
  '&amp;',
  '&#38;',
  '&#x26;',
  '&copy;',
  '&nope;',
  '\\*',
  '\\',
  '[link](http://x.y "t")',
  '[ref][r]',
  '[r]',
  '[r]: /u "t"\n',
  '![img](i.png)',
  '![alt [x](y)](z)',
  '[a ![i](j) b](k)',
  '<http://a.b>',
  '<me@a.b>',
  '<b>',
  '</b>',
  '<!-- c -->',
  '<div>\n',
  '***',
  '<br>',
  '\r\n',
  '\r',
  'é',
  '😀',
  '-\t',
  '>\t',
  '\t\t',
  '\0',
];
const markdown = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));

/** remark with GFM as users run it (autolink literals on) and front matter: the remark plugin's trees. */
const remarkGfmPipeline = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
const AUTOLINK_FRAGMENTS = [
  'www.acme.example',
  'ann@acme.example',
  'https://acme.example/a?b=c',
  'http://x.example.',
  ' ',
  '\n',
  '(',
  ')',
  '*',
  '~',
  '\\',
  '# ',
  '> ',
  '- ',
  '| a |\n|---|\n',
  '&amp;',
  '[a](b)',
];
const autolinkMarkdown = fc.array(fc.oneof(fc.constantFrom(...AUTOLINK_FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('blocks from micromark events', function () {
  this.timeout(120_000);

  it('are the blocks remark’s tree gives, for every release at hand', () => {
    for (const text of seedDocuments()) {
      assert.deepEqual(view(text), oracle(text));
      mappedExactly(text);
    }
  });

  it('are the blocks remark’s tree gives, for random Markdown', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        assert.deepEqual(view(text), oracle(text));
        mappedExactly(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('are the blocks remark’s tree gives, for damaged releases and random text', () => {
    fc.assert(
      fc.property(anyDocument(seedDocuments()), (text) => {
        assert.deepEqual(view(text), oracle(text));
        mappedExactly(text);
      }),
      { numRuns: 500 },
    );
  });

  // With autolink literals on, remark-gfm can read other syntax than parse(), which reads none: a
  // literal takes a closing `*` or a link glued to it. The plugin reads the document as the
  // pipeline parsed it (its corpus test holds the two equal on real documents); what must hold
  // for any text is that the tree is read and every character is placed where it stands.
  it('are read from the tree remark-gfm builds, autolink literals included, each character where it stands', () => {
    fc.assert(
      fc.property(autolinkMarkdown, (source) => {
        const text = source.replaceAll('\0', '\uFFFD');
        const document = readTree(text, remarkGfmPipeline.parse(text));
        assert.ok(document, 'the tree is read');
        mappedExactly(text, document.blocks);
      }),
      // Found by this property: a literal that opens a block quote's line after a hard break.
      { numRuns: 3000, examples: [['> \\\n> !www.acme.example']] },
    );
  });
});
