/**
 * People's names as releases write them: `Mr. Achim Steiner`, `Leonard G. Horowitz`,
 * `Shannon O’Callaghan`, `Mr Justice Bryan`. Every pattern is bounded (at most four words), so
 * matching is linear in the text searched.
 */

// Military, police and elected ranks abbreviated before a name, as US releases write them
// (`Col. Dana Whitfield`, `Lt. Col. Ana Ruiz`, `Det. Sgt. Amy Hale`, `Sen. Mark Udall`).
const RANK_WORDS = 'Col|Lt|Lieut|Gen|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Cdr|Brig|Insp|Supt|Det|Sen|Rep|Gov';
const RANK = `(?:${RANK_WORDS})\\.`;
/** Abbreviations whose full stop does not end a sentence: honorifics, ranks, `St.`, `Jr.`. */
export const ABBREVIATION_BEFORE_NAME = new RegExp(`\\b(?:Mr|Mrs|Ms|Dr|Assoc|Prof|St|Jr|Sr|Rev|Eng|Engr|Atty|Fr|Hon|${RANK_WORDS}|[A-Z])$`);
/**
 * Honorifics before a name, at most two in a row (`Prof. Dr. Jens Anders`): courtesy titles,
 * engineers' (`Eng.`, `Engr.`, as Gulf and Philippine releases write them), lawyers', clergy's,
 * councillors', a conductor's, German courtesy titles and the forms of address of ministers and
 * envoys (`His Excellency`, `the Honourable`).
 */
const HONORIFIC_WORD =
  '(?:Mr|Mrs|Ms|Mx|Miss|Dr|Assoc\\.?[ \\t]+Prof|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Judge|Hon(?:ou?rable)?|H\\.[ \\t]?E|Eng|Engr|Atty|Fr|Cllr|Rabbi|Imam|Pastor|Sheikh|Sheikha|Maestro|Herr|Frau|(?:His|Her)[ \\t]+Excellency)';
const HONORIFIC = `(?:(?:(?:${HONORIFIC_WORD}\\.?(?:[ \\t]+Justice)?|${RANK}(?:[ \\t]+${RANK})?)[ \\t]+){1,2})`;
// A capital, lower-case letters, and at most one inner capital (McDonald, O’Callaghan): the
// character classes do not overlap, so a long run of capitals cannot make it backtrack.
export const NAME_WORD = "\\p{Lu}[\\p{Ll}’'\\-]+(?:\\p{Lu}\\p{Ll}+)?";
const WORD = NAME_WORD;
const PARTICLE = '(?:de|van|von|der|den|da|di|del|della|la|le|du|bin|al|el|Bin|Bint|Ibn|Abu|Al|El|St\\.)';
const INITIAL = '[A-Z]\\.';
/** Two capitals that stand for a place, a body or a role, never for a first name: `UN Envoy`, `MP Jane Roe`. */
const TWO_LETTER_BODIES = '(?:US|UK|EU|UN|NZ|AU|AI|TV|PR|HR|IT|VP|MP|MS|PM|GM|HQ|DC|LA|NY|NJ|BC|ON|QC|WA|SA|NT|ID|OK)';
/**
 * Looks ahead for a character that may be a capital (ASCII, Latin-1 or beyond). It matches nothing
 * by itself: it lets the regular expression engine skip ahead to such a character, where a pattern
 * that opens with \p{Lu} is tried at every character and costs twice as much.
 */
export const MAY_BE_CAPITAL = '(?=[A-Z\\u00C0-\\u00DE\\u0100-\\uFFFF])';
/**
 * First names written as initials: `A.J. Hunyady`, `J. J. Abrams`, or two capitals without full
 * stops (`JR Gonzales`, `PJ Landers`), which are not a country's or a body's letters (`UN Envoy`).
 */
const FIRST_INITIALS = `(?:(?:${INITIAL}(?:[ \\t]?${INITIAL})?|(?<![\\p{L}\\d])(?!${TWO_LETTER_BODIES}\\b)[A-Z]{2})[ \\t]+)`;
/**
 * Honours and offices written after a name without a comma (`Lucy Hovvels MBE`, `Adam Price MS`,
 * `M J A Brown CNZM`): part of how the person is named, not a word of the name.
 */
const POST_NOMINAL_WORDS = 'MBE|OBE|CBE|KBE|DBE|MP|MS|MSP|MLA|MPP|MHK|TD|QC|KC|SC|AM|AO|AC|OAM|CNZM|ONZM|MNZM|KNZM|DNZM|QSO|JP|FRS|FRSE|FREng|DL';
const POST_NOMINALS = `(?:(?:[ \\t]+(?:${POST_NOMINAL_WORDS})\\b){1,2})`;
const POST_NOMINALS_AT_END = new RegExp(`${POST_NOMINALS}$`);
/** A generation after the surname, without a comma: `Rafael Navarro IV`, `Juan Gamiño Jr.`. */
const GENERATION_WORD = 'Jr\\.?|Sr\\.?|II|III|IV';
const GENERATION = `(?:[ \\t]+(?:${GENERATION_WORD})(?![\\p{L}\\d]))`;
const GENERATION_ALONE = new RegExp(`^(?:${GENERATION_WORD})$`);
/** A nickname in brackets after a first name: `Robert (Bob) Kane`, `Higinio (H.O.) Maycotte`. */
const BRACKETED_NICKNAME = '(?:[ \\t]+\\(\\p{Lu}[\\p{L}.]{0,14}\\))';
/**
 * A person's name: an optional honorific, then two to four name words (or one after an honorific);
 * initials may stand for the first name, and particles (`van der`) may come before a surname.
 */
export const NAME = `${MAY_BE_CAPITAL}${HONORIFIC}?${FIRST_INITIALS}?${WORD}${BRACKETED_NICKNAME}?(?:[ \\t]+(?:${INITIAL}[ \\t]+)?(?:${PARTICLE}[ \\t]+){0,2}${WORD}){0,3}${GENERATION}?${POST_NOMINALS}?`;

const HONORIFIC_PREFIX = new RegExp(`^${HONORIFIC}`, 'u');

/** Capitalised words that open sentences but never names. */
const NOT_A_NAME = new Set(
  (
    'The A An This That These Those It Its He She We They I In On At For But And Or As With By From To Today ' +
    'Yesterday Tomorrow According Our His Her Their When While After Before Since If Although Meanwhile Also ' +
    "However Today’s Today's Additionally Furthermore Moreover Here There What Why How Who Where Each Every " +
    'More Most Many Some All Both Such Not No Yes Now Then Please Contact Media Press About Email Phone Tel ' +
    'Website Us Here Your Info Online Global Regional National Brand Marketing Communications Corporate Public Visit Follow Learn Read Click Call Source Notes Background January February March April May June July August September October ' +
    'November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Inc Ltd LLC Corp Jr Sr'
  ).split(' '),
);

/** Initials that stand for a place, not a first name: `U.S. Senate` is no person. */
const PLACE_INITIALS = new Set(['U.S.', 'U.K.', 'E.U.', 'U.N.', 'D.C.', 'N.Y.', 'L.A.', 'N.Z.', 'U.A.E.']);

/**
 * Job titles: a phrase that holds one before its last word ("Growth Minister Helen") is a title
 * before a name, not a name; as the last word it may be a surname (James Governor).
 */
const TITLE_WORDS = new Set(
  'Senior Junior Vice President Chief Director Head Manager Executive Founder Co-founder Cofounder Chair Chairman Chairwoman Chairperson Officer Treasurer Secretary Minister Deputy Assistant Associate General Partner Principal Professor Lead Leader Editor Spokesperson Spokesman Spokeswoman Coordinator Curator Commissioner Governor Mayor Ambassador Envoy Administrator Superintendent Inspector Sergeant Detective Constable Commander Captain Lieutenant Colonel Admiral Brigadier Corporal Sheriff Councillor Councilor Senator Representative CEO CFO CTO COO'.split(
    ' ',
  ),
);

/** Words that make a capitalised phrase an organisation rather than a person. */
/** Title words that are also surnames often enough ("James Governor", "Ann Mayor"): a name may end in them. */
const SURNAMES_THAT_ARE_TITLES = new Set(['Governor', 'Mayor', 'Sheriff', 'Constable', 'Partner', 'Principal', 'Lead', 'General', 'Curator', 'Commander', 'Captain']);

/** Words that open a title before its head word: "Managing Director", "Artistic Director", "General Manager". */
const TITLE_MODIFIERS = new Set(
  (
    'Managing Executive Acting Interim Regional National Country Programme Program Technical Creative Artistic Medical Finance Financial Marketing Communications Operations Sales Development Research Project Communication Press Media Public Prime Foreign High Permanent Cabinet Attorney Surgeon Solicitor Police Fire Education Health Trade Justice Interior ' +
    // A minister's portfolio, the last word of `Minister for Trade and Investment` before the name.
    'Investment Industry Environment Defence Defense Agriculture Transport Tourism Culture Labour Labor Housing Infrastructure Employment Immigration Treasury Veterans'
  ).split(' '),
);

/** Words that make a capitalised name an organisation's, not a person's. */
export const ORGANISATION_WORD =
  /\b(?:Inc|LLC|Ltd|Limited|Corp|Corporation|Company|Co|Group|Foundation|Association|Institute|University|College|Council|Agency|Office|Ministry|Department|Team|Relations|Communications|Media|Press|PR|Partners|Capital|Holdings|Bank|Fund|Society|Trust|Network|Project|Services|Solutions|Technologies|Systems|International|Global|Centre|Center|Committee|Board|Commission|Union|Nations|Government|News|Newswire|Wire|Research|Consulting|Labs?|AG|GmbH|SA|plc|PLC|Summit|Conference|Order|Report|Management|Product|Operations|Engineering|Strategy|Technology|Innovation|Affairs|Policy|Finance|Sales|Marketing|Resources|Day|Week|Awards?|Officer|Federal|Science|Programme|Program|Initiative|Campaign|Festival|Show|Platform|Exchange|Market|Index|Avenue|Center|Hospital|School|Museum|Airport|County|City|State|Province|Republic|Kingdom|Ministry|Congress|Federation|Party|Authority|Alliance|Coalition|Chamber|League|Club|Cooperative|Co-operative|Partnership|Insurance|Bancorp|Theatre|Theater|Orchestra|Symphony|Opera|Ballet|Railway|Transit|Practitioners|Therapeutics|Pharmaceuticals|Pharma|Ambulance|Police|Rescue|Brigade|Constabulary|Biosciences|Biotech|Sciences|Ventures|Motors|Airlines|Airways|Energy|Mining|Realty|Properties|Hotels|Resorts|Studios|Records|Entertainment|Foods|Brands|Logistics|Software|Robotics|Analytics|Malignancies|Bulletin|Journal|Magazine|Newsletter|Gazette|Herald|Tribune)\b/;

export interface NameMatch {
  /** The name with any honorific removed (`Achim Steiner`). */
  name: string;
  index: number;
  length: number;
  hasHonorific: boolean;
}

function accept(match: string, index: number): NameMatch | null {
  // Field labels that follow a name in a contact block ("Owen Pritchard Tel:") are not part of it.
  let raw = match;
  for (let last = /[ \t]+(\S+)$/.exec(raw); last && NOT_A_NAME.has(last[1]); last = /[ \t]+(\S+)$/.exec(raw)) raw = raw.slice(0, last.index);
  // A title run on after a name, where copy-paste dropped the comma ("Elena Coles Head of …"), is not part of it.
  const runOn = /^(\S+[ \t]+\S+(?:[ \t]+\S+)?)[ \t]+(\S+)$/.exec(raw);
  if (runOn && TITLE_WORDS.has(runOn[2]) && !SURNAMES_THAT_ARE_TITLES.has(runOn[2]) && !runOn[1].split(/[ \t]+/).some((word) => TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word)))
    raw = runOn[1];
  const honorific = HONORIFIC_PREFIX.exec(raw);
  // A nickname in brackets is how the person is called, not part of the name the text gives them.
  // A possessive closing the phrase belongs to what follows it (`the Prime Minister's comments`): the
  // name is read without it, so a title stays a title.
  const bare = (honorific ? raw.slice(honorific[0].length) : raw)
    .replace(/[ \t]+\([^()]*\)/u, '')
    .replace(/(?<=\p{L})['’]s$/u, '')
    .replace(POST_NOMINALS_AT_END, '');
  const words = bare.split(/[ \t]+/);
  // A possessive opens a title, not a name: "CRVA’s President".
  // A title is no name either ("Managing Director", "Salvation Army Spokesperson"), though a few
  // surnames are a title's word ("James Governor").
  const head = words[words.length - 1];
  const title = words.length >= 2 && TITLE_WORDS.has(head) && (!SURNAMES_THAT_ARE_TITLES.has(head) || TITLE_WORDS.has(words[0]) || TITLE_MODIFIERS.has(words[0]));
  if (!bare || title || NOT_A_NAME.has(words[0]) || PLACE_INITIALS.has(words[0]) || /['’]s$/.test(words[0]) || words.slice(0, -1).some((word) => TITLE_WORDS.has(word)))
    return null;
  // `Minister for Trade Jane Roe`: a title's last word before two or more name words is the title's,
  // and the name is looked for again from the next word.
  if (words.length >= 3 && TITLE_MODIFIERS.has(words[0])) return null;
  if (!honorific && words.length < 2) return null;
  // One initial and one word is a list's item (`A. Major topics`) as often as a name.
  if (/^[A-Z]\.$/.test(words[0]) && words.length < 3) return null;
  if (ORGANISATION_WORD.test(bare)) return null;
  return { name: bare, index, length: raw.length, hasHonorific: Boolean(honorific) };
}

/** A capitalised word that may be a person's surname: not a title's word, an organisation's, a month or a sentence's opener. */
export function mayBeSurname(word: string): boolean {
  return /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(word) && !NOT_A_NAME.has(word) && !TITLE_WORDS.has(word) && !TITLE_MODIFIERS.has(word) && !ORGANISATION_WORD.test(word);
}

/** The head word of a job title (`Chairman`, `Director`, `CEO`), not a word that only qualifies one (`Environment`, `Marketing`). */
export function isTitleHead(word: string): boolean {
  return TITLE_WORDS.has(word);
}

/** A word of a job title (`Minister`, `Director`, `Chief`), which is never the surname a verb of saying gives a quotation to. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word);
}

/**
 * The surname in a title and a surname (`Minister Payne`, `Chief Executive Officer Hale`): every
 * word before the last is a title's word, the last one is not.
 */
export function titledSurname(phrase: string): string | null {
  const words = phrase.trim().split(/[ \t]+/);
  const last = words[words.length - 1];
  if (words.length < 2 || TITLE_WORDS.has(last) || NOT_A_NAME.has(last) || ORGANISATION_WORD.test(last)) return null;
  return words.slice(0, -1).every((word) => TITLE_WORDS.has(word) || TITLE_MODIFIERS.has(word)) ? last : null;
}

const NAME_AT_START = new RegExp(`^${NAME}`, 'u');

/** A person's name at the very start of `text`. */
export function nameAtStart(text: string): NameMatch | null {
  const match = NAME_AT_START.exec(text);
  return match ? accept(match[0], 0) : null;
}

const NAMES_ANYWHERE = new RegExp(NAME, 'gu');

/** Every person's name in `text` that has an honorific or two or more words. */
export function namesIn(text: string): NameMatch[] {
  const found: NameMatch[] = [];
  // The shared pattern, not a copy per call (copying it costs more than a paragraph's search);
  // nothing in the loop searches with it, so its lastIndex is this call's own.
  const pattern = NAMES_ANYWHERE;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const name = accept(match[0], match.index);
    if (name) {
      found.push(name);
      continue;
    }
    // "Senior Vice President Bhaskar Sunkara": a rejected phrase may end in a name, so look again
    // from its second word (at most four words back: still linear).
    const space = match[0].search(/[ \t]/);
    if (space !== -1) pattern.lastIndex = match.index + space + 1;
  }
  return found;
}

/** A name's last word, its generation aside (`William P. Steele Jr.` is Steele). */
export function surname(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length > 1 && GENERATION_ALONE.test(words[words.length - 1])) words.pop();
  return words[words.length - 1] ?? '';
}

/** People met so far in reading order: resolves a bare surname or a pronoun to a full name. */
export class People {
  /** Surname → the first full name met with it. A map, so resolving is constant time per word. */
  private readonly bySurname = new Map<string, string>();
  /** First name → the full name, or null once two people share it: news writing calls people by first name too (`Corin says…`). */
  private readonly byFirstName = new Map<string, string | null>();
  private last: string | null = null;

  /** Records a name a bare surname or first name may later refer to, without making it the last person named. */
  note(name: string): void {
    // `Managing Director` is a title read as a name, no one a surname can point back to.
    if (!name.includes(' ') || name.split(/\s+/).some((word) => TITLE_WORDS.has(word))) return;
    if (!this.bySurname.has(surname(name))) this.bySurname.set(surname(name), name);
    const first = name.split(/\s+/)[0];
    const known = this.byFirstName.get(first);
    if (known === undefined) this.byFirstName.set(first, name);
    else if (known !== name) this.byFirstName.set(first, null);
  }

  /** Records a mention and returns the fullest known form of the name. */
  mention(name: string): string {
    const full = this.resolve(name);
    this.note(full);
    this.last = full;
    return full;
  }

  /** False until a full name is noted: until then no bare surname can resolve. */
  get knowsSurnames(): boolean {
    return this.bySurname.size > 0;
  }

  resolve(name: string): string {
    return name.includes(' ') ? name : (this.bySurname.get(name) ?? this.byFirstName.get(name) ?? name);
  }

  get lastMentioned(): string | null {
    return this.last;
  }
}
