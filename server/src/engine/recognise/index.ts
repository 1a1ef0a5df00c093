import type { CountryCode } from 'libphonenumber-js/min';
import type { ParsedDocument } from '../parse';
import type { Dateline, Release } from '../release';
import { recogniseBackground, recogniseBoilerplate, recogniseEndMark } from './closing';
import { recogniseContacts } from './contacts';
import { recogniseQuotes } from './quotes';
import { recogniseTop } from './top';
import { type Unit, unitsOf } from './units';

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

const FIRST_PERSON = /\b(?:I|my|me|we|our|us)\b/g;
// A quotation ends at its closing mark or gives up at the next opening one, so a run of opening
// marks is not searched 2,000 characters ahead from each of them.
const QUOTED = /“[^“”]{0,2000}”|"[^"\n]{0,2000}"/g;

/**
 * Decides whether a Markdown document is a press release, so an editor lints releases and leaves
 * READMEs and notes alone. Parts a release has score; first-person prose (blogs, op-eds) does not.
 */
function classify(document: ParsedDocument, release: Omit<Release, 'isPressRelease'>): boolean {
  if (document.frontMatter && /^type:\s*["']?press[- ]?release\b/im.test(document.frontMatter.raw)) return true;
  let score = 0;
  if (release.dateline && !release.dateline.placeholder) score += 3;
  if (release.releaseLine) score += 3;
  if (release.endMark) score += 2;
  if (release.contactSection) score += 2;
  if (release.boilerplate.length > 0) score += 2;
  // Background or notes to editors are written for journalists: GOV.UK releases have little else.
  if (release.background) score += 2;
  if (release.quotes.some((q) => q.attributed)) score += 1;
  const prose = document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.flat).join(' ');
  if (document.blocks.some((b) => b.kind === 'heading' && /^(?:press|news|media) release$/i.test(b.text.trim()))) score += 3;
  if (/\b(?:today announced|announced today|has announced|announces)\b/i.test(prose)) score += 1;
  const outsideQuotes = prose.replace(QUOTED, ' ');
  const words = outsideQuotes.split(/\s+/).length;
  const firstPerson = outsideQuotes.match(FIRST_PERSON)?.length ?? 0;
  if (words > 0 && firstPerson / words > 0.012) score -= 4;
  if (document.blocks.filter((b) => b.kind === 'code').length >= 2) score -= 3;
  return score >= 3;
}

/** The end of the last non-blank text before `offset` (and after `floor`). */
function lastContentBefore(text: string, offset: number, floor: number): number {
  let end = offset;
  while (end > floor && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Recognises every part of a release in a parsed document. Pure: the same document, the same model. */
export function recognise(document: ParsedDocument): Release {
  const units = unitsOf(document.blocks);
  const top = recogniseTop(document, units);
  const skipQuote = (unit: Unit): boolean =>
    isNonProse(unit) || unit.index < top.bodyStart || unit.block.kind === 'heading';
  const quotes = recogniseQuotes(units, skipQuote);
  const background = recogniseBackground(units, top.bodyStart);
  const boilerplate = recogniseBoilerplate(units, top.bodyStart, isNonProse);
  const { section, contacts } = recogniseContacts(units, top.bodyStart, countryHint(top.dateline), isNonProse);
  const endMark = recogniseEndMark(document, units, top.bodyStart);
  // A background section runs to the next label, but an unlabelled boilerplate or contact
  // sentence after it ends it too.
  if (background) {
    const next = [...boilerplate.map((b) => b.start), section?.start ?? Infinity, endMark?.start ?? Infinity].filter((start) => start > background.start);
    const end = Math.min(...next);
    if (end < background.end) background.end = lastContentBefore(document.text, end, background.start);
  }

  const release: Omit<Release, 'isPressRelease'> = {
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
  };
  return { ...release, isPressRelease: classify(document, release) };
}
