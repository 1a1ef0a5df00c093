import type { CountryCode } from 'libphonenumber-js/min';
import type { ParsedDocument } from '../parse';
import type { Dateline, Release } from '../release';
import { recogniseBackground, recogniseBoilerplate, recogniseEndMark } from './closing';
import { classify } from './classify';
import { recogniseContacts } from './contacts';
import { recogniseQuotes } from './quotes';
import { recogniseTop } from './top';
import { traceParts } from './traces';
import { type Unit, startsWithin, unitSpan, unitsOf } from './units';

function isNonProse(unit: Unit): boolean {
  const kind = unit.block.kind;
  return kind === 'code' || kind === 'html' || kind === 'frontmatter' || kind === 'thematicBreak';
}

const COUNTRY_OF_PLACE: [RegExp, CountryCode][] = [
  [/\b(?:UK|United Kingdom|England|Scotland|Wales|London|Manchester|Edinburgh|Glasgow|Birmingham)\b/i, 'GB'],
  [/\b(?:Canada|ON|Ont\.|BC|B\.C\.|QC|Que\.|AB|Alta\.|Toronto|Montreal|Vancouver|Ottawa|Calgary)\b/, 'CA'],
  [/\b(?:Norway|Oslo)\b/i, 'NO'],
  [/\b(?:Germany|Berlin|Munich|Hamburg|Frankfurt)\b/i, 'DE'],
  [/\b(?:France|Paris|Lyon)\b/i, 'FR'],
  [/\b(?:Australia|Sydney|Melbourne)\b/i, 'AU'],
  [/\b(?:Malta|Valletta)\b/i, 'MT'],
  [/\b(?:Ireland|Dublin)\b/i, 'IE'],
];

/** The country phone numbers without a country code most likely belong to, read from the dateline. */
function countryHint(dateline: Dateline | null): CountryCode | null {
  if (!dateline) return null;
  for (const [pattern, country] of COUNTRY_OF_PLACE) if (pattern.test(dateline.city)) return country;
  return dateline.date?.order === 'mdy' ? 'US' : null;
}

/** The end of the last non-blank text before `offset` (and after `floor`). */
function lastContentBefore(text: string, offset: number, floor: number): number {
  let end = offset;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The common verbs of saying: a paragraph with one is somebody speaking, not a boilerplate's motto. */
const SAID = /\b(?:said|says|added|adds|stated|states|commented|comments|explained|explains|noted|notes)\b/;

/** Recognises every part of a release in a parsed document. Pure: the same document, the same model. */
export function recognise(document: ParsedDocument): Release {
  const units = unitsOf(document.blocks);
  const top = recogniseTop(document, units);
  const boilerplate = recogniseBoilerplate(units, top.bodyStart, isNonProse);
  // Words in quotation marks inside a boilerplate (a mission statement, a motto) are no one's
  // quote; a paragraph where someone says them is no boilerplate's.
  const inBoilerplate = (unit: Unit): boolean => startsWithin(unit, boilerplate) && !SAID.test(unit.text);
  const skipQuote = (unit: Unit): boolean => isNonProse(unit) || unit.index < top.bodyStart || unit.block.kind === 'heading' || inBoilerplate(unit);
  const quotes = recogniseQuotes(units, skipQuote);
  const background = recogniseBackground(units, top.bodyStart);
  // Contacts may stand between the headline and the lead; everything else starts at the lead.
  const headline = top.headline && top.headline.source !== 'frontmatter' ? top.headline : null;
  // Without a headline, a contact block may open the document (`Media Contacts` above the dateline).
  const belowHeadline = headline ? units.findIndex((u) => unitSpan(u).start >= headline.end) : units.findIndex((u) => unitSpan(u).start >= top.contentStart);
  const contactsFrom = belowHeadline === -1 ? top.bodyStart : Math.min(belowHeadline, top.bodyStart);
  const contentFrom = units.findIndex((u) => unitSpan(u).start >= top.contentStart);
  const {
    section,
    contacts,
    trace: contactTrace,
  } = recogniseContacts(units, contentFrom === -1 ? contactsFrom : contentFrom, contactsFrom, top.bodyStart, countryHint(top.dateline), isNonProse);
  const endMark = recogniseEndMark(document, units, top.bodyStart);
  // A background section runs to the next label, but an unlabelled boilerplate or contact
  // sentence after it ends it too.
  if (background) {
    const next = [...boilerplate.map((b) => b.start), section?.start ?? Number.POSITIVE_INFINITY, endMark?.start ?? Number.POSITIVE_INFINITY].filter(
      (start) => start > background.start,
    );
    const end = Math.min(...next);
    if (end < background.end) background.end = lastContentBefore(document.text, end, background.start);
  }

  // A boilerplate section ends before a paragraph that gives a contact (`For more information,
  // contact Markus Laine at …` under `## About Nordlys`): that is the contacts' text, not the About's.
  for (const part of boilerplate) {
    const reached = [...(section ? [section.start] : []), ...contacts.map((c) => c.start)].filter((at) => at > part.start && at < part.end);
    if (reached.length === 0) continue;
    const first = Math.min(...reached);
    const paragraph = units.find((u) => unitSpan(u).start <= first && first <= unitSpan(u).end);
    const cut = paragraph ? unitSpan(paragraph).start : first;
    if (cut > part.start && (!part.label || cut > part.label.end)) part.end = lastContentBefore(document.text, cut, part.start);
  }

  const usable = (unit: Unit): boolean => !isNonProse(unit);
  const traces = traceParts({ headline: top.headline, lead: top.lead, dateline: top.dateline, quotes, background, boilerplate }, units, contactsFrom, top.bodyStart, usable);
  if (contactTrace) traces.mediaContacts = contactTrace;

  const release: Omit<Release, 'isPressRelease' | 'surePressRelease' | 'possiblePressRelease' | 'evidence'> = {
    document,
    contentStart: top.contentStart,
    releaseLine: top.releaseLine,
    headline: top.headline,
    subheadlines: top.subheadlines,
    dateline: top.dateline,
    lead: top.lead,
    quotes,
    background,
    boilerplate,
    contactSection: section,
    mediaContacts: contacts,
    endMark,
    traces,
  };
  const { isPressRelease, surePressRelease, possiblePressRelease, evidence } = classify(document, release);
  return { ...release, isPressRelease, surePressRelease, possiblePressRelease, evidence };
}
