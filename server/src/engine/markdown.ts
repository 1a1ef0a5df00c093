import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

type Syntax = 'table' | 'strikethrough' | 'footnote';

/**
 * What each GFM syntax cannot do without. A document with none of it parses the same with the
 * syntax left out, and faster: the table syntax alone tries every paragraph's first line as a table
 * header, which costs about a third of the parse of a release with no table in it.
 * A table's delimiter row holds a pipe or, in a one-column table (`a` over `:-`), a colon by a hyphen.
 */
const MARKERS: readonly [Syntax, readonly string[]][] = [
  ['table', ['|', ':-', '-:']],
  ['strikethrough', ['~']],
  ['footnote', ['[^']],
];

function remarkGfmWithoutAutolinks(this: Processor, syntaxes: ReadonlySet<Syntax>): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  const micromark = (data.micromarkExtensions ??= []);
  const mdast = (data.fromMarkdownExtensions ??= []);
  micromark.push(gfmTaskListItem());
  mdast.push(gfmTaskListItemFromMarkdown());
  if (syntaxes.has('table')) {
    micromark.push(gfmTable());
    mdast.push(gfmTableFromMarkdown());
  }
  if (syntaxes.has('strikethrough')) {
    micromark.push(gfmStrikethrough());
    mdast.push(gfmStrikethroughFromMarkdown());
  }
  if (syntaxes.has('footnote')) {
    micromark.push(gfmFootnote());
    mdast.push(gfmFootnoteFromMarkdown());
  }
}

/** One processor for each combination of syntaxes met so far (at most eight). */
const processors = new Map<string, Processor<Root>>();

/**
 * Parses the Markdown the engine reads: CommonMark, front matter and GitHub Flavored Markdown
 * without its autolink literals (tables, strikethrough, footnotes and task lists, as remark-gfm
 * adds them), each GFM syntax only when the text holds its marker.
 * Autolink literals are left out on purpose: they rebuild the text around every bare URL or email
 * without source positions, which would lose the place of every finding in such a paragraph.
 * Emails and URLs are read by the recognisers themselves.
 */
export function parseMarkdown(text: string): Root {
  const syntaxes = new Set(MARKERS.filter(([, markers]) => markers.some((marker) => text.includes(marker))).map(([syntax]) => syntax));
  const key = [...syntaxes].join();
  let processor = processors.get(key);
  if (!processor) {
    processor = unified().use(remarkParse).use(remarkGfmWithoutAutolinks, syntaxes).use(remarkFrontmatter, ['yaml', 'toml']) as unknown as Processor<Root>;
    processors.set(key, processor);
  }
  return processor.parse(text);
}

