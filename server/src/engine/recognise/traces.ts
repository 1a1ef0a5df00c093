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
import type { Span } from '../text';
import { DESCRIBING_VERB, ORGANISATION_TRAITS } from './closing';
import { looksLikePlace } from './dateline';
import { MAY_REACH, namesClosingPart, withoutOpenEmphasis } from './labels';
import { type Unit, closingHalfFrom, isLabelLike, startsWithin, unitSpan } from './units';

type Parts = Pick<Release, 'headline' | 'lead' | 'dateline' | 'quotes' | 'background' | 'boilerplate'>;

/** The required parts a trace may be found for (contacts.ts finds the media contact's). */
export const TRACED_PARTS: readonly string[] = ['headline', 'dateline', 'quotes', 'background', 'boilerplate', 'mediaContacts'];

/** How many prose units below the headline a dateline's date may stand in. */
const DATELINE_UNITS = 6;
/** A place in capitals before a dash and a sentence (`(DALLAS) – Dallas County …`), where a dateline lost its date. */
const PLACE_DASH = /(?:^|[\s(])\p{Lu}{3,}(?:[ ,.]{1,2}\p{Lu}{2,}){0,3}\)?[ \t]*(?:--|—|–)[ \t]*\p{Lu}\p{Ll}/u;
const PLACE_AND_DASH_ALONE = /^(\p{Lu}[^\n–—]{1,58}?)[ \t,]*(?:--|—|–)$/u;
/** A place in capitals glued to the lead's first word, its date and dash lost (`FALL RIVERFall River Fire Chief …`); two capitals open a brand (`JPMorgan`). */
const PLACE_GLUED = /^(\p{Lu}{3,}(?:[ \t]\p{Lu}{2,}){0,3})(?=\p{Lu}\p{Ll})/u;
/** Words in quotation marks, in any marks: a quotation when there are six or more (a title or a scare quote is shorter). */
// Marks a copy lost to a wrong encoding read as U+FFFD (`�We look forward …,� said Fitzpatrick`).
const QUOTED = /“([^“”\n]{12,400})”|"([^"\n]{12,400})"|‘([^‘’\n]{12,400})’|«([^«»\n]{12,400})»|\uFFFD([^\uFFFD\n]{12,400})\uFFFD/g;
const QUOTATION_WORDS = 6;
/** An organisation's description: its name (an acronym or two capitalised words), then what it is or does. */
const DESCRIBED = new RegExp(
  `^(?:(?:Founded|Established|Headquartered|Based|Launched|Created|Since)[^,.]{0,60},[ \\t]+)?(?:The[ \\t]+)?(?:[\\d,.]+-\\p{L}+[ \\t]+)?(?:\\p{Lu}[\\p{L}&.'’-]*[ \\t]+){0,7}?(?:\\p{Lu}[\\p{L}&.'’-]*\\p{Lu}[\\p{L}&.'’-]*|\\p{Lu}[\\p{Ll}&.'’-]+[ \\t]+\\p{Lu}[\\p{L}&.'’-]*)[^.]{0,120}?[ \\t]${DESCRIBING_VERB.source.slice(1)}[ \\t]+(?!\\p{Ll}+ing\\b)`,
  'u',
);
/** A one-word name and what it is: `Activate is the world's first active gaming experience …`. */
const ONE_WORD_NAME_DESCRIBED = /^(?:The[ \t]+)?\p{Lu}[\p{L}&.'’-]+[ \t]+(?:is|are)[ \t]+(?:a|an|the|one)\b/u;
/** Who an organisation counts, where its description says no more of what it is. */
const COUNTED = /\b(?:members|employees|staff|customers|clients|volunteers|pupils|students|branches|offices|stores)\b/;
/** A news sentence, not a description: what someone said or what happened today. */
const NEWS = /["“”]|\b(?:said|says|today|yesterday|announced|will)\b/;
/** Notes for journalists: a document to read, a fact sheet, a link to more. */
const NOTES = /\.pdf\b|\bfact ?sheets?\b|\bavailable (?:at|on|from)\b|\bbriefing\b|\bsee (?:also|more)\b/i;

const words = (text: string): number => text.split(/\s+/, 13).length;

/** The units of the closing matter: the second half of the prose that follows the lead, and what comes after it. */
function closing(units: readonly Unit[], bodyStart: number, usable: (unit: Unit) => boolean): Unit[] {
  return units.slice(closingHalfFrom(units, bodyStart)).filter(usable);
}

const trace = (unit: Unit, what: string, start = 0, end = unit.text.trim().length + unit.text.search(/\S|$/)): Trace => ({ ...unitSpan(unit, start, end), what });

/** The opening of a paragraph, to name it in a message. */
const opening = (text: string): string => {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

/**
 * A title run into the lead, as copy-paste glues them: six title-case words or more that do not
 * open a sentence (`The …`), then the lead's sentence (`Commission Responds to UN Committees Reform
 * Announcement The Commission has …`, `Edmonton Officially Welcomes New Mayor and City Council Edmonton’s 35th Mayor …`).
 */
const TITLE_RUN = /^(?!(?:The|A|An)\b)(?:(?:\p{Lu}[\p{L}\d'’-]*|of|to|and|the|for|in|on|at|a|an|with|by|as|after|over)[ \t]+){6,20}(?=\p{Lu})/u;
/** Words enough for the run to stand before a lead's sentence, not make up a short paragraph of its own. */
const LEAD_WORDS = 25;

/**
 * A title in capitals run into the lead's first sentence or quotation (`DOCTORS WILL COP PATIENT
 * ABUSE "The proposed changes …`): four words or more in capitals, then a word in mixed case or
 * an opening quotation mark.
 */
const CAPITALS_RUN = /^(?:\p{Lu}[\p{Lu}\d'’&-]*[ \t]+){3,15}\p{Lu}[\p{Lu}\d'’&-]*(?=[ \t]+(?:["“]|\p{Lu}\p{Ll}))/u;

function headlineTrace(units: readonly Unit[], lead: Span | null): Trace | null {
  const unit = lead ? units.find((u) => unitSpan(u).start >= lead.start) : undefined;
  const run = unit && unit.text.split(/\s+/, LEAD_WORDS).length >= LEAD_WORDS ? (TITLE_RUN.exec(unit.text) ?? CAPITALS_RUN.exec(unit.text)) : null;
  return unit && run ? trace(unit, `the words “${opening(run[0])}”`, 0, run[0].trimEnd().length) : null;
}

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
    // A place and a dash on a paragraph of their own, the date lost (`Richmond Hill, Ontario, —`).
    const alone = PLACE_AND_DASH_ALONE.exec(unit.text.trim());
    if (alone && looksLikePlace(alone[1])) return trace(unit, `the place “${alone[1]}”`);
    const glued = PLACE_GLUED.exec(head);
    if (glued && looksLikePlace(glued[1])) return trace(unit, `the place “${glued[1]}”`, 0, glued[1].length);
  }
  // Above the headline, a header line that gives the place and the date (`Press Release |
  // Washington, D.C. | March 13, 2020`); a date alone there is the date of issue.
  for (const unit of units.slice(Math.max(0, from - HEADER_UNITS), from)) {
    if (!usable(unit) || unit.text.length > 160) continue;
    const date = findDate(unit.text);
    if (!date?.iso) continue;
    const rest = unit.text.slice(0, date.index) + unit.text.slice(date.index + date.length);
    const place = rest.split(/[|•·–—]/).find((piece) => looksLikePlace(piece.trim().replace(/^[\s,]+|[\s,]+$/g, '')) && /\p{Lu}/u.test(piece));
    if (place) return trace(unit, `the place and date “${opening(unit.text)}”`, date.index, date.index + date.length);
  }
  return null;
}

/** How many units above the headline a header's place and date may stand in. */
const HEADER_UNITS = 3;

function quoteTrace(units: readonly Unit[], from: number, usable: (unit: Unit) => boolean): Trace | null {
  for (const unit of units.slice(from)) {
    if (!usable(unit)) continue;
    // Words set as a block quote without marks (`> This is quite similar to what …`), as web pages quote.
    if (unit.block.container === 'blockquote' && words(unit.text) >= QUOTATION_WORDS && !MAY_REACH.test(unit.text)) return trace(unit, `the block quote “${opening(unit.text)}”`);
    for (const quoted of allMatches(QUOTED, unit.text)) {
      const words = quoted.slice(1).find((group) => group !== undefined) ?? '';
      if (words.split(/\s+/, QUOTATION_WORDS).length >= QUOTATION_WORDS) return trace(unit, `the quotation “${opening(words)}”`, quoted.index, quoted.index + quoted[0].length);
    }
  }
  return null;
}

/** A name set as a label and run into the organisation speaking of itself: `Peru Export and Tourism Promotion Board (PROMPERÚ). We are …`. */
const NAME_THEN_WE = /^(?:\p{Lu}[\p{L}&’'()-]*[ \t]+(?:(?:of|and|for|the|de)[ \t]+)?){1,10}\(?[\p{Lu}\p{L}]*\)?\.?[ \t]+We (?:are|have been)\b/u;
/** In a release copy-paste collapsed onto one long line: a sentence that opens an About paragraph or describes an organisation. */
const DESCRIBED_INSIDE = /(?:^|[.!?”"][ \t]+)(?:About[ \t]+\p{Lu}|(?:The[ \t]+)?\p{Lu}[^.!?]{0,80}?[ \t](?:is|are)[ \t]+(?:a|an|the|one of)[ \t])/gu;
const COLLAPSED = 1500;
/** What only an organisation's own description says: where it is headquartered, when it was founded. */
const IDENTITY =
  /\b(?:headquartered in|headquarters (?:is |are )?in|(?:founded|established|incorporated) in (?:\d{4}|the year)|has been (?:firmly )?established|is listed on (?:the )?\p{Lu}|for (?:more than|over) \d+ years,? (?:it|the company|the group) has)/iu;
/**
 * Where an organisation comes from or belongs, as its own description tells it: `Since opening in
 * 2005`, `became part of the Department of Homeland Security`, `, a division of the State Department of Transport,`.
 */
const HISTORY_OR_PARENT =
  /\bsince (?:opening|its (?:founding|creation|inception|launch)|it (?:opened|was founded))\b|\bbecame (?:a )?part of\b|(?:,|\bis)[ \t]+(?:a|the)[ \t]+(?:division|subsidiary|unit|branch|member|part)[ \t]+of\b/i;
/** Its size: `tens of millions of riders a year`, `over 90 per cent of rail freight`. */
const SIZE = /\b(?:thousands|millions|billions) of\b|\d[ \t]?(?:per ?cent|%)/i;
/** What its members do, as a trade body's description says (`FTA members operate more than half …`). */
const MEMBERS_DO = /\b(?:members|employees|staff|volunteers)[ \t]+(?:operate|serve|provide|represent|employ|work|manage|run|own|include)\b/;

/** A run of capitalised words or an acronym, to find the organisation a paragraph names first. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}&'’-]+(?:[ \t]+\p{Lu}[\p{L}&'’-]+){0,5}/gu;
/** What a description says the organisation is, has or does, in the present: `is a leading provider`, `whose mission is`, `designs`. */
const SAYS_WHAT_IT_IS = new RegExp(
  `\\b(?:is|are)[ \\t]+(?:\\p{Ll}+ly[ \\t]+)?(?:a|an|the|one|committed|dedicated|responsible|home|published|owned|supported)\\b|\\bmission[ \\t]+is\\b|(?:^|[ \\t])${DESCRIBING_VERB.source.slice(1)}[ \\t]`,
  'u',
);
const WEBSITE = /\bwww\.|https?:\/\/|\b[\p{L}\d-]+\.(?:com|org|net|gov|edu)\b/u;
const FIRST_SENTENCE = /^[^.!?]{0,300}/;

/**
 * Evidence, weighed, that a closing paragraph describes the release's own organisation as a
 * boilerplate does, in a form the recogniser does not read as one (`Part of the bioeconomy, Stora
 * Enso is …`, `Apple ignited … Apple is committed to …`): it names first an organisation the top
 * names, and says at least two of what it is (its traits or size), what it is or does in the
 * present, and where it is found (its founding, its listing, its website). A quotation or a first
 * sentence of news weighs it out.
 */
function describesOwnOrganisation(text: string, top: string): boolean {
  // A quotation someone speaks makes it news; a motto in quotation marks (`its mission is to “Keep
  // Alaska Moving”`) does not.
  if (/^[“"]/.test(text) || /\b(?:said|says|added|adds)\b/.test(text) || NEWS.test(FIRST_SENTENCE.exec(text)?.[0] ?? '')) return false;
  // The name itself, or its first two words (`Harbour Lifeboat Institution` after `Harbour Lifeboat Tows …`).
  const namedAtTop = (name: string): boolean => {
    const nameWords = name.split(/[ \t]+/);
    return top.includes(name) || (nameWords.length >= 3 && top.includes(nameWords.slice(0, 2).join(' ')));
  };
  // Or a name that opens another of the paragraph's sentences, as an organisation's own
  // description repeats it (`… FEMA became part of … FEMA's continuing mission is …`).
  const opensAnotherSentence = (name: string): boolean => new RegExp(`[.!?][ \\t]+(?:The[ \\t]+)?${name.replace(/[.&]/g, '\\$&')}(?:['’]s)?[ \\t]`).test(text);
  const named = allMatches(CAPITALISED_RUN, text.slice(0, 150)).some(
    (run) => !/^(?:The|On|In|With|Part|As|For|Since)$/.test(run[0]) && (namedAtTop(run[0]) || opensAnotherSentence(run[0])),
  );
  if (!named) return false;
  const evidence = [
    ORGANISATION_TRAITS.test(text) || COUNTED.test(text) || SIZE.test(text),
    SAYS_WHAT_IT_IS.test(text) || MEMBERS_DO.test(text),
    IDENTITY.test(text) || HISTORY_OR_PARENT.test(text) || WEBSITE.test(text),
  ];
  return evidence.filter(Boolean).length >= 2;
}

function boilerplateTrace(units: readonly Unit[], bodyStart: number, usable: (unit: Unit) => boolean): Trace | null {
  // The release's own organisation is named above the lead: a paragraph about it names it first.
  const top = units
    .slice(0, bodyStart + 1)
    .map((u) => u.text)
    .join('\n');
  for (const unit of closing(units, bodyStart, usable)) {
    const text = withoutOpenEmphasis(unit.text);
    if (unit.block.kind !== 'paragraph' || /^[“"]/.test(text)) continue;
    const subject = /^(?:The[ \t]+)?([\p{Lu}][\p{L}&.'’-]{2,})/u.exec(text)?.[1];
    const namedAtTop = subject !== undefined && top.includes(subject);
    const ofAnOrganisation = ORGANISATION_TRAITS.test(text) || COUNTED.test(text) || namedAtTop;
    // The release's own organisation may have a one-word name (`Activate is the world's first …`).
    const describedForm = DESCRIBED.test(text.slice(0, 300)) || (namedAtTop && ONE_WORD_NAME_DESCRIBED.test(text));
    const described = words(text) >= 12 && ofAnOrganisation && !NEWS.test(text) && describedForm;
    const weighed = words(text) >= 12 && describesOwnOrganisation(text, top);
    if (/^[#*_]{0,6}about[ \t]+\p{Lu}/iu.test(text) || described || weighed || NAME_THEN_WE.test(text.slice(0, 200)) || (IDENTITY.test(text) && !/\b(?:said|says)\b/.test(text)))
      return trace(unit, `the paragraph “${opening(text)}”`);
  }
  // Higher up, even opening the body (`The Group of Eight (Go8) comprises Australia’s leading
  // research-intensive universities …`): an organisation described as a boilerplate describes it.
  for (const unit of units.slice(bodyStart)) {
    const text = unit.text.trim();
    if (!usable(unit) || unit.block.kind !== 'paragraph' || /^[“"]/.test(text) || words(text) < 12 || NEWS.test(text)) continue;
    if (
      DESCRIBED.test(text.slice(0, 300)) &&
      ORGANISATION_TRAITS.test(text) &&
      /^(?:The[ \t]+)?\p{Lu}[\p{L}&.'’-]*(?:[ \t]+(?:of|for|and|\p{Lu}[\p{L}&.'’-]*)){1,6}[ \t]+\(/u.test(text)
    )
      return trace(unit, `the paragraph “${opening(text)}”`);
  }
  for (const unit of units.slice(bodyStart)) {
    if (!usable(unit) || unit.text.length < COLLAPSED) continue;
    const half = Math.floor(unit.text.length / 2);
    for (const match of allMatches(DESCRIBED_INSIDE, unit.text.slice(half))) {
      const at = half + match.index + match[0].search(/\p{Lu}/u);
      if (ORGANISATION_TRAITS.test(unit.text.slice(at, at + 400)))
        return trace(unit, `the sentence “${opening(unit.text.slice(at))}”`, at, at + Math.min(40, unit.text.length - at));
    }
  }
  return null;
}

function backgroundTrace(units: readonly Unit[], bodyStart: number, parts: Parts, usable: (unit: Unit) => boolean): Trace | null {
  const inBoilerplate = (unit: Unit): boolean => startsWithin(unit, parts.boilerplate);
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
    // A section of its own below the story (`Editorial Board`, `FAMILY SUPPORT FUNDING PROGRAM`,
    // `Questions / further reading`): a heading over text that is not the contacts nor an About.
    if (sectionHeading(unit) && next !== undefined && !isLabelLike(next, 100) && !inBoilerplate(next) && !MAY_REACH.test(next.text))
      return trace(unit, `the section “${opening(text)}”`);
  }
  return null;
}

/** A heading, or a short line set as one (bold, or without a sentence's end), that names no other closing part nor a date. */
function sectionHeading(unit: Unit): boolean {
  const text = withoutOpenEmphasis(unit.text).replace(/[*_]+$/, '');
  if (!isLabelLike(unit, 80) || !/^\p{Lu}/u.test(text) || /[.!?:,;]$/.test(text) || words(text) > 10) return false;
  if (namesClosingPart(text) || MAY_REACH.test(text) || findDate(text) !== null) return false;
  return (
    unit.block.kind === 'heading' ||
    unit.block.bold ||
    text === text.toUpperCase() ||
    /^(?:\p{Lu}\S*|of|and|the|for|to|in|on|a|an|&|\/)(?:[ \t]+(?:\p{Lu}\S*|of|and|the|for|to|in|on|at|a|an|&|\/))*$/u.test(text)
  );
}

/**
 * Traces of the required parts a release lacks. `from` is where the release's own text begins
 * below its headline, `bodyStart` where its lead is.
 */
export function traceParts(parts: Parts, units: readonly Unit[], from: number, bodyStart: number, usable: (unit: Unit) => boolean): Traces {
  const traces: Traces = {};
  const headline = parts.headline ? null : headlineTrace(units, parts.lead);
  if (headline) traces.headline = headline;
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
