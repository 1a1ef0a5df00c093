/** The properties every input must satisfy; run bounded by `npm test` and at length by `npm run fuzz`. */
import assert from 'node:assert/strict';
import { applyFixes, fix, lint, presetConfig, resolveConfig, presetLayer, type Finding, type ResolvedConfig } from '../../server/src/engine/index';
import { apState } from '../../server/src/engine/house-style';
import { MONTH_NAMES, monthNumber } from '../../server/src/engine/dates';

export const CONFIGS = [presetConfig('recommended'), resolveConfig([presetLayer('ap'), { source: 'fuzz', config: { releaseDetection: 'always' } }])];

/** Linting never throws, reports no rule crash, and every finding and fix lies inside the text. */
export function lintsCleanly(text: string): void {
  for (const config of CONFIGS) {
    const result = lint(text, config);
    assert.deepEqual(
      result.crashes.map((c) => `${c.ruleId}: ${String(c.error)}`),
      [],
    );
    for (const finding of result.findings) {
      assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.ruleId} range out of the text`);
      if (finding.fix)
        assert.ok(finding.fix.range[0] >= 0 && finding.fix.range[0] <= finding.fix.range[1] && finding.fix.range[1] <= text.length, `${finding.ruleId} fix out of the text`);
    }
  }
}

/** One pass of fixes: they do not overlap, and every character outside their ranges is kept. */
export function fixesPreserveText(text: string): void {
  const findings: Finding[] = lint(text, CONFIGS[1]).findings;
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const applied = applyFixes(text, fixes);
  // What applyFixes applied never overlaps; reconstruct the kept text and compare.
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let cursor = 0;
  let lastEnd = -1;
  let expected = '';
  for (const f of sorted) {
    if (f.range[0] < cursor || f.range[0] === lastEnd) continue;
    expected += text.slice(cursor, f.range[0]) + f.text;
    cursor = f.range[1];
    lastEnd = f.range[1];
  }
  expected += text.slice(cursor);
  assert.equal(applied.text, expected);
}

/** Fix-all leaves nothing fixable, and a second fix-all changes nothing. */
export function fixAllIsStable(text: string): void {
  const config = CONFIGS[1];
  const once = fix(text, config);
  assert.deepEqual(
    once.remaining.filter((f) => f.fix).map((f) => f.ruleId),
    [],
    'fixable problems remain',
  );
  assert.equal(fix(once.text, config).text, once.text, 'a second fix-all changed the text');
}

// What a writer wrote and a fix must keep: every web and email address byte for byte, and every word
// in order. Fixes may insert words (a skeleton), change a word's case (a headline, a dateline's
// city) or its style (`October 4th` → `Oct. 4`, `CO` → `Colo.`), and split a glued word where both
// pieces are words the document uses on their own (`TherapeuticsSethera`).
const ADDRESS = /(?:(?:https?|ftp):\/\/|www\.)[^\s<>()[\]"“”]+|[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** A word as the style fixes treat it: case, a month's spelling, a day's ordinal and zeros. */
function styleKey(word: string): string {
  const lower = word.toLowerCase();
  if (MONTH_WORD.test(lower)) return `month:${monthNumber(lower)}`;
  const day = /^0*(\d+)(?:st|nd|rd|th)?$/.exec(lower);
  if (day) return `number:${day[1]}`;
  // AP spells out one to nine (`5 employees` → `five employees`).
  const spelled = NUMBER_WORDS.indexOf(lower);
  if (spelled !== -1) return `number:${spelled + 1}`;
  // A weekday is set to its date's; a time zone to the one in use on the date (`EST` → `EDT`).
  if (WEEKDAY_WORD.test(lower)) return 'weekday';
  if (ZONE_WORD.test(word)) return `zone:${word[0]}`;
  // A state as AP writes it in a dateline (`MA` → `Mass.`), written with a capital.
  const state = /^\p{Lu}/u.test(word) ? apState(word) : null;
  return state ? `state:${state}` : lower;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const WEEKDAY_WORD = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?$/;
const ZONE_WORD = /^(?:[ECMP][SD]T|GMT|BST|CES?T)$/;

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// A no-break space between a date's parts is the same date (a style fix may write a plain one).
const DAY_MONTH_YEAR = new RegExp(
  `(?<![A-Za-z0-9])(?:the[ \\t\\u00a0]+(?=\\d{1,2}(?:st|nd|rd|th)? of ))?(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \\t\\u00a0]+${MONTH}\\.?,?[ \\t\\u00a0]+(\\d{4})\\b`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(`(?<![A-Za-z0-9])${MONTH}\\.?,?[ \\t\\u00a0]*(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00a0]+(\\d{4})\\b`, 'gi');

// A day and month without a year, in either order (`Oct. 4`, `the 4th of October`).
const DAY_MONTH = new RegExp(`(?<![A-Za-z0-9])(?:the[ \\t\\u00a0]+(?=\\d{1,2}(?:st|nd|rd|th)? of ))?(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \\t\\u00a0]+${MONTH}\\b\\.?`, 'g');
const MONTH_DAY = new RegExp(`(?<![A-Za-z0-9])${MONTH}\\.?[ \\t\\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g');
// A time of day in any spelling (`10:00 AM`, `10 a.m.`, `12 noon`, `noon`).
const MERIDIEM_TIME = /\b(\d{1,2})(?::(\d{2}))?[ \u00a0]?([AaPp])\.?[Mm]\b\.?/g;
const NAMED_TIME = /\b(?:12(?::00)?[ \u00a0]?)?(noon|midnight)\b/gi;

// A state AP abbreviates with two initials (`, N.H.`, `, W.Va.`), as the one word a postal code is.
const DOTTED_STATE_AFTER_CITY = /,[ \t]*([NSRW])\.[ \t]?([A-Za-z]{1,2})\./g;
const TWO_WORD_STATE_AFTER_CITY = /,[ \t]*((?:New|North|South|West|Rhode)[ \t]+(?:Hampshire|York|Jersey|Mexico|Carolina|Dakota|Island|Virginia))\b/gi;

/**
 * What a style fix may rewrite, written one way: each date as one word, which may be reordered
 * (`14 October 2026` → `Oct. 14, 2026`, `4th of October` → `Oct. 4`, a day run into its month
`February13, 2026` → `February 13, 2026`), each time of day as one word
 * (`10:00 AM` → `10 a.m.`, `12 noon` → `noon`), Washington without the D.C. (New York without the New
 * York) that AP drops, and a two-word state as the one word AP abbreviates it to.
 */
function styleNeutral(text: string): string {
  const word = (year: string, month: string, day: string): string => `date${year}x${monthNumber(month)}x${Number(day)}`;
  return (
    text
      .replace(/\bWashington,[ \t]*D\.?[ \t]?C\.?/gi, 'Washington')
      // New York stands alone in an AP dateline: its state, a two-word name, is dropped as `GA` is.
      .replace(/\bNew York,[ \t]*(?:New York|N\.?[ \t]?Y\.?)(?=[\s,])/gi, 'New York')
      // A two-word state after a city is one state, which AP abbreviates (`CONCORD, NEW HAMPSHIRE` → `CONCORD, N.H.`).
      .replace(DOTTED_STATE_AFTER_CITY, (_, first: string, rest: string) => `, ${first}${rest}`)
      .replace(TWO_WORD_STATE_AFTER_CITY, (whole, state: string) => whole.replace(state, (apState(state) ?? state).replace(/\./g, '')))
      // `26 June. 2025` is a day and month that ends a sentence, then a year: only an abbreviation takes the stop.
      .replace(DAY_MONTH_YEAR, (whole: string, day, month: string, year) => (new RegExp(`${month}\\.`).test(whole) && monthStyleFull(month) ? whole : word(year, month, day)))
      .replace(MONTH_DAY_YEAR, (_, month, day, year) => word(year, month, day))
      .replace(DAY_MONTH, (_, day, month) => word('', month, day))
      .replace(MONTH_DAY, (_, month, day) => word('', month, day))
      .replace(MERIDIEM_TIME, (_, hour, minute, meridiem) => `time${(Number(hour) % 12) + (/p/i.test(meridiem) ? 12 : 0)}x${Number(minute ?? 0)}`)
      .replace(NAMED_TIME, (_, named: string) => `time${named.toLowerCase() === 'noon' ? 12 : 0}x0`)
  );
}

/** Whether a month is written in full (`June`), which no stop follows as part of it. */
function monthStyleFull(month: string): boolean {
  return MONTH_NAMES.some((name) => name.toLowerCase() === month.toLowerCase());
}

function addresses(text: string): string[] {
  return [...text.matchAll(ADDRESS)].map((m) => m[0].replace(/[.,;:!?'"’”)\]*_]+$/u, ''));
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) count++;
  return count;
}

/**
 * Fix-all keeps every address byte for byte and every word in order, leaves nothing fixable, and a
 * second fix-all changes nothing. Returns the fixed text.
 */
export function fixAllKeepsWhatTheWriterWrote(text: string, config: ResolvedConfig = CONFIGS[0]): string {
  const once = fix(text, config);
  const fixed = once.text;
  assert.deepEqual(
    once.remaining.filter((f) => f.fix).map((f) => f.ruleId),
    [],
    'fixable problems remain after fix-all',
  );
  for (const address of new Set(addresses(text))) {
    assert.ok(occurrences(fixed, address) >= occurrences(text, address), `fix-all changed the address “${address}”`);
  }
  const original = [...styleNeutral(text).matchAll(WORD)].map((m) => m[0]);
  const alone = new Set(original.map((w) => w.toLowerCase()));
  const after = [...styleNeutral(fixed).matchAll(WORD)].map((m) => m[0]);
  // Finds a word from `j` on, whole or split into two words the document uses on their own, which
  // a fix may set apart (a glued "About" label split off, and a skeleton put between). The whole
  // word first: a skeleton's `the` and a later `re` are not `There` split.
  const find = (word: string, from: number): number => {
    const key = styleKey(word);
    // The same word in capitals (AP's dateline city: `Playa del Carmen` → `PLAYA DEL CARMEN`)
    // is kept, even where the capitals read as a state (`DEL`).
    for (let j = from; j < after.length; j++) if (styleKey(after[j]) === key || after[j].toLowerCase() === word.toLowerCase()) return j + 1;
    for (let j = from; j < after.length; j++) {
      const piece = after[j].toLowerCase();
      const lower = word.toLowerCase();
      if (piece.length < lower.length && lower.startsWith(piece) && alone.has(piece) && alone.has(lower.slice(piece.length))) {
        const rest = find(word.slice(piece.length), j + 1);
        if (rest !== -1) return rest;
      }
    }
    return -1;
  };
  let j = 0;
  for (const word of original) {
    // AP's stand-alone cities drop their state in a dateline (`ATLANTA, GA,` → `ATLANTA,`): a
    // state is looked for just where it stood, and passed over when it is gone.
    // Only where it stood: the lead may name the state just after (`SALT LAKE CITY, UT – The Utah
    // Healthcare …` → `SALT LAKE CITY – The Utah …`), and that word is the lead's, not the state's.
    if (styleKey(word).startsWith('state:')) {
      if (j < after.length && styleKey(after[j]) === styleKey(word)) j += 1;
      continue;
    }
    const next = find(word, j);
    assert.ok(next !== -1, `fix-all lost or broke the word “${word}”`);
    j = next;
  }
  assert.equal(fix(fixed, config).text, fixed, 'a second fix-all changed the text');
  return fixed;
}
