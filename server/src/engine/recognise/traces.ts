/**
 * Traces of required parts the recognisers did not find: something that stands where the part
 * would, in a form not read as it (a date near the top without a place, a quotation with no verb
 * of saying, a closing paragraph that describes an organisation in its own way, a list of notes at
 * the foot). A part that is there but damaged gets a warning about its form, never "missing": the
 * rule that requires the part reads its trace and warns instead of reporting an error.
 */
import { findDate } from '../dates';
import { allMatches } from '../text';
import type { Release, Trace, Traces } from '../release';
import { DESCRIBING_VERB, ORGANISATION_TRAITS } from './closing';
import { type Unit, isLabelLike, unitSpan } from './units';

type Parts = Pick<Release, 'dateline' | 'quotes' | 'background' | 'boilerplate'>;

/** The required parts a trace may be found for (contacts.ts finds the media contact's). */
export const TRACED_PARTS: readonly string[] = ['dateline', 'quotes', 'background', 'boilerplate', 'mediaContacts'];

/** How many prose units below the headline a dateline's date may stand in. */
const DATELINE_UNITS = 6;
/** A place in capitals before a dash and a sentence (`(DALLAS) – Dallas County …`), where a dateline lost its date. */
const PLACE_DASH = /(?:^|[\s(])\p{Lu}{3,}(?:[ ,.]{1,2}\p{Lu}{2,}){0,3}\)?[ \t]*(?:--|—|–)[ \t]*\p{Lu}\p{Ll}/u;
/** Words in quotation marks, in any marks: a quotation when there are six or more (a title or a scare quote is shorter). */
const QUOTED = /“([^“”\n]{12,400})”|"([^"\n]{12,400})"|‘([^‘’\n]{12,400})’|«([^«»\n]{12,400})»/g;
const QUOTATION_WORDS = 6;
/** An organisation's description: its name (an acronym or two capitalised words), then what it is or does. */
const DESCRIBED = new RegExp(
  `^(?:The[ \\t]+)?(?:\\p{Lu}[\\p{L}&.'’-]*[ \\t]+){0,7}?(?:\\p{Lu}[\\p{L}&.'’-]*\\p{Lu}[\\p{L}&.'’-]*|\\p{Lu}[\\p{Ll}&.'’-]+[ \\t]+\\p{Lu}[\\p{L}&.'’-]*)[^.]{0,60}?[ \\t]${DESCRIBING_VERB.source.slice(1)}[ \\t]+(?!\\p{Ll}+ing\\b)`,
  'u',
);
/** Who an organisation counts, where its description says no more of what it is. */
const COUNTED = /\b(?:members|employees|staff|customers|clients|volunteers|pupils|students|branches|offices|stores)\b/;
/** A news sentence, not a description: what someone said or what happened today. */
const NEWS = /["“”]|\b(?:said|says|today|yesterday|announced|will)\b/;
/** Notes for journalists: a document to read, a fact sheet, a link to more. */
const NOTES = /\.pdf\b|\bfact ?sheets?\b|\bavailable (?:at|on|from)\b|\bbriefing\b|\bsee (?:also|more)\b/i;

const words = (text: string): number => text.split(/\s+/, 13).length;

/** The units of the closing matter: the second half of what follows the lead. */
function closing(units: readonly Unit[], bodyStart: number, usable: (unit: Unit) => boolean): Unit[] {
  return units.slice(Math.max(bodyStart + 1, Math.floor((bodyStart + units.length) / 2))).filter(usable);
}

const trace = (unit: Unit, what: string, start = 0, end = unit.text.trim().length + unit.text.search(/\S|$/)): Trace => ({ ...unitSpan(unit, start, end), what });

/** The opening of a paragraph, to name it in a message. */
const opening = (text: string): string => {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

function datelineTrace(units: readonly Unit[], from: number, usable: (unit: Unit) => boolean): Trace | null {
  for (const unit of units
    .slice(from)
    .filter((u) => usable(u) && u.block.kind === 'paragraph')
    .slice(0, DATELINE_UNITS)) {
    const head = unit.text.slice(0, 240);
    const date = findDate(head);
    if (date?.iso) return trace(unit, `the date “${date.raw}”`, date.index, date.index + date.length);
    const place = PLACE_DASH.exec(head);
    if (place) return trace(unit, `the place “${place[0].replace(/^[\s(]+|[\s)–—-]+$/g, '')}”`, place.index, place.index + place[0].length);
  }
  return null;
}

function quoteTrace(units: readonly Unit[], from: number, usable: (unit: Unit) => boolean): Trace | null {
  for (const unit of units.slice(from)) {
    if (!usable(unit)) continue;
    for (const quoted of allMatches(QUOTED, unit.text)) {
      const words = quoted.slice(1).find((group) => group !== undefined) ?? '';
      if (words.split(/\s+/, QUOTATION_WORDS).length >= QUOTATION_WORDS) return trace(unit, `the quotation “${opening(words)}”`, quoted.index, quoted.index + quoted[0].length);
    }
  }
  return null;
}

function boilerplateTrace(units: readonly Unit[], bodyStart: number, usable: (unit: Unit) => boolean): Trace | null {
  for (const unit of closing(units, bodyStart, usable)) {
    const text = unit.text.trim();
    if (unit.block.kind !== 'paragraph' || /^[“"]/.test(text)) continue;
    const described = words(text) >= 12 && (ORGANISATION_TRAITS.test(text) || COUNTED.test(text)) && !NEWS.test(text) && DESCRIBED.test(text.slice(0, 300));
    if (/^about[ \t]+\p{Lu}/iu.test(text) || described) return trace(unit, `the paragraph “${opening(text)}”`);
  }
  return null;
}

function backgroundTrace(units: readonly Unit[], bodyStart: number, parts: Parts, usable: (unit: Unit) => boolean): Trace | null {
  const inBoilerplate = (unit: Unit): boolean => {
    const start = unitSpan(unit).start;
    return parts.boilerplate.some((b) => b.start <= start && start < b.end);
  };
  // Below the lead: a second "About" section, on a topic (`About the Paris Agreement`, `About
  // DMD`); in the closing half, a note that points to more, or a list or a table of facts.
  const body = units.slice(bodyStart + 1).filter(usable);
  for (const unit of body) {
    const text = unit.text.trim();
    if (inBoilerplate(unit)) continue;
    if (isLabelLike(unit, 100) && /^about\b/i.test(text)) return trace(unit, `the section “${opening(text)}”`);
  }
  const tail = closing(units, bodyStart, usable);
  for (const [at, unit] of tail.entries()) {
    const text = unit.text.trim();
    if (inBoilerplate(unit)) continue;
    if (NOTES.test(text)) return trace(unit, `the note “${opening(text)}”`);
    // `1. A full briefing …`, the projects in each state.
    const next = tail[at + 1];
    const listed = (u: Unit | undefined): boolean => u !== undefined && (u.block.container === 'listItem' || u.block.kind === 'tableRow');
    if (listed(unit) && listed(next) && !inBoilerplate(next)) return trace(unit, `the list “${opening(text)}”`);
  }
  return null;
}

/**
 * Traces of the required parts a release lacks. `from` is where the release's own text begins
 * below its headline, `bodyStart` where its lead is.
 */
export function traceParts(parts: Parts, units: readonly Unit[], from: number, bodyStart: number, usable: (unit: Unit) => boolean): Traces {
  const traces: Traces = {};
  const dateline = parts.dateline ? null : datelineTrace(units, from, usable);
  if (dateline) traces.dateline = dateline;
  const quote = parts.quotes.length > 0 ? null : quoteTrace(units, from, usable);
  if (quote) traces.quotes = quote;
  const boilerplate = parts.boilerplate.length > 0 ? null : boilerplateTrace(units, bodyStart, usable);
  if (boilerplate) traces.boilerplate = boilerplate;
  const background = parts.background ? null : backgroundTrace(units, bodyStart, parts, usable);
  if (background) traces.background = background;
  return traces;
}
