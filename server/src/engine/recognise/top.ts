import { parse as parseYaml } from 'yaml';
import { MONTH, findDate } from '../dates';
import type { ParsedDocument } from '../parse';
import type { Dateline, Headline, ReleaseLine } from '../release';
import type { Span } from '../text';
import { readDateline } from './dateline';
import { namesIssuer } from './issuer';
import { ABOUT_LABEL, CONTACT_LABEL, DOCUMENT_LABEL, RELEASE_LINE, RELEASE_LINE_CLOSING, matchesLabel, namesClosingPart } from './labels';
import { type Unit, unitSpan } from './units';

const EMBARGO = /embargo|hold for release|for release (?:on|at|after|until)|not for (?:publication|release|broadcast)/i;
const TIME_12H = /\b(\d{1,2})(?:[:.](\d{2}))?[ \t]*([ap])\.?[ \t]?m\b\.?/i;
const TIME_24H = /\b([01]?\d|2[0-3])[:.h]([0-5]\d)\b/;
const ZONE =
  /\b(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|EES?T|AES[DT]|IST|JST|SGT|HKT)\b|\b(?:Eastern|Central|Mountain|Pacific|London|Brussels|Paris|Berlin|New York|UK|British)\b(?:[ \t]+(?:time|standard|daylight))?/i;

/** The length from which a line in a PDF's text may have been wrapped rather than ended. */
const WRAPPED_LINE = 40;

/** A line that names the document's kind alone, bold or not: `MEDIA RELEASE`, `**News**`. */
const namesDocumentKind = (unit: Unit): boolean => DOCUMENT_LABEL.test(unit.text.trim().replace(/[*_]/g, ''));

/** How many units from the top the release line, headline and dateline are looked for in. */
const TOP_UNITS = 14;

export interface Top {
  releaseLine: ReleaseLine | null;
  headline: Headline | null;
  subheadlines: Span[];
  dateline: Dateline | null;
  lead: Span | null;
  /** Index of the first unit after the top matter (the lead's unit or the first body unit). */
  bodyStart: number;
  /** Offset where the release's own text begins: after front matter, or after a "Press Release" heading that embeds it. */
  contentStart: number;
}

/**
 * The document's kind before the title on one line: `Press release: …`, `Media Statement | …`,
 * `Press Release - …`, with its issuer too (`Press release issued by the Ministry for Foreign Affairs: …`).
 */
const KIND_PREFIX = /^(?:joint )?(?:press|news|media) (?:release|statement)(?:[ \t]+(?:issued[ \t]+)?by[ \t]+[^:\n]{2,100}?)?[ \t]*[:|–—-][ \t]*(?=\S)/i;

/** `FOR IMMEDIATE RELEASE: Dallas County DA Announces $500K Federal Grant …`: the release line, then the title after its colon. */
const TITLE_AFTER_RELEASE_LINE = /^([\s*_>#]*(?:for immediate release|immediate release)[ \t]*:)[ \t]*(?=\p{Lu})/iu;

/** The title a release line carries after its colon: four words or more, not a date. */
function titleAfterReleaseLine(unit: Unit): { label: number; title: Span; text: string } | null {
  const label = TITLE_AFTER_RELEASE_LINE.exec(unit.text);
  if (!label) return null;
  const title = unit.text.slice(label[0].length).trim();
  if (title.split(/\s+/).length < 4 || findDate(title)?.index === 0) return null;
  const start = label[0].length;
  return { label: label[1].trimEnd().length, title: unitSpan(unit, start, start + title.length), text: title };
}

export function readReleaseLine(unit: Unit): ReleaseLine | null {
  const text = unit.text.trim();
  const closing = text.length <= 240 && !RELEASE_LINE.test(text) ? RELEASE_LINE_CLOSING.exec(text) : null;
  if (closing) {
    const at = unit.text.lastIndexOf(closing[1]);
    return { ...unitSpan(unit, at, at + closing[1].length), kind: 'immediate', text: closing[1], embargoUntil: null, embargoDate: null, hasTime: false, timeZone: null };
  }
  if (text.length > 240 || !RELEASE_LINE.test(text)) return null;
  const kind = EMBARGO.test(text) ? 'embargo' : 'immediate';
  let embargoUntil: string | null = null;
  let hasTime = false;
  let timeZone: string | null = null;
  const date = kind === 'embargo' ? findDate(text) : null;
  if (kind === 'embargo') {
    const twelve = TIME_12H.exec(text);
    const twentyFour = twelve ? null : TIME_24H.exec(text);
    let hours: number | null = null;
    let minutes = 0;
    if (twelve) {
      hours = (Number(twelve[1]) % 12) + (twelve[3].toLowerCase() === 'p' ? 12 : 0);
      minutes = Number(twelve[2] ?? 0);
    } else if (twentyFour) {
      hours = Number(twentyFour[1]);
      minutes = Number(twentyFour[2]);
    }
    hasTime = hours !== null;
    timeZone = ZONE.exec(text)?.[0] ?? null;
    if (date?.iso) {
      embargoUntil = hours === null ? date.iso : `${date.iso}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    }
  }
  const lead = unit.text.search(/\S/);
  // With a title after its colon, the release line is its label alone.
  const titled = kind === 'immediate' ? titleAfterReleaseLine(unit) : null;
  const end = titled ? titled.label : unit.text.trimEnd().length;
  return { ...unitSpan(unit, lead, end), kind, text: unit.text.slice(lead, end), embargoUntil, embargoDate: date, hasTime, timeZone };
}

function isSkippable(unit: Unit): boolean {
  const kind = unit.block.kind;
  return kind === 'frontmatter' || kind === 'html' || kind === 'thematicBreak' || kind === 'code' || unit.text.trim() === '';
}

/** An email, a North American phone number or an international one: what contact lines hold and titles do not. */
const CONTACT_DETAIL = /[\w.+-]@[\w-]+\.\w|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d{1,3}[ .-]?\(?\d/;

/** The issuer's name before the document's kind: `Federal Reserve Press Release`, `AMNESTY INTERNATIONAL PRESS RELEASE`. */
const ISSUER_LABEL = /^[\p{L}\d&.,'’ -]{2,60}[ \t](?:press|news|media) release$/iu;
/** The document's kind and its number: `Press Release No. : 36/2012`, `News Release #24`. */
const NUMBERED_LABEL = /^(?:press|news|media) release[ \t]*(?:no\.?|number|#)?[ \t:.]*[\d/().-]+$/i;
const WEEKDAY_NAME = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gi;
/**
 * The document's kind followed by its number, its release line or its date of issue, anywhere in
 * a letterhead's line: `PRESS RELEASE FOR IMMEDIATE RELEASE June 28, 2019`, `… Senator for
 * Queensland 30 November, 2001 Media Release 01/730`, `This press release was issued on 08/07/20`,
 * `Nepal Tourism Board News ReleaseMonday, September 18th, 2017`.
 */
const KIND_AND_ISSUE =
  /\b(?:press|news|media) release[ \t:.-]{0,80}(?:(?:no\.?|number|#)[ \t]{0,3})?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|for (?:immediate )?release\b|(?:was |is )?(?:issued|published|dated)\b|embargo)/i;
/** A month and a day alone (`Apr 19`), as a website dates a post above its text. */
const MONTH_AND_DAY = new RegExp(`^${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?$`, 'i');

const CONTACT_LABEL_WITH_DETAILS = /^(?:(?:media|press)[ \t]+)?(?:contacts?|enquiries|inquiries)[ \t]*:[ \t]*\S/i;
const WEB_AND_HANDLE = /^(?:(?:https?:\/\/|www\.)\S+|@\w+)(?:[ \t]+(?:(?:https?:\/\/|www\.)\S+|@\w+))*$/i;
/** `The Hon … MP`, `Senator the Hon … QC`: an Australian or Commonwealth minister's letterhead. */
const MINISTER_LETTERHEAD = /^(?:(?:senator|the)[ \t]+)?(?:the[ \t]+)?hon\.?[ \t]+\p{Lu}/iu;

/** A line that credits the issuer, in brackets or not: `(Press release from the City of Ottawa.)`, `Press release from Dundee University Students' Association.` */
const ISSUER_CREDIT = /^\(?(?:(?:press|news|media) release (?:from|by|issued by)|from the)\b[^()\n]{2,100}\)?\.?\)?$/i;

/** A quotation that runs over most of the line (`“This was a productive day.`), not a quoted title opening a sentence. */
function quotationRunsOn(text: string): boolean {
  const close = text.slice(1).search(/[”"]/);
  return close === -1 || close + 1 > text.length * 0.6;
}

/** A line that can be a headline: a heading, or a short paragraph that is not a label, date or credit. */
function headlineCandidate(unit: Unit): boolean {
  const text = unit.text.trim();
  if (!text || DOCUMENT_LABEL.test(text) || RELEASE_LINE.test(text) || ISSUER_LABEL.test(text) || NUMBERED_LABEL.test(text)) return false;
  // A contact block's label or line above the lead (`Media Contacts`, `Ann Lee 203.555.0101`) is not the title.
  if (matchesLabel(CONTACT_LABEL, text.replace(/[*_#]+/g, '')) || CONTACT_DETAIL.test(text)) return false;
  if (unit.block.kind === 'heading') return unit.block.depth <= 3 && text.length >= 3;
  if (unit.block.kind !== 'paragraph' || unit.block.container === 'listItem') return false;
  // Nor a label line naming the document and its number or date, nor a web address alone.
  if (text.length > 300 || /:$/.test(text) || KIND_AND_ISSUE.test(text) || MONTH_AND_DAY.test(text) || /^(?:https?:\/\/|www\.)\S+$/i.test(text)) return false;
  // A sentence of prose that ends with a full stop is a lead, not a headline; nor are two sentences
  // (`There are no crew on board. All crew are accounted for.`), nor a quotation (`“Our message …”`).
  if (/[.]$/.test(text) && (text.split(/\s+/).length > 12 || /[.!?][ \t]+\p{Lu}/u.test(text))) return false;
  if (/^[“"‘]/.test(text) && /[”"’]$/.test(text) && text.split(/\s+/).length > 12) return false;
  // A sign-off (`Published by Friends of the Earth Trust`, `Source: www.…`) closes a release; it does not title it.
  if (/^(?:issued|released|distributed|published|posted) by\b|^source[ \t]*:/i.test(text)) return false;
  // Nor a byline (`By FOLICEA Media & Publicity Team`).
  if (/^[Bb]y[ \t]+\p{Lu}/u.test(text) && text.split(/\s+/).length <= 14) return false;
  // Nor a filing's exhibit number (`Exhibit 99.1`), a contact label with its details, a website and
  // its handle, or a letterhead that names a minister and their offices (`Senator the Hon George
  // Brandis QC`, `The Hon Alan Tudge MP Minister for Population`).
  if (/^exhibit[ \t]+\d+(?:\.\d+)?$/i.test(text) || CONTACT_LABEL_WITH_DETAILS.test(text) || WEB_AND_HANDLE.test(text) || MINISTER_LETTERHEAD.test(text)) return false;
  // Nor a list's bullet typed as a character (`•  Please, wear a mask`), nor a quotation's first sentence.
  if (/^[•◦▪·]/.test(text) || (/^[“"]/.test(text) && /[.!?]$/.test(text) && quotationRunsOn(text))) return false;
  // Nor a line that credits the issuer (`(Press release from the City of Ottawa.)`, `(From the Cherokee County Sheriff's Office)`).
  if (ISSUER_CREDIT.test(text)) return false;
  // The document's kind and its issuer (`Press Release – KiwiRail`) is a label.
  if (/^(?:press|news|media) release[ \t]*[–—:|-][ \t]*(?:\p{Lu}[\p{L}&.'’-]*[ \t]*){1,4}$/iu.test(text)) return false;
  // A bare date ("April 30, 2026") or a wire credit ("--News Direct--") is not a headline.
  const date = findDate(text);
  // Nor a weekday and a date (`Tuesday, 30 November 2010`), nor a date's label (`Date : 11
  // December 2012`, `Release Date: November 26, 2026`), nor a website's author and date line
  // (`Admin | May 14, 2024`).
  if (date) {
    const rest = text
      .replace(date.raw, '')
      .replace(WEEKDAY_NAME, '')
      // and the time it was posted (`Thursday, 2 March, 2017 - 15:10`)
      .replace(/\b\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?/gi, '')
      .replace(/^\W*(?:\p{L}+[ \t]+)?date\b/iu, '');
    // A date with four words or fewer beside it is a letterhead's or a site's dating line
    // (`MINISTRY OF HEALTH 2 SEPTEMBER 2020`, `Dominica News Online - Thursday, October 12th, 2017 at 12:35 PM`).
    if (rest.replace(/[\s,.:|–—-]/g, '') === '' || rest.split(/[\s,.:|–—-]+/).filter(Boolean).length <= 4) return false;
  }
  if (/^[-–—\s]+[^-–—]{1,40}[-–—\s]+$/.test(text)) return false;
  return /\p{L}{2}/u.test(text);
}

function yamlTitle(raw: string): unknown {
  try {
    const data: unknown = parseYaml(raw);
    return data && typeof data === 'object' ? (data as Record<string, unknown>).title : null;
  } catch {
    return null;
  }
}

/** A TOML title, the one key read from Hugo's `+++` front matter: a basic or a literal string. */
function tomlTitle(raw: string): string | null {
  const match = /^title[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')/m.exec(raw);
  if (!match) return null;
  if (match[2] !== undefined) return match[2];
  // TOML's basic-string escapes are JSON's but for a few (`\e`, `\U…`): those keep their text as written.
  try {
    return JSON.parse(`"${match[1]}"`);
  } catch {
    return match[1];
  }
}

function frontMatterTitle(document: ParsedDocument): Headline | null {
  if (!document.frontMatter) return null;
  const title = document.frontMatter.format === 'toml' ? tomlTitle(document.frontMatter.raw) : yamlTitle(document.frontMatter.raw);
  if (typeof title !== 'string' || !title.trim()) return null;
  // Point at the title's line inside the front matter.
  const { start } = document.frontMatter.span;
  const raw = document.text.slice(start, document.frontMatter.span.end);
  const lineMatch = /^title[ \t]*[:=].*$/m.exec(raw);
  const offset = lineMatch ? start + lineMatch.index : start;
  return { start: offset, end: lineMatch ? offset + lineMatch[0].length : offset, text: title.trim(), source: 'frontmatter' };
}

/** Recognises the top matter: release line, headline, subheadlines, dateline and lead. */
/** A paragraph of prose: sentences, not a title or a label (25 words or more, ending as a sentence ends); in a list item only when asked. */
function isProse(unit: Unit, inList = false): boolean {
  if (unit.block.kind !== 'paragraph' || (unit.block.container === 'listItem' && !inList)) return false;
  const text = unit.text.trim();
  return /[.!?]["'”’)]?$/.test(text) && text.split(/\s+/).length >= 25;
}

export function recogniseTop(document: ParsedDocument, units: readonly Unit[]): Top {
  // A page that embeds a release under a "Press Release" heading: the release starts below it.
  const embedded = units.findIndex((u) => u.block.kind === 'heading' && /^(?:press|news|media) release$/i.test(u.text.trim()));
  const top: Unit[] = [];
  for (const unit of units.slice(embedded + 1)) {
    if (top.length >= TOP_UNITS) break;
    if (!isSkippable(unit)) top.push(unit);
  }

  let releaseLine: ReleaseLine | null = null;
  let releaseUnit: Unit | null = null;
  for (const unit of top) {
    releaseLine = readReleaseLine(unit);
    if (releaseLine) {
      releaseUnit = unit;
      break;
    }
  }

  // A wire's own header ("BURLINGTON, ON / PR Karma / February 11, 2025 15:20": a credit and a
  // time stamp on a line of its own) gives way to the issuer's dateline below it.
  let dateline: Dateline | null = null;
  let datelineUnit: Unit | null = null;
  // The title straight below a unit (a label line may stand between), with no heading above the
  // unit nor a title in the front matter: a `#` heading that names no closing part.
  const titled = document.frontMatter !== null && frontMatterTitle(document) !== null;
  const titleBelow = (unit: Unit): Unit | null => {
    const at = top.indexOf(unit);
    if (titled || top.slice(0, at).some((u) => u.block.kind === 'heading')) return null;
    // Short label lines may stand between (`For immediate release.` / `Press Release`).
    for (const u of top.slice(at + 1, at + 5)) {
      if (u.block.kind === 'heading') return u.block.depth <= 2 && !namesClosingPart(u.text) ? u : null;
      if (u.text.trim().length > 40) return null;
    }
    return null;
  };
  // A place and date on a line of their own above the `#` title (`Vienna, 25 October 2005 Press
  // release`, `Geneva, 21 June 2001`) date the page as a letterhead does: the dateline that opens
  // the lead below the title wins over it; without one, it is the dateline, and the title below it
  // is still the headline.
  let aboveTitle: { dateline: Dateline; unit: Unit; title: Unit } | null = null;
  // The body's first paragraph of prose: a lead, or the paragraphs that stand for one.
  const firstProse = top.findIndex((unit) => isProse(unit));
  for (const unit of top) {
    // A release line that closes its line (`Bellingham, Wa. (Newsworthy.ai) Tuesday Jan 27, 2026 — FOR
    // IMMEDIATE RELEASE`) leaves the words before it to be read.
    const releaseOpensUnit = unit === releaseUnit && releaseLine !== null && releaseLine.start <= unitSpan(unit, unit.text.search(/\S/)).start;
    if (releaseOpensUnit || unit.block.kind === 'heading' || unit.block.kind === 'tableRow') continue;
    const candidate = readDateline(unit);
    if (!candidate) continue;
    // A place and a dash with no date, in a list or below the body's first prose, opens a lead only
    // when prose follows it (`New York – At the 77th session …`); a short item is a list's
    // (`* Tata-iMali (South Africa) – Providing a stablecoin.`) or a definition's (`Tourism Jobs - …`).
    const late = unit.block.container === 'listItem' || (firstProse !== -1 && top.indexOf(unit) > firstProse);
    // A bold run-in subheading there (`**Celebrating Its First Birthday** The Foundation …`) is no
    // place: without a dash, only a dateline at the top is read from its bold.
    if (!candidate.date && !candidate.wire && late && (!isProse(unit, true) || !candidate.separator)) continue;
    const at = unit.text.indexOf(candidate.text);
    const rest = at === -1 ? unit.text : unit.text.slice(at + candidate.text.length);
    // A place and a date alone below the body's prose, with none after them, date the release where
    // it was signed (`Rome, June 7th, 2011` on its last line): they open no lead.
    const bare = rest.split(/\s+/).filter(Boolean).length <= 3;
    const proseAbove = top.slice(0, top.indexOf(unit)).filter((u) => u.block.kind === 'paragraph' && u.text.split(/\s+/).length >= 12).length;
    // Below three paragraphs of prose (the story told, quotes and all), they sign the release off
    // (`Göteborg, 14 February, 2025` above the contacts), whatever follows them.
    if (bare && (proseAbove >= 3 || (proseAbove > 0 && !top.slice(top.indexOf(unit) + 1).some((u) => u.block.kind === 'paragraph' && u.text.split(/\s+/).length >= 12)))) continue;
    const title: Unit | null = !aboveTitle && rest.split(/\s+/).filter(Boolean).length <= 3 ? titleBelow(unit) : null;
    if (title) {
      aboveTitle = { dateline: candidate, unit, title };
      continue;
    }
    const wireHeader = candidate.wire !== null && /\b\d{1,2}:\d{2}\b/.test(unit.text) && unit.text.trim().length <= candidate.text.length + 12;
    if (!dateline || (!dateline.date && !dateline.wire && candidate.date)) {
      dateline = candidate;
      datelineUnit = unit;
    }
    // A place and a dash with no date above the title (`Cindy Demers – Corporate Affairs` in a
    // contact block) gives way to a dated dateline below it, which opens the lead.
    const undatedAboveTitle = !candidate.date && !candidate.wire && top.slice(top.indexOf(unit) + 1).some((u) => u.block.kind === 'heading' && u.block.depth <= 2);
    if (!wireHeader && !undatedAboveTitle) {
      dateline = candidate;
      datelineUnit = unit;
      break;
    }
  }
  if (!dateline && aboveTitle) {
    dateline = aboveTitle.dateline;
    datelineUnit = aboveTitle.unit;
  }

  // The headline stands before the dateline; without a dateline, before the first long paragraph
  // or the first paragraph of prose (`Visit … for more information.` at the end is no headline).
  const firstLong = top.findIndex((u) => (u.text.length > 300 && u.block.kind === 'paragraph') || isProse(u));
  // Below a dateline that stands above the title, the headline is looked for down to that title.
  const datedAboveTitle = aboveTitle && datelineUnit === aboveTitle.unit ? aboveTitle.title : null;
  // With no prose in a full window, the last unit is no headline: a lead put in below it (the
  // dateline skeleton's fix) would fall outside the window and never be read back.
  const lastCandidate = top.length >= TOP_UNITS ? top.length - 1 : top.length;
  const limit = datedAboveTitle ? top.indexOf(datedAboveTitle) + 1 : datelineUnit ? top.indexOf(datelineUnit) : firstLong === -1 ? lastCandidate : firstLong;
  const before = top.slice(0, limit).filter((u) => u !== releaseUnit && u !== datelineUnit);
  const fromFrontMatter = frontMatterTitle(document);
  // The issuer's name on the line above the document's kind (`SA Country Fire Service` / `Media release`) is a letterhead.
  const aboveKind = (unit: Unit): boolean => {
    const next = top[top.indexOf(unit) + 1];
    return next !== undefined && namesDocumentKind(next) && unit.text.trim().split(/\s+/).length <= 6 && unit.block.kind !== 'heading';
  };
  // A line that names the document's kind alone (`MEDIA RELEASE`) with no `#` title above it closes
  // the letterhead: the title stands below it, however the lines above were broken (`Minister for V` / `eterans’ Affairs`).
  const kindAt = before.findIndex((u) => u.block.kind === 'paragraph' && namesDocumentKind(u));
  const headedAboveKind = before.slice(0, Math.max(0, kindAt)).some((u) => u.block.kind === 'heading');
  // The lines below a contact label (`For more information:` / `Alison Harrison, Marketing Director`) are the contact's.
  const belowContactLabel = (unit: Unit): boolean => {
    const previous = top[top.indexOf(unit) - 1];
    return previous !== undefined && /:[*_]*$/.test(previous.text.trim()) && matchesLabel(CONTACT_LABEL, previous.text.replace(/[*_#]+/g, ''));
  };
  const allCandidates = before.filter((unit) => {
    if (aboveKind(unit) || belowContactLabel(unit)) return false;
    // A section's heading (`## Background`, `## About Acme`) is no headline, however high it stands.
    if (!headlineCandidate(unit) || (unit.block.kind === 'heading' && namesClosingPart(unit.text))) return false;
    // With a front-matter title, only a heading or a repeat of the title is the body's headline.
    return !fromFrontMatter || unit.block.kind === 'heading' || unit.text.trim() === fromFrontMatter.text;
  });
  const belowKind = allCandidates.filter((unit) => before.indexOf(unit) > kindAt);
  const candidates = kindAt !== -1 && !headedAboveKind && belowKind.length > 0 ? belowKind : allCandidates;
  // A title set as `#` outweighs the short plain lines above it: a letterhead, an address, a
  // `MEDIA` label or a contact line copied from the page's header.
  // A section's heading (`# Background`, `# About Acme`) in a short release is no title.
  // With no `#` title, a `##` one (as some sites set the page's title) does the same.
  const titleAt = (depth: number): Unit | undefined =>
    candidates.find((u) => u.block.kind === 'heading' && u.block.depth === depth && before.indexOf(u) <= 5 && !namesClosingPart(u.text));
  const title = titleAt(1) ?? titleAt(2);
  const above = title ? candidates.slice(0, candidates.indexOf(title)) : [];
  // Without one, the first line that titles the release rather than naming who issues it (an
  // office, an office-holder's letterhead, an authorisation, a contact's name above the title).
  const headlineUnit =
    title && above.every((u) => u.block.kind !== 'heading' && u.text.trim().length <= 160)
      ? title
      : // One word alone is no title but an office's last word wrapped onto a line of its own (`PERSONNEL`).
        (candidates.find((u) => u.block.kind === 'heading' || (!namesIssuer(u.text) && /\S\s+\S/.test(u.text.trim()))) ??
        candidates.find((u) => !namesIssuer(u.text)) ??
        candidates[0] ??
        null);
  // A headline glued to its dateline on one collapsed line is not separable: fall back to the first unit.
  let headline: Headline | null = null;
  if (headlineUnit) {
    const lead = headlineUnit.text.search(/\S/);
    const span =
      headlineUnit.block.kind === 'heading' && headlineUnit.from === 0
        ? { start: headlineUnit.block.start, end: headlineUnit.block.end }
        : unitSpan(headlineUnit, lead, headlineUnit.text.trimEnd().length);
    let text = headlineUnit.text.trim();
    // A label before the title on its line (`Press release: …`, `Media statement | …`) is not the title's.
    const label = KIND_PREFIX.exec(text);
    if (label && text.slice(label[0].length).split(/\s+/).length >= 3) text = text.slice(label[0].length);
    // A `#` title broken over two lines goes on in a short paragraph that opens with a preposition in
    // lower case (`… Opens` / `at Graton Resort & Casino`).
    const next = top[top.indexOf(headlineUnit) + 1];
    const rest = next?.text.trim() ?? '';
    const continues = /^(?:at|in|on|for|to|of|with|and|as|after|from|by|across|amid)[ \t]/.test(rest) && rest.split(/\s+/).length <= 12 && !/[.:]|\brelease\b/i.test(rest);
    // A title in capitals that a PDF wrapped (a full line, no stop at its end) goes on in a short
    // line in capitals below it (`… SHOWS WE` / `STILL NEED A ROYAL COMMISSION`).
    const capitals = (line: string): boolean => /\p{Lu}{2}/u.test(line) && line === line.toUpperCase();
    const wrapped =
      headlineUnit.block.kind === 'paragraph' &&
      text.length >= WRAPPED_LINE &&
      !/[.!?:]$/.test(text) &&
      capitals(text) &&
      capitals(rest) &&
      rest.split(/\s+/).length <= 12 &&
      !DOCUMENT_LABEL.test(rest) &&
      !findDate(rest);
    if (next && next.block.kind === 'paragraph' && ((headlineUnit.block.kind === 'heading' && continues) || wrapped) && next !== datelineUnit && next !== releaseUnit) {
      text = `${text} ${rest}`;
      span.end = unitSpan(next).end;
    }
    headline = { ...span, text, source: headlineUnit.block.kind === 'heading' ? 'heading' : 'line' };
  } else {
    // The title may follow the release line's colon (`FOR IMMEDIATE RELEASE: Dallas County DA Announces …`).
    const afterReleaseLine = releaseUnit ? titleAfterReleaseLine(releaseUnit) : null;
    headline = fromFrontMatter ?? (afterReleaseLine ? { ...afterReleaseLine.title, text: afterReleaseLine.text, source: 'line' } : null);
  }

  const subheadlines: Span[] = [];
  if (headlineUnit || datelineUnit) {
    const from = headlineUnit ? top.indexOf(headlineUnit) + 1 : 0;
    const to = datelineUnit ? top.indexOf(datelineUnit) : from;
    for (const unit of top.slice(from, to)) {
      if (unit !== releaseUnit && unit.text.trim().length <= 400) subheadlines.push(unitSpan(unit));
    }
  }

  let lead: Span | null = null;
  let bodyStart = 0;
  if (datelineUnit) {
    lead = unitSpan(datelineUnit);
    bodyStart = datelineUnit.index;
  } else {
    // The lead is the first paragraph of prose after the headline (or where the release begins),
    // not a bullet of a summary list.
    // Only within the top matter, where a dateline would be read: a lead further down could be
    // given a dateline skeleton that is never read back.
    // Nor a paragraph below a boilerplate's or the contacts' heading (`## About Acme`): the closing
    // matter has begun (a summary's `Key facts` or `At a Glance` may still stand above a lead).
    const after = headlineUnit ? headlineUnit.index + 1 : (top[0]?.index ?? 0);
    const closing = top.find((u) => u.index >= after && u.block.kind === 'heading' && (matchesLabel(ABOUT_LABEL, u.text) || matchesLabel(CONTACT_LABEL, u.text)));
    const first = top.find(
      (u) =>
        u.index >= after &&
        (!closing || u.index < closing.index) &&
        u.block.kind === 'paragraph' &&
        u.block.container !== 'listItem' &&
        u !== releaseUnit &&
        u.text.split(/\s+/).length >= 12,
    );
    if (first) {
      lead = unitSpan(first);
      bodyStart = first.index;
    } else {
      bodyStart = after;
    }
  }

  const firstBlock = top[0]?.block;
  const contentStart = firstBlock ? firstBlock.start : document.text.length;
  return { releaseLine, headline, subheadlines, dateline, lead, bodyStart, contentStart };
}
