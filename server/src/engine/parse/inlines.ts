import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';
import type { Event, Token } from 'micromark-util-types';
import { inline, type Inline } from './blocks';

/** micromark's events of a chunk, with the two questions every reader of them asks. */
export interface EventReader {
  events: Event[];
  /** A token's text as remark reads it. */
  slice(token: Token): string;
  /** The index of the exit event of the token entered at `index`. */
  exitOf(index: number): number;
}

/** A character reference's character: `amp` (named), or the digits after `#` or `#x`. */
export function decodeReference(value: string, marker: string | null): string {
  if (marker) return decodeNumericCharacterReference(value, marker === 'characterReferenceMarkerNumeric' ? 10 : 16);
  return decodeNamedCharacterReference(value) || value;
}

/** Inline containers whose text keeps its line breaks (remark's `canContainEols`). */
const KEEPS_LINE_BREAKS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'label']);

/**
 * The inline content between two events of a leaf block, merged as remark merges it. Constructs
 * whose text the engine does not read (images, footnote calls, link destinations and titles) are
 * skipped whole; inline code and HTML keep their value.
 */
export function readInlines(reader: EventReader, from: number, to: number, owner: string): { children: Inline[]; taskItem: boolean } {
  const { events, slice, exitOf } = reader;
  const root: Inline[] = [];
  // The open containers (emphasis, strong, delete, a link's label) and the kind of each.
  const parents: { children: Inline[]; type: string; node: Inline | null }[] = [{ children: root, type: owner, node: null }];
  let taskItem = false;
  let atHardBreak = false;
  let inReference = false;
  let referenceKind: string | null = null;
  let referenceText = '';
  let textNode: Inline | null = null;
  const top = () => parents[parents.length - 1];
  const openText = (token: Token): void => {
    const siblings = top().children;
    const tail = siblings[siblings.length - 1];
    if (tail && tail.type === 'text') textNode = tail;
    else {
      textNode = inline('text', token.start.offset);
      siblings.push(textNode);
    }
  };
  const addText = (value: string, token: Token, sourceStart = token.start.offset): void => {
    textNode!.pieces.push([textNode!.value.length, sourceStart, token.end.offset]);
    textNode!.value += value;
    textNode!.end = token.end.offset;
  };
  /** The value of a construct's data and line breaks (inline code, HTML, a destination). */
  const constructValue = (j: number, close: number, data: string): string => {
    let value = '';
    for (let k = j + 1; k < close; k++) {
      const [kind, token] = events[k];
      if (kind !== 'exit') continue;
      if (token.type === data || token.type === 'lineEnding' || token.type === 'data' || token.type === 'characterEscapeValue') value += slice(token);
      else if (token.type === 'characterReferenceMarkerNumeric' || token.type === 'characterReferenceMarkerHexadecimal') referenceKind = token.type;
      else if (token.type === 'characterReferenceValue') {
        value += decodeReference(slice(token), referenceKind);
        referenceKind = null;
      }
    }
    return value;
  };

  for (let j = from; j < to; j++) {
    const [kind, token] = events[j];
    const type = token.type;
    if (kind === 'enter') {
      switch (type) {
        case 'data':
        case 'characterEscape':
        case 'characterReference':
        case 'autolinkProtocol':
        case 'autolinkEmail':
          openText(token);
          break;
        case 'lineEnding':
          if (atHardBreak) {
            const siblings = top().children;
            siblings[siblings.length - 1].end = token.end.offset;
            atHardBreak = false;
          } else if (KEEPS_LINE_BREAKS.has(top().type)) {
            openText(token);
            const lineBreak = slice(token);
            textNode!.pieces.push([textNode!.value.length, token.start.offset, token.start.offset + lineBreak.length]);
            textNode!.value += lineBreak;
            textNode!.end = token.end.offset;
          }
          break;
        case 'hardBreakEscape':
        case 'hardBreakTrailing':
          top().children.push(inline('break', token.start.offset));
          break;
        case 'codeText': {
          const close = exitOf(j);
          const code = { ...inline('inlineCode', token.start.offset), end: token.end.offset, value: constructValue(j, close, 'codeTextData') };
          // In a table cell an escaped pipe is a pipe (remark's GFM table reading).
          if (owner === 'tableCell') code.value = code.value.replace(/\\([\\|])/g, (all, character: string) => (character === '|' ? character : all));
          top().children.push(code);
          j = close;
          break;
        }
        case 'htmlText': {
          const close = exitOf(j);
          top().children.push({ ...inline('html', token.start.offset), end: token.end.offset, value: constructValue(j, close, 'htmlTextData') });
          j = close;
          break;
        }
        case 'image':
        case 'gfmFootnoteCall': {
          const close = exitOf(j);
          // An image's label and destination still tell remark whether what follows is a reference.
          for (let k = j + 1; k < close; k++) {
            if (events[k][0] !== 'exit') continue;
            if (events[k][1].type === 'label') inReference = true;
            else if (events[k][1].type === 'resource') inReference = false;
          }
          top().children.push({ ...inline('other', token.start.offset), end: token.end.offset });
          j = close;
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'strikethrough': {
          const node = inline(type === 'strikethrough' ? 'delete' : type, token.start.offset);
          top().children.push(node);
          parents.push({ children: node.children, type: node.type, node });
          break;
        }
        case 'link':
        case 'autolink': {
          const node = inline('link', token.start.offset);
          top().children.push(node);
          parents.push({ children: node.children, type: type === 'link' ? 'link' : 'autolink', node });
          break;
        }
        case 'label':
          parents.push({ children: top().node!.children, type: 'label', node: top().node });
          break;
        case 'resourceDestinationString': {
          const close = exitOf(j);
          top().node!.url = constructValue(j, close, 'data');
          j = close;
          break;
        }
        case 'resourceTitleString':
        case 'referenceString':
          j = exitOf(j);
          break;
        case 'taskListCheck':
          taskItem = true;
          j = exitOf(j);
          break;
      }
      continue;
    }
    switch (type) {
      case 'data':
      case 'characterEscapeValue':
        addText(slice(token), token);
        break;
      case 'autolinkProtocol':
        addText(slice(token), token);
        top().node!.url = slice(token);
        break;
      case 'autolinkEmail':
        addText(slice(token), token);
        top().node!.url = `mailto:${slice(token)}`;
        break;
      case 'characterReferenceMarkerNumeric':
      case 'characterReferenceMarkerHexadecimal':
        referenceKind = type;
        break;
      case 'characterReferenceValue':
        referenceText = decodeReference(slice(token), referenceKind);
        referenceKind = null;
        break;
      case 'characterReference':
        // The character stands for the whole reference, `&` to `;`.
        addText(referenceText, token, token.start.offset);
        break;
      case 'hardBreakEscape':
      case 'hardBreakTrailing': {
        const siblings = top().children;
        siblings[siblings.length - 1].end = token.end.offset;
        atHardBreak = true;
        break;
      }
      case 'label':
        parents.pop();
        inReference = true;
        break;
      case 'resource':
        inReference = false;
        break;
      case 'emphasis':
      case 'strong':
      case 'strikethrough':
      case 'autolink':
        parents.pop()!.node!.end = token.end.offset;
        break;
      case 'link': {
        const node = parents.pop()!.node!;
        node.end = token.end.offset;
        if (inReference) node.type = 'linkReference';
        break;
      }
    }
  }
  return { children: root, taskItem };
}
