/**
 * The engine's blocks as they were built from remark's mdast tree, before the engine read
 * micromark's events directly: the oracle that test/unit/blocks.test.ts holds parse() to.
 */
import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import type { Block, BlockKind, Link, ParsedDocument } from '../../server/src/engine/parse';
import { LineIndex, type Span } from '../../server/src/engine/text';
import { parseMarkdown } from './markdown-tree';

export interface MdastChunk {
  blocks: Block[];
  links: Link[];
  frontMatter: ParsedDocument['frontMatter'];
  groups: number;
}

/**
 * Markdown nested thousands of levels deep (10,000 `>` on a line) overflows the parser's
 * recursion. Such a document is read as plain lines instead, so linting still answers.
 */
function parseTree(text: string): Root {
  try {
    return parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const children: Root['children'] = [];
    const lineIndex = new LineIndex(text);
    for (let line = 1; line <= lineIndex.lineCount; line++) {
      const start = lineIndex.lineStart(line);
      const end = lineIndex.lineEnd(line);
      const value = text.slice(start, end);
      if (!value.trim()) continue;
      const position = { start: { line, column: 1, offset: start }, end: { line, column: end - start + 1, offset: end } };
      children.push({ type: 'paragraph', position, children: [{ type: 'text', value, position }] });
    }
    return { type: 'root', children };
  }
}

export function mdastChunk(text: string): MdastChunk {
  const lines = new LineIndex(text);
  const tree = parseTree(text);
  const blocks: Block[] = [];
  const links: Link[] = [];
  let frontMatter: ParsedDocument['frontMatter'] = null;

  // An explicit stack rather than recursion: block quotes nested thousands deep must not overflow.
  const pending: [RootContent, number, Block['container']][] = tree.children.map((node, group) => [node, group, 'root'] as [RootContent, number, Block['container']]).reverse();
  while (pending.length > 0) {
    const [node, group, container] = pending.pop()!;
    const push = (children: readonly RootContent[], inner: Block['container']): void => {
      for (let i = children.length - 1; i >= 0; i--) pending.push([children[i], group, inner]);
    };
    switch (node.type) {
      case 'heading':
        blocks.push(leafBlock(node, 'heading', node.depth, group, container, node.children));
        break;
      case 'paragraph':
        blocks.push(leafBlock(node, 'paragraph', 0, group, container, node.children));
        break;
      case 'table':
        for (const row of node.children) {
          const cells: PhrasingContent[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) cells.push({ type: 'text', value: ' | ' });
            cells.push(...cell.children);
          });
          blocks.push(leafBlock(row, 'tableRow', 0, group, container, cells));
        }
        break;
      case 'list':
        push(node.children.flatMap((item) => item.children), 'listItem');
        break;
      case 'blockquote':
        push(node.children, 'blockquote');
        break;
      case 'code':
        blocks.push(rawBlock(node, 'code', group, container));
        break;
      case 'html':
        blocks.push(rawBlock(node, 'html', group, container));
        break;
      case 'thematicBreak':
        blocks.push(rawBlock(node, 'thematicBreak', group, container));
        break;
      case 'yaml': {
        const block = rawBlock(node, 'frontmatter', group, container);
        blocks.push(block);
        frontMatter = { raw: node.value, span: { start: block.start, end: block.end } };
        break;
      }
      default:
        // TOML front matter, definitions and footnote definitions carry no release part.
        if ((node.type as string) === 'toml') blocks.push(rawBlock(node, 'frontmatter', group, container));
        break;
    }
  }

  function rawBlock(node: Nodes, kind: BlockKind, group: number, container: Block['container']): Block {
    const { start, end } = spanOf(node);
    const raw = text.slice(start, end);
    return {
      kind,
      depth: 0,
      container,
      group,
      start,
      end,
      text: raw,
      flat: raw.replace(/[\r\n]/g, ' '),
      bold: false,
      italic: false,
      leadingBold: '',
      line: lines.position(start).line,
      endLine: lines.position(end).line,
      segments: [[0, start, end]],
      code: [],
    };
  }

  function leafBlock(
    node: Nodes,
    kind: BlockKind,
    depth: number,
    group: number,
    container: Block['container'],
    children: PhrasingContent[],
  ): Block {
    const { start, end } = spanOf(node);
    const segments: [number, number, number][] = [];
    const code: [number, number][] = [];
    let plain = '';
    // The last character appended, kept aside: inspecting `plain` itself would flatten the string
    // being built on every call and make long paragraphs quadratic.
    let last = '';
    const append = (value: string, source: Span | null): void => {
      if (!value) return;
      if (source) segments.push([plain.length, source.start, source.end]);
      plain += value;
      last = value[value.length - 1];
    };
    const endsWithWordCharacter = (): boolean => /[\p{L}\d]/u.test(last);
    let gluedAfterLink = false;
    const walk = (inline: PhrasingContent): void => {
      switch (inline.type) {
        case 'inlineCode':
          code.push([plain.length, plain.length + inline.value.length]);
          append(inline.value, inline.position ? spanOf(inline) : null);
          gluedAfterLink = false;
          return;
        case 'text':
          if (gluedAfterLink && /^[\p{L}\d]/u.test(inline.value) && endsWithWordCharacter()) append(' ', null);
          gluedAfterLink = false;
          append(inline.value, inline.position ? spanOf(inline) : null);
          return;
        case 'break':
          append('\n', inline.position ? spanOf(inline) : null);
          return;
        case 'link': {
          // A link glued to the words around it (`ArendseCassiopeia[info@…](mailto:…)nadine@…`)
          // reads as separate words: copy-paste dropped the spaces, the link kept its edges.
          if (endsWithWordCharacter()) append(' ', null);
          const before = plain.length;
          inline.children.forEach(walk);
          // The link's text is sliced once the block's text is complete (slicing now flattens it).
          if (inline.position) blockLinks.push([{ ...spanOf(inline), url: inline.url, text: '' }, before, plain.length]);
          gluedAfterLink = true;
          return;
        }
        case 'linkReference':
        case 'emphasis':
        case 'strong':
        case 'delete':
          inline.children.forEach(walk);
          return;
        default:
          // Images, inline HTML and footnote references are not read as text.
          return;
      }
    };
    const blockLinks: [Link, number, number][] = [];
    children.forEach(walk);
    for (const [link, from, to] of blockLinks) links.push({ ...link, text: plain.slice(from, to) });
    const significant = children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    const only = significant.length === 1 ? significant[0] : null;
    const first = significant[0];
    let leadingBold = '';
    if (first && first.type === 'strong') {
      leadingBold = first.children.map((c) => ('value' in c ? c.value : '')).join('');
    }
    return {
      kind,
      depth,
      container,
      group,
      start,
      end,
      text: plain,
      flat: plain.replace(/[\r\n\u2028\u2029]/g, ' '),
      bold: only?.type === 'strong',
      italic: only?.type === 'emphasis',
      leadingBold,
      line: lines.position(start).line,
      endLine: lines.position(end).line,
      segments,
      code,
    };
  }

  return { blocks, links, frontMatter, groups: tree.children.length };
}

function spanOf(node: Nodes): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
