import { parse, postprocess, preprocess } from 'micromark';
import type { Event, Extension } from 'micromark-util-types';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

type Syntax = 'table' | 'strikethrough' | 'footnote';

/**
 * What each GFM syntax cannot do without. A document with none of it parses the same with the
 * syntax left out, and faster: the table syntax alone tries every paragraph's first line as a table
 * header, which costs about a third of the parse of a release with no table in it.
 * A table's delimiter row holds a pipe or, in a one-column table (`a` over `:-`), a colon by a hyphen.
 */
const MARKERS: readonly [Syntax, readonly string[], () => Extension][] = [
  ['table', ['|', ':-', '-:'], gfmTable],
  ['strikethrough', ['~'], () => gfmStrikethrough()],
  ['footnote', ['[^'], gfmFootnote],
];

/** The extensions for each combination of syntaxes met so far (at most eight). */
const extensionSets = new Map<string, Extension[]>();

/**
 * Tokenizes the Markdown the engine reads with micromark, the parser inside remark-parse:
 * CommonMark, front matter and GitHub Flavored Markdown without its autolink literals (tables,
 * strikethrough, footnotes and task lists), each GFM syntax only when the text holds its marker.
 *
 * The engine reads micromark's events rather than remark's mdast tree: building the tree cost a
 * quarter of the parse and most of what it allocated, for nodes the engine turned into blocks at
 * once (parse.ts). test/unit/blocks.test.ts holds the blocks equal to those built from the tree.
 * Autolink literals are left out on purpose: they rebuild the text around every bare URL or email
 * without source positions. Emails and URLs are read by the recognisers themselves.
 */
export function markdownEvents(text: string): Event[] {
  const syntaxes = MARKERS.filter(([, markers]) => markers.some((marker) => text.includes(marker)));
  const key = syntaxes.map(([syntax]) => syntax).join();
  let extensions = extensionSets.get(key);
  if (!extensions) {
    extensions = [gfmTaskListItem(), frontmatter(['yaml', 'toml']), ...syntaxes.map(([, , extension]) => extension())];
    extensionSets.set(key, extensions);
  }
  return postprocess(
    parse({ extensions })
      .document()
      .write(preprocess()(text, undefined, true)),
  );
}
