/**
 * The parse-only floor: every Markdown file under a folder (in path order, one thread) through
 * unified + remark-parse with the plugins the engine uses (server/src/engine/parse.ts), and nothing
 * else. No linter built on this parser can go below this on one thread.
 *
 *   node bench/parse-floor.mjs <folder>
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const root = path.resolve(process.argv[2] ?? '.');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(?:md|markdown)$/.test(name))
  .map((name) => path.join(root, name))
  .sort();
// The same extensions as server/src/engine/markdown.ts (GFM without autolink literals); this script
// runs under plain node, so it names them rather than importing the TypeScript module.
const processor = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()])
  .data('fromMarkdownExtensions', [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()])
  .use(remarkFrontmatter, ['yaml', 'toml']);
let nodes = 0;
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`);
