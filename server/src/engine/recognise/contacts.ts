import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { MediaContact, Trace } from '../release';
import type { Span } from '../text';
import { CONTACT_LABEL, MAY_REACH, NON_MEDIA_CONTACT_LABEL, matchesLabel } from './labels';
import { namesIn } from './names';
import { sectionEnd } from './closing';
import { isLabelLike, type Unit, unitSpan } from './units';
import { allMatches } from '../text';

// Bounded repetitions only: each start position costs at most a few hundred steps.
const EMAIL = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}/g;
const AT_TOKEN = /[^\s<>()[\]]{1,64}@[^\s<>()[\]]{1,100}/g;
// A slash only between digits (`415/947-4248`): one spaced out (`02 6270 5477 / 0419 494 761`) separates two numbers.
const PHONE = /(?:\+\(?|\(|\b|(?<=[a-z]))\d(?:[\d ().\-\u00a0]|(?<=\d)\/(?=\d)){5,24}\d/g;
const PHONE_LABEL = /(?:phone|tel|telephone|mobile|mob|cell|call|fax|t|m)\.?\s*:?\s*$/i;
const URL = /\b(?:https?:\/\/|www\.)\S{1,200}/gi;

/**
 * Sentences that give the media a contact: "Media enquiries should be directed to …", "For more
 * information, contact the public affairs officer, Maj. Ana Ruiz, at …", "For more information on
 * this release please call …", "For media comment, contact …", "To schedule an interview, contact …".
 * A number offered to the public ("Creditors may call …", "For more
 * information about courses, contact course-advice@…") is not one.
 */
const CONTACT_SENTENCE =
  /\b(?:(?:can|may)(?: also)? be reached (?:at|on|by)|(?:media|press|journalists?)(?:[ -](?:enquiries|inquiries|contacts?|requests|questions))?(?:[ \t]+\w+){0,3}?[ \t]+(?:should|can|may|are)[ \t]+(?:be[ \t]+)?(?:directed|sent|addressed|made|contact)|for[ \t]+(?:all[ \t]+)?(?:media|press)(?:[ \t]+(?:or|and|&)[ \t]+\w+)?[ \t]+(?:enquiries|inquiries|information|requests|questions)|(?:media|press)[ \t]+(?:enquiries|inquiries)[ \t]*:|please[ \t]+contact[ \t]*:|for[ \t]+(?:more|further|additional)[ \t]+information[ \t]+(?:on|about)[ \t]+this[ \t]+(?:release|announcement|story)\b[^.:\n]{0,30}?\b(?:contact|call|e-?mail|reach)\b|for[ \t]+(?:more|further|additional)[ \t]+information,?[ \t]+(?:please[ \t]+)?(?:contact|call|e-?mail|reach)[ \t]+[^.:\n]{0,60}?\b(?:public[ \t]+(?:affairs|information)|media|press|communications|spokes(?:person|man|woman))\b|\bfor[ \t]+(?:(?:media|press)[ \t]+comments?\b|(?:further[ \t]+)?comments?,?[ \t]+(?:please[ \t]+)?(?:contact|call)\b)|\bavailable[ \t]+for[ \t]+(?:interviews?|comments?)\b|\b(?:to[ \t]+(?:schedule|arrange|request|book)[ \t]+(?:an?[ \t]+)?interviews?|for[ \t]+interviews?)\b[^.:\n]{0,40}?\b(?:contact|call|e-?mail|reach)\b)/i;

/** A sentence that sends reporters to someone: `For media interviews, please contact …`, `To book an interview, call …`. */
const ASKS_FOR_A_PERSON = /\b(?:media|press|interviews?|journalists?|reporters?|comment)\b[^.\n]{0,60}?\b(?:contact|call|reach)[ \t]+/i;

/** A word every such sentence holds: a cheap test that passes most paragraphs over. */
const CONTACT_SENTENCE_WORD = /reached|media|press|journalist|contact|information|interview|comment/i;

interface Token extends Span {
  kind: 'name' | 'email' | 'phone' | 'invalid-email' | 'invalid-phone';
  value: string;
  e164?: string;
}

/** Countries tried for numbers written without a country code, most likely first. */
export function phoneCountries(hint: CountryCode | null): CountryCode[] {
  const order: CountryCode[] = ['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'DE', 'FR'];
  return hint ? [hint, ...order.filter((c) => c !== hint)] : order;
}

/** A valid number as written for dialling from abroad: `+47 415 43 840`. */
export function internationalPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** Parses a phone number as written; returns E.164 when it is a valid number. */
export function validPhone(raw: string, countries: readonly CountryCode[]): string | null {
  const compact = raw.replace(/\(0\)/g, '');
  for (const country of countries) {
    const parsed = parsePhoneNumberFromString(compact, country);
    if (parsed?.isValid()) return parsed.number;
    if (compact.trim().startsWith('+')) break;
  }
  return null;
}

/**
 * Trims copy-paste glue from an email: `…@accentro.dePhone` reads `…@accentro.de`, and
 * `ir@medios.groupwww.medios.ag` (the website glued on) reads `ir@medios.group`.
 */
function unglueEmail(email: string): string {
  const at = email.indexOf('@');
  const website = /^[^@]*\.[A-Za-z]{2,}(?=www\.)/.exec(email.slice(at + 1));
  const domain = website ? website[0] : email.slice(at + 1);
  const lastDot = domain.lastIndexOf('.');
  const tld = domain.slice(lastDot + 1);
  // The TLD run into a capitalised word, or into a web address (`…@lrworld.comhttps://…`).
  const glued = /^([a-z]{2,})[A-Z]/.exec(tld) ?? /^([a-z]{2,}?)(?:https?|www)$/.exec(tld);
  return glued ? email.slice(0, at + 1 + lastDot + 1 + glued[1].length) : email.slice(0, at + 1 + domain.length);
}

/**
 * Where an email glued to the name it is made of starts: `Emily Oharaemilyo@…` (first name and
 * the surname's initial), `Bob Mikobmiko@…` (the first name's initial and the surname). The
 * surname is the capitalised start of the local part; 0 when the local part is not so glued.
 */
function gluedSurnameLength(local: string, firstName: string): number {
  const first = firstName.toLowerCase();
  for (let k = 2; k < local.length - 1; k++) {
    const surname = local.slice(0, k).toLowerCase();
    const rest = local.slice(k).toLowerCase();
    if (rest.startsWith(first) || rest === first[0] + surname || rest.startsWith(`${first[0]}.${surname}`)) return k;
  }
  return 0;
}
/** A title's or a label's last word that copy-paste glues to the email after it. */
const GLUED_TO_EMAIL =
  /^(?:Director|Manager|Officer|Coordinator|Specialist|Executive|Lead|Founder|President|Relations|Communications|Marketing|Inquiries|Enquiries|Contact|Email|E-mail)(?=[a-z\d])/;

/** The length of a title's or a label's word glued to the start of an email, or 0. */
function gluedWordLength(email: string): number {
  return GLUED_TO_EMAIL.exec(email)?.[0].length ?? 0;
}

/** A first name just before a capitalised word glued to an email: `Emily Oharaemilyo@`. */
const FIRST_NAME_BEFORE = /(?:^|[\s:])(\p{Lu}\p{Ll}+)[ \t]+$/u;

const CAMEL_CASE_DOMAIN = /@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[a-z]{2,6}(?![A-Za-z])/g;

/**
 * Puts back the spaces copy-paste removed between contact fields, keeping a map to the original
 * offsets: `Christine PreyerDirector`, `RicherCEOinvestorrelations@`, `7135jmason@`, `Contacts:John`.
 */
export function deglue(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  // An email's domain written in CamelCase (`@DallasCounty.org`, `@CureAlz.org`) ends in a lower-case
  // top-level domain and is kept whole; a domain with a word glued on (`@accentro.dePhone`) is not.
  const domains = allMatches(CAMEL_CASE_DOMAIN, text);
  let domain = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    while (domain < domains.length && domains[domain].index + domains[domain][0].length <= i) domain++;
    if (domain < domains.length && domains[domain].index < i) {
      out += ch;
      offsets.push(i);
      continue;
    }
    const previous = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    const glued =
      // lower-case then a capital, except name prefixes (McDonald, DeShawn, LaToya, MacKenzie)
      (/\p{Ll}/u.test(previous) && /\p{Lu}/u.test(ch) && !/(?:^|[^\p{L}])(?:Mc|Mac|De|Di|La|Le|Van|Fitz)$/u.test(text.slice(Math.max(0, i - 5), i))) ||
      // an acronym then a lower-case word (CEOinvestor), and a capital that starts a word after an acronym (PRNewswire)
      (/\p{Lu}/u.test(previous) &&
        /\p{Lu}/u.test(text[i - 2] ?? '') &&
        /\p{Lu}/u.test(text[i - 3] ?? '') &&
        /\p{Ll}/u.test(ch) &&
        /\p{Ll}/u.test(next) &&
        /\p{Ll}/u.test(text[i + 2] ?? '')) ||
      // a digit then a letter (334-7135jmason), a colon then a word (Contacts:John)
      (/\d/.test(previous) && /\p{L}/u.test(ch) && !/^(?:st|nd|rd|th|am|pm|h|x|ext)\b/i.test(text.slice(i, i + 4))) ||
      (previous === ':' && /[\p{L}\d+(]/u.test(ch) && !/https?$/i.test(text.slice(Math.max(0, i - 6), i - 1)) && !/\d/.test(text[i - 2] ?? ''));
    if (glued && i > 0) {
      out += ' ';
      offsets.push(i);
    }
    out += ch;
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

function tokensOf(original: string, countries: readonly CountryCode[]): Token[] {
  const { text, offsets } = deglue(original);
  const tokens: Token[] = [];
  // URLs and bracketed placeholders (`[Full Name]`) hold no contact details.
  let masked = text.replace(URL, (m) => ' '.repeat(m.length)).replace(/\[[^\]\n]{0,80}\]/g, (m) => ' '.repeat(m.length));
  // A phone or an email read is blanked with a bar between spaces: a run of spaces would let a name
  // before it run on into the next one (`Michael Bennett 0434 782 923  Minister Ayres`).
  const blank = (start: number, length: number): void => {
    masked = masked.slice(0, start) + (length > 2 ? ` ${'|'.repeat(length - 2)} ` : ' '.repeat(length)) + masked.slice(start + length);
  };
  const push = (kind: Token['kind'], value: string, start: number, length: number, e164?: string): void => {
    tokens.push({ kind, value, start: offsets[start], end: offsets[start + length - 1] + 1, ...(e164 ? { e164 } : {}) });
  };
  // Phones first, then emails in what remains.
  const readPhone = (candidate: string, index: number): void => {
    let raw = candidate.replace(/[\s(/.-]+$/, '');
    let at = index;
    // A date's year run into the number (`Brian McClung January 8, 2008 (651) 296-0001`) is not part of it.
    const year = /^(?:19|20)\d{2}[ \t\u00a0]+(?=[(+\d])/.exec(raw);
    if (year && validPhone(raw.slice(year[0].length), countries)) {
      raw = raw.slice(year[0].length);
      at += year[0].length;
    }
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) return;
    // A year range or a figure in prose is not a phone: numbers need a label or a phone-like shape.
    const labelled = PHONE_LABEL.test(masked.slice(Math.max(0, at - 12), at));
    // Unlabelled, only an international or a full national number reads as a phone, not a street
    // number: ten digits, or nine after a trunk prefix (`021 865 884` in New Zealand).
    if (!labelled && !/^[+(]/.test(raw) && digits.length < (/^0\d/.test(raw) ? 9 : 10)) return;
    const e164 = validPhone(raw, countries);
    if (e164) push('phone', raw.trim(), at, raw.length, e164);
    else if (labelled) push('invalid-phone', raw.trim(), at, raw.length);
    else return;
    blank(at, raw.length);
  };
  for (const match of allMatches(PHONE, masked)) {
    // Two numbers glued by a slash (`020 7592 8128/07917628998`) are read one by one.
    const slash = match[0].indexOf('/');
    if (slash === -1 || match[0].replace(/\D/g, '').length <= 15) readPhone(match[0], match.index);
    else {
      readPhone(match[0].slice(0, slash), match.index);
      readPhone(match[0].slice(slash + 1), match.index + slash + 1);
    }
  }
  /**
   * The length of the start of an email's name that ungluing split off (`DRC` of `DRCmedia@`,
   * `0800` of `0800service@`): the letters and figures before the space it put in, when they start a word of the text after a line's start,
   * punctuation or a word in lower case (`email DRCmedia@`, `Contact: MikeM@`). Not after other
   * letters (`RicherCEO…` is a name glued to a title) nor after a capitalised word, which they end
   * (`Media RelationsMedia@`, `Ana RibeiroAna@`: a label or a name glued to the email).
   */
  const ownNameBefore = (start: number): number => {
    if (masked[start - 1] !== ' ' || offsets[start - 1] !== offsets[start]) return 0;
    let from = start - 1;
    while (from > 0 && /[A-Za-z\d._-]/.test(masked[from - 1]) && offsets[from - 1] !== offsets[from]) from--;
    // A few figures open an email's name (`0800service@`, `6clementjoshua@`); more are a phone glued to it (`334-7135jmason@`).
    if (from === start - 1 || (masked.slice(from, start - 1).match(/\d/g)?.length ?? 0) > 4) return 0;
    const before = original.slice(Math.max(0, offsets[from] - 40), offsets[from]);
    return /(?:^|[:(<[,;/\n][ \t]*|(?:^|\s)\p{Ll}+[ \t]+)$/u.test(before) && !/(?:^|[^\p{L}])\p{Lu}\p{L}*[ \t]+$/u.test(before) ? start - 1 - from : 0;
  };
  for (const match of allMatches(EMAIL, masked)) {
    let email = unglueEmail(match[0].replace(/^['.]+/, ''));
    let start = match.index + match[0].indexOf(email);
    // The email's length in the unglued text, which holds the space ungluing put into its name.
    let length = email.length;
    const firstName = /^\p{Lu}/u.test(email) ? FIRST_NAME_BEFORE.exec(masked.slice(Math.max(0, start - 30), start)) : null;
    const surnameLength = firstName ? gluedSurnameLength(email.slice(0, email.indexOf('@')), firstName[1]) : 0;
    // Or a title or a label glued to it (`Directorkyle.luong@…`, `Inquiriesleadtheway@…`).
    const glued = surnameLength > 0 ? surnameLength : gluedWordLength(email);
    if (glued > 0) {
      email = email.slice(glued);
      start += glued;
      length -= glued;
    } else {
      // The case change that ungluing split at was inside the email's own name (`DRCmedia@`,
      // `Estelle.SaintMartin@`): its start is taken back to where the word starts in the text.
      const own = ownNameBefore(start);
      if (own > 0) {
        email = masked.slice(start - 1 - own, start - 1) + email;
        start -= own + 1;
        length += own + 1;
      }
    }
    push('email', email, start, length);
    blank(start, length);
  }
  for (const match of allMatches(AT_TOKEN, masked)) {
    const value = match[0].replace(/[.,;:]+$/, '');
    if (/^[\w]/.test(value)) push('invalid-email', value, match.index, value.length);
  }
  for (const name of namesIn(masked)) {
    // "in New York", "for UNOCT": a capitalised phrase after a preposition is a place or a body;
    // one followed by "AG" or "Inc." is a company.
    const before = masked.slice(Math.max(0, name.index - 5), name.index);
    const after = masked.slice(name.index + name.length, name.index + name.length + 8);
    if (/\b(?:in|at|for|from|of|on|via|to)\s+$/i.test(before) && !name.hasHonorific) continue;
    if (/^,?\s*(?:AG|GmbH|Inc|LLC|Ltd|plc|SA|S\.A\.|Corp|Group|PR)\b/.test(after)) continue;
    // "Shane Devenish Canadian RV Association": a third capitalised word that runs on into more
    // capitals belongs to the organisation after the name.
    const words = name.name.split(/\s+/);
    if (words.length >= 3 && !name.hasHonorific && /^\s\p{Lu}/u.test(after) && !/^[A-Z]\.$/.test(words[1])) {
      const kept = words.slice(0, 2).join(' ');
      push('name', kept, name.index, masked.indexOf(kept, name.index) - name.index + kept.length);
      continue;
    }
    push('name', name.name, name.index, name.length);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** A stretch of a unit's text that holds contact details. */
interface Entry {
  unit: Unit;
  from: number;
  to: number;
}

/**
 * Groups the tokens of a contact section into contacts: a new person's name, or a second email
 * after a named contact, starts another; a second phone (out of hours, mobile) stays with the first.
 */
function groupContacts(entries: readonly Entry[], countries: readonly CountryCode[], fallbackName: string | null): MediaContact[] {
  const contacts: MediaContact[] = [];
  let current: MediaContact | null = null;
  let currentEntry = 0;
  for (const [entryIndex, { unit, from, to }] of entries.entries()) {
    // A name in a later paragraph than a contact that has a way to reach them is another person.
    const afterComplete = (): boolean => entryIndex > currentEntry && current !== null && (current.email !== null || current.phone !== null);
    // Line breaks kept: a name on one line and the agency on the next (`Gerard Blank` / `The
    // Agency`) are not read as one phrase. The block's text has the flat text's offsets.
    for (const token of tokensOf(unit.block.text.slice(unit.from + from, unit.from + to), countries)) {
      const span = unitSpan(unit, from + token.start, from + token.end);
      const startsNew =
        !current ||
        (token.kind === 'name' && current.name !== null) ||
        (token.kind === 'name' && (current.email !== null || current.phone !== null) && (contacts.length > 0 || afterComplete())) ||
        (token.kind === 'email' && current.email !== null && current.email !== token.value);
      if (startsNew) {
        if (current) contacts.push(current);
        currentEntry = entryIndex;
        current = { ...span, name: null, email: null, emailSpan: null, phone: null, phoneSpan: null, phoneE164: null, invalid: [] };
      }
      const contact = current!;
      contact.end = Math.max(contact.end, span.end);
      if (token.kind === 'name') contact.name = token.value;
      else if (token.kind === 'email' && !contact.email) {
        contact.email = token.value;
        contact.emailSpan = span;
      } else if (token.kind === 'phone' && !contact.phone) {
        contact.phone = token.value;
        contact.phoneSpan = span;
        contact.phoneE164 = token.e164 ?? null;
      } else if (token.kind === 'invalid-email' || token.kind === 'invalid-phone') {
        contact.invalid.push({ kind: token.kind === 'invalid-email' ? 'email' : 'phone', text: token.value, span });
      }
    }
  }
  if (current) contacts.push(current);
  for (const contact of contacts) if (!contact.name && fallbackName && (contact.email || contact.phone)) contact.name = fallbackName;
  return contacts;
}

/**
 * Contact labels inside a unit's text, as copy-paste leaves them: at its start, after a sentence,
 * after a run of spaces, or glued to the text before (`…foundersMedia Contacts:`). Each must be
 * followed by a colon, a capital (glued: `Contact DetailsPayop`) or the end of the unit; or it
 * names the person (`Contact Jeff Seibert for more information`), or the person and a number
 * (`Contact Jon Edwards - 0428 213 146`).
 */
const LABEL_IN_TEXT =
  /(?:((?:Investor Relations|Investor|IR|Analyst|Sales|Sponsorship)[ \t]+[Cc]ontacts?)|(?:Media(?:[ \t]+Relations)?|Press|PR|News)[ \t]+(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)|Further[ \t]+(?:[Ee]nquiries|[Ii]nquiries)|[Cc]ontacts?(?:[ \t]+(?:[Dd]etails|[Ii]nformation|[Ii]nfo))?|(?:(?:MEDIA|PRESS)[ \t]+)?CONTACTS?(?=[ \t]*:)|(?:[Yy]our[ \t]+)?[Cc]ontact for [^:\n]{1,60}?(?:[Pp]ress|[Mm]edia)[^:\n]{0,30}|For (?:more|further|additional) information[^:\n]{0,60}?contact(?:[^:\n.]{1,40}(?=:))?|For (?:media|press) (?:inquiries|enquiries)|For (?:further |media )?comments?)(?=[ \t]*:|\p{Lu}|[ \t]*$)|For (?:more|further|additional) information[^:\n.]{0,60}?please[ \t]{1,3}contact(?=[ \t]{1,3}(?:the[ \t]{1,3})?\p{Lu})|[Cc]ontact(?=[ \t]\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){1,2}[ \t]for[ \t](?:more|further|additional)[ \t]information)|[Cc]ontact(?=[ \t]\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){1,2}[ \t]*(?:[-–—,:|][ \t]*)?[+(\d])/gu;

/**
 * Where a label may start, judged from the few characters before it (a regex look-behind would
 * re-scan the text before every position): the unit's start after markup, a sentence end or
 * closing bracket, two spaces, or a lower-case letter it is glued to.
 */
function labelMayStartAt(text: string, index: number): boolean {
  if (
    /^[\s*_>#-]*$/.test(text.slice(Math.max(0, index - 8), index)) &&
    text
      .slice(0, index)
      .trim()
      .replace(/[*_>#-]/g, '') === ''
  )
    return true;
  // Also after a line in capitals run into it (`FOR IMMEDIATE RELEASE Media Contact: …`).
  const before = text.slice(Math.max(0, index - 4), index);
  return /[^\p{L}\s,;][ \t\u00a0]*$|[ \t\u00a0]{2,}$|\p{Ll}$|\p{Lu}{3}[ \t\u00a0]$/u.test(before);
}

function contactLabels(text: string): RegExpExecArray[] {
  // Every label holds one of these words: most paragraphs are passed over without the pattern.
  if (!text.includes('ontact') && !text.includes('ONTACT') && !text.includes('nquiries') && !text.includes('omment')) return [];
  return allMatches(LABEL_IN_TEXT, text).filter((match) => labelMayStartAt(text, match.index));
}

/** "PHE press office": a desk named as the label. */
const DESK_LABEL = /^([\p{L}.&'’ ]{1,40})[ \t](?:press|media|news) (?:office|desk|team)\s*:?$/iu;

/** Longer than this, a unit is prose, not a contact block. */
const CONTACT_BLOCK_MAX = 600;

/** Field labels of a contact block: `Tel:`, `E:`, `Phone`, `E-mail`, `Mobile:`. */
const FIELD_LABEL =
  /(?:^|[^\p{L}])(?:tel|phone|telephone|mobile|mob|cell|fax|e-?mail|[TEM])\.?[ \t]{0,3}:|\b(?:phone|tel\.?|telephone|mobile|mob\.?|cell|e-?mail)[ \t]{1,3}(?:[+(\d]|[\w.-]{1,64}@)/iu;
const WORD = /[\p{L}\d][\p{L}\d'’.-]*/gu;

/**
 * A contact nobody labelled: a block that gives a way to reach someone, weighed on its evidence
 * (an email, a phone, a person's name, field labels, a place among the closing matter) against
 * the prose around it (a paragraph that mentions a hotline is not a contact block).
 */
/** A line that opens by sending the reader to someone: `For more information contact …`, `To arrange comment: …`, `Call …`. */
const ASKS_TO_REACH =
  /^[\s*_]*(?:(?:for|further)\b[^.:\n]{0,40}?\b(?:contact|call|ring|phone|reach|interviews?|comment)\b|to[ \t]+(?:arrange|schedule|book|request)\b[^.:\n]{0,30}?\b(?:interviews?|comment)\b|(?:please[ \t]+)?(?:contact|call|ring|phone)\b)/i;

const PRESS_WORDS = /\b(?:media|press|communications|public (?:affairs|information|relations)|spokes(?:person|man|woman))\b/i;

function contactEvidence(unit: Unit, closing: boolean, countries: readonly CountryCode[]): number {
  // A contact block is short; a long paragraph is prose whatever it holds, and skipping it keeps
  // this pass linear in the document.
  if (unit.text.length > CONTACT_BLOCK_MAX || !MAY_REACH.test(unit.text)) return 0;
  const tokens = tokensOf(unit.text, countries);
  const has = (kind: Token['kind']): boolean => tokens.some((t) => t.kind === kind);
  if (!has('email') && !has('phone')) return 0;
  const fields = FIELD_LABEL.test(unit.text);
  // A bare number in a sentence ("text STOCKS to 888-…") is weaker than a labelled one.
  let score = (has('email') ? 2 : 0) + (has('phone') ? (fields ? 2 : 1) : 0) + (has('name') ? 1 : 0) + (closing ? 1 : 0) + (fields ? 1 : 0);
  // A line that opens by sending the reader to the person (`For more information contact Ian Rintoul
  // 0417 …`, `For interviews call Erin Farley on …`), unless it is for tickets, orders or donations.
  if (ASKS_TO_REACH.test(unit.text) && !NOT_THE_PRESS.test(unit.text)) score += 1;
  // A press office's words, without a label's colon (`Media Contact, 212-…`, `Eric Trevino, Media
  // Relations`, `NTSB Office of Public Affairs: (202) …`): the details are for reporters.
  if (PRESS_WORDS.test(unit.text)) score += 2;
  // A block of short lines, as contact blocks are set: name, title, organisation, phone, email.
  const block = unit.block;
  if (unit.from === 0 && unit.to === block.flat.length && block.endLine - block.line >= 2 && block.text.length / (block.endLine - block.line + 1) < 60) score += 1;
  let rest = '';
  let at = 0;
  for (const token of tokens) {
    rest += `${unit.text.slice(at, Math.max(at, token.start))} `;
    at = Math.max(at, token.end);
  }
  rest += unit.text.slice(at);
  const proseWords = rest.replace(URL, ' ').match(WORD)?.length ?? 0;
  // A contact block is a few words around its details; a sentence that offers an email is prose.
  // Nothing but a name and a way to reach them (`Gerry Rice: 202-473-1842`) is a contact line.
  if (proseWords === 0 && has('name')) score += 2;
  else if (proseWords > 25) score -= 4;
  else if (proseWords > 12) score -= 2;
  else if (proseWords > 8) score -= 1;
  return score;
}

/** A paragraph this short may be one line of a contact block (a name, a title, a phone, an email); a sentence is not. */
const CONTACT_LINE_MAX = 80;
const CONTACT_LINE_WORDS = 6;

/** The paragraphs of one short line each from `start` on (at most four): a contact block set loose. */
function shortParagraphRun(units: readonly Unit[], start: number, usable: (i: number) => boolean): Unit[] {
  const run: Unit[] = [];
  for (let i = start; i < units.length && run.length < 4 && usable(i); i++) {
    const unit = units[i];
    const text = unit.text.trim();
    if (unit.block.kind !== 'paragraph' || text.length > CONTACT_LINE_MAX || text.split(/\s+/).length > CONTACT_LINE_WORDS || unit.block.endLine !== unit.block.line) break;
    run.push(unit);
  }
  return run;
}

/** What it takes: a way to reach someone and two more cues, or both an email and a phone. */
const CONTACT_EVIDENCE = 4;

export interface ContactsFound {
  section: Span | null;
  contacts: MediaContact[];
  /** Without a media contact: an email or phone in the closing matter that may be one (`Trace`). */
  trace: Trace | null;
}

const HIDDEN_EMAIL = /\[email(?:[ \t\u00a0]|&#160;)protected\]/;

/** A street address, as a letterhead gives with its switchboard. */
const STREET_ADDRESS = /\b\d{1,5}[ \t]+(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way|Place|Square|Suite)\b/u;

/** A way to reach someone offered for something else: tickets, sponsorship, claims, sales. */
const NOT_THE_PRESS =
  /\b(?:sponsor\w*|investors?\b|creditors?|claims?|tickets?|booking|regist(?:er|ration)|hotline|helpline|customers?|orders?|sales|donat\w*|volunteer\w*|appl(?:y|ications?)|enrol\w*|admissions?)\b/i;

/**
 * An email or valid phone below the headline (not only in the closing matter: skeletons fix-all
 * appends would push it out of any closing half), outside quotations and outside sections and
 * sentences for someone other than the press: a writer who gives one has set a contact down,
 * though not as one the recogniser reads as for the media.
 */
function contactTrace(units: readonly Unit[], above: number, from: number, countries: readonly CountryCode[], excluded: (i: number) => boolean): Trace | null {
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (excluded(i) || !(MAY_REACH.test(unit.text) || unit.text.includes('[email')) || NOT_THE_PRESS.test(unit.text) || /^[\s*_]*[“"]/.test(unit.text)) continue;
    const token = tokensOf(unit.text.slice(0, CONTACT_BLOCK_MAX * 4), countries).find((t) => t.kind === 'email' || t.kind === 'phone');
    if (token) return { ...unitSpan(unit, token.start, token.end), what: `the ${token.kind === 'email' ? 'email' : 'phone number'} ${token.value}` };
    // An address a website hid from robots when the page was copied (Cloudflare's `[email protected]`).
    const hidden = HIDDEN_EMAIL.exec(unit.text);
    if (hidden) return { ...unitSpan(unit, hidden.index, hidden.index + hidden[0].length), what: 'the email address the copied page hid ([email protected])' };
  }
  // A sentence that sends the press to a person by name alone (`For media interviews, please contact
  // Katherine Waite.`): the contact is there, without a way to reach them.
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    const asks = excluded(i) ? null : ASKS_FOR_A_PERSON.exec(unit.text);
    const person = asks ? namesIn(unit.text.slice(asks.index + asks[0].length, asks.index + asks[0].length + 60))[0] : undefined;
    if (asks && person && person.index === 0) {
      const at = asks.index + asks[0].length;
      return { ...unitSpan(unit, at, at + person.length), what: `the sentence that names ${person.name}` };
    }
  }
  // A sign-off at the foot by a person of the press office (`Gopal Sutar, / Deputy General Manager /
  // [Corporate Public Relations]`): the contact is there, without a way to reach them.
  const foot = units
    .slice(from)
    .filter((u) => !excluded(u.index))
    .slice(-3);
  for (const unit of foot) {
    const text = unit.text.trim();
    const person = text.length <= 200 && PRESS_WORDS.test(text) ? namesIn(text)[0] : undefined;
    if (person && person.index <= 2 && !/[.!?]$/.test(text))
      return { ...unitSpan(unit, unit.text.indexOf(text) + person.index, unit.text.indexOf(text) + person.index + person.length), what: `the sign-off of ${person.name}` };
  }
  // Above the headline, a person with a phone or an email (`Jay Furrow, CEO` / `(212) 997-7767`),
  // as a filing's cover sets the contact: a letterhead's switchboard names no one.
  for (let i = Math.max(0, above); i < from; i++) {
    const unit = units[i];
    if (excluded(i) || !MAY_REACH.test(unit.text) || NOT_THE_PRESS.test(unit.text) || STREET_ADDRESS.test(unit.text)) continue;
    const tokens = tokensOf(unit.text.slice(0, CONTACT_BLOCK_MAX), countries);
    const reach = tokens.find((t) => t.kind === 'email' || t.kind === 'phone');
    if (reach && tokens.some((t) => t.kind === 'name'))
      return { ...unitSpan(unit, reach.start, reach.end), what: `the ${reach.kind === 'email' ? 'email' : 'phone number'} ${reach.value}` };
  }
  return null;
}

/**
 * The media contacts, read from `from` (just below the headline: a contact block may stand between
 * the headline and the lead, as government releases set it) to the end. A section that opens above
 * the lead at `bodyStart` ends there. A labelled section (`Media Contact: …`) is read from
 * `labelledFrom` too, above the headline where a letterhead sets it; an unlabelled block there is
 * the letterhead's switchboard, not a contact.
 */
export function recogniseContacts(
  units: readonly Unit[],
  labelledFrom: number,
  from: number,
  bodyStart: number,
  countryHint: CountryCode | null,
  isSkipped: (unit: Unit) => boolean,
): ContactsFound {
  const countries = phoneCountries(countryHint);
  const endOfSection = (i: number): number => (i < bodyStart ? Math.min(sectionEnd(units, i), bodyStart - 1) : sectionEnd(units, i));
  const contacts: MediaContact[] = [];
  let section: Span | null = null;
  const addSection = (span: Span): void => {
    section ??= span;
  };
  /** Units of investor, sales or other sections not for the media. */
  const notForMedia = new Set<number>();
  /**
   * The paragraphs right after a label or sentence that gave its own details and that are contacts
   * too: `For Media Inquiries: 214-706-1173`, then `Linzy Cotaya: 504-872-3446; linzy@…`.
   */
  const contactsBelow = (i: number): Entry[] => {
    const entries: Entry[] = [];
    const last = endOfSection(i);
    // A number for investors, tickets or sales after it is not one for the media.
    for (let j = i + 1; j <= last && !isSkipped(units[j]) && !NOT_THE_PRESS.test(units[j].text) && contactEvidence(units[j], true, countries) >= CONTACT_EVIDENCE; j++) {
      entries.push({ unit: units[j], from: 0, to: units[j].text.length });
    }
    return entries;
  };

  for (let i = Math.min(labelledFrom, from); i < units.length; i++) {
    const unit = units[i];
    if (isSkipped(unit)) continue;
    const text = unit.text;
    const trimmed = text.trim();

    if (isLabelLike(unit, 100) && matchesLabel(NON_MEDIA_CONTACT_LABEL, trimmed)) {
      const last = endOfSection(i);
      for (let j = i; j <= last; j++) notForMedia.add(j);
      i = last;
      continue;
    }
    const desk = isLabelLike(unit, 100) ? DESK_LABEL.exec(trimmed) : null;
    const labels = desk ? [] : contactLabels(text);
    if (desk || (isLabelLike(unit, 100) && matchesLabel(CONTACT_LABEL, trimmed))) {
      // A label on its own: the contacts are in the units that follow.
      const last = endOfSection(i);
      const entries: Entry[] = [];
      for (let j = i + 1; j <= last; j++) entries.push({ unit: units[j], from: 0, to: units[j].text.length });
      addSection({ start: unitSpan(unit).start, end: unitSpan(units[last]).end });
      contacts.push(...groupContacts(entries, countries, desk ? trimmed.replace(/:$/, '') : null));
      i = last;
      continue;
    }
    if (labels.length > 0) {
      let consumedUpTo = i;
      labels.forEach((label, k) => {
        if (label[1]) {
          notForMedia.add(i); // investors, sales: not for the media
          return;
        }
        const start = label.index + label[0].length;
        const end = k + 1 < labels.length ? labels[k + 1].index : text.length;
        const entries: Entry[] = [{ unit, from: start, to: end }];
        // A label with nothing after it, or only a name or desk (`Contact DetailsPayop`): the email
        // and phone are in the units that follow.
        const holdsDetails = tokensOf(text.slice(start, end), countries).some((t) => t.kind !== 'name');
        if (!holdsDetails && k === labels.length - 1) {
          const last = endOfSection(i);
          for (let j = i + 1; j <= last; j++) entries.push({ unit: units[j], from: 0, to: units[j].text.length });
          consumedUpTo = last;
        } else if (k === labels.length - 1) {
          const below = contactsBelow(i);
          entries.push(...below);
          consumedUpTo += below.length;
        }
        addSection(unitSpan(unit, label.index, end));
        contacts.push(...groupContacts(entries, countries, null));
      });
      i = consumedUpTo;
      continue;
    }
    const sentence = i >= from && CONTACT_SENTENCE_WORD.test(text) ? CONTACT_SENTENCE.exec(text) : null;
    if (sentence) {
      // From the start of the sentence: "Owen Pritchard can be reached at …" names the contact first.
      const sentenceStart = Math.max(text.lastIndexOf('. ', sentence.index) + 1, 0);
      const below = contactsBelow(i);
      const found = groupContacts([{ unit, from: sentenceStart, to: text.length }, ...below], countries, null).filter((c) => c.email || c.phone);
      if (found.length > 0) {
        addSection(unitSpan(unit, sentence.index));
        contacts.push(...found);
        i += below.length;
      }
    }
  }
  // Unlabelled contact blocks are looked for when no label gave a way to reach someone.
  if (contacts.every((c) => !c.email && !c.phone)) {
    // The closing matter: the second half of what follows the lead.
    const closingFrom = from + Math.floor((units.length - from) / 2);
    const usable = (i: number): boolean => i < units.length && !isSkipped(units[i]) && !notForMedia.has(i) && units[i].block.kind !== 'heading';
    // Above the headline too: a contact under the letterhead (`Trudy Harlow, 202-513-0574` below the office's name).
    for (let i = Math.min(labelledFrom, from); i < units.length; i++) {
      const unit = units[i];
      if (!usable(i)) continue;
      let run = [unit];
      if (contactEvidence(unit, i >= closingFrom, countries) < CONTACT_EVIDENCE) {
        // A contact set as paragraphs of one line each (name, phone, email), as copy-paste leaves
        // a block: weighed as one block.
        run = shortParagraphRun(units, i, usable);
        if (run.length < 2 || contactEvidence({ ...unit, text: run.map((u) => u.text).join('\n') }, i >= closingFrom, countries) < CONTACT_EVIDENCE) continue;
        i += run.length - 1;
      }
      // No section: nothing says these are for the media, which release detection weighs.
      const entries = run.map((u) => ({ unit: u, from: 0, to: u.text.length }));
      // Above the headline only a person named first, with a way to reach them: a letterhead's
      // address and switchboard (`1200 Wharf Street, Denver · 303-555-0100`) are no contact.
      const aboveHeadline = i < from;
      contacts.push(
        ...groupContacts(entries, countries, null).filter((c) =>
          aboveHeadline ? c.name !== null && run[0].text.trimStart().startsWith(c.name) && (c.email || c.phone) : c.email || c.phone || c.name,
        ),
      );
    }
  }
  // The same person or mailbox repeated (a wire footer copying the contact block) is one contact.
  const distinct: MediaContact[] = [];
  for (const contact of contacts) {
    if (!contact.name && !contact.email && !contact.phone && contact.invalid.length === 0) continue;
    const digits = (c: MediaContact): string | null => (c.phoneE164 ?? c.phone)?.replace(/\D/g, '').slice(-10) ?? null;
    const same = distinct.find(
      (d) =>
        (contact.name && d.name?.toLowerCase() === contact.name.toLowerCase()) ||
        (!contact.name && !d.name && contact.email && d.email === contact.email) ||
        (!contact.email && contact.phone && digits(d) === digits(contact)),
    );
    if (!same) {
      distinct.push(contact);
      continue;
    }
    if (!same.email && contact.email) Object.assign(same, { email: contact.email, emailSpan: contact.emailSpan });
    if (!same.phone && contact.phone) Object.assign(same, { phone: contact.phone, phoneSpan: contact.phoneSpan, phoneE164: contact.phoneE164 });
  }
  const trace = distinct.length > 0 ? null : contactTrace(units, labelledFrom, from, countries, (i) => isSkipped(units[i]) || notForMedia.has(i));
  return { section, contacts: distinct, trace };
}
