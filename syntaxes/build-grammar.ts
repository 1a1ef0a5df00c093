// Writes syntaxes/pressroom-blocks.tmLanguage.json and pressroom-inline.tmLanguage.json: TextMate
// grammars injected into Markdown that scope the parts of a press release — the release line, the
// dateline (place, date, wire credit), the end mark, contact labels and placeholders. The patterns
// follow the engine's recognisers (server/src/engine/recognise) in the Oniguruma dialect.
// Their word lists are the engine's own (server/src/engine/words.ts). `npm run generate` writes them.
import { NOT_A_PLACE_WORDS, PLACEHOLDER_WORDS } from '../server/src/engine/words';

const SP = '[ \\t\\x{00A0}]';
const MONTH =
  '(?i:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![\\p{L}])';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?';
const DATE = `(?:${WEEKDAY}${SP}+)?(?:${MONTH},?${SP}+${DAY},?${SP}+\\d{4}|${DAY}(?:${SP}+of)?${SP}+${MONTH},?${SP}+\\d{4})(?!\\d)`;
const DATE_START = `(?:${WEEKDAY}${SP}+)?(?:${MONTH}${SP}*,?${SP}*\\d|${DAY}(?:${SP}+of)?${SP}+${MONTH})`;
const DASH = '(?:--|—|–|-)';
// Words that open sentences or labels and never a place (the engine's NOT_A_PLACE).
const NOT_A_PLACE = `(?!(?i:${NOT_A_PLACE_WORDS.join('|')})\\b)`;
const WORD = `\\p{Lu}[\\p{L}.'’\\-]*`;
const PLACE_PART = `${WORD}(?:${SP}\\p{L}[\\p{L}.'’\\-]*){0,4}`;
const PLACE = `${NOT_A_PLACE}${PLACE_PART}(?:,${SP}*${PLACE_PART}){0,2}`;
/** What follows the place in a dateline: a date or a wire credit, after a comma or a dash. */
const AFTER_PLACE = `(?=${SP}*(?:,|${DASH})?${SP}*(?:[(/\\[]|${DATE_START}))`;
const WIRE = '(?:\\([^()\\n]{2,40}\\)|/[^/\\n]{2,40}/|\\[[^\\]\\n]{2,60}\\]\\([^)\\n]*\\))';
const BOLD = '(?:\\*\\*|__)';
/** Bold or italic around a whole line: `**FOR IMMEDIATE RELEASE**`, `_FOR RELEASE ON …_`. */
const EMPHASIS = '(?:\\*{1,2}|_{1,2})';
const LABEL = `(?:${BOLD}?(?:Press|News|Media)${SP}+Release${BOLD}?${SP}*[-–—:]${SP}*)`;

// A dateline opens a line: place first (`Oslo, 23 May 2018 –`, `VIENNA, Va.–(BUSINESS WIRE)–`)
// or, rarely, date first (`February 17, 2025, Mississauga, ON —`).
const WIRE_NAMED =
  '(?:\\([^()\\n]*(?:WIRE|Wire|wire|PRESS|Press|NEWS|News|PR)[^()\\n]*\\)|/[^/\\n]{2,40}/|\\[[^\\]\\n]*(?:WIRE|Wire|wire|News|NEWS|PR)[^\\]\\n]*\\]\\([^)\\n]*\\))';
const PLACE_FIRST = `${SP}{0,3}${LABEL}?${BOLD}?${PLACE}(?:${SP}*,${SP}*|${SP}*${DASH}${SP}*|${SP}*(?=[(/\\[]))(?:${WIRE_NAMED}${SP}*${DASH}?${SP}*(?:${DATE})?|${DATE})`;
const DATE_FIRST = `${SP}{0,3}${BOLD}?${DATE},${SP}*${PLACE}${SP}*${DASH}`;
const FINAL_SEPARATOR = `${SP}*${DASH}(?:${SP}*${DASH})*${SP}*(?=\\S)(?!${DATE_START}|[(/\\[]|${BOLD}${SP}*${DASH})`;

const PLACEHOLDER_ALTERNATIVES = PLACEHOLDER_WORDS.join('|');

const SCHEMA = 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json';
const START = '(?:^|\\G)';

const repository = {
  'release-line': {
    comment: 'FOR IMMEDIATE RELEASE, EMBARGOED UNTIL …: a line of its own.',
    match: `^${SP}{0,3}(${EMPHASIS})?((?i:for${SP}+immediate${SP}+release(?:${SP}*[-–—:]${SP}*.{1,60}?)?|immediate${SP}+release|for${SP}+release${SP}+(?:on|at|after|until)\\b.{0,100}?|(?:strictly${SP}+)?embargo(?:ed)?\\b.{0,100}?|under${SP}+embargo\\b.{0,100}?|hold${SP}+for${SP}+release\\b.{0,100}?|not${SP}+for${SP}+(?:publication|release|broadcast)\\b.{0,100}?))(${EMPHASIS})?[:.]?${SP}*$`,
    name: 'meta.release-line.pressroom',
    captures: {
      1: { name: 'punctuation.definition.bold.markdown' },
      2: { name: 'keyword.control.release-line.pressroom', patterns: [{ include: '#date' }] },
      3: { name: 'punctuation.definition.bold.markdown' },
    },
  },
  'end-mark': {
    comment: '###, -30-, ENDS: a line of its own (### escaped as \\#\\#\\# so Markdown keeps it).',
    match: `^${SP}{0,3}(${EMPHASIS})?(#${SP}?#${SP}?#|\\\\#${SP}?\\\\#${SP}?\\\\#|\\\\?[-–—]${SP}?30${SP}?\\\\?[-–—]|[-–—]{0,2}${SP}?(?:ENDS?|Ends)${SP}?[-–—]{0,2}|\\[(?i:end)\\]|\\*{3}${SP}?(?i:end)${SP}?\\*{3})(${EMPHASIS})?${SP}*$`,
    name: 'meta.end-mark.pressroom',
    captures: {
      1: { name: 'punctuation.definition.bold.markdown' },
      2: { name: 'keyword.control.end-mark.pressroom' },
      3: { name: 'punctuation.definition.bold.markdown' },
    },
  },
  dateline: {
    comment: 'The dateline that opens the lead: place, date and wire credit, up to the separator before the lead.',
    name: 'meta.dateline.pressroom',
    begin: `${START}(?=${PLACE_FIRST}|${DATE_FIRST})`,
    end: `(${FINAL_SEPARATOR})|$`,
    endCaptures: { 1: { name: 'punctuation.separator.dateline.pressroom' } },
    patterns: [
      {
        match: `\\G(${SP}{0,3})(?:(${BOLD})?((?:Press|News|Media)${SP}+Release)(${BOLD})?${SP}*([-–—:])${SP}*)?(${BOLD})?(${PLACE})${AFTER_PLACE}`,
        captures: {
          2: { name: 'punctuation.definition.bold.markdown' },
          3: { name: 'keyword.other.document-label.pressroom' },
          4: { name: 'punctuation.definition.bold.markdown' },
          5: { name: 'punctuation.separator.dateline.pressroom' },
          6: { name: 'punctuation.definition.bold.markdown' },
          7: { name: 'entity.name.type.city.pressroom' },
        },
      },
      { match: `(?<=\\d{4},)${SP}*(${PLACE})(?=${SP}*${DASH})`, captures: { 1: { name: 'entity.name.type.city.pressroom' } } },
      { include: '#date' },
      { match: WIRE, name: 'support.class.wire.pressroom' },
      { match: BOLD, name: 'punctuation.definition.bold.markdown' },
      { match: `${SP}*${DASH}${SP}*`, name: 'punctuation.separator.dateline.pressroom' },
    ],
  },
  date: {
    match: DATE,
    name: 'constant.numeric.date.pressroom',
  },
  'contact-label': {
    comment: 'Media contact, Press enquiries, For more information; Email:, Phone: before a value.',
    patterns: [
      {
        match: `(?i)\\b(?:(?:media|press|pr|news(?:room)?)(?:${SP}+and${SP}+(?:investor|analyst)s?)?[ -](?:contacts?|enquiries|inquiries|relations(?:${SP}+contacts?)?|office|desk)|for${SP}+(?:more|further|additional)${SP}+information(?=${SP}*[:,])|for${SP}+(?:media|press)${SP}+(?:inquiries|enquiries|information))\\b`,
        name: 'keyword.other.contact-label.pressroom',
      },
      {
        match: `\\b(?:Contacts?|CONTACTS?|E-?mail|EMAIL|E-MAIL|Phone|PHONE|Tel|TEL|Telephone|Mobile|Mob|Cell|Fax|Web(?:site)?)\\.?(?=${SP}*:)`,
        name: 'keyword.other.contact-label.pressroom',
      },
    ],
  },
  placeholder: {
    comment: 'What no-placeholder flags: [COMPANY NAME], [Name], TK, XX, TBD, lorem ipsum.',
    patterns: [
      {
        match: `\\[(?:\\p{Lu}[\\p{Lu}\\d ,.&/'\\-]{1,78}|(?i:${PLACEHOLDER_ALTERNATIVES})\\b[^\\]\\n]{0,70})\\](?![(\\[:])`,
        name: 'invalid.deprecated.placeholder.pressroom',
      },
      { match: '\\bTK(?:TK)*\\b|\\bX{2,}\\b|\\bTB[CD]\\b|\\b[Ll]orem ipsum\\b|\\bLOREM IPSUM\\b', name: 'invalid.deprecated.placeholder.pressroom' },
    ],
  },
};

/**
 * Two injections. Lines that are a part on their own (release line, end mark) are matched where
 * Markdown starts a block, before its heading rule takes `###`; what sits inside prose (dateline,
 * contact labels, placeholders) is matched inside paragraphs and headings, so the Markdown
 * grammar keeps scoping links and emphasis on the rest of the line.
 */
const EXCLUDE = '-markup.fenced_code -markup.raw -markup.inline.raw -meta.embedded -comment';
export const GRAMMARS = {
  'pressroom-blocks.tmLanguage.json': {
    $schema: SCHEMA,
    name: 'Pressroom: release line and end mark in Markdown',
    scopeName: 'text.pressroom.blocks',
    injectionSelector: `L:text.html.markdown -meta.paragraph.markdown -markup.heading.markdown -meta.release-line.pressroom -meta.end-mark.pressroom ${EXCLUDE}`,
    patterns: [{ include: '#release-line' }, { include: '#end-mark' }],
    repository: { 'release-line': repository['release-line'], 'end-mark': repository['end-mark'], date: repository.date },
  },
  'pressroom-inline.tmLanguage.json': {
    $schema: SCHEMA,
    name: 'Pressroom: dateline, contact labels and placeholders in Markdown',
    scopeName: 'text.pressroom.inline',
    injectionSelector: `L:meta.paragraph.markdown -meta.dateline.pressroom ${EXCLUDE}, L:markup.heading.markdown -meta.dateline.pressroom ${EXCLUDE}`,
    patterns: [{ include: '#dateline' }, { include: '#contact-label' }, { include: '#placeholder' }],
    repository: { dateline: repository.dateline, date: repository.date, 'contact-label': repository['contact-label'], placeholder: repository.placeholder },
  },
};

export const grammarText = (grammar: unknown): string => `${JSON.stringify(grammar, null, 2)}\n`;
