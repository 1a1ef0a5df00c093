import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { parseMarkdown } from '../../server/src/engine/markdown';
import { seedDocuments } from '../properties/arbitraries';

/** Every GFM syntax the engine reads, always on: what parseMarkdown must equal. */
const everySyntax = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()])
  .data('fromMarkdownExtensions', [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()])
  .use(remarkFrontmatter, ['yaml', 'toml']);

/** Markdown that comes close to a table, strikethrough or footnote, with and without their markers. */
const NEAR_MISSES = [
  'a | b\n-|-\n', 'a\n:-\n', 'a\n-:\n', 'a\n:-:\n', 'a\n: -\n', 'a\n- :\n', ':', '-', 'a  b\n--\n', 'a\n---\n', '| a |\n| - |\n', 'x\n:-:\n', '~~gone~~', '~a~', '~', '[^1]', '[^1]: note\n', '[1]: /url\n', '[^]',
  '- [ ] task\n', '- [x] done\n', '# ', '> ', '1. ', '    code\n', '```\n', '**', '_', '`', '\n', '\n\n', ' ', '\t', 'word', '“quote,” she said.', '---\ntitle: x\n---\n',
];

describe('parseMarkdown', () => {
  it('parses every release as the full GFM parser does', () => {
    for (const text of seedDocuments()) assert.deepEqual(parseMarkdown(text), everySyntax.parse(text));
  });

  it('leaves out only syntaxes whose marker the text lacks, so the tree is the same', () => {
    const document = fc.array(fc.constantFrom(...NEAR_MISSES), { maxLength: 30 }).map((parts) => parts.join(''));
    // The same text with each marker removed, so most runs take the faster paths.
    const stripped = fc.tuple(document, fc.subarray(['|', ':', '~', '^'])).map(([text, markers]) => markers.reduce((t, marker) => t.split(marker).join(''), text));
    fc.assert(
      fc.property(fc.oneof(document, stripped), (text) => {
        assert.deepEqual(parseMarkdown(text), everySyntax.parse(text));
      }),
      { numRuns: 3000 },
    );
  });
});
