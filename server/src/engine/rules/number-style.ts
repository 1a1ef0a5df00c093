import { MONTH_NAMES } from '../dates';
import { FIGURE_WORDS, LABEL_WORDS } from '../house-style';
import { proseBlocks, sentences, styleSpan } from '../prose';
import { allMatches } from '../text';
import { defineRule } from './types';

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A month written any way (`Oct`, `Sept`, `October`): the figure after it is a day. */
const MONTH_WORDS = new Set(MONTH_NAMES.flatMap((month) => [month.toLowerCase(), month.slice(0, 3).toLowerCase()]).concat(['sept']));

// A figure from one to nine standing alone (not in `v2`, `$5`, `1.5`, `3-2`, `#1`, `5%`), then a
// word in lower case: a count of something (`5 employees`).
const SMALL_FIGURE = /(?<![\p{L}\p{N}.,:/$£€¥#%+±×–—)(-])([1-9])[ \u00a0]+(\p{Ll}[\p{L}'’.-]*)/gu;
// A figure opening a sentence and counting what a word in lower case names (`12 teams joined`): not
// a year (`2026 was`), a date (`17 July 2013`), an address (`14 Napier Close`), a telephone number
// (`02 6285 1816`), a numbered paragraph (`2. As …`) nor a name (`3M`).
const OPENING_FIGURE = /^["'“‘(]?([1-9][\d,]*)(?:%|[ \u00a0]+(\p{Ll}[\p{L}'’-]*))/u;
/** Units whose figure stays a figure, by their ending (`nanometres`, `kilowatts`, `terabytes`). */
const UNIT_ENDING = /(?:meters?|metres?|grams?|liters?|litres?|watts?|bytes?|(?:^|giga|mega|kilo|tera)bits?|bps|hertz|volts?|amps?|amperes?|seconds?|minutes?|hours?)$/;
/** Words that open a sentence before a count (`In 5 years`), not a name (`Windows 7`, `Beta 3`). */
const OPENERS = new Set(
  'in about over nearly some only all of for with after within around almost just more fewer less these those at by on its their our the a an each every'.split(' '),
);
// A figure after another with only a space between is part of one number (`0780 1`, a telephone's).
const FIGURE_BEFORE = /\d[ \u00a0]*(?:,|and|or|to|through)?[ \u00a0]+$/u;
const RATIO_BEFORE = /\d[ \u00a0]+(?:in|of|out of)[ \u00a0]+$/u;
const WORD_BEFORE = /([\p{L}.]+)[ \u00a0]+$/u;
const SENTENCE_START = /(?:^|[.!?]["'”’)]?)[ \u00a0"'“‘(]*$/u;

export default defineRule({
  id: 'number-style',
  description:
    'Numbers follow AP style: one to nine spelled out, 10 and above in figures (ages, money, percentages, dimensions and the like stay figures), and no sentence opens with a figure.',
  defaultSeverity: 'off',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, report }) {
    for (const block of proseBlocks(release)) {
      // Headlines, subheadlines and tables write every number as a figure, in AP style as elsewhere.
      if (block.kind !== 'paragraph' || block.bold || release.subheadlines.some((sub) => block.start >= sub.start && block.end <= sub.end)) continue;
      const flat = block.flat;
      if (!/\d/.test(flat)) continue;
      const opening = new Set<number>();
      for (const sentence of sentences(flat)) {
        // A list of figures (`* 92% reduction`, `- 60 fps`) is a list, not sentences.
        if (block.container === 'listItem') break;
        const figure = OPENING_FIGURE.exec(flat.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
        if (!figure) continue;
        const at = sentence.start + figure.index + figure[0].indexOf(figure[1]);
        opening.add(at);
        const [, value, countedWord] = figure;
        if (countedWord && (FIGURE_WORDS.has(countedWord.toLowerCase()) || UNIT_ENDING.test(countedWord))) continue;
        // A year opens a sentence in figures; one to nine is spelled out below, with a fix.
        if (/^\d{4}$/.test(value) || (/^[1-9]$/.test(value) && countedWord)) continue;
        const span = styleSpan(release, block, at, at + value.length);
        if (span) report({ ...span, message: `A sentence does not open with a figure (“${value}”): spell it out or recast the sentence.` });
      }
      for (const match of allMatches(SMALL_FIGURE, flat)) {
        const at = match.index;
        const nextWord = match[2].toLowerCase();
        // `1 p.m.-2 p.m.`, `5-year-old`: the word as far as a hyphen.
        const next = nextWord.split('-')[0].replace(/[.’']+$/, '');
        // A unit written with capitals (`4 mA`, `2 kWh`) or by its ending (`5 nanometres`) keeps its figure.
        if (/\p{Lu}/u.test(match[2]) || UNIT_ENDING.test(next)) continue;
        // A time in any spelling (`9 a.m`, `9 am`) keeps its figure.
        if (/^[ap]\.?m\b/.test(nextWord)) continue;
        if (FIGURE_WORDS.has(nextWord.split('-')[0]) || FIGURE_WORDS.has(next) || /^(?:year|month|week|day)s?-old/.test(next)) continue;
        // `5 years old`, `6 years and up`: an age.
        if (/^(?:years?|months?|weeks?|days?)$/.test(next) && /^[ \u00a0]+(?:old|and up|and older|and over)\b/.test(flat.slice(at + match[0].length, at + match[0].length + 12)))
          continue;
        const windowStart = Math.max(0, at - 16);
        // `1 in 5 adults`, `4 out of 5`: a ratio; `Phases 2 and 3`, `3 to 5 arms`: figures in a list or range.
        if (RATIO_BEFORE.test(flat.slice(windowStart, at)) || FIGURE_BEFORE.test(flat.slice(windowStart, at))) continue;
        const before = WORD_BEFORE.exec(flat.slice(windowStart, at));
        if (before) {
          const word = before[1].toLowerCase();
          const bare = word.replace(/\.$/, '');
          if (LABEL_WORDS.has(word) || MONTH_WORDS.has(bare)) continue;
          // `children under 5 years`: an age.
          if (word === 'under' && /^(?:years?|months?)$/.test(next)) continue;
          // `Windows 7 users`, `GRASS 5 is`, `Beta 3 includes`: a capitalised word before a figure names
          // something, unless it is a word that opens a sentence (`In 5 years`).
          if (/^\p{Lu}/u.test(before[1]) && !OPENERS.has(word)) continue;
        }
        const span = styleSpan(release, block, at, at + 1);
        if (!span) continue;
        const word = NUMBER_WORDS[Number(match[1]) - 1];
        const spelled = opening.has(at) || SENTENCE_START.test(flat.slice(Math.max(0, at - 4), at)) ? word[0].toUpperCase() + word.slice(1) : word;
        report({ ...span, message: `AP style spells out numbers under 10: “${spelled} ${next}”.`, fix: { range: [span.start, span.end], text: spelled } });
      }
    }
  },
});
