/**
 * Text that no fix may edit inside: what a journalist copies (web addresses, email addresses,
 * domain names), what is not prose (code, HTML, front matter), and names written with inner
 * capitals (`ExampleWire`, `iPhone`, `McDonald`). A fix that would cut into one of them is never
 * applied, whichever rule made it: a broken contact address is worse than no fix.
 *
 * Everything here is local to the offset asked about (the run of non-space characters around it),
 * so checking a fix costs what its neighbourhood costs, never a pass over a long line.
 */
import { sourceSpan, type Block, type ParsedDocument } from './parse';
import type { Fix } from './rules/types';
import { lastStartingBy, type Span } from './text';

export type ProtectedKind = 'url' | 'email' | 'domain' | 'name' | 'code' | 'html' | 'frontmatter';

export interface ProtectedSpan extends Span {
  kind: ProtectedKind;
}

/** A run of non-space characters longer than this is read only this far on each side of an offset. */
const TOKEN_REACH = 512;
/** Domain endings that stand capitalised too (`Acme.Com`); a lower-case ending of 2+ letters always counts. */
const CAPITALISED_TLDS = new Set(['com', 'org', 'net', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'io']);
/** Punctuation that closes a sentence or a bracket after an address, not part of it. */
const TRAILING = /[.,;:!?'"’”)\]}>*_]+$/u;
const LEADING = /^[("'‘“<[{*_]+/u;

const isSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x200b;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+'-]/u;
const EMAIL_DOMAIN = /[\p{L}\p{N}.-]/u;

/** The run of non-space characters around `offset` (the one it is inside, or that starts or ends at it). */
function tokenAround(text: string, offset: number): Span {
  let start = offset;
  const low = Math.max(0, offset - TOKEN_REACH);
  while (start > low && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = offset;
  const high = Math.min(text.length, offset + TOKEN_REACH);
  while (end < high && !isSpace(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Addresses and names inside one run of non-space characters, as spans of the text. */
export function protectedInToken(text: string, token: Span): ProtectedSpan[] {
  const raw = text.slice(token.start, token.end);
  const found: ProtectedSpan[] = [];
  // A web address: with a scheme anywhere in the run (`[site](https://…)` too), or opening with www.
  const scheme = /(?:https?|ftp):\/\/|www\./i.exec(raw);
  if (scheme) {
    const tail = raw.slice(scheme.index).replace(TRAILING, '');
    found.push({ kind: 'url', start: token.start + scheme.index, end: token.start + scheme.index + tail.length });
  }
  // An email address, grown out from each @ so that no pattern is tried at every character.
  for (let at = raw.indexOf('@'); at !== -1; at = raw.indexOf('@', at + 1)) {
    let left = at;
    while (left > 0 && EMAIL_LOCAL.test(raw[left - 1])) left--;
    let right = at + 1;
    while (right < raw.length && EMAIL_DOMAIN.test(raw[right])) right++;
    const domain = raw.slice(at + 1, right).replace(/[.-]+$/, '');
    if (left < at && /\.[\p{L}]{2,}$/u.test(domain)) found.push({ kind: 'email', start: token.start + left, end: token.start + at + 1 + domain.length });
  }
  // A bare domain name (`Printshop.com`, `acme.eu`): dotted labels ending in a domain-like ending.
  const core = raw.replace(TRAILING, '');
  const lead = LEADING.exec(core)?.[0].length ?? 0;
  const bare = core.slice(lead);
  const lastDot = bare.lastIndexOf('.');
  if (lastDot > 0 && !bare.includes('@') && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(bare)) {
    const ending = bare.slice(lastDot + 1);
    if (/^\p{Ll}{2,}$/u.test(ending) || CAPITALISED_TLDS.has(ending.toLowerCase())) {
      found.push({ kind: 'domain', start: token.start + lead, end: token.start + lead + bare.length });
    }
  }
  return found;
}

/** Words with a capital after a small letter (`ExampleWire`, `iPhone`, `PwC`, `OrionAs`). */
export function innerCapitalWord(text: string, offset: number): Span | null {
  let start = offset;
  while (start > 0 && start > offset - TOKEN_REACH && LETTER_OR_DIGIT.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && end < offset + TOKEN_REACH && LETTER_OR_DIGIT.test(text[end])) end++;
  const word = text.slice(start, end);
  return /\p{Ll}\p{Lu}/u.test(word) ? { start, end } : null;
}

/**
 * Whether a word with inner capitals is a name rather than two words run together: a name is
 * written that way again elsewhere, or has a piece that the document never uses as a word of its
 * own. `TherapeuticsSethera` in a release about Sethera Therapeutics is two words; `ExampleWire`,
 * `iPhone` and `McDonald` are names.
 */
export class InnerCapitals {
  private counts: Map<string, number> | null = null;

  constructor(private readonly text: string) {}

  private wordCounts(): Map<string, number> {
    if (this.counts) return this.counts;
    const counts = new Map<string, number>();
    const words = /[\p{L}\p{N}]+/gu;
    for (let match = words.exec(this.text); match; match = words.exec(this.text)) {
      const key = match[0].toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    this.counts = counts;
    return counts;
  }

  isName(word: string): boolean {
    const counts = this.wordCounts();
    // Written the same way in another place (a web address counts: `www.ExampleWire.com`).
    if ((counts.get(word.toLowerCase()) ?? 0) > 1) return true;
    const pieces = word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{N})(?=\p{L})|(?<=\p{L})(?=\p{N})/u);
    return pieces.some((piece) => (counts.get(piece.toLowerCase()) ?? 0) === 0);
  }
}

/** Decides whether fixes are safe to apply to one parsed document. */
export class FixGuard {
  private readonly names: InnerCapitals;

  constructor(private readonly document: ParsedDocument) {
    this.names = new InnerCapitals(document.text);
  }

  /** What protected text, if any, an offset lies strictly inside (an edit there would cut it). */
  protectedAt(offset: number): ProtectedSpan | null {
    const block = this.blockAt(offset);
    if (block && (block.kind === 'code' || block.kind === 'html' || block.kind === 'frontmatter')) {
      if (offset > block.start && (offset < block.end || (block.kind === 'code' && unclosedFence(block)))) {
        return { kind: block.kind, start: block.start, end: block.end };
      }
    }
    for (const [from, to] of block?.code ?? []) {
      // Between a backtick and the code is inside the code too.
      const span = sourceSpan(block!, from, to);
      if (offset >= span.start && offset <= span.end) return { kind: 'code', ...span };
    }
    const text = this.document.text;
    for (const span of protectedInToken(text, tokenAround(text, offset))) {
      if (offset > span.start && offset < span.end) return span;
    }
    const word = innerCapitalWord(text, offset);
    if (word && offset > word.start && offset < word.end && this.names.isName(text.slice(word.start, word.end))) {
      return { kind: 'name', ...word };
    }
    return null;
  }

  /**
   * A fix is safe when neither end of its range cuts into protected text and whatever protected
   * text it replaces whole comes back unchanged in its new text.
   */
  allows(fix: Fix): boolean {
    const [start, end] = fix.range;
    if (this.protectedAt(start) || (end !== start && this.protectedAt(end))) return false;
    if (end === start) return true;
    const text = this.document.text;
    for (let at = start; at < end; ) {
      while (at < end && isSpace(text.charCodeAt(at))) at++;
      if (at >= end) break;
      const token = tokenAround(text, at);
      for (const span of protectedInToken(text, token)) {
        if (span.start >= start && span.end <= end && !fix.text.includes(text.slice(span.start, span.end)) && !swapsWholeAddress(fix, span)) return false;
      }
      at = Math.max(token.end, at + 1);
    }
    return true;
  }

  private blockAt(offset: number): Block | null {
    const found = lastStartingBy(this.document.blocks, offset);
    return found && offset <= found.end ? found : null;
  }
}

/**
 * A fix that puts one whole address of the same kind in place of another (the profile's email for
 * last year's) breaks none: it edits no address partly, and leaves a whole one.
 */
function swapsWholeAddress(fix: Fix, span: ProtectedSpan): boolean {
  if (span.start !== fix.range[0] || span.end !== fix.range[1] || (span.kind !== 'email' && span.kind !== 'url' && span.kind !== 'domain')) return false;
  const swapped = protectedInToken(fix.text, { start: 0, end: fix.text.length });
  return swapped.length === 1 && swapped[0].kind === span.kind && swapped[0].start === 0 && swapped[0].end === fix.text.length;
}

/** A fenced code block the writer never closed: text inserted at its end would only become more code. */
function unclosedFence(block: Block): boolean {
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(block.text);
  if (!fence) return false;
  const lines = block.text.trimEnd().split(/\r?\n|\r/);
  return lines.length < 2 || !lines[lines.length - 1].trim().startsWith(fence[1]);
}
