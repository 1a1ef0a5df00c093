import type { Nodes, PhrasingContent, Root } from 'mdast';
import { LineIndex } from '../text';
import { type Block, type FrontMatter, inline, type Inline, type Link, leafBlock, rawBlock } from './blocks';
import type { ParsedDocument } from './index';
import { decodeReference } from './inlines';

/**
 * The document read from an mdast tree that remark has already built (the remark plugin's input),
 * instead of parsing the text a second time. The blocks are those parse() gives for the same
 * text, mapped back to the source character for character, so findings land where the CLI puts
 * them. Null when the tree cannot be trusted to be the text's: a node without a position, or a
 * text whose value no longer matches the source (a plugin before this one rewrote it). The caller
 * then parses the text.
 */
export function readTree(text: string, tree: Root): ParsedDocument | null {
  // micromark skips one byte-order mark and counts offsets after it; a second one would be text
  // in the tree but not for the engine. A NUL shifts micromark's offsets.
  let bom = 0;
  while (text.charCodeAt(bom) === 0xfeff) bom++;
  if (bom > 1 || text.includes('\0')) return null;
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const links: Link[] = [];
  let frontMatter: FrontMatter | null = null;
  const reader = new TreeReader(text, bom);

  // An explicit stack rather than recursion: block quotes nested thousands deep must not overflow.
  const pending: [Nodes, number, Block['container']][] = [];
  const push = (children: readonly Nodes[], group: number | null, container: Block['container']): void => {
    for (let i = children.length - 1; i >= 0; i--) pending.push([children[i], group ?? i, container]);
  };
  push(tree.children, null, 'root');
  while (pending.length > 0) {
    const [node, group, container] = pending.pop()!;
    const span = reader.span(node);
    if (!span) return null;
    const [start, end] = span;
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const children = reader.inlines(node.children, reader.contentStart(node, start), end);
        if (!children) return null;
        blocks.push(leafBlock(lines, links, node.type, node.type === 'heading' ? node.depth : 0, group, container, start, end, children));
        break;
      }
      case 'table':
        for (const row of node.children) {
          const rowSpan = reader.span(row);
          const cells: Inline[] = [];
          for (const [i, cell] of row.children.entries()) {
            const cellSpan = reader.span(cell);
            // A cell's content starts after its pipe.
            const children = cellSpan && reader.inlines(cell.children, text[cellSpan[0]] === '|' ? cellSpan[0] + 1 : cellSpan[0], cellSpan[1]);
            if (!rowSpan || !children) return null;
            if (i > 0) cells.push({ ...inline('text', 0), value: ' | ', positioned: false });
            cells.push(...children);
          }
          if (!rowSpan) return null;
          blocks.push(leafBlock(lines, links, 'tableRow', 0, group, container, rowSpan[0], rowSpan[1], cells));
        }
        break;
      case 'list':
        push(
          node.children.flatMap((item) => item.children),
          group,
          'listItem',
        );
        break;
      case 'blockquote':
        push(node.children, group, 'blockquote');
        break;
      case 'code':
      case 'html':
      case 'thematicBreak':
        blocks.push(rawBlock(text, lines, node.type, group, container, start, end));
        break;
      case 'yaml':
        blocks.push(rawBlock(text, lines, 'frontmatter', group, container, start, end));
        frontMatter = { raw: node.value, format: 'yaml', span: { start, end } };
        break;
      default:
        // TOML front matter (remark-frontmatter's, not in mdast's types). Definitions and footnote
        // definitions carry no part of a release, as for parse(); containers of other syntaxes
        // (MDX's JSX elements, directives) are read through to their blocks.
        if ((node.type as string) === 'toml') {
          blocks.push(rawBlock(text, lines, 'frontmatter', group, container, start, end));
          frontMatter = { raw: (node as unknown as { value: string }).value, format: 'toml', span: { start, end } };
        } else if (node.type !== 'definition' && node.type !== 'footnoteDefinition' && 'children' in node && Array.isArray(node.children)) {
          push(node.children as Nodes[], group, container);
        }
        break;
    }
  }
  return { text, start: bom, lines, blocks, links, frontMatter };
}

/** ASCII punctuation, which a backslash escapes (CommonMark). */
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/** The character a matched reference stands for, or null when it names none. */
function referenceValue(match: RegExpExecArray): string | null {
  const [whole, hex, decimal, name] = match;
  const decoded = decodeReference(hex ?? decimal ?? name, hex ? 'characterReferenceMarkerHexadecimal' : decimal ? 'characterReferenceMarkerNumeric' : null);
  return decoded && decoded !== name && decoded !== whole ? decoded : null;
}

/** Reads a tree's nodes against the text they were parsed from. */
class TreeReader {
  constructor(
    private readonly text: string,
    private readonly shift: number,
  ) {}

  /** A node's offsets in the text, or null when it has none. */
  span(node: Nodes): [number, number] | null {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    return [start + this.shift, end + this.shift];
  }

  /** Where a heading's or paragraph's inline content starts: after an ATX heading's `#` marker. */
  contentStart(node: Nodes, start: number): number {
    if (node.type !== 'heading') return start;
    let at = start;
    while (at < start + 3 && this.text[at] === ' ') at++;
    if (this.text[at] !== '#') return start;
    while (this.text[at] === '#') at++;
    while (this.text[at] === ' ' || this.text[at] === '\t') at++;
    return at;
  }

  /**
   * Inline nodes between two offsets as the engine's Inline (what leafBlock reads), or null when
   * one is not the text's.
   */
  inlines(nodes: readonly PhrasingContent[], from: number, to: number): Inline[] | null {
    const result: Inline[] = [];
    for (let i = 0; i < nodes.length; ) {
      if (nodes[i].position) {
        const read = this.inline(nodes[i]);
        if (!read) return null;
        // An autolink literal (remark-gfm's `www.acme.example`, `ann@acme.example`) is text to
        // parse(), which reads no such links: its text joins the text around it.
        result.push(...(Array.isArray(read) ? read : [read]));
        i++;
        continue;
      }
      // remark-gfm splits some autolink literals out of a text after parsing, into texts and links
      // that have no position: the run is read as the one text it was, between its neighbours.
      let value = '';
      let next = i;
      for (; next < nodes.length && !nodes[next].position; next++) {
        const node = nodes[next];
        if (node.type === 'text') value += node.value;
        else if (node.type === 'link' && node.children.every((child) => child.type === 'text')) value += node.children.map((child) => (child as { value: string }).value).join('');
        else return null;
      }
      const start = i > 0 ? this.span(nodes[i - 1])?.[1] : from;
      const end = next < nodes.length ? this.span(nodes[next])?.[0] : to;
      const pieces = start !== undefined && end !== undefined ? this.pieces(value, start, end) : null;
      if (!pieces || start === undefined || end === undefined) return null;
      result.push({ ...inline('text', start), end: pieces.length ? pieces[pieces.length - 1][2] : start + value.length, value, pieces });
      i = next;
    }
    return result;
  }

  private inline(node: PhrasingContent): Inline | Inline[] | null {
    const span = this.span(node);
    if (!span) return null;
    const [start, end] = span;
    const base = { ...inline('other', start), end };
    switch (node.type) {
      case 'text': {
        const pieces = this.pieces(node.value, start, end);
        return pieces && { ...base, type: 'text', value: node.value, pieces };
      }
      case 'inlineCode':
      case 'html':
        return { ...base, type: node.type, value: node.value };
      case 'break':
        return { ...base, type: 'break' };
      case 'link': {
        const opener = this.text[start];
        if (opener !== '[' && opener !== '<') {
          // remark-gfm keeps the literal's source as its text; parse() reads it as text, with its
          // escapes and character references decoded.
          const value = this.decoded(start, end);
          const pieces = this.pieces(value, start, end);
          return pieces && { ...base, type: 'text', value, pieces };
        }
        const children = this.inlines(node.children, opener === '[' ? start + 1 : start, end);
        return children && { ...base, type: 'link', url: node.url, children };
      }
      case 'linkReference':
      case 'emphasis':
      case 'strong':
      case 'delete': {
        // Their content lies inside their markers (`**`, `_`, `~~`).
        let from = start;
        let to = end;
        while (from < to && this.text[from] === this.text[start]) from++;
        while (to > from && this.text[to - 1] === this.text[end - 1]) to--;
        const children = this.inlines(node.children, from, to);
        return children && { ...base, type: node.type, children };
      }
      default:
        return base;
    }
  }

  /** The character reference at `at` (`&amp;`, `&#x26;`) that ends before `end`: what it stands for, and its length. */
  private referenceAt(at: number, end: number): { decoded: string; length: number } | null {
    if (this.text[at] !== '&') return null;
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(this.text);
    const decoded = match && match.index + match[0].length <= end ? referenceValue(match) : null;
    return match && decoded ? { decoded, length: match[0].length } : null;
  }

  /** Source text as parse() reads plain text: escapes and character references decoded. */
  private decoded(start: number, end: number): string {
    const text = this.text;
    let value = '';
    for (let j = start; j < end; ) {
      if (text[j] === '\\' && j + 1 < end && ESCAPABLE.test(text[j + 1])) {
        value += text[j + 1];
        j += 2;
        continue;
      }
      const reference = this.referenceAt(j, end);
      if (reference) {
        value += reference.decoded;
        j += reference.length;
        continue;
      }
      value += text[j++];
    }
    return value;
  }

  /**
   * Where each stretch of a text node's value comes from, as parse() records it: the value
   * differs from its source where an escape's backslash, a character reference, or a line's
   * indentation, trailing spaces or block-quote marker is not in it. Null when the value and the
   * source do not align: the tree is not this text's.
   */
  private pieces(value: string, start: number, end: number): [number, number, number][] | null {
    const text = this.text;
    if (text.slice(start, end) === value) return [];
    const pieces: [number, number, number][] = [];
    let open: [number, number, number] | null = null;
    let j = start;
    for (let i = 0; i < value.length; ) {
      // An escape's backslash is not in the value; the character it escapes is, as itself.
      const escaped = text[j] === '\\' && j + 1 < end && text[j + 1] === value[i] && ESCAPABLE.test(value[i]);
      if (escaped) {
        pieces.push((open = [i, j + 1, j + 2]));
        i++;
        j += 2;
        continue;
      }
      const reference = this.referenceAt(j, end);
      if (reference && value.startsWith(reference.decoded, i)) {
        pieces.push([i, j, j + reference.length]);
        open = null;
        i += reference.decoded.length;
        j += reference.length;
        continue;
      }
      if (j < end && text[j] === value[i]) {
        if (open && open[2] === j) open[2] = j + 1;
        else pieces.push((open = [i, j, j + 1]));
        i++;
        j++;
        continue;
      }
      open = null;
      // Indentation, trailing spaces and block-quote markers around a line ending stay in the source
      // (the line ending may be a hard break's, before a text that opens the line).
      const afterLineEnding = /[\r\n]/.test(value[i - 1] ?? '') || (i === 0 && /[\r\n]/.test(text[start - 1] ?? ''));
      if (j < end && (text[j] === ' ' || text[j] === '\t' || (text[j] === '>' && afterLineEnding))) {
        j++;
        continue;
      }
      return null;
    }
    return pieces;
  }
}
