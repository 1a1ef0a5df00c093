import { defineRule } from './types';

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'the', 'to', 'vs', 'via', 'with']);
/** Words kept in capitals when a headline is de-capitalised. */
const ACRONYMS = new Set([
  'AI',
  'UN',
  'UK',
  'US',
  'USA',
  'EU',
  'CEO',
  'CFO',
  'CTO',
  'COO',
  'NGO',
  'IPO',
  'API',
  'NASA',
  'FDA',
  'SEC',
  'NYSE',
  'NASDAQ',
  'RV',
  'TV',
  'PR',
  'HR',
  'IT',
  'LLC',
  'INC',
  'II',
  'III',
  'IV',
  'NYC',
  'LA',
  'DC',
  'GDP',
  'COVID',
  'CRM',
  'SaaS',
  'B2B',
]);

/** Title case for a headline that was written in capitals. */
export function titleCaseHeadline(headline: string): string {
  let first = true;
  return headline.replace(/[\p{L}\d][\p{L}\d'’.&-]*/gu, (word) => {
    const isFirst = first;
    first = false;
    // Acronyms, figures and initialisms (`U.S.`, `N.Y.`) keep their capitals.
    if (ACRONYMS.has(word.toUpperCase().replace(/[.'’]$/, '')) || /\d/.test(word) || /^(?:\p{L}\.){2,}$/u.test(word)) return word;
    const lower = word.toLowerCase();
    if (!isFirst && SMALL_WORDS.has(lower)) return lower;
    // A capital after a hyphen (`Well-Known`) or a name's prefix (`O’Hare`, `D’Arcy`, `L’Oréal`), not after a
    // possessive or a contraction (`Children’s`, `Don’t`).
    return lower
      .replace(/(^|-)(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
      .replace(/^([ODL]['’])(\p{Ll})/u, (_, before: string, letter: string) => before + letter.toUpperCase());
  });
}

export default defineRule({
  id: 'headline-style',
  description: 'The headline is not in ALL CAPS, not a question, and not over the length limit.',
  defaultSeverity: 'warn',
  fixable: false,
  hasSuggestions: true,
  scope: 'release',
  defaultOptions: { maxLength: 120, allowQuestion: false },
  options: {
    maxLength: { type: 'number', minimum: 10, description: 'Longest headline, in characters (Cision recommends under 70, most guides under 100).' },
    allowQuestion: { type: 'boolean', description: 'Allow a headline that asks a question.' },
  },
  check({ release, text, options, report }) {
    const headline = release.headline;
    if (!headline || headline.source === 'frontmatter') return;
    const letters = headline.text.replace(/[^\p{L}]/gu, '');
    const upper = headline.text.replace(/[^\p{Lu}]/gu, '');
    const words = headline.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (letters.length >= 8 && words.length >= 3 && upper.length / letters.length > 0.9) {
      const source = text.slice(headline.start, headline.end);
      const at = source.indexOf(headline.text);
      if (at !== -1) {
        const start = headline.start + at;
        const titleCased = titleCaseHeadline(headline.text);
        report({
          start,
          end: start + headline.text.length,
          message: 'The headline is in ALL CAPS, which distributors reject.',
          // Title case cannot know a brand's or an acronym's capitals (`IPHONE`, `NASA`): the writer picks it.
          suggestions: [{ title: `Rewrite in title case: “${titleCased}”`, fix: { range: [start, start + headline.text.length], text: titleCased } }],
        });
      } else {
        report({ start: headline.start, end: headline.end, message: 'The headline is in ALL CAPS, which distributors reject.' });
      }
    }
    if (headline.text.length > options.maxLength) {
      report({ start: headline.start, end: headline.end, message: `The headline has ${headline.text.length} characters; keep it under ${options.maxLength}.` });
    }
    if (!options.allowQuestion && headline.text.trim().endsWith('?')) {
      report({ start: headline.start, end: headline.end, message: 'The headline is a question; state the news instead.' });
    }
  },
});
