import type { Event, Token } from 'micromark-util-types';
import { markdownEvents } from '../markdown';
import { LineIndex } from '../text';
import { inline, leafBlock, rawBlock, type Block, type BlockKind, type FrontMatter, type Inline, type Link } from './blocks';
import { readInlines } from './inlines';

/** The blocks of a stretch of text, offsets and lines relative to its start. */
export interface Chunk {
  blocks: Block[];
  links: Link[];
  frontMatter: FrontMatter | null;
  /** How many top-level nodes it holds: the next chunk's groups are numbered after them. */
  groups: number;
}

/** Block-level tokens that are a node of remark's tree: at the top level, each is one group. */
const FLOW_NODES = new Set([
  'paragraph',
  'atxHeading',
  'setextHeading',
  'table',
  'listOrdered',
  'listUnordered',
  'blockQuote',
  'codeFenced',
  'codeIndented',
  'htmlFlow',
  'thematicBreak',
  'definition',
  'yaml',
  'toml',
  'gfmFootnoteDefinition',
]);
const CONTAINERS: Record<string, Block['container']> = { blockQuote: 'blockquote', listOrdered: 'listItem', listUnordered: 'listItem' };
const RAW_KINDS: Record<string, BlockKind> = {
  codeFenced: 'code',
  codeIndented: 'code',
  htmlFlow: 'html',
  thematicBreak: 'thematicBreak',
  yaml: 'frontmatter',
  toml: 'frontmatter',
};

/** Reads a chunk's blocks from micromark's events, in one pass. */
export function parseChunk(text: string): Chunk {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const links: Link[] = [];
  let frontMatter: FrontMatter | null = null;
  // micromark reads a NUL as U+FFFD but then counts its offsets awry; the same character in its
  // place (one code unit for one) keeps every offset true.
  const tokenized = text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text;
  let events: Event[];
  try {
    events = markdownEvents(tokenized);
  } catch (error) {
    // Markdown nested thousands of levels deep (10,000 `>` on a line) overflows the parser's
    // recursion. Such a document is read as plain lines instead, so linting still answers.
    if (!(error instanceof RangeError)) throw error;
    let groups = 0;
    for (let line = 1; line <= lines.lineCount; line++) {
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      const value = text.slice(start, end);
      if (!value.trim()) continue;
      const node = { ...inline('text', start), end, value };
      blocks.push(leafBlock(lines, links, 'paragraph', 0, groups++, 'root', start, end, [node]));
    }
    return { blocks, links, frontMatter, groups };
  }

  // A token's text as remark reads it: a line break in a container is the break alone, not the
  // `> ` after it. (parse() hands no chunk that opens with a byte-order mark, which micromark skips.)
  const slice = (token: Token): string => {
    const start = token.start.offset;
    if (token.type === 'lineEnding') return tokenized.charCodeAt(start) === 13 && tokenized.charCodeAt(start + 1) === 10 ? '\r\n' : tokenized[start];
    return tokenized.slice(start, token.end.offset);
  };
  /** The index of the exit event of the token entered at `index`. */
  const exitOf = (index: number): number => {
    const token = events[index][1];
    let j = index + 1;
    while (events[j][1] !== token) j++;
    return j;
  };
  const reader = { events, slice, exitOf };

  // The block quotes and lists open around the current event, innermost last.
  const containers: Block['container'][] = [];
  let group = -1;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i];
    const type: string = token.type;
    if (kind === 'exit') {
      if (type in CONTAINERS) containers.pop();
      continue;
    }
    if (!FLOW_NODES.has(type)) continue;
    if (containers.length === 0) group++;
    const container = containers.length ? containers[containers.length - 1] : 'root';
    const start = token.start.offset;
    const end = token.end.offset;
    if (type in CONTAINERS) {
      containers.push(CONTAINERS[type]);
    } else if (type in RAW_KINDS) {
      const block = rawBlock(tokenized, lines, RAW_KINDS[type], group, container, start, end);
      blocks.push(block);
      const close = exitOf(i);
      if (type === 'yaml' || type === 'toml') frontMatter = { raw: frontMatterValue(i, close), format: type, span: { start, end } };
      i = close;
    } else if (type === 'definition' || type === 'gfmFootnoteDefinition') {
      // Definitions and footnote definitions carry no release part.
      i = exitOf(i);
    } else if (type === 'paragraph') {
      const close = exitOf(i);
      const { children, taskItem } = readInlines(reader, i + 1, close, 'paragraph');
      let paragraphStart = start;
      // A task list item's paragraph starts after its check box and the space after it.
      const head = children[0];
      if (taskItem && head?.type === 'text') {
        head.value = head.value.slice(1);
        head.pieces = head.pieces.map(([offset, from, to], k) => (k === 0 ? [0, from + 1, to] : [offset - 1, from, to]));
        if (!head.value) children.shift();
        else paragraphStart = ++head.start;
      }
      blocks.push(leafBlock(lines, links, 'paragraph', 0, group, container, paragraphStart, end, children));
      i = close;
    } else if (type === 'atxHeading' || type === 'setextHeading') {
      const close = exitOf(i);
      let depth = 0;
      let children: Inline[] = [];
      for (let j = i + 1; j < close; j++) {
        const [innerKind, inner] = events[j];
        if (innerKind !== 'enter') continue;
        if (inner.type === 'atxHeadingSequence' && !depth) depth = slice(inner).length;
        else if (inner.type === 'setextHeadingLineSequence') depth = tokenized.charCodeAt(inner.start.offset) === 61 ? 1 : 2;
        else if (inner.type === 'atxHeadingText' || inner.type === 'setextHeadingText') {
          const textEnd = exitOf(j);
          children = readInlines(reader, j + 1, textEnd, 'heading').children;
          j = textEnd;
        }
      }
      blocks.push(leafBlock(lines, links, 'heading', depth, group, container, start, end, children));
      i = close;
    } else if (type === 'table') {
      // Each row is a block: its cells' text joined by ` | `.
      const close = exitOf(i);
      for (let j = i + 1; j < close; j++) {
        if (events[j][0] !== 'enter' || events[j][1].type !== 'tableRow') continue;
        const rowEnd = exitOf(j);
        const cells: Inline[] = [];
        let cellCount = 0;
        for (let k = j + 1; k < rowEnd; k++) {
          const [cellKind, cell] = events[k];
          if (cellKind !== 'enter' || (cell.type !== 'tableHeader' && cell.type !== 'tableData')) continue;
          const cellEnd = exitOf(k);
          if (cellCount++ > 0) cells.push({ ...inline('text', -1), value: ' | ', positioned: false });
          for (let m = k + 1; m < cellEnd; m++) {
            if (events[m][0] === 'enter' && events[m][1].type === 'tableContent') {
              const contentEnd = exitOf(m);
              cells.push(...readInlines(reader, m + 1, contentEnd, 'tableCell').children);
              m = contentEnd;
            }
          }
          k = cellEnd;
        }
        blocks.push(leafBlock(lines, links, 'tableRow', 0, group, container, events[j][1].start.offset, events[j][1].end.offset, cells));
        j = rowEnd;
      }
      i = close;
    }
  }
  return { blocks, links, frontMatter, groups: group + 1 };

  /** The front matter's value: its lines between the fences, as remark reads it. */
  function frontMatterValue(from: number, to: number): string {
    let value = '';
    for (let j = from + 1; j < to; j++) {
      const [kind, token] = events[j];
      const type: string = token.type;
      if (kind === 'exit' && (type === 'lineEnding' || type === 'yamlValue' || type === 'tomlValue')) value += slice(token);
    }
    return value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '');
  }
}
