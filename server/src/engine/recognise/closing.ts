import type { ParsedDocument } from '../parse';
import type { Background, Boilerplate, EndMark } from '../release';
import type { Span } from '../text';
import { ABOUT_LABEL, BACKGROUND_LABEL, CONTACT_LABEL, END_MARK, MAY_REACH, matchesLabel, namesClosingPart, withoutOpenEmphasis } from './labels';
import { closingHalfFrom, isLabelLike, type Unit, unitSpan } from './units';
import { namesIn, ORGANISATION_WORD, surname } from './names';
import { sentences } from '../prose';
import { allMatches } from '../text';

/** True when a unit is a label that starts another part, which ends the section before it. */
export function isPartLabel(unit: Unit): boolean {
  if (unit.block.kind === 'heading') return true;
  if (!isLabelLike(unit, 100)) return false;
  return namesClosingPart(unit.text);
}

/** For each unit, the index of the next heading or part label after it (or the end): sections end there. */
const SECTION_STOPS = new WeakMap<readonly Unit[], Int32Array>();

/**
 * The units of a section: from its label up to the next heading or part label. The stops are
 * found once per document, so a release of a thousand labels is not read a thousand times.
 */
export function sectionEnd(units: readonly Unit[], labelIndex: number): number {
  let stops = SECTION_STOPS.get(units);
  if (!stops) {
    stops = new Int32Array(units.length);
    let next = units.length;
    for (let i = units.length - 1; i >= 0; i--) {
      stops[i] = next;
      if (isPartLabel(units[i])) next = i;
    }
    SECTION_STOPS.set(units, stops);
  }
  return stops[labelIndex] - 1;
}

export function recogniseEndMark(document: ParsedDocument, units: readonly Unit[], from: number): EndMark | null {
  for (const unit of units.slice(from)) {
    const block = unit.block;
    // The block's own source: a `###` line is an empty heading, and `- 30 -` parses as a list item.
    const whole = unit.from === 0 && unit.to === block.flat.length;
    let raw = whole ? (block.line === block.endLine ? document.lines.lineText(block.line) : document.text.slice(block.start, block.end)) : unit.text;
    // Hong Kong's releases close `Ends/Thursday, October 31, 2019` above the time of issue, in one paragraph.
    const firstLine = /^[^\n]*/.exec(raw.trimStart())![0];
    if (whole && block.line !== block.endLine && /^(?:ENDS?|Ends)\//.test(firstLine)) raw = firstLine;
    // Wrapped in HTML (`<center>###</center>`, `<p style="…"> ### </p>`), the mark is read without its
    // tags; blanking them keeps the mark's place in the line.
    // `<Message Ends>`, read as a tag, is itself the mark.
    if (block.kind === 'html' && !END_MARK.test(raw.trim())) raw = raw.replace(/<[^<>\n]{0,200}>/g, (tag) => ' '.repeat(tag.length));
    const text = raw.trim();
    // Set in bold (`**END**`) or spaced out (`.    .    .`), the mark is read as plain text.
    const plain = text.replace(/^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$/g, '').replace(/\s+/g, ' ');
    if ((plain.length <= 24 || /^ends?\//i.test(plain)) && (END_MARK.test(plain) || (block.kind === 'heading' && block.depth === 3 && unit.text.trim() === ''))) {
      const lead = raw.indexOf(text);
      const lineStart = whole && block.line === block.endLine ? document.lines.lineStart(block.line) : block.start;
      const span = whole ? { start: lineStart + lead, end: lineStart + lead + text.length } : unitSpan(unit, lead, lead + text.length);
      return { ...span, text };
    }
    // Or run into the end of the text's last sentence, where copy-paste lost its line (`… across the country. ENDS`).
    const glued = block.kind === 'paragraph' ? GLUED_END_MARK.exec(unit.text.trimEnd().slice(-24)) : null;
    if (glued) {
      const at = unit.text.trimEnd().length - glued[1].length;
      return { ...unitSpan(unit, at, at + glued[1].length), text: glued[1] };
    }
  }
  return null;
}

/** An end mark in capitals or signs after a sentence's end, closing its paragraph: `… country. ENDS`, `… today. ###`. */
const GLUED_END_MARK = /[.!?”"][ \t]+((?:\\?#){3,4}|-{1,2} ?30 ?-{1,2}|[-–—/]{0,2} ?ENDS? ?[-–—/]{0,2})$/;

/** A background label run into the sentences on both sides of it, in capitals as written. */
const GLUED_BACKGROUND = /[.!?”"](Background|BACKGROUND|Notes to [Ee]ditors)(?=\p{Lu}\p{Ll})/u;

// `Media Note 'Vuvale' is …` and `***For financial editors: …` open a note to editors too.
const INLINE_BACKGROUND =
  /^[*_]*(?:(notes? (?:to|for) (?:the )?editors?|background(?: information)?|key facts|for (?:\p{L}+ )?editors)[ \t]*:|((?:media|press) notes?|background)(?=[ \t]+[‘'“"]?\p{Lu}\p{Ll}))/iu;

/** What a topic's About describes: an illness, an agreement, a law, not an organisation. */
const TOPIC_WORD =
  /\b(?:is|are)[ \t]+(?:an?|the)[ \t]+(?:[\p{L}\d’'-]+[ \t]+){0,4}?(?:disease|disorder|syndrome|condition|cancer|carcinoma|tumou?r|infection|virus|illness|dystrophy|deficiency|treaty|agreement|convention|legislation|regulation|directive)s?\b/iu;

/**
 * An About on a topic, not on an organisation (`About DMD` over `Duchenne muscular dystrophy (DMD)
 * is a fatal X-linked disorder …`, `About the Paris Agreement`): its first sentence says the topic
 * is an illness, an agreement or a law, and nothing an organisation has. Such a section is background.
 */
export function describesTopic(description: string, name = ''): boolean {
  // A sentence ends at a full stop, also one glued to the next sentence (`…protein.About Acme`).
  const fullStop = description.search(/[.!?](?=\s|$|\p{Lu})/u);
  const sentence = fullStop === -1 ? description.slice(0, 300) : description.slice(0, Math.min(fullStop, 300));
  // A topic's word inside an organisation's name (`About the Canadian Cancer Society`) names the organisation.
  const topicName = TOPIC_NAME.test(name) && !ORGANISATION_WORD.test(name);
  return (topicName || TOPIC_WORD.test(sentence)) && !ORGANISATION_NOUN.test(sentence);
}
/** What only an organisation is: founded, a company, a charity. */
const ORGANISATION_NOUN = /\b(?:founded|established|headquartered|company|non-?profit|charity|organi[sz]ation|foundation|association|agency|firm|institute|university)\b/i;
/** A topic's name in an About label: `About the Paris Agreement`, `About Duchenne Muscular Dystrophy`. */
const TOPIC_NAME = /\b(?:Agreement|Treaty|Convention|Act|Disease|Disorder|Syndrome|Dystrophy|Cancer)\b/;

/**
 * An About over a list of facts (`About Castor Leader` / `- Length: 199.99 meters` / `- Breadth: …`):
 * a ship's, a building's or an event's key facts, which are background.
 */
function aboutFacts(units: readonly Unit[], i: number): boolean {
  const items = units.slice(i + 1, i + 4);
  return items.length === 3 && items.every((u) => u.block.container === 'listItem' && /^[\p{Lu}][\p{L} ]{1,30}:[ \t]*\S/u.test(u.text.trim()) && u.text.length <= 80);
}

/** The description an About label heads: the rest of its paragraph when run in, else the next unit. */
function aboutDescription(units: readonly Unit[], i: number, labelEnd: number): string {
  const rest = units[i].text.slice(labelEnd).trim();
  return rest || (units[i + 1]?.text.trim() ?? '');
}

export function recogniseBackground(units: readonly Unit[], from: number): Background | null {
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    const text = unit.text.trim();
    if (isLabelLike(unit, 100) && matchesLabel(BACKGROUND_LABEL, text)) {
      const last = units[sectionEnd(units, i)];
      // "Further information:" over a person and a phone is the contact section, not background.
      if (matchesLabel(CONTACT_LABEL, text) && units.slice(i + 1, last.index + 1).some((u) => MAY_REACH.test(u.text))) continue;
      return { start: unitSpan(unit).start, end: unitSpan(last).end, label: text.replace(/[:.]$/, '') };
    }
    // An About on a topic (`About Osteoarthritis of the Knee`): a label line, or run into its text.
    const topic = aboutLabel(unit) !== null ? text.length : aboutRunInLength(text);
    if (topic !== null && (describesTopic(aboutDescription(units, i, unit.text.indexOf(text) + topic), text.slice(0, topic)) || (topic === text.length && aboutFacts(units, i)))) {
      const last = topic === text.length ? units[sectionEnd(units, i)] : unit;
      return { start: unitSpan(unit).start, end: unitSpan(last).end, label: text.slice(0, topic).replace(/[:.]$/, '').trim() };
    }
    const inline = INLINE_BACKGROUND.exec(text);
    // The pattern's `i` flag lets `\p{Lu}` match any letter: a label run in without a colon needs a
    // capital after it (`Background It was five years ago …`, not `Background removal – …`).
    const runIn = inline && inline[2] !== undefined;
    if (inline && unit.block.kind !== 'heading' && (!runIn || /^[ \t]+[‘'“"]?\p{Lu}\p{Ll}/u.test(text.slice(text.indexOf(inline[0]) + inline[0].length)))) {
      const lead = unit.text.indexOf(inline[0]);
      return { ...unitSpan(unit, lead), label: inline[1] ?? inline[2] };
    }
    // Or glued between two sentences where copy-paste lost its lines (`… of Montana.BackgroundWolves in Idaho …`).
    const glued = unit.block.kind === 'paragraph' ? GLUED_BACKGROUND.exec(unit.text) : null;
    if (glued) return { ...unitSpan(unit, glued.index + 1), label: glued[1] };
  }
  return null;
}

/**
 * "About X" run into its text with no break: the name repeated (`About KinKin is …`,
 * `About Raspberry Pi Raspberry Pi is …`) or glued to the next sentence (`About First OrionAs a …`,
 * `About KEDOThe Kpalo-Bli …`).
 */
export function gluedAbout(text: string): { label: number; organization: string; repeated: boolean } | null {
  if (!/^(?:About|ABOUT)[ \t\u00a0]/.test(text)) return null;
  // A bounded window: the label and its repetition fit in 200 characters, and copying the rest of
  // a long paragraph for every candidate length would make this quadratic.
  const rest = text.slice(6, 206);
  for (let length = 2; length <= Math.min(80, rest.length / 2); length++) {
    const name = rest.slice(0, length);
    // A name opens with a capital, or is a brand written in lower case (`oladoc`, `eBay`) that the
    // repetition below confirms.
    if (/\s$/.test(name) || !/^(?:\p{Lu}|\p{Ll}+\p{Lu}?\p{L}*$)/u.test(name)) continue;
    // Only spaces may stand between: a line break (even U+2028) is a real break, not glue.
    const after = rest.slice(length).replace(/^[ \t\u00a0]+/, '');
    // The name again, as written, without its spaces (`About Delta PrimeDeltaPrime is`) or
    // without its legal form (`About NFON AGNFON is`).
    for (const again of [name, name.replace(/[ \t\u00a0]+/g, ''), name.replace(LEGAL_FORM_AT_END, '')]) {
      if (again.length < 2) continue;
      // A label in capitals repeats the name as written (`ABOUT TALANTIRTalantir is …`).
      const repeated = after.startsWith(again) || (again === again.toUpperCase() && after.toUpperCase().startsWith(again));
      if (repeated && /^[\s,’'(]/.test(after.slice(again.length, again.length + 1) || ' ')) {
        // The name as the paragraph writes it, not as the label shouts it.
        return { label: 6 + length, organization: (after.startsWith(again) ? name : after.slice(0, again.length)).trim(), repeated: true };
      }
    }
  }
  // The glue is a capital that opens a word straight after a lower-case letter, a full stop or a
  // bracket (`About First OrionAs a …`).
  // Only a paragraph can be glued on: the label alone (`About NTUitive`, `About eBay`, `About
  // JPMorgan Chase & Co.`) is one name, whatever its capitals.
  const paragraphAfter = (at: number): boolean => /^\S+(?:[ \t]+\S+){7}/.test(rest.slice(at));
  const gluedSentence = /^((?:\p{Lu}[\p{L}\d.&'’-]*[ \t]?){1,6}?)(?<=\p{Ll}|[.)])(?=\p{Lu}\p{Ll})/u.exec(rest.slice(0, 90));
  if (gluedSentence && !/\s$/.test(gluedSentence[1]) && paragraphAfter(gluedSentence[1].length))
    return { label: 6 + gluedSentence[1].length, organization: gluedSentence[1].trim(), repeated: false };
  // An acronym alone as the name (`About KEDOThe Kpalo-Bli …`); a longer name's legal form glued to
  // an address (`… Real Estate AGKantstrasse 44`) is no such glue.
  const gluedAcronym = /^(\p{Lu}{2,8})(?=\p{Lu}\p{Ll})/u.exec(rest);
  if (gluedAcronym && paragraphAfter(gluedAcronym[1].length)) return { label: 6 + gluedAcronym[1].length, organization: gluedAcronym[1], repeated: false };
  return null;
}

const LEGAL_FORM_AT_END = /[ \t\u00a0,]+(?:AG|SE|GmbH|Inc\.?|Ltd\.?|plc|LLC|S\.A\.?|N\.V\.?|Corp\.?|Co\.)$/;

/**
 * `About Hiber: Remote monitoring…`, `About Acme Bay Area (ABA):ABA is…`: a colon ends the label;
 * so does a dash set between spaces (`About United Health Products -- UHP has developed …`).
 */
const ABOUT_COLON =
  /^(?:About|ABOUT)[ \t\u00a0]+((?:the[ \t]+)?[\p{Lu}\d][^:\n.!?–—]{0,80}?(?:\b(?:Inc|Ltd|Corp|Co|LLC)\.)?)(?:[ \t\u00a0]*:|[ \t\u00a0]+(?:--|–|—))[ \t\u00a0]*(?=[\p{Lu}\d(])/u;

function aboutColon(text: string): { label: number; organization: string } | null {
  const colon = ABOUT_COLON.exec(text);
  return colon ? { label: colon[0].trimEnd().length, organization: colon[1].replace(/^the[ \t]+/i, '') } : null;
}

/** Words that open an organisation's description: `About HPRA Founded in 1984, HPRA is …`. */
const DESCRIPTION_OPENING = /^(?:Founded|Established|Celebrating|Since|Headquartered|Based|Launched|Created|With|For over|For more than)\b/;

/**
 * "About X" run into its paragraph, in any case (`ABOUT H&M Founded in 1947`, `About the Lenzing
 * Group The Lenzing Group stands for …`, `About NFON AGNFON is …`): the label
 * ends where the description begins, at the name said again or a word that opens a description.
 * Only a paragraph that reads as an organisation's description counts, which the caller checks.
 */
function aboutRunIn(text: string): { label: number; organization: string } | null {
  const head = /^(?:About|ABOUT)[ \t\u00a0]+/.exec(text);
  if (!head) return null;
  const words = text.slice(head[0].length, head[0].length + 200).split(/[ \t\u00a0]+/);
  const bare = (name: string): string => name.replace(/^the[ \t\u00a0]+/i, '').replace(/[:,]$/, '');
  const label = (count: number): { label: number; organization: string } => {
    const name = words.slice(0, count).join(' ');
    return { label: head[0].length + name.length, organization: bare(name) };
  };
  for (let count = 1; count <= Math.min(8, words.length - 1); count++) {
    const name = words.slice(0, count).join(' ');
    // A sentence ends at a full stop, but a legal form's does not end the name (`Worth, Inc. Founded`).
    if (!/^[\p{Lu}\d]|^the\b/iu.test(name) || (/[.!?]$/.test(name) && !LEGAL_FORM_AT_END.test(name))) return null;
    const rest = text.slice(head[0].length + name.length).replace(/^[ \t\u00a0]*[:\-–—]?[ \t\u00a0]*/, '');
    const again = bare(name);
    const first = again.split(' ')[0];
    const repeats =
      rest
        .toLowerCase()
        .replace(/^the[ \t\u00a0]+/, '')
        .startsWith(again.toLowerCase()) ||
      (first.length >= 3 && new RegExp(`^${first.replace(/[^\p{L}\d]/gu, '.')}\\b`, 'u').test(rest));
    if (repeats || DESCRIPTION_OPENING.test(rest)) return { label: head[0].length + name.length, organization: again };
  }
  // The name said again in another form (`About APGFCU APG Federal Credit Union is a …`): where a
  // description of an organisation begins, after a name of one to four words.
  for (let count = 1; count <= Math.min(4, words.length - 1); count++) {
    if (!/^[\p{Lu}\d]/u.test(words[count - 1]) || /[.!?]$/.test(words[count - 1])) return null;
    if (describesOrganisation(text.slice(label(count).label).trimStart())) return label(count);
  }
  return null;
}

/** Where an About label run into the paragraph it opens ends, in any of its forms; null when there is none. */
function aboutRunInLength(text: string): number | null {
  const slice = text.trimStart();
  if (!/^(?:About|ABOUT)[ \t\u00a0]\p{Lu}/u.test(slice)) return null;
  return (gluedAbout(slice) ?? aboutColon(slice) ?? (slice.split(/\s+/).length >= 12 ? aboutRunIn(slice) : null))?.label ?? null;
}

function aboutRunInAt(text: string): boolean {
  const slice = text.trimStart();
  return /^(?:About|ABOUT)[ \t\u00a0]\p{Lu}/u.test(slice) && (gluedAbout(slice) ?? aboutColon(slice) ?? (describesOrganisationLoosely(slice) ? aboutRunIn(slice) : null)) !== null;
}

// After a sentence, a link, two spaces or a label's colon (`Notes for Editors: About Acme: …`).
const ABOUT_AFTER_SENTENCE = /(?:[.!?:”")\]][ \t\u00a0]*|[ \t\u00a0]{2,})(?=(?:About|ABOUT)[ \t\u00a0]\p{L})/gu;

/** Where "About" may open a boilerplate inside a unit: its start, or after a sentence or a link. */
function aboutPositions(text: string): number[] {
  // Heading marks run into the label (`###About Mobile Web Ghana`) are passed over.
  const lead = /^\s*(?:#{1,6}(?=about\b))?/i.exec(text)![0].length;
  const positions = /^about\b/i.test(text.slice(lead, lead + 6)) ? [lead] : [];
  for (const match of allMatches(ABOUT_AFTER_SENTENCE, text)) positions.push(match.index + match[0].length);
  return positions;
}

// `Since 1946 Onkyo has been …` takes no comma after its year.
const OPENING_PHRASE = '(?:(?:Founded|Established|Celebrating|Since|Headquartered|Based|Launched|Created)[^,.]{0,60},[ \\t]+|Since[ \\t]+\\d{4}[ \\t]+)?';
/** Where the organisation is, when it was founded or how large it is, between its name and its verb: `, based in Atlanta, Georgia,`, `, which was organized in 1968,`, `, with a portfolio valued at $146.4 billion,`. */
const APPOSITIVE = '(?:[ \\t]+(?:based|headquartered|located|founded|established|organi[sz]ed|incorporated|which|that|with)\\b(?:[^,.;:]|\\.(?=\\d)){1,50}(?:,[^,.;:]{1,30})?,)?';
/** An opening that describes an organisation: "Acme Corp. is a …", "The X was established in …", "Beazer Homes USA, Inc., based in Atlanta, Georgia, is one of …". */
const DESCRIBES_ORGANISATION = new RegExp(
  `^${OPENING_PHRASE}(?:[Tt]he\\s+)?((?:\\p{Lu}|\\p{Ll}{1,6}\\p{Lu})[\\p{L}\\d.&'’,™®-]*(?:\\s+(?:of|for|and|the|de|&|\\p{Lu}[\\p{L}\\d.&'’,™®-]*|\\([^)]{1,30}\\))){0,10}),?${APPOSITIVE}\\s+(?:\\([^)]{1,40}\\)\\s+)?(?:(?:is|was|are|were|has been|has become|has grown into|serves as)\\s+(?:\\p{Ll}+ly\\s+)?(?:a|an|the|one|established|founded|formed|created|headquartered|based|dedicated|committed|recognized|recognised|home|known|among|protect|improve|help|support|\\p{Lu}[\\p{L}]*[’']s)|exists to|works to|aims to)\\b`,
  'u',
);
export const ORGANISATION_TRAITS =
  /\b(?:founded|established|headquartered|based in|organi[sz]ation|company|non-?profit|charity|provider|leader|leading|mission|dedicated|members|foundation|association|agency|firm|group|platform|utility|centre|center|institute|university|network|community|society|laborator(?:y|ies)|protocol|project|software|manufacturer|developer|operator|producer|supplier|retailer|insurer|brand|(?:pension|investment|wealth|mutual) fund|www\.|https?:|\.com|\.org)\b|\b(?:church|denomination|congregation|diocese|broadcaster|station|publisher|network)s?\b/i;

/** An organisation's description, without asking for its first sentence's shape. */
function describesOrganisationLoosely(text: string): boolean {
  return ORGANISATION_TRAITS.test(text) && text.split(/\s+/).length >= 12;
}

function describesOrganisation(text: string): RegExpExecArray | null {
  const match = DESCRIBES_ORGANISATION.exec(text);
  return match && ORGANISATION_TRAITS.test(text) && text.split(/\s+/).length >= 12 ? match : null;
}

/** What holds for now, as news says (`last night`, `is currently unable`, `is to return`; a mission that `is to advance` is not news), not what an organisation is. */
const TIME_BOUND =
  /\b(?:last (?:night|week|month|\d+ hours)|in the (?:last|past) (?:\d+|few|several) (?:hours|days|weeks)|this (?:morning|afternoon|evening|week|weekend)|currently|at present|in the process of|(?:is|are) (?:due |scheduled |expected |set )?to (?:return|travel|visit|meet|attend|arrive|leave|sign|open|close|begin|start)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** A closing sentence that gives contacts (`For more information, contact …`), not prose. */
const CONTACT_SENTENCE_WORDS = /\b(?:contact|enquiries|inquiries)\b/i;

/** What an organisation does, said of it in the present (or of its founding): `represents`, `works to`. */
export const DESCRIBING_VERB =
  /^(?:is|are|was|has|have|represents|works|focuses|provides|serves|operates|oversees|exists|aims|supports|promotes|employs|offers|helps|delivers|develops|manages|regulates|leads|brings|champions|advocates|invests|owns|runs|connects|protects|builds|designs|makes|produces|specialises|specializes|pioneers|empowers|enables|partners|coordinates|co-ordinates|funds|examines|licenses|licences|certifies|administers|governs|advises|maintains|conducts|oversees|comprises|consists)\b/;
/** A news sentence, not a description: what happened today, what someone said. */
const NEWS_MARKS = /["“”]|\b(?:said|says|today|yesterday|announced|will)\b/;
const DESCRIBING_PARTICIPLE =
  /^(?:founded|established|formed|created|incorporated|headquartered|based|dedicated|committed|recogni[sz]ed|known|responsible|owned|listed|registered)$/;
/** How an organisation feels about the news: `is very excited`, `is pleased`, `is proud`. */
const FEELING = /^(?:very|so|now|also|pleased|excited|delighted|proud|happy|thrilled|glad|honou?red|grateful|saddened|looking)$/;
const SUBJECT_WORD = /^(?:\p{Lu}[\p{L}\d.&'’-]*|of|for|and|the|de|&)$/u;

/**
 * An organisation's description nobody labelled (`The CLC represents over 3.3 million union
 * members…`, `The Climate Institute’s work focuses on…`), weighed on its evidence. It must open
 * with a name, say what that name is or does and read as a description, not as news; then each cue
 * weighs: the release's own organisation (named in the headline or the lead, 2), a name that is an
 * organisation's (an acronym, or a name with an organisation's word, 1), what organisations are
 * said to have (a mission, members, a website, 1), and the place a boilerplate stands in, the
 * release's last paragraph of prose (1). Four are needed, so a description found anywhere in the
 * closing half needs all but its place, and the last paragraph may lack one of the weaker cues
 * (`Apple designs Macs, …`, `ETFO represents 83,000 elementary public school teachers …`).
 * Returns the organisation, or null.
 */
function organisationDescribed(text: string, namedAtTop: (name: string) => boolean, lastProse: boolean, peopleAtTop: ReadonlySet<string>): string | null {
  if (NEWS_MARKS.test(text) || TIME_BOUND.test(text)) return null;
  const words = text.replace(/^\d{1,2}[.)][ \t]+/, '').split(/[ \t\u00a0]+/, 14);
  let at = words[0] === 'The' ? 1 : 0;
  const subject: string[] = [];
  // A possessive closes the name (`The Climate Institute’s work focuses`), a bracket follows it (`Verizon (NYSE: VZ) was`).
  let possessive = false;
  for (; at < words.length && subject.length < 8 && !possessive && SUBJECT_WORD.test(words[at]); at++) {
    possessive = /^\p{Lu}.*['’]s$/u.test(words[at]);
    subject.push(possessive ? words[at].slice(0, -2) : words[at]);
  }
  while (subject.length > 0 && !/^\p{Lu}/u.test(subject[subject.length - 1])) subject.pop();
  const name = subject.join(' ').replace(/[,.]+$/, '');
  // An acronym or a brand with inner capitals (`OECTA`, `NinaData`); a memorandum (`MoU`, `MoC`) is an agreement's.
  const acronym = /^\p{Lu}[\p{L}]*$/u.test(name) && name.replace(/\P{Lu}/gu, '').length >= 2 && !/^M[Oo][UACuac]$/.test(name);
  // A person (`Loyer is scheduled…`, `Hammond will serve…`) is no organisation.
  const organisational = acronym || ORGANISATION_WORD.test(name);
  if (!name || (!organisational && peopleAtTop.has(name))) return null;
  const own = namedAtTop(name);
  while (at < words.length && /^\(/.test(words[at])) {
    while (at < words.length && !/\)[,.]?$/.test(words[at])) at++;
    at++;
  }
  if (possessive && at < words.length && /^\p{Ll}+$/u.test(words[at])) at++;
  const verb = words[at] ?? '';
  const next = words[at + 1] ?? '';
  if (!DESCRIBING_VERB.test(verb)) return null;
  // `is investigating`, `has reportedly donated`, `is joined by`, `is very excited`: news, not a
  // description; its founding (`was formed in 2006`) describes it.
  if (/^(?:is|are|was|has|have)$/.test(verb) && (/(?:ing|ed|ly)$/.test(next) || FEELING.test(next)) && !DESCRIBING_PARTICIPLE.test(next)) return null;
  const traits = ORGANISATION_TRAITS.test(text) || /\b(?:members|employees|customers|organisations|organizations|countries)\b/.test(text);
  const length = text.split(/\s+/).length;
  const weight = (own ? 2 : 0) + (organisational ? 1 : 0) + (traits ? 1 : 0) + (lastProse ? 1 : 0);
  return weight >= 4 && length >= 12 && length <= 150 ? name : null;
}

/** A verb that says what a coalition's member is or does, in its list item's first words. */
const MEMBER_DESCRIBED =
  /^[^.]{0,120}?\b(?:is|are|was|has|have|represents|works|provides|serves|operates|supports|promotes|brings|helps|aims|exists|advocates|champions|leads|unites|connects)\b/;

/** The organisation a list item names first: its opening capitalised words. */
function memberName(text: string): string {
  return cleanOrganisation(/^(?:The\s+)?((?:\p{Lu}[\p{L}\d.&'’-]*\s?){1,6})/u.exec(text)?.[1] ?? text.slice(0, 40));
}

const cleanOrganisation = (name: string): string =>
  name
    .replace(/^the\s+/i, '')
    .replace(/[,.:]+$/, '')
    .replace(/[™®]/g, '')
    .trim();

/** An "About X" label standing alone: a heading, a bold line or a short line (`About Aclarion, Inc.`). */
function aboutLabel(unit: Unit): string | null {
  // Emphasis marks left open where the markup was broken (`**About Code for America` / `** Code for …`) are not the label's.
  const text = withoutOpenEmphasis(unit.text);
  if (text.length > 100 || (unit.block.kind !== 'heading' && text.split(/\s+/).length > 12)) return null;
  // A sentence that starts with "About" ("About 300 volunteers took part.") is not a label; a
  // name ending in an abbreviation ("About Aclarion, Inc.") is.
  if (unit.block.kind !== 'heading' && /[.!?]$/.test(text) && !/\b(?:Inc|Ltd|Corp|Co|LLC|plc|S\.A|N\.V|Cie)\.$/.test(text)) return null;
  const match = ABOUT_LABEL.exec(text);
  return match && !matchesLabel(BACKGROUND_LABEL, text) ? cleanOrganisation(match[1]) : null;
}

/** A name, a dash and its website, then the name again: `GEODIS – www.geodis.comGEODIS`. */
const NAME_AND_WEBSITE_THEN_NAME = /^(\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+[\p{L}\d&.'’-]+){0,4})[ \t]+[–—-][ \t]+(?:https?:\/\/)?www\.\S{0,60}?(?=\1[ \t])/u;
/** A name of two words or more, then the same name again with nothing between. */
const NAME_RUN_INTO_ITSELF = /^(\p{Lu}[\p{L}\d&.'’-]*(?:[ \t]+[\p{L}\d&.'’-]+){1,9}?)\1(?=[\s,(])/u;

/** `About oladoc` over a paragraph that opens with `oladoc`: a brand written in lower case. */
function lowerCaseBrandLabel(unit: Unit, next: Unit | undefined): string | null {
  const match = /^About[ \t\u00a0]+(\p{Ll}[\p{L}\d.&-]{1,30})$/u.exec(unit.text.trim());
  return match && next?.text.trimStart().startsWith(`${match[1]} `) ? match[1] : null;
}

export function recogniseBoilerplate(units: readonly Unit[], from: number, isSkipped: (unit: Unit) => boolean): Boilerplate[] {
  const found: Boilerplate[] = [];
  const taken = new Set<number>();
  const take = (first: number, last: number, organization: string, label: Span | null): void => {
    found.push({ start: unitSpan(units[first]).start, end: unitSpan(units[last]).end, organization, label });
    for (let j = first; j <= last; j++) taken.add(j);
  };

  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (isSkipped(unit) || taken.has(i)) continue;
    const organization = aboutLabel(unit) ?? lowerCaseBrandLabel(unit, units[i + 1]);
    if (organization && (describesTopic(aboutDescription(units, i, unit.text.length), organization) || aboutFacts(units, i))) continue;
    if (organization) {
      // A second organisation's About run into its paragraph (`About TruAmerica MultifamilyTruAmerica
      // Multifamily is …`) ends this one's section.
      let last = sectionEnd(units, i);
      for (let j = i + 1; j <= last; j++) {
        if (!isSkipped(units[j]) && aboutRunInAt(units[j].text)) {
          last = j - 1;
          break;
        }
      }
      if (last === i && unit.block.kind !== 'heading') continue;
      // One "About" over a list of organisations (a coalition): each item is a boilerplate.
      // Each item describes its member (`Acme is …`, `Acme works to …`); a list of sponsors
      // (`Perrier – Official Water Partner, sponsor of …`) describes nobody.
      const members = units
        .slice(i + 1, last + 1)
        .filter((u) => u.block.container === 'listItem' && /^\p{Lu}/u.test(u.text.trim()) && u.text.split(/\s+/).length >= 8 && MEMBER_DESCRIBED.test(u.text));
      if (members.length >= 2) {
        for (const member of members) take(member.index, member.index, memberName(member.text.trim()), null);
        taken.add(i);
      } else {
        take(i, last, organization, unitSpan(unit));
      }
      continue;
    }
    for (const position of aboutPositions(unit.text)) {
      const slice = unit.text.slice(position);
      // A colon or the name run into its repetition marks a label by itself; any other run-in
      // label needs a paragraph that reads as an organisation's description.
      // A name in lower case (`About oladoc  oladoc is …`) counts only when it is repeated.
      const lowerCase = /^About[ \t\u00a0](?!the\b)\p{Ll}/u.test(slice);
      const glued = gluedAbout(slice) ?? (lowerCase ? null : (aboutColon(slice) ?? (describesOrganisationLoosely(slice) ? aboutRunIn(slice) : null)));
      if (!glued || describesTopic(slice.slice(glued.label).trim(), glued.organization)) continue;
      found.push({ ...unitSpan(unit, position), organization: cleanOrganisation(glued.organization), label: unitSpan(unit, position, position + glued.label) });
      taken.add(i);
    }
  }

  // A bare organisation-name label (`Duke Energy`) whose next paragraph opens with that name; in
  // the closing half, one whose next paragraph names it in its opening phrase (`One of the
  // nation’s oldest conservation groups, Save the Redwoods League has …`).
  const closingHalf = closingHalfFrom(units, from);
  for (let i = from; i < units.length - 1; i++) {
    const unit = units[i];
    const name = unit.text.trim();
    if (taken.has(i) || taken.has(i + 1) || isSkipped(unit) || !isLabelLike(unit, 60) || name.length < 2 || /[.:!?]$/.test(name)) continue;
    const next = units[i + 1].text.trim();
    const namesIt = next.startsWith(name) || (i >= closingHalf && /^\p{Lu}/u.test(name) && name.includes(' ') && next.slice(0, 120).includes(`, ${name} `));
    if (namesIt && /\b(?:is|was|has been)\b/.test(next.slice(0, 250)) && ORGANISATION_TRAITS.test(next)) {
      // The section runs over the paragraphs that follow, up to the next short label line.
      let last = i + 1;
      const end = sectionEnd(units, i);
      while (last + 1 <= end && !isLabelLike(units[last + 1], 60)) last++;
      take(i, last, cleanOrganisation(name), unitSpan(unit));
    }
  }

  // A name and its website run into the name's description (`GEODIS – www.geodis.comGEODIS is a leading …`).
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (taken.has(i) || isSkipped(unit) || unit.block.kind !== 'paragraph') continue;
    const labelled = NAME_AND_WEBSITE_THEN_NAME.exec(unit.text.trimStart().slice(0, 200));
    if (labelled && ORGANISATION_TRAITS.test(unit.text)) take(i, i, cleanOrganisation(labelled[1]), unitSpan(unit, 0, labelled[0].length));
  }

  // A bare name label run into its repetition by copy-paste (`Hong Kong Science and Technology
  // Parks CorporationHong Kong Science and Technology Parks Corporation (HKSTP) was established …`).
  for (let i = from; i < units.length; i++) {
    const unit = units[i];
    if (taken.has(i) || isSkipped(unit) || unit.block.kind !== 'paragraph') continue;
    const glued = NAME_RUN_INTO_ITSELF.exec(unit.text.slice(0, 170));
    if (glued && /\b(?:is|was|are)\b/.test(unit.text.slice(0, 300)) && ORGANISATION_TRAITS.test(unit.text)) {
      take(i, i, cleanOrganisation(glued[1]), unitSpan(unit, 0, glued[1].length));
    }
  }

  // Without a label: a closing paragraph that describes the organisation, as UN releases close;
  // also an italic closing note after labelled boilerplate.
  // The closing half of the body's prose, counted in paragraphs of prose: label lines and a contact
  // block's short lines, split into units of their own, do not move it.
  const closingFrom = closingHalfFrom(units, from);
  // The release's own organisation is named in its headline or its lead.
  const topUnits = units.slice(0, from + 2);
  const top = topUnits.map((u) => u.text).join('\n');
  const namedAtTop = (name: string): boolean => top.includes(name);
  // Named again by their first name (`Barry has been …`) or their surname (`Hammond will …`).
  // Read in the lead's prose: a title's capitals read as names (`Fernway Brings Offline Maps`).
  const leadProse = topUnits
    .filter((u) => !isLabelLike(u, 200))
    .map((u) => u.text)
    .join('\n');
  const peopleAtTop = new Set(namesIn(leadProse).flatMap((person) => [person.name, person.name.split(' ')[0], surname(person.name)]));
  // The release's last paragraph of prose: what follows it is contacts, links, an end mark or labels.
  let lastProse = units.length - 1;
  for (; lastProse >= 0; lastProse--) {
    const u = units[lastProse];
    if (
      u.block.kind === 'paragraph' &&
      u.block.container === 'root' &&
      !isSkipped(u) &&
      u.text.split(/\s+/, 12).length >= 12 &&
      !MAY_REACH.test(u.text) &&
      !CONTACT_SENTENCE_WORDS.test(u.text)
    )
      break;
  }
  // Partners' releases close with a description of each, one after the other.
  let lastDescribed = -2;
  for (let i = closingFrom; i < units.length; i++) {
    const unit = units[i];
    if (taken.has(i) || isSkipped(unit) || unit.block.kind !== 'paragraph' || unit.block.container === 'blockquote') continue;
    if (found.length > 0 && !unit.block.italic && lastDescribed !== i - 1) continue;
    // An emphasis mark left open (`*The Board is an independent agency …`) is no part of the text.
    const text = withoutOpenEmphasis(unit.text);
    // `Keran, of Inver Grove Heights, is a controller …`: a person and their town, as appointments are written.
    // Nor a pronoun's sentence (`He is a graduate of the University of Otago`, `This is a remarkable time for …`).
    // Nor a person named with an honorific (`Mr Griffin is currently the Director of …`).
    if (
      text.startsWith('About') ||
      /^\p{Lu}[\p{Ll}'’-]+, of \p{Lu}/u.test(text) ||
      /^(?:He|She|They|It|We|I|This|That|These|Those)\b/.test(text) ||
      /^(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]/.test(text)
    )
      continue;
    const match = describesOrganisation(text);
    // A paragraph that is somebody's quotation is not the boilerplate, even if it describes the organisation.
    const organization =
      match && !/^["“]/.test(text) && !/\b(?:said|says)\b/.test(text) ? match[1] : i >= from + 2 ? organisationDescribed(text, namedAtTop, i === lastProse, peopleAtTop) : null;
    // The next description in a run must name an organisation, not a person (`Mooney, of Cold Spring, is a professor`).
    const chained = found.length > 0 && !unit.block.italic;
    if (organization && (!chained || ORGANISATION_WORD.test(organization) || /^\p{Lu}{2,}/u.test(organization))) {
      take(i, i, cleanOrganisation(organization), null);
      lastDescribed = i;
    }
  }
  if (found.length === 0) found.push(...describedAfterOtherText(units, from, taken, isSkipped, namedAtTop));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The closing paragraphs' later sentences that describe the release's own organisation (named at
 * its top): `An inquest is a formal court proceeding … The New Brunswick Coroner Service is an
 * independent fact-finding agency that …`. Read only where no boilerplate stands on its own, in the
 * last three paragraphs, and marked as following other text (classify.ts weighs it at nothing).
 */
function describedAfterOtherText(
  units: readonly Unit[],
  from: number,
  taken: ReadonlySet<number>,
  isSkipped: (unit: Unit) => boolean,
  namedAtTop: (name: string) => boolean,
): Boilerplate[] {
  const closing = units.filter((u, i) => i >= from + 2 && !taken.has(i) && !isSkipped(u) && u.block.kind === 'paragraph' && u.block.container === 'root').slice(-3);
  for (const unit of closing) {
    const text = unit.text.slice(0, 2000);
    for (const { start: at } of sentences(text).slice(1)) {
      const sentence = text.slice(at);
      // What the organisation is (`is an independent agency`, `Founded in 1921, Acme Bank offers …`),
      // not how it is seen (`is known world-wide as …`).
      const says =
        !NEWS_MARKS.test(sentence.slice(0, 300)) &&
        (/\b(?:is|are|was) (?:a|an|the|one)\b/.test(sentence.slice(0, 160)) || /^(?:Founded|Established|Headquartered|Based)\b/.test(sentence));
      const match = says ? describesOrganisation(sentence) : null;
      if (match && namedAtTop(match[1])) return [{ ...unitSpan(unit, at), organization: cleanOrganisation(match[1]), label: null, afterOtherText: true }];
    }
  }
  return [];
}
