import type { ParsedDocument } from '../parse';
import type { Fix } from '../rules/types';
import type { LineIndex } from '../text';
import { allMatches, detectEol } from '../text';

/**
 * Inline directives in HTML comments:
 * `<!-- pressroom-disable [rule …] -->` until `<!-- pressroom-enable [rule …] -->`,
 * `<!-- pressroom-disable-next-line [rule …] -->` and `<!-- pressroom-disable-line [rule …] -->`.
 * No rule named means every rule.
 */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  rules: string[] | null;
  line: number;
  offset: number;
}

// `[^>]{0,500}` is bounded and cannot overlap `-->`'s `>`: linear in the text.
const DIRECTIVE = /<!--\s{0,20}pressroom-(disable-next-line|disable-line|disable|enable)\b([^>]{0,500}?)\s{0,20}-->/g;

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

export function readDirectives(text: string, lines: LineIndex): Suppressions {
  const directives: Directive[] = [];
  for (const match of allMatches(DIRECTIVE, text)) {
    const names = match[2].split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: match[1] as Directive['kind'], rules: names.length ? names : null, line: lines.position(match.index).line, offset: match.index });
  }
  const applies = (d: Directive, ruleId: string): boolean => d.rules === null || d.rules.includes(ruleId);
  return {
    isSuppressed(ruleId, offset) {
      if (directives.length === 0) return false;
      const line = lines.position(offset).line;
      let disabled = false;
      for (const d of directives) {
        if (!applies(d, ruleId)) continue;
        if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
        if (d.kind === 'disable-line' && d.line === line) return true;
        if (d.offset > offset) continue;
        if (d.kind === 'disable') disabled = true;
        else if (d.kind === 'enable') disabled = false;
      }
      return disabled;
    },
  };
}

/** A directive that disables rules for the whole file, as `disableFileFix` writes or extends it. */
const FILE_DIRECTIVE = /^<!--[ \t]*pressroom-disable[ \t]+([^>]*?)[ \t]*-->[ \t]*$/;

/**
 * The comment that silences `ruleId` on the line of `offset`:
 * `<!-- pressroom-disable-next-line rule -->` above that line; inside
 * a paragraph (where a comment line would split it) `<!-- pressroom-disable-line rule -->` at the
 * end of the line instead, before a hard break, which must stay last.
 */
export function disableLineFix(document: ParsedDocument, ruleId: string, offset: number): Fix {
  const { text: source, lines, blocks } = document;
  const eol = detectEol(source);
  const lineNumber = lines.position(offset).line;
  const lineStart = Math.max(lines.lineStart(lineNumber), document.start);
  const lineText = source.slice(lineStart, lines.lineEnd(lineNumber));
  const insideParagraph = blocks.some((b) => (b.kind === 'paragraph' || b.kind === 'heading') && b.line < lineNumber && lineNumber <= b.endLine);
  if (!insideParagraph) {
    const indent = /^[ \t]*/.exec(lineText)![0];
    return { range: [lineStart, lineStart], text: `${indent}<!-- pressroom-disable-next-line ${ruleId} -->${eol}` };
  }
  const lineEnd = lineStart + lineText.length;
  const bare = lineText.replace(/(?: {2,}|\\)$/, '');
  const tail = lineText.slice(bare.length);
  return { range: [lineStart + bare.length, lineEnd], text: ` <!-- pressroom-disable-line ${ruleId} -->${tail}` };
}

/** `<!-- pressroom-disable rule -->` at the top (after any front matter), or the rule added to the one there. */
export function disableFileFix(document: ParsedDocument, ruleId: string): Fix {
  const { text: source, blocks } = document;
  const eol = detectEol(source);
  const frontMatter = blocks.find((b) => b.kind === 'frontmatter' && b.start === document.start) ?? null;
  const first = blocks.find((b) => b.kind !== 'frontmatter');
  const existing = first?.kind === 'html' ? FILE_DIRECTIVE.exec(source.slice(first.start, first.end)) : null;
  if (first && existing) {
    const names = existing[1].split(/[\s,]+/).filter(Boolean);
    if (!names.includes(ruleId)) return { range: [first.start, first.end], text: `<!-- pressroom-disable ${[...names, ruleId].join(' ')} -->` };
  }
  if (frontMatter) {
    const at = frontMatter.endLine < document.lines.lineCount ? document.lines.lineStart(frontMatter.endLine + 1) : source.length;
    const atEnd = at >= source.length && !/[\r\n]$/.test(source);
    return { range: [at, at], text: `${atEnd ? eol : ''}${eol}<!-- pressroom-disable ${ruleId} -->${eol}` };
  }
  const blankFollows = /^(?:\r\n|\r|\n)/.test(source.slice(document.start));
  return { range: [document.start, document.start], text: `<!-- pressroom-disable ${ruleId} -->${eol}${blankFollows ? '' : eol}` };
}
