import { inInlineCode, sourceSpan } from '../parse';
import { defineRule } from './types';
import { allMatches } from '../text';
import { PLACEHOLDER_WORDS } from '../words';

const PLACEHOLDER_ALTERNATIVES = PLACEHOLDER_WORDS.join('|');
/** Bracketed placeholders: `[COMPANY NAME]`, `[Name]`, `[insert quote]`. Bounded: at most 80 characters. */
const BRACKETED = new RegExp(`\\[(?:\\p{Lu}[\\p{Lu}\\d ,.&/'-]{1,78}|(?:${PLACEHOLDER_ALTERNATIVES})\\b[^\\]\\n]{0,70})\\]`, 'giu');
/**
 * What BRACKETED really means. Its `i` flag, needed for the placeholder words, also lets `\p{Lu}` match
 * small letters, so each match is checked again: capitals throughout, or a placeholder word first.
 * Editorial insertions in quotations (`“We expect [the footpaths] to be…”`) are neither.
 */
const BRACKETED_CAPITALS = /^\[\p{Lu}[\p{Lu}\d ,.&/'-]{1,78}\]$/u;
const BRACKETED_WORD = new RegExp(`^\\[(?:${PLACEHOLDER_ALTERNATIVES})\\b`, 'i');
/** Case matters for TK, XX and TBD (`tk` is no marker); dummy text usually opens a sentence: `Lorem ipsum`. */
const MARKERS = /\bTK(?:TK)*\b|\bX{2,}\b|\bTB[CD]\b|\b[Ll]orem ipsum\b|\bLOREM IPSUM\b/gu;
const PLACEHOLDER_URL = /^(?:#|\s*|https?:\/\/|https?:\/\/(?:www\.)?example\.(?:com|org)\/?|tk|link|url|todo|insert[ -]?link)$/i;

export default defineRule({
  id: 'no-placeholder',
  description: 'No placeholder text is left in: `TK`, `XX`, `[COMPANY NAME]`, `lorem ipsum`, links to `#` or nowhere.',
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'document',
  defaultOptions: {},
  options: {},
  check({ release, report }) {
    const { blocks, links } = release.document;
    for (const block of blocks) {
      if (block.kind === 'code' || block.kind === 'html' || block.kind === 'frontmatter') continue;
      for (const pattern of [BRACKETED, MARKERS]) {
        for (const match of allMatches(pattern, block.text)) {
          // `[Name]` in a skeleton is a placeholder; `[1]` or `[sic]` is not: BRACKETED needs a capital or a placeholder word.
          if (pattern === BRACKETED && (/^\[(?:sic|\d+)\]$/i.test(match[0]) || !(BRACKETED_CAPITALS.test(match[0]) || BRACKETED_WORD.test(match[0])))) continue;
          // Quoted as code (`TK`), it is being talked about, not left in.
          if (inInlineCode(block, match.index, match.index + match[0].length)) continue;
          const span = sourceSpan(block, match.index, match.index + match[0].length);
          // A real dateline set in square brackets (`[SINGAPORE, 16 JUNE 2026] –`) is no placeholder.
          const dateline = release.dateline;
          if (pattern === BRACKETED && dateline?.date && span.end > dateline.start && span.start < dateline.end) continue;
          report({ ...span, message: `Placeholder “${match[0]}” left in the text.` });
        }
      }
    }
    for (const link of links) {
      if (PLACEHOLDER_URL.test(link.url.trim())) {
        report({ start: link.start, end: link.end, message: `The link “${link.text || link.url}” points nowhere (“${link.url || 'empty'}”).` });
      }
    }
  },
});
