import { findDate, findNumericDate, MONTH, type ParsedDate } from '../dates';
import type { Dateline } from '../release';
import { DOCUMENT_LABEL } from './labels';
import { NOT_A_PLACE_WORDS } from '../words';
import { type Unit, unitSpan } from './units';
import { allMatches } from '../text';

/**
 * Wire credits as they stand in datelines: `/PRNewswire/`, `(BUSINESS WIRE)`, `(GLOBE NEWSWIRE)`,
 * `/ ACCESSWIRE /`, `/24-7PressRelease/`, `(NEWMEDIAWIRE)`, `(Newsworthy.ai)`,
 * `– Media OutReach Newswire –`, `/ PR Karma /`, `--News Direct--`.
 */
const WIRE =
  /(?:\/\s?([\p{L}\d][\p{L}\d .&-]{1,30}?(?:\s\([\p{Lu}]{2,8}\))?)\s?\/|\(\s?([\p{L}\d][\p{L}\d .&-]{1,30}?(?:wire|news|newswire|press|\.ai|\.com)[\p{L}\d .]{0,10}?)\s?\)|(Media OutReach Newswire|News Direct|EIN Presswire|PR Karma))/iu;

const WEEKDAY = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*$/i;
/**
 * A dash as datelines set it, in whatever characters the writer's system typed: `-`, `--`, `---`,
 * en and em dashes, the horizontal bar, a minus, `⎯`, and the pairs copy-paste leaves (`–-`).
 * The place never holds one of the long ones.
 */
const LONG_DASHES = '‒–—―⎯−';
const LONG_DASH = `[${LONG_DASHES}](?:-(?![\\p{L}\\d]))?`;
const DASH = `(?:-{2,3}|${LONG_DASH}|-)`;
const SEPARATOR = new RegExp(`^[ \\t\\u00a0]*(?:(${DASH}|:|\\/|\\|)(?:[ \\t\\u00a0]*(${DASH})(?![\\p{L}\\d]))?)?`, 'u');
// A time has its minutes or its a.m./p.m.: a bare number after the date is the next date's day
// (`18 December 2000 18 December 2000`), not a time.
const TIME_AFTER_DATE = /^[ \t,]*(?:@[ \t]*)?\d{1,2}(?::\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?|[ \t]*[AaPp]\.?[Mm]\.?)(?:[ \t]+(?:[A-Z]{2,4}|Pacific|Eastern|Central|Mountain)\b)?/;
/**
 * A piece of the text before a date, up to a dash, bar, slash or bracket: `VIENNA, Va.--(BUSINESS
 * WIRE)--`. A region in brackets before a comma is part of the place: `Santa Cruz (Bolivia), June 2`.
 */
const PREFIX_PIECE = /(?:[^–—|/()]|\([\p{Lu}][^()\n–—|/]{1,30}\)(?=,))+?(?=--|—|–| - |\||\/|\((?![\p{Lu}][^()\n–—|/]{1,30}\),)|\)|$)/gu;
/**
 * A skeleton's dateline still to be filled in: a place (or its placeholder) and the date's
 * placeholder (`[City], [Date] –`, `DENVER, [Mon. D, YYYY] –` from a profile's city).
 */
const PLACEHOLDER_DATELINE = /^(?:\[[^\]\n]{1,40}\],?|([^[\]\n–—]{2,60}),)[ \t]*\[[^\]\n]{1,40}\][ \t]*(--|—|–|-)/;

/** A place and a date inside square brackets before a dash: `[SINGAPORE, 16 JUNE 2026] –`. */
const BRACKETED_DATELINE = /^\[([^\[\]\n]{6,80})\](?=[ \t]*(?:--|—|–|-))/;

/** Words that name an organisation or a section and never a place (`MINISTRY OF HEALTH`, `Tasmanian Climate Collective`, `Evacuation Level Notifications`). */
const ORGANISATION_NOT_PLACE =
  /\b(?:ministry|limited|ltd|inc|services|collective|online|notifications|administration|department|association|foundation|corporation|company|committee|commission|agency|bureau|office|universities|society)\b/i;
/** A label where the place should be (`Sophos Press Release`, `DNR NEWS`, `Public Relations`): before its first comma. */
const LABEL_NOT_PLACE = /\b(?:(?:press|news|media) releases?|news|public relations|visitation|receipts)\b/i;
/** Words that open sentences or labels and never a place name. */
const NOT_A_PLACE = new RegExp(`^(?:${NOT_A_PLACE_WORDS.join('|')})\\b`, 'i');

const PLACE_PARTICLE = /^(?:de|la|le|upon|on|am|im|an|der|del|di|du|da|sur|en|of)$/;
/** A capitalised word of a place, or its region in brackets (`(Huesca)`). */
const PLACE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.'’-]*\))$/u;

/**
 * One place: one to three comma-separated parts of one to four capitalised words, the particles
 * between them aside (`BOULDER, Colo.`, `San Juan de la Peña (Huesca)`).
 */
function looksLikeOnePlace(place: string): boolean {
  const parts = place.split(/,\s*/);
  if (parts.length > 3) return false;
  return parts.every((part) => {
    const words = part.split(/\s+/).filter(Boolean);
    const named = words.filter((w) => PLACE_WORD.test(w));
    // A particle joins a place's words and never ends them (`Established on` is a sentence's start).
    const closed = words.length > 0 && PLACE_WORD.test(words[words.length - 1]);
    return named.length >= 1 && named.length <= 4 && words.length <= 7 && closed && words.every((w) => PLACE_WORD.test(w) || PLACE_PARTICLE.test(w));
  });
}

/**
 * A place as datelines write it: one place, or up to three joined by `and`, `&` or `/` when a
 * release comes from several (`CHICAGO and TOKYO`, `AUBURN HILLS, Mich. and LIUZHOU, China`).
 */
export function looksLikePlace(text: string): boolean {
  const place = text.trim();
  // A skeleton's place still to be filled in: `[City], March 3, 2026 –`.
  if (/^\[[^\]\n]{1,40}\]$/.test(place)) return true;
  // `The Hague`, `The Bronx`: "The" and one capitalised word is a place's name, not a sentence's start.
  const theAndName = /^The \p{Lu}[\p{L}'’-]+(?:,|$)/u.test(place);
  if (
    place.length < 2 ||
    place.length > 80 ||
    (NOT_A_PLACE.test(place) && !theAndName) ||
    DOCUMENT_LABEL.test(place) ||
    ORGANISATION_NOT_PLACE.test(place) ||
    LABEL_NOT_PLACE.test(place.split(',')[0])
  )
    return false;
  const places = place.split(/\s+(?:and|&)\s+|\s*\/\s*/);
  return places.length <= 3 && places.every((one) => one.length <= 60 && looksLikeOnePlace(one));
}

function cleanPlace(text: string): string {
  return text
    .replace(/^[\s*_>#-]+/, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}

const LINK_ADDRESS = /\]\([^()\s]{0,300}\)|https?:\/\/\S{1,300}/g;
const LEADING_CREDIT = /^[\s*_]*\([^()\n]{2,40}\)[ \t]*[-–—][ \t]*[^\n–—]{6,30}?[ \t]+[-–—][ \t]+(?=\p{Lu})/u;
/**
 * A distributor's credit straight before the place: `(MENAFN) NAIROBI Kenya March 4 2016/…`,
 * `(firmenpresse) - SARNIA, ONTARIO -- (Marketwired) -- 11/18/16 --`,
 * `/EIN News/ -- NEW YORK, March 05, 2020 (GLOBE NEWSWIRE) --`.
 */
const LEADING_BRACKETED_CREDIT = /^[\s*_]*(?:\([^()\n\d]{2,30}\)[ \t]*(?:(?:--|—|–|-)[ \t]*)?(?<=[ \t])|\/[^/\n\d]{2,30}\/[ \t]*(?:--|—|–|-)[ \t]*)(?=\p{Lu}{2})/u;

/** A lower-case word of prose (not `de`, `la` or a wire's `/ ACCESSWIRE /`). */
const PROSE_WORD = /(?<![\p{L}])\p{Ll}{3,}(?![\p{L}.])/gu;

/**
 * A company's legal form: a company's name (`MUNKSJÖ OYJ, BÖRSMEDDELANDE, 25 september 2013`), never
 * a place. After a comma `AB` is Alberta (`ELK ISLAND NATIONAL PARK, AB`), not a Swedish company.
 */
const LEGAL_FORM = /\b(?:Oyj|OYJ|Oy|ASA|A\/S|AG|plc|PLC|Inc|Ltd|LLC|GmbH)\b|(?<!,[ \t]{0,2})\bAB\b/u;
/** A filing's label before its date (`Release Date: 01/28/2009`, `Pörssitiedote 28.5.2014`). */
const FILING_LABEL = /\b(?:Date|Release|Notice|Tiedote|Pörssitiedote|Meddelande)\b/u;

/**
 * A newswire's dateline glued behind the summary sentence that copy-paste ran into it
 * (`…of the Eastern Caribbean Central Bank.BASSETERRE, ST KITTS, July 26, 2024 /EINPresswire.com/ --`):
 * a sentence's end, a place in capitals, and a wire's credit before a dash.
 */
const GLUED_WIRE_DATELINE = /[.!?”"](?=[ \t]?\p{Lu}{2}[\p{Lu} ,.'’&-]{0,60},[^\n/()]{0,60}?(?:\/[^/\n]{2,40}\/|\([^()\n]{2,40}\))[ \t]*(?:--|—|–))/u;

/** Reads a dateline at the start of a unit, or glued behind its opening sentence; or returns null. */
export function readDateline(unit: Unit): Dateline | null {
  const atStart = readDatelineAtStart(unit);
  if (atStart) return atStart;
  const glued = GLUED_WIRE_DATELINE.exec(unit.text.slice(0, 400));
  if (!glued) return null;
  const at = glued.index + 1 + (unit.text[glued.index + 1] === ' ' || unit.text[glued.index + 1] === '\t' ? 1 : 0);
  return readDatelineAtStart({ ...unit, from: unit.from + at, text: unit.text.slice(at) });
}

function readDatelineAtStart(unit: Unit): Dateline | null {
  const text = unit.text;
  const lead = text.search(/\S/);
  if (lead === -1) return null;
  const head = text.slice(0, 260);
  // A wire's credit and date before the real dateline (`(NewMediaWire) - January 30, 2025 - DALLAS,
  // Jan. 30, 2025 –`): the dateline is read after them, in place (the credit blanked out).
  const credit = LEADING_CREDIT.exec(head);
  const creditDate = credit ? findDate(credit[0]) : null;
  const bracketed = credit ? null : LEADING_BRACKETED_CREDIT.exec(head);
  const blanked = creditDate ? credit![0] : bracketed?.[0];
  if (!blanked) return readPlaceAndDate(unit, head, lead);
  const found = readPlaceAndDate(unit, ' '.repeat(blanked.length) + head.slice(blanked.length), blanked.length);
  // With no date after the place (`(NewMediaWire) - October 16, 2024 - HOUSTON —`, the wire's own
  // form), the credit's date is the dateline's: before the place, which dateline-format weighs.
  return found && !found.date && creditDate ? { ...found, date: shiftDate(creditDate, unit) } : found;
}

/** The place and date of a dateline in a unit's opening `head`, read from `lead`. */
function readPlaceAndDate(unit: Unit, head: string, lead: number): Dateline | null {
  const text = unit.text;

  // A dateline set in square brackets (`[SINGAPORE, 16 JUNE 2026] –`, as Singapore's ministries
  // write it) is read without them; a skeleton's `[City], [Date]` is not (no real date inside).
  const inBrackets = BRACKETED_DATELINE.exec(head.slice(lead));
  if (inBrackets && findDate(inBrackets[1])) head = `${head.slice(0, lead)} ${inBrackets[1]} ${head.slice(lead + inBrackets[1].length + 2)}`;
  const placeholder = PLACEHOLDER_DATELINE.exec(head.slice(lead));
  if (placeholder && (placeholder[1] === undefined || looksLikePlace(placeholder[1]))) {
    const end = lead + placeholder[0].length;
    const cityEnd = placeholder[1] === undefined ? head.indexOf(']', lead) + 1 : lead + placeholder[1].length;
    return {
      ...unitSpan(unit, lead, end),
      text: head.slice(lead, end),
      city: head.slice(lead, cityEnd),
      citySpan: unitSpan(unit, lead, cityEnd),
      date: null,
      wire: null,
      separator: placeholder[2],
      separatorSpan: unitSpan(unit, end - placeholder[2].length, end),
      placeholder: true,
      yearless: false,
    };
  }

  // A date in words, or else in figures (`(Honiara 30.11.2021) –`, `SEATTLE, 9/2/2014 –`).
  const inWords = findDate(head, 170);
  const date = findNumericDate(head, inWords ? inWords.index : 170) ?? inWords;
  // A link's address (`](http://example.com/store)`) is no `/wire/` credit.
  const wireMatch = WIRE.exec(head.slice(0, date ? date.index + date.length + 40 : 120).replace(LINK_ADDRESS, (address) => ' '.repeat(address.length)));
  const wire = wireMatch ? (wireMatch[1] ?? wireMatch[2] ?? wireMatch[3]).trim() : null;

  let cityStart = lead;
  let cityText: string;
  let afterDate: number;
  if (date && date.index <= lead + 1) {
    // Inverted: "February 17, 2025, Mississauga, ON --", "January 8 2018, Stuttgart. Nextcloud …",
    // "November 20, 2018 - Latvia & Stuttgart. We …", "(March 19, 2019) LANCASTER, PA. The …": a
    // full stop before a new sentence ends the place, as German releases write it (not "Acme Corp.
    // announced").
    const rest = head.slice(date.index + date.length);
    const placeMatch = /^[ \t,]*\)?[ \t,]*(?:(?:--|—|–|-)[ \t]*)?([^–—\n.]{2,60}?)[ \t]*(?=--|—|–| - |\.[*_]*[ \t]+["“(]?\p{Lu}|$)/u.exec(rest);
    if (!placeMatch || !looksLikePlace(placeMatch[1])) return placelessDateline(unit, head, lead, date);
    cityStart = date.index + date.length + rest.indexOf(placeMatch[1]);
    cityText = placeMatch[1];
    afterDate = cityStart + cityText.length;
  } else if (date || wireMatch) {
    const prefixEnd = date ? date.index : wireMatch!.index;
    let prefix = head.slice(0, prefixEnd);
    if (wireMatch && wireMatch.index < prefixEnd) prefix = prefix.slice(0, wireMatch.index) + ' '.repeat(wireMatch[0].length) + prefix.slice(wireMatch.index + wireMatch[0].length);
    prefix = prefix.replace(WEEKDAY, (m) => ' '.repeat(m.length));
    // The place is the first piece of the prefix that reads as one; a label ("Press Release --") may come first.
    // A place a blanked credit or weekday cuts into is none (`ERD/M&PRD/PR/01/2020-81 July 30, 2020`,
    // where `/M&PRD/` reads as a wire's credit): a place is read as written, or a fix would write the
    // blanks over it. Blanks after it are the credit's (`CARSON CITY, NV -\u00a0(NewMediaWire) -`).
    const pieces = allMatches(PREFIX_PIECE, prefix);
    const isPlace = (p: RegExpExecArray): boolean => {
      const place = cleanPlace(p[0]);
      return place !== '' && head.startsWith(place, p.index + p[0].indexOf(place)) && looksLikePlace(place);
    };
    const piece = pieces.find(isPlace) ?? null;
    // No place before a wire's credit: the place and a date without its year may come first (`SPRING VALLEY, N.Y., July 19 (HSMN NewsFeed) --`).
    if (!piece) return date ? null : readUndatedDateline(unit, head);
    if (LEGAL_FORM.test(piece[0])) return null;
    // `Release Date: November 26, 2026` is a filing line's label and date, whatever the date's form;
    // a date in figures after any label or filing word (`Pörssitiedote 28.5.2014`) or in a list
    // item (`- UToday 2018-03-27: …`) is no dateline's either.
    const afterLabel = /:[ \t]*$/.test(prefix);
    const filing = FILING_LABEL.test(piece[0]);
    if (afterLabel && filing) return null;
    if (date?.monthStyle === 'numeric' && (afterLabel || filing || unit.block.container === 'listItem')) return null;
    const beforePiece = head.slice(lead, piece.index);
    // A dateline in brackets (`(Rio de Janeiro, May 3 2021). –`) opens with its bracket.
    if (!/^[\s*_>(]*(?:(?:press|news|media) release|update)?[\s*_:>–—-]*$/i.test(beforePiece)) return null;
    cityText = cleanPlace(piece[0]);
    cityStart = piece.index + piece[0].indexOf(cityText);
    // Between the place and the date stand a region, a weekday or a wire's credit, not a sentence
    // ("Mika Joukio (50), MBA, will start as the CEO … on 1 October 2014" is no dateline).
    const between = prefix.slice(piece.index + piece[0].length).replace(/\([^()\n]*\)|\[[^\]\n]*\]/g, ' ');
    // The date belongs to the lead's sentence then; the place may still open it without a date
    // (`WASHINGTON -- NASA has extended the contract to March 31, 2011`).
    if ((between.match(PROSE_WORD) ?? []).length >= 3) return readUndatedDateline(unit, head);
    afterDate = date ? date.index + date.length : wireMatch!.index + wireMatch![0].length;
  } else {
    return readUndatedDateline(unit, head);
  }

  // After the date: an optional time, an optional wire credit, then the separator.
  let cursor = afterDate;
  const time = TIME_AFTER_DATE.exec(head.slice(cursor));
  if (time?.[0].trim()) cursor += time[0].length;
  // A date in brackets (`PITTSBURGH, PA (December 19, 2017) Mayor …`): its closing bracket belongs
  // to the dateline, and a separator goes after it.
  const bracketClose = /^[ \t]*\)\.?/.exec(head.slice(cursor));
  if (bracketClose && date && head.lastIndexOf('(', date.index) > head.lastIndexOf(')', date.index)) cursor += bracketClose[0].length;
  const wireAfter = WIRE.exec(head.slice(cursor, cursor + 50));
  if (wireAfter && head.slice(cursor, cursor + wireAfter.index).trim() === '') cursor += wireAfter.index + wireAfter[0].length;
  const separatorMatch = SEPARATOR.exec(head.slice(cursor))!;
  const separator = separatorMatch[0].trim();
  const separatorStart = cursor + separatorMatch[0].indexOf(separator);
  const end = separator ? separatorStart + separator.length : cursor;
  const restOfUnit = text.slice(end).trim();
  // Without a separator the dateline must stand alone or run straight into the lead.
  if (!separator && restOfUnit && !date) return null;
  // A date in figures opens a dateline only before a dash (`SEATTLE, 9/2/2014 –`), not a colon
  // (`The Guardian (UK) (22.11.2005): "…"` cites a source).
  if (date?.monthStyle === 'numeric' && !/^(?:--|—|–|-)/.test(separator) && restOfUnit) return null;

  return {
    ...unitSpan(unit, cityStart, end),
    text: text.slice(cityStart, end),
    city: cityText,
    citySpan: unitSpan(unit, cityStart, cityStart + cityText.length),
    date: date ? shiftDate(date, unit) : null,
    wire,
    separator,
    separatorSpan: unitSpan(unit, separatorStart, separatorStart + separator.length),
    placeholder: /^\[[^\]]*\]$/.test(cityText),
    yearless: false,
  };
}

/**
 * A place and a dash opening the lead with no date (`LOS ANGELES — A jury today…`, `(PHOENIX) –`,
 * `Port-au-Prince, Haiti – …`): a dateline that lost its date, which `dateline-format` reports,
 * not a missing one. A sentence follows, so a headline with a dash is not taken for one. A name
 * misread as a place here costs a warning about the dateline's form, never a false "missing".
 */
// The place may carry the issuer's credit before the dash (`Geneva/Baghdad (ICRC) –`) or a hyphen
// glued to it (`Washington,D.C.- `); the hyphen may be glued to the lead instead (`**DEDHAM, MA** -The …`).
// The document's kind may open the line (`News Release: HAMILTON, Bermuda – …`).
const UNDATED = new RegExp(
  `^[\\s*_>]*(?:(?:[Pp]ress|[Nn]ews|[Mm]edia|PRESS|NEWS|MEDIA) (?:[Rr]elease|RELEASE)[ \\t]*:[ \\t]*)?\\(?([^\\n${LONG_DASHES}()*_]{2,60}?)\\)?[ \\t*_]*(?:\\([^()\\n]{1,30}\\)[ \\t]*)?(${LONG_DASH}|-{2,3}| - |-(?=[ \\t\\u00a0])|(?<=[ \\t])-(?=\\p{Lu}\\p{Ll}))[ \\t\\u00a0]*`,
  'u',
);

/** A place and its region in brackets opening the lead, with no dash: `(Halifax-Kjipuktuk, NS) The council …`. */
const BRACKETED_PLACE = /^[\s*_>]*\((\p{Lu}[^()\n,]{1,30},[ \t]*\p{Lu}[\p{L}.]{1,12}(?:[ \t]\p{Lu}[\p{L}.]{1,12}){0,2})\)[ \t]+(?=["“]?\p{Lu})/u;

/** Where an undated dateline's place and separator stand in a unit's opening. */
interface UndatedOpening {
  place: string;
  placeAt: number;
  separator: string;
  separatorAt: number;
  /** Where the lead's sentence starts. */
  length: number;
}

function undatedOpening(unit: Unit, head: string): UndatedOpening | null {
  const match = UNDATED.exec(head);
  if (match) {
    const separator = match[2].trim();
    const separatorAt = match[0].lastIndexOf(match[2]) + match[2].indexOf(separator);
    return { place: match[1], placeAt: match.index + match[0].indexOf(match[1]), separator, separatorAt, length: match[0].length };
  }
  // Or its brackets, when it is a place and its region (`(Halifax-Kjipuktuk, NS) The council …`):
  // a bracketed aside before a lead has no such shape.
  const bracketed = BRACKETED_PLACE.exec(head);
  if (bracketed) {
    const separatorAt = bracketed[0].lastIndexOf(')') + 1;
    return { place: bracketed[1], placeAt: bracketed[0].indexOf(bracketed[1]), separator: '', separatorAt, length: bracketed[0].length };
  }
  // Only its bold may end the place: `**WALPOLE, MA** The Tor Project …`.
  const bold = unit.from === 0 ? unit.block.leadingBold.trim() : '';
  // A bold label (`**Attendees:**`) is no place.
  if (!bold || /[:：]$/.test(bold) || !head.trimStart().startsWith(bold)) return null;
  const at = head.indexOf(bold);
  const space = /^[ \t\u00a0]*/.exec(head.slice(at + bold.length))![0];
  return { place: bold, placeAt: at, separator: '', separatorAt: at + bold.length, length: at + bold.length + space.length };
}

/**
 * A place and a date without its year (`DENVER, March 7: To be transparent…`): the dateline is
 * there, its date incomplete. It is read as a dateline without a date, which dateline-format
 * reports as a fault of form; "missing" would be wrong.
 */
// A wire's credit in brackets or slashes may stand before the separator (`SPRING VALLEY, N.Y., July 19
// (HSMN NewsFeed) --`, `CHATSWORTH, Calif., July 13 /PRNewswire-FirstCall/ --`).
const YEARLESS = new RegExp(
  `^[\\s*_>]*([^\\n–—:()]{2,40}?),[ \\t]+${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?(?![\\d,])[ \\t]*(?:\\([^()\\n]{1,30}\\)[ \\t]*|\\/[^/\\n]{1,40}\\/[ \\t]*)?(?:(--|—|–)[ \\t]*|(-|:)[ \\t]+)`,
  'iu',
);

/** The lead's sentence after a dateline: a capital, and words enough to be a sentence, not a headline. */
function opensSentence(sentence: string): boolean {
  return /^["“‘'(]?\p{Lu}/u.test(sentence) && sentence.split(/\s+/).length >= 6 && /\p{Ll}/u.test(sentence);
}

const DASH_THEN_SENTENCE = new RegExp(`^[ \\t\\u00a0]*(${DASH})[ \\t\\u00a0]*`, 'u');
const COLON_THEN_SENTENCE = /^[ \t\u00a0]*(:)[ \t\u00a0]+/u;
/** A month and a year with no day (`June 2004 –`), opening the lead before a dash. */
const MONTH_YEAR_DASH = new RegExp(`^[\\s*_>]*${MONTH}[ \\t]+\\d{4}(?=[ \\t\\u00a0]*(?:--|—|–|-))`, 'iu');

/**
 * A date and a dash opening the lead with no place (`October 19, 2021 – The foundation …`,
 * `June 2004 – OpenOffice.org 1.1.2 …`): a dateline that lost its place, which dateline-format
 * reports; "missing" would be wrong. Its city is empty.
 */
function placelessDateline(unit: Unit, head: string, lead: number, date: ParsedDate | null): Dateline | null {
  const dateEnd = date ? date.index + date.length : (MONTH_YEAR_DASH.exec(head)?.[0].length ?? -1);
  if (dateEnd === -1) return null;
  // A full date may also end with a colon (`February 21, 2026: The ministry …`).
  const dash = DASH_THEN_SENTENCE.exec(head.slice(dateEnd)) ?? (date ? COLON_THEN_SENTENCE.exec(head.slice(dateEnd)) : null);
  if (!dash || !opensSentence(unit.text.slice(dateEnd + dash[0].length))) return null;
  const start = date ? date.index : lead;
  const separatorAt = dateEnd + dash[0].indexOf(dash[1]);
  const end = separatorAt + dash[1].length;
  return {
    ...unitSpan(unit, start, end),
    text: unit.text.slice(start, end),
    city: '',
    citySpan: unitSpan(unit, start, start),
    date: date ? shiftDate(date, unit) : null,
    wire: null,
    separator: dash[1],
    separatorSpan: unitSpan(unit, separatorAt, end),
    placeholder: false,
    yearless: false,
  };
}

function readUndatedDateline(unit: Unit, head: string): Dateline | null {
  if (MONTH_YEAR_DASH.test(head)) return placelessDateline(unit, head, head.search(/\S/), null);
  const yearless = YEARLESS.exec(head);
  const opening: UndatedOpening | null = yearless
    ? {
        place: yearless[1],
        placeAt: yearless[0].indexOf(yearless[1]),
        separator: yearless[3] ?? yearless[4],
        separatorAt: yearless[0].lastIndexOf(yearless[3] ?? yearless[4]),
        length: yearless[0].length,
      }
    : undatedOpening(unit, head);
  // A hashtag and a dash open a list item's slogan (`#ShareYourFlair Challenge – Fridays invites …`);
  // only a date makes it a place (`#Nassau, August 7, 2019 –`, read above).
  if (!opening || /^#\S/.test(opening.place.trimStart())) return null;
  const cityText = cleanPlace(opening.place);
  if (!looksLikePlace(cityText)) return null;
  // A place, a month, a day and a dash on a line of their own, the lead below (`WASHINGTON,
  // January 8 - Story`), are a dateline too.
  const after = unit.text.slice(opening.length);
  if (!opensSentence(after) && !(yearless && after.trim().split(/\s+/).length <= 3)) return null;
  const cityStart = opening.placeAt + opening.place.indexOf(cityText);
  const end = opening.separatorAt + opening.separator.length;
  return {
    ...unitSpan(unit, cityStart, end),
    text: unit.text.slice(cityStart, end),
    city: cityText,
    citySpan: unitSpan(unit, cityStart, cityStart + cityText.length),
    date: null,
    wire: null,
    separator: opening.separator,
    separatorSpan: unitSpan(unit, opening.separatorAt, end),
    placeholder: false,
    yearless: Boolean(yearless),
  };
}

/** Date offsets become source offsets so rules can point at the date itself. */
function shiftDate(date: ParsedDate, unit: Unit): ParsedDate {
  const span = unitSpan(unit, date.index, date.index + date.length);
  return { ...date, index: span.start, length: span.end - span.start };
}
