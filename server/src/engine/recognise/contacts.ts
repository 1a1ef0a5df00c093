import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import type { MediaContact } from '../release';
import type { Span } from '../text';
import { CONTACT_LABEL, NON_MEDIA_CONTACT_LABEL, matchesLabel } from './labels';
import { looksLikeOrganisation, namesIn } from './names';
import { sectionEnd } from './closing';
import { isLabelLike, type Unit, unitSpan } from './units';

// Bounded repetitions only: each start position costs at most a few hundred steps.
const EMAIL = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.[A-Za-z]{2,24}/g;
const AT_TOKEN = /[^\s<>()[\]]{1,64}@[^\s<>()[\]]{1,100}/g;
const PHONE = /(?:\+|\b)\(?\d[\d ().\-/\u00a0]{5,24}\d/g;
const PHONE_LABEL = /(?:phone|tel|telephone|mobile|mob|cell|call|fax|t|m)\.?\s*:?\s*$/i;
const URL = /\b(?:https?:\/\/|www\.)\S{1,200}/gi;

/** Sentences that give the media a contact: "Media enquiries should be directed to …". */
const CONTACT_SENTENCE =
  /\b(?:(?:media|press|journalists?)(?:[ -](?:enquiries|inquiries|contacts?|requests|questions))?(?:[ \t]+\w+){0,3}?[ \t]+(?:should|can|may|are)[ \t]+(?:be[ \t]+)?(?:directed|sent|addressed|made|contact)|for[ \t]+(?:media|press)[ \t]+(?:enquiries|inquiries|information|requests)|(?:media|press)[ \t]+(?:enquiries|inquiries)[ \t]*:)/i;

interface Token extends Span {
  kind: 'name' | 'email' | 'phone' | 'invalid-email' | 'invalid-phone';
  value: string;
  e164?: string;
}

/** Countries tried for numbers written without a country code, most likely first. */
export function phoneCountries(hint: CountryCode | null): CountryCode[] {
  const order: CountryCode[] = ['US', 'GB', 'CA', 'AU', 'DE', 'FR'];
  return hint ? [hint, ...order.filter((c) => c !== hint)] : order;
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

/** Trims copy-paste glue from an email: `…@accentro.dePhone` reads `…@accentro.de`. */
function unglueEmail(email: string): string {
  const at = email.indexOf('@');
  const domain = email.slice(at + 1);
  const lastDot = domain.lastIndexOf('.');
  const tld = domain.slice(lastDot + 1);
  const glued = /^([a-z]{2,})[A-Z]/.exec(tld);
  return glued ? email.slice(0, at + 1 + lastDot + 1 + glued[1].length) : email;
}

function tokensOf(text: string, countries: readonly CountryCode[]): Token[] {
  const tokens: Token[] = [];
  // Phones first, then emails in what remains: `334-7135jmason@ugi.com` holds a phone and an email.
  // URLs and bracketed placeholders (`[Full Name]`) hold no contact details.
  let masked = text.replace(URL, (m) => ' '.repeat(m.length)).replace(/\[[^\]\n]{0,80}\]/g, (m) => ' '.repeat(m.length));
  for (const match of masked.matchAll(PHONE)) {
    const raw = match[0].replace(/[\s(/.-]+$/, '');
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // A year range or a figure in prose is not a phone: numbers need a label or a phone-like shape.
    const labelled = PHONE_LABEL.test(masked.slice(Math.max(0, match.index - 12), match.index));
    const e164 = validPhone(raw, countries);
    if (e164) tokens.push({ kind: 'phone', value: raw.trim(), start: match.index, end: match.index + raw.length, e164 });
    else if (labelled) tokens.push({ kind: 'invalid-phone', value: raw.trim(), start: match.index, end: match.index + raw.length });
    else continue;
    masked = masked.slice(0, match.index) + ' '.repeat(raw.length) + masked.slice(match.index + raw.length);
  }
  for (const match of masked.matchAll(EMAIL)) {
    const email = unglueEmail(match[0].replace(/^['.]+/, ''));
    const start = match.index + match[0].indexOf(email);
    tokens.push({ kind: 'email', value: email, start, end: start + email.length });
    masked = masked.slice(0, start) + ' '.repeat(email.length) + masked.slice(start + email.length);
  }
  for (const match of masked.matchAll(AT_TOKEN)) {
    const value = match[0].replace(/[.,;:]+$/, '');
    if (/^[@\w]/.test(value) && !value.startsWith('@')) {
      tokens.push({ kind: 'invalid-email', value, start: match.index, end: match.index + value.length });
    }
  }
  for (const name of namesIn(masked)) {
    // "in New York", "for UNOCT": a capitalised phrase after a preposition is a place or a body.
    const before = masked.slice(Math.max(0, name.index - 5), name.index);
    if (/\b(?:in|at|for|from|of|on|via|to)\s+$/i.test(before) && !name.hasHonorific) continue;
    tokens.push({ kind: 'name', value: name.name, start: name.index, end: name.index + name.length });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Groups a contact entry's tokens into contacts: a new name, or a second email, starts another. */
function contactsIn(unit: Unit, from: number, to: number, countries: readonly CountryCode[]): MediaContact[] {
  const text = unit.text.slice(from, to);
  const contacts: MediaContact[] = [];
  let current: MediaContact | null = null;
  const fresh = (start: number): MediaContact => ({
    ...unitSpan(unit, from + start, from + start),
    name: null,
    email: null,
    emailSpan: null,
    phone: null,
    phoneSpan: null,
    phoneE164: null,
    invalid: [],
  });
  for (const token of tokensOf(text, countries)) {
    const span = unitSpan(unit, from + token.start, from + token.end);
    const startsNew =
      !current ||
      (token.kind === 'name' && current.name !== null) ||
      (token.kind === 'name' && current.name === null && (current.email !== null || current.phone !== null) && contacts.length > 0) ||
      (token.kind === 'email' && current.email !== null && current.name !== null);
    if (startsNew) {
      if (current) contacts.push(current);
      current = fresh(token.start);
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
  if (current) contacts.push(current);
  return contacts;
}

/** A contact entry with no person named: the first plain line names the desk (`PHE press office`). */
function nameFromFirstLine(unit: Unit, contact: MediaContact): void {
  if (contact.name) return;
  const line = unit.block.text.slice(unit.from).split('\n').map((l) => l.trim()).find((l) => l && !/@|\d{3}/.test(l) && !CONTACT_LABEL.test(l));
  if (line && line.length <= 60 && looksLikeOrganisation(line)) contact.name = line.replace(/[:,]$/, '');
}

export interface ContactsFound {
  section: Span | null;
  contacts: MediaContact[];
}

export function recogniseContacts(units: readonly Unit[], from: number, countryHint: CountryCode | null, isSkipped: (unit: Unit) => boolean): ContactsFound {
  const countries = phoneCountries(countryHint);
  const contacts: MediaContact[] = [];
  let section: Span | null = null;

  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (isSkipped(unit)) continue;
    const text = unit.text;
    const trimmed = text.trim();

    if (isLabelLike(unit, 100) && matchesLabel(NON_MEDIA_CONTACT_LABEL, trimmed)) {
      i = sectionEnd(units, i);
      continue;
    }
    if (isLabelLike(unit, 100) && matchesLabel(CONTACT_LABEL, trimmed)) {
      const last = sectionEnd(units, i);
      const entries: MediaContact[] = [];
      for (let j = i + 1; j <= last; j++) {
        const found = contactsIn(units[j], 0, units[j].text.length, countries);
        for (const contact of found) nameFromFirstLine(units[j], contact);
        entries.push(...found);
      }
      section ??= { start: unitSpan(unit).start, end: unitSpan(units[last]).end };
      contacts.push(...entries);
      i = last;
      continue;
    }
    // A label that opens the unit's text: "Media Contact: Clint McDonald Founder …".
    const inline = /^(?:media|press)?\s*contacts?(?: details| information)?\s*:\s*|^(?:media|press) (?:enquiries|inquiries)\s*:\s*/i.exec(trimmed);
    if (inline && unit.block.kind !== 'heading') {
      const start = text.indexOf(trimmed) + inline[0].length;
      section ??= unitSpan(unit);
      contacts.push(...contactsIn(unit, start, text.length, countries));
      continue;
    }
    const sentence = CONTACT_SENTENCE.exec(text);
    if (sentence) {
      const found = contactsIn(unit, sentence.index, text.length, countries).filter((c) => c.email || c.phone);
      if (found.length > 0) {
        section ??= unitSpan(unit, sentence.index);
        contacts.push(...found);
      }
    }
  }
  return { section, contacts: contacts.filter((c) => c.name || c.email || c.phone || c.invalid.length > 0) };
}
