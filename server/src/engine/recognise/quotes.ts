import type { Quote } from '../release';
import {
  ABBREVIATION_BEFORE_NAME,
  MAY_BE_CAPITAL,
  NAME,
  NAME_WORD,
  ORGANISATION_WORD,
  People,
  isTitleHead,
  isTitleWord,
  mayBeSurname,
  nameAtStart,
  namesIn,
  titledSurname,
} from './names';
import { type Unit, unitSpan } from './units';
import { abbreviatedBefore } from '../prose';
import { allMatches } from '../text';

/** A quoted stretch of a unit's text; `close` is -1 when the quotation runs on past the unit. */
interface Segment {
  open: number;
  /** The closing mark, or -1 for a quotation never closed. */
  close: number;
  /**
   * Where an unclosed quotation's words end: the next opening mark, or the paragraph's end. Never
   * further, so a run of opening marks costs one pass, not one pass each.
   */
  end: number;
}

const OPEN_DOUBLE = new Set(['“', '„', '«', '"']);
const CLOSE_DOUBLE = new Set(['”', '»', '"', '“']);
// The marks alone, so a paragraph is searched for them rather than read a character at a time; a run
// of marks is one match, read a character at a time.
const DOUBLE_MARKS = /[“„«"”»]+|``|''|’’/g;
/** Quotation marks typed as two characters, as old newsroom systems wrote them: ``…'' or ``…’’. */
const TWO_CHARACTER_MARKS: Record<string, string> = { '``': '“', "''": '”', '’’': '”' };
const WHITESPACE = /\s/;
const SINGLE_MARK = /[‘’']/g;

/** Finds quotations delimited by double quotation marks, straight or curly, even when mixed. */
function doubleQuoted(text: string): Segment[] {
  const segments: Segment[] = [];
  let open = -1;
  // Where the last closing mark stands: a closing mark typed for an opening one needs one after it.
  const lastClosing = text.lastIndexOf('”');
  let openedBackwards = false;
  // The runs are visited as they are found rather than collected first: a megabyte of quotation
  // marks would otherwise hold a million match arrays at once.
  DOUBLE_MARKS.lastIndex = 0;
  for (let run = DOUBLE_MARKS.exec(text); run; run = DOUBLE_MARKS.exec(text)) {
    const pair = TWO_CHARACTER_MARKS[run[0]];
    // At the second character: the words start after an opening pair, and what follows a closing one after it.
    if (pair) visit(run.index + 1, pair);
    else for (let i = run.index; i < run.index + run[0].length; i++) visit(i, text[i]);
  }
  if (open !== -1) segments.push({ open, close: -1, end: text.length });
  return segments;

  /**
   * An opening mark typed where the closing one belongs, before the attribution that ends the
   * paragraph: `… needs, “Dr Kernohan said.`, `… justice, “ said Generation G SA Manager Sakhile Zungu.`
   */
  function closesBeforeAttribution(i: number): boolean {
    const rest = text.slice(i + 1);
    return text.length - i <= 100 && (ATTRIBUTION_TO_END.test(rest) || (AFTER_VERB.test(rest) && !/["“”]/.test(rest)));
  }

  /**
   * A closing mark typed where the opening one belongs, after the words that introduce a
   * quotation (`September says,” John was …”`) or opening a sentence (`… confirmed. ”It is
   * obvious.”`): no quotation is open, words follow it and a closing mark comes later. After a
   * figure it is an inch mark (`0.35” display`).
   */
  function opensTypedBackwards(i: number): boolean {
    const before = text[i - 1] ?? ' ';
    return i < lastClosing && ((/[\p{L},:]/u.test(before) && /^[ \t]?\p{Lu}/u.test(text.slice(i + 1, i + 3))) || (WHITESPACE.test(before) && /\p{Lu}/u.test(text[i + 1] ?? '')));
  }

  function visit(i: number, ch: string): void {
    if (open === -1) {
      if (OPEN_DOUBLE.has(ch)) open = i;
      else if (ch === '”' && opensTypedBackwards(i)) {
        open = i;
        openedBackwards = true;
      }
    } else if (CLOSE_DOUBLE.has(ch) && !(ch === '“' && (i === 0 || WHITESPACE.test(text[i - 1])) && !closesBeforeAttribution(i))) {
      // An empty pair of marks is no quotation.
      if (i > open + 1) segments.push({ open, close: i, end: i });
      open = -1;
      openedBackwards = false;
    } else if (ch === '“') {
      // A fresh opening mark: the previous one was never closed (and held words, or it is no
      // quotation); a closing mark read as opening closed the quotation of a paragraph before.
      if (i > open + 2 && !openedBackwards) segments.push({ open, close: -1, end: i });
      open = i;
      openedBackwards = false;
    }
  }
}

/** Single curly quotation marks, as UK government releases use: an apostrophe sits between letters. */
function singleQuoted(text: string): Segment[] {
  const segments: Segment[] = [];
  let open = -1;
  for (const { index: i, 0: ch } of allMatches(SINGLE_MARK, text)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    // A straight mark between letters (`Today's`) is an apostrophe; at a word's start it opens, at
    // its end (after a letter or the sentence's stop) it closes, as UK releases quote.
    const opens = ch === '‘' || (ch === "'" && /[\p{L}\p{N}“"]/u.test(after));
    const closes = ch === '’' || (ch === "'" && /[\p{L}\p{N}.,!?…]/u.test(before));
    if (opens && !/[\p{L}\p{N}]/u.test(before)) open = i;
    else if (closes && open !== -1 && !/[\p{L}\p{N}]/u.test(after)) {
      segments.push({ open, close: i, end: i });
      open = -1;
    }
  }
  // A quotation left open runs on into the next paragraph; a straight mark left open is an
  // apostrophe (`Mariner '71`).
  if (open !== -1 && text[open] === '‘') segments.push({ open, close: -1, end: text.length });
  return segments;
}

const VERB =
  '(?:said|says|add(?:ed|s)|explain(?:ed|s)|not(?:ed|es)|comment(?:ed|s)|stat(?:ed|es)|continu(?:ed|es)|remark(?:ed|s)|conclud(?:ed|es)|observ(?:ed|es)|emphasi[sz](?:ed|es)|stress(?:ed|es)|confirm(?:ed|s)|announc(?:ed|es)|declar(?:ed|es)|shar(?:ed|es)|wr(?:ote|ites)|express(?:ed|es)|highlight(?:ed|s)|reflect(?:ed|s)|acknowledg(?:ed|es)|assert(?:ed|s)|affirm(?:ed|s)|elaborat(?:ed|es)|reiterat(?:ed|es)|recall(?:ed|s)|point(?:ed|s) out|told\\b|inform(?:ed|s)(?: [a-z ]{1,20})?|reveal(?:ed|s)|insist(?:ed|s)|argu(?:ed|es)|warn(?:ed|s)|urg(?:ed|es)|agree[ds]?|ask(?:ed|s)|repl(?:ied|ies)|respond(?:ed|s)|believ(?:ed|es)|predict(?:ed|s)|describ(?:ed|es)|condemn(?:ed|s)|call(?:ed|s)|summari[sz](?:ed|es)|proclaim(?:ed|s)|recount(?:ed|s)|saying|adding|noting|explaining|commenting)';
/** Words after a quotation that end in a comma or colon and open another: they introduce it. */
const INTRODUCES_QUOTATION = /^[^“”"]{1,190}[,:][ \t]*[“"]/;
/** Who said it and the verb, closing the paragraph: `Dr Kernohan said.` */
const ATTRIBUTION_TO_END = new RegExp(`^[ \\t]*[^“”"\\n]{1,60}?[ \\t]${VERB}\\.?[ \\t]*$`, 'u');
/** A nickname in quotation marks between a first name and a surname: `“Tommy”`, `'A.V.'`. */
const NICKNAME = /(?<=\b\p{Lu}\p{Ll}+[ \t])[“"'‘]\p{Lu}[\p{L}.]{0,14}(?:[ \t]\p{Lu}[\p{L}.]{0,14})?[”"'’](?=[ \t]\p{Lu}\p{Ll})/gu;
/** Words that point back at the person last named: pronouns, and "the judge", "the minister". */
const PRONOUN =
  '(?:he|she|they|the (?:presiding )?(?:judge|minister|chair(?:man|woman|person)?|president|chief executive|ceo|founder|director|spokesperson|secretary|mayor|governor))';
const ADVERB = '(?:[ \\t]+(?:also|further|then|later|once|has|had|have|was|is))?';

/** A capitalised word, which may be the surname of somebody named before. */
const CAPITALISED_WORD = new RegExp(`\\b${MAY_BE_CAPITAL}${NAME_WORD}\\b`, 'gu');
const SAYS_NEXT = new RegExp(`^${ADVERB}[ \\t]+${VERB}\\b`, 'u');
const AFTER_VERB = new RegExp(`^[\\s,.:;—–-]*${VERB}\\b`, 'u');
const AFTER_NAME_VERB = new RegExp(`^[\\s,.:;—–-]*(${NAME})(?:,[^,“”"]{1,90}?,?)?[ \\t]+${VERB}\\b`, 'u');
/** After a name: an appositive, if any, then a verb of saying (`Ross Dagan, Head of News, says`). */
const APPOSITIVE_THEN_VERB = new RegExp(`^(?:,(?![ \\t]*(?:he|she|they|it|we|I)\\b)[^,“”"]{1,90}?)?,?[ \\t]+${VERB}\\b`, 'u');

/**
 * The person a paragraph of reported speech gives the floor to (`TVNZ's Head of News, Ross Dagan,
 * says Corin was picked …`): the last one named before a verb of saying. A quotation in the next
 * paragraph with no attribution of its own is theirs, as news writing runs on.
 */
function reportedSpeaker(text: string): string | null {
  if (/["“”]/.test(text)) return null;
  let speaker: string | null = null;
  for (const name of namesIn(text)) {
    if (!name.name.includes(' ') && !name.hasHonorific) continue;
    const before = text.slice(Math.max(0, name.index - 100), name.index);
    // A place or a body after a preposition (`unprecedented in New Zealand, says …`) is no speaker.
    if (PLACE_OR_BODY_BEFORE.test(before)) continue;
    // The verb before the person, closing the sentence: `…, says Labour's spokesperson, Lianne Dalziel.`
    const inverted = VERB_THEN_TITLE.test(before) && /^[ \t]*(?:[.!?]|$)/.test(text.slice(name.index + name.length, name.index + name.length + 4));
    if (inverted || APPOSITIVE_THEN_VERB.test(text.slice(name.index + name.length, name.index + name.length + 120))) speaker = name.name;
  }
  return speaker;
}
/**
 * A preposition just before a name: it governs a place or a body. Wider than governedByTitle's (a
 * reported sentence names places with `from`, `to`, `across`, and longer ones: `in North Wales`).
 */
const PLACE_OR_BODY_BEFORE = /\b(?:in|of|at|for|from|to|across)[ \t]+(?:the[ \t]+)?$/;
/** A verb of saying and the person's title before the name, in one clause: `says Labour’s Earthquake Recovery spokesperson, `. */
const VERB_THEN_TITLE = new RegExp(`,[ \\t]+${VERB}[ \\t]+[^.!?;“”"]{0,80}$`, 'u');

/** A sentence that is a surname and a verb of saying: `Kroesen explains,`. */
const SURNAME_THEN_VERB = new RegExp(
  `(?:^[\\s*_]*|,[ \\t]+)((?:de|van|von|di|da|du|le|la)?${NAME_WORD}(?:-\\p{Lu}[\\p{Ll}'’]+)?)${ADVERB}[ \\t]+${VERB}[ \\t]*[,:;]?[ \\t]*$`,
  'u',
);
const AFTER_TITLE_THEN_NAME_VERB = new RegExp(`^[\\s,]*(?:the[ \\t]+)?[^,“”"\\n]{1,60},[ \\t]+(${NAME}),?[ \\t]+${VERB}\\b`, 'u');
// MAY_BE_CAPITAL stands before a repeated group, never inside it: V8 (Node 20) compiles a lookahead
// that opens a repeated group wrongly once the pattern has run a few times, and `UAW President Ron
// Gettelfinger said` stopped matching after the first document of a run.
const AFTER_CAPITALISED_RUN_VERB = new RegExp(`^[\\s,.:;—–-]*(${MAY_BE_CAPITAL}(?:\\p{Lu}[\\p{L}\\d&.'’-]*[ \\t]+){2,6})${VERB}\\b`, 'u');
const AFTER_SURNAME_VERB = new RegExp(`^[\\s,.:;—–-]*(${NAME_WORD})[ \\t]+${VERB}\\b`, 'u');
/** Up to three capitalised words and a surname before a verb of saying: `Minister Payne said`. */
const TITLED_SURNAME = `(${MAY_BE_CAPITAL}(?:\\p{Lu}[\\p{L}-]+[ \\t]+){1,3}${NAME_WORD})`;
const AFTER_TITLED_SURNAME_VERB = new RegExp(`^[\\s,.:;—–-]*${TITLED_SURNAME}[ \\t]+${VERB}\\b`, 'u');
const TITLED_SURNAME_THEN_VERB = new RegExp(`${TITLED_SURNAME}(?:,[^,“”"]{1,90}?,?)?[ \\t]+${VERB}\\b`, 'u');

/** The surname of the longest title-and-surname that ends a run of capitalised words (`The Minister Payne` → Payne). */
function surnameAfterTitle(words: string): string | null {
  const list = words.split(/[ \t]+/);
  for (let i = 0; i < list.length - 1; i++) {
    const surname = titledSurname(list.slice(i).join(' '));
    if (surname) return surname;
  }
  return null;
}
/** "A spokesperson from Pull the Plug said:": the speaker is the organisation's spokesperson. */
const SPOKESPERSON = new RegExp(
  `\\b(?:a|an|the)[ \\t]+(spokesperson|spokesman|spokeswoman|representative)[ \\t]+(?:from|for|of|at)[ \\t]+((?:the[ \\t]+)?\\p{Lu}[\\p{L}&.'’-]*(?:[ \\t]+(?:the|of|and|&|\\p{Lu}[\\p{L}&.'’-]*)){0,6})[ \\t]+${VERB}\\b`,
  'iu',
);
const AFTER_PRONOUN = new RegExp(`^[\\s,.:;—–-]*(?:${PRONOUN}${ADVERB}[ \\t]+${VERB}|${VERB}[ \\t]+${PRONOUN})\\b`, 'iu');
const AFTER_ACCORDING = new RegExp(`^[\\s,.:;—–-]*[Aa]ccording to[ \\t]+(${NAME})`, 'u');
const NAME_FOLLOWED_BY_VERB = new RegExp(`^(?:,[^,“”"]{1,100}?,?)?,?${ADVERB}[ \\t]+${VERB}\\b`, 'u');
/** An appositive of several titles, each after a comma (`Lateef Akangbe SAN, Partner, Sofunde & Belgore, commented:`). */
const NAME_FOLLOWED_BY_TITLES_AND_VERB = new RegExp(`^(?:[ \\t]+\\p{Lu}{2,6})?(?:,[^,“”"]{1,100}?){2,5},?${ADVERB}[ \\t]+${VERB}\\b`, 'u');
const DIRECTLY_FOLLOWED_BY_VERB = new RegExp(`^${ADVERB}[ \\t]+${VERB}\\b`, 'u');
const PRONOUN_THEN_VERB = new RegExp(`\\b${PRONOUN}${ADVERB}[ \\t]+${VERB}\\b`, 'iu');
const BEFORE_ACCORDING = new RegExp(`[Aa]ccording to[ \\t]+(${NAME})(?:,[^,]{1,80})?,[ \\t]*$`, 'u');

/** An appositive's role and the organisation it governs: `, CEO of `, `, Group Chief Executive Officer, representing `. */
const ROLE_THEN_ORGANISATION =
  /^,[^“”"]{0,80}\b(?:CEO|CFO|CTO|COO|[Cc]hief|[Dd]irector|[Pp]resident|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Mm]anager|[Ff]ounder|[Oo]rgani[sz]er|[Mm]inister|[Ss]ecretary|[Oo]fficer|[Ll]ead(?:er)?)\b[^“”"]{0,80}\b(?:of|at|for|from|representing|with)[ \t]+[^“”"]{0,60}$/;

interface Attribution {
  speaker: string | null;
  /** True when a pronoun, not a name, attributes the quote. */
  pronoun: boolean;
  /** A bare surname (`said Rogers`), resolved against the people named before. */
  surname?: string;
  /** The surname follows a title (`Minister Payne`): a person even when not named before. */
  titled?: boolean;
  /** A name and titles closing the paragraph, with no verb: a signature. */
  signature?: boolean;
}

/** The sentence before a quotation: from the last sentence end before `index`. */
function sentenceBefore(text: string, index: number): string {
  const windowStart = Math.max(0, index - 240);
  const window = text.slice(windowStart, index);
  // The full stop of `Dr.` or of an initial (`Michael P. Landy`) ends no sentence.
  let fullStop = window.lastIndexOf('. ');
  // Nor does one that a word in lower case follows (`NYK Logistics (Americas) Inc. added, “…`).
  while (
    fullStop > 0 &&
    (ABBREVIATION_BEFORE_NAME.test(window.slice(Math.max(0, fullStop - 6), fullStop)) || abbreviatedBefore(window, fullStop) || /\p{Ll}/u.test(window[fullStop + 2] ?? ''))
  )
    fullStop = window.lastIndexOf('. ', fullStop - 1);
  // A sentence glued to the one before it by copy-paste (`… moving forward.Tony Torgerud said,`) starts at its capital.
  let glued = -1;
  for (let at = window.length - 2; at > 0 && glued === -1; at--) {
    if (window[at] === '.' && /\p{Ll}/u.test(window[at - 1]) && /\p{Lu}/u.test(window[at + 1])) glued = at;
  }
  const boundary = Math.max(fullStop, window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('.”'), window.lastIndexOf('."'));
  if (glued > boundary) return window.slice(glued + 1);
  return boundary === -1 ? window : window.slice(boundary + 2);
}

/** Where a clause ends: a sentence's full stop (not an abbreviation's), `!`, `?`, `;` or a quotation mark. */
const CLAUSE_END = /[.!?;](?=\s|$)|[“"]/g;
function clauseEnd(stretch: string): number {
  for (const match of allMatches(CLAUSE_END, stretch)) {
    if (match[0] !== '.' || !ABBREVIATION_BEFORE_NAME.test(stretch.slice(Math.max(0, match.index - 6), match.index))) return match.index;
  }
  return stretch.length;
}

/**
 * Two capitalised words that a title's `of`, `at` or `for` governs name a department or an
 * organisation, never the speaker: `Head of Private Equity`, `President of Business Development`.
 * Longer, they run on into the person (`Managing Director of Mainstream Greg Haliday says`).
 */
function governedByTitle(text: string, name: { index: number; name: string }): boolean {
  // Also the second of a portfolio's joined names (`Minister for Energy and Emissions Reduction`).
  return name.name.split(/\s+/).length <= 2 && GOVERNED.test(text.slice(Math.max(0, name.index - 60), name.index));
}
const GOVERNED = /\b(?:of|at|for|in)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}-]*[ \t]+(?:and|&)[ \t]+)?$/u;

/** The first person named in a short stretch (up to the sentence's end): `said Exovera CEO Bob Sogegian.` */
function firstNameIn(stretch: string): string | null {
  // A full stop ends the clause, but not the one after "Mr" or an initial.
  const clause = stretch.slice(0, clauseEnd(stretch));
  // "said Riverbend Books owner Lena Hoffmann." / "said Mr. Achim Steiner, UNDP Administrator": the
  // speaker is the name that ends a phrase, not a company that opens it.
  const names = namesIn(clause).filter((n) => !governedByTitle(clause, n));
  // `said Rogue's Chief Space Architect, Barbara Plante.`, `said CCO of All Racquet Sports, Bryan
  // Ogle.`: when words stand between the verb and the first name, that name belongs to a title,
  // and a person named after a comma at the clause's end is the speaker.
  // `said Federated Indians of Graton Rancheria Chairman Greg Sarris.`: a title's word just before a
  // name that ends the clause makes that name the speaker, not the organisation the title is of.
  const last = names.at(-1);
  if (last && names.length >= 2 && clause.slice(last.index + last.length).trim() === '') {
    const before = clause.slice(0, last.index);
    const titledBefore = clause.slice(0, names[0].index).trim() !== '' && /,[ \t]*$/.test(before) && !last.hasHonorific;
    const headWord = /(\p{L}+)[ \t]+$/u.exec(before)?.[1];
    // `says Tom Anderson, CEO American Geothermal.`: a person straight after the verb, their title
    // and organisation after a comma, is the speaker; the title's organisation is not.
    const personThenTitle =
      clause.slice(0, names[0].index).trim() === '' &&
      names.length === 2 &&
      !ORGANISATION_WORD.test(names[0].name) &&
      /^,[ \t]*$/.test(clause.slice(names[0].index + names[0].length, last.index).replace(/\p{L}+[ \t]*$/u, ''));
    if (personThenTitle) return names[0].name;
    if (titledBefore || (headWord !== undefined && isTitleHead(headWord))) return last.name;
  }
  // `said Ginger Martin of United Community`: the person is the one of, at or from the organisation.
  // Particles after a name (`Sebastian Diericx de ten Hamme,`) are passed over.
  const endsPhrase = names.find(
    (n) =>
      n.hasHonorific ||
      /^(?:(?:[ \t]+(?:de|ten|van|von|der|den|da|di|la|le|du)\b)+[ \t]+\p{Lu}[\p{Ll}'’-]+)?[ \t]*(?:[,;:(]|$|(?:of|at|from|with)\b)/u.test(clause.slice(n.index + n.length)),
  );
  // `said Governor Ivey.`, `said Secretary Pritzker.`: a title and a surname alone.
  return (endsPhrase ?? names[0])?.name ?? titledSurname(clause.trim().replace(/[,;:]+$/, ''));
}

/** A dash that gives the words above or before it to a person: `— Jane Doe, CEO`, `**—Wenbo Qi, maintainer**`, `-- Sam Lee`. */
const ATTRIBUTION_DASH = /^[\s*_>]{0,6}(?:[—―–]|-{1,2})[ \t]{0,3}[*_]{0,2}/;

/** The person a dash attribution names, at the start of `text`. */
function dashedSpeaker(text: string): string | null {
  const dash = ATTRIBUTION_DASH.exec(text);
  return dash ? (nameAtStart(text.slice(dash[0].length))?.name ?? null) : null;
}

/** What ends a paragraph after a quotation when it names who said it without a verb: `Robert Opp, UNDP’s Chief Digital Officer.` */
const SIGNATURE_TO_END = new RegExp(`^(?:,(?![^“”"\\n]*[ \\t]${VERB})[^:“”"\\n]{1,150}?)?\\.?[ \\t]*$`, 'u');

function attributionAfter(after: string): Attribution | null {
  // `," Says Max Liu,`: a verb of saying capitalised after the quotation is the same verb.
  const head = after.slice(0, 160).replace(/^([\s,.:;—–-]*)(Says|Said|Adds|Added)\b/, (_, before: string, verb: string) => before + verb.toLowerCase());
  const dashed = dashedSpeaker(head);
  if (dashed) return { speaker: dashed, pronoun: false };
  // `“…” Natalie Williams, Marketing Director, at Airwallex.`: a name and its titles close the paragraph.
  const signature = after.length <= 200 ? nameAtStart(head.replace(/^[\s,.]+/, '')) : null;
  if (signature && SIGNATURE_TO_END.test(head.replace(/^[\s,.]+/, '').slice(signature.length))) return { speaker: signature.name, pronoun: false, signature: true };
  const according = AFTER_ACCORDING.exec(head);
  const accordingName = according ? nameAtStart(according[1]) : null;
  if (accordingName) return { speaker: accordingName.name, pronoun: false };
  const verb = AFTER_VERB.exec(head);
  if (verb) {
    const rest = head.slice(verb.index + verb[0].length, verb.index + verb[0].length + 90);
    const name = firstNameIn(rest);
    if (name) return { speaker: name, pronoun: false };
    // `said Nielsen`, or `said Vensana’s Nielsen`: the organisation's possessive makes the surname a person's.
    const surname = /^[ \t]+(\p{Lu}[\p{L}&.-]*['’]s[ \t]+)?(\p{Lu}(?:['’]\p{Lu})?[\p{Ll}']+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?[\p{Ll}']+)?)\b(?!['’-])/u.exec(rest);
    // `said McWeeny.`: one name closing the sentence is somebody's, named before or not.
    // `said Michael, President of …`: a name a title follows is a person's too.
    const followedBy = surname ? rest.slice(surname[0].length) : '';
    const titleAfter = /^,[ \t]+(\p{Lu}[\p{L}-]+)/u.exec(followedBy);
    const closing =
      surname !== null && (/^[ \t]*(?:[.;]|,[ \t]+(?:\p{Ll}|$)|$)/u.test(followedBy) || (titleAfter !== null && isTitleWord(titleAfter[1]))) && mayBeSurname(surname[2]);
    if (surname && !isTitleWord(surname[2])) return { speaker: null, pronoun: false, surname: surname[2], titled: Boolean(surname[1]) || closing };
  }
  const named = AFTER_NAME_VERB.exec(head);
  if (named) {
    // `Mayor Park Won Soon said`: a title before the name is passed over.
    const name = nameAtStart(named[1]) ?? namesIn(named[1]).pop() ?? null;
    if (name) return { speaker: name.name, pronoun: false };
  }
  // `“…,” the Greens’ immigration spokesperson, Senator Sarah Hanson-Young said.`
  const titledFirst = AFTER_TITLE_THEN_NAME_VERB.exec(head);
  const titledFirstName = titledFirst ? (nameAtStart(titledFirst[1]) ?? namesIn(titledFirst[1]).pop() ?? null) : null;
  if (titledFirstName) return { speaker: titledFirstName.name, pronoun: false };
  // `“…,” CTU President Richard Wagstaff said.`: an organisation's acronym and a title run into the
  // name; the name that closes the run speaks.
  const run = AFTER_CAPITALISED_RUN_VERB.exec(head);
  const runName = run ? namesIn(run[1].trimEnd()).pop() : undefined;
  if (run && runName && runName.index + runName.length === run[1].trimEnd().length) return { speaker: runName.name, pronoun: false };
  if (AFTER_PRONOUN.test(head)) return { speaker: null, pronoun: true };
  const titled = AFTER_TITLED_SURNAME_VERB.exec(head);
  const titledName = titled ? surnameAfterTitle(titled[1]) : null;
  if (titledName) return { speaker: null, pronoun: false, surname: titledName, titled: true };
  const surname = AFTER_SURNAME_VERB.exec(head);
  if (surname) return { speaker: null, pronoun: false, surname: surname[1] };
  return null;
}

/**
 * The paragraph below a quotation that gives it to somebody: a verb of saying in lower case opens
 * it (`said Frank Hale, chief archivist.`), and it quotes nothing itself.
 */
function signedBelow(next: Unit | undefined): Attribution | null {
  if (!next || next.block.container === 'blockquote' || /["“”]/.test(next.text) || !/^\s*\p{Ll}/u.test(next.text) || !AFTER_VERB.test(next.text.slice(0, 40))) return null;
  const attribution = attributionAfter(next.text);
  return attribution?.speaker ? attribution : null;
}

/** A sentence that opens with the verb of saying and ends with who said it: `Added Kirk Nielsen, `. */
const VERB_FIRST = /^[\s*_]*(?:Added|Adds|Said|Says|Continued|Commented|Noted|Explained)[ \t]+([^“”"\n]{3,120}?)[ \t]*[,:][ \t]*$/;

/** A label that gives the words below it to a person: `To be attributed to Inspector Ana Ruiz:`. */
const ATTRIBUTED_TO = /^\**(?:(?:quotes?|comments?|statement) |the (?:below|following) is )?(?:to be )?attribut(?:ed|able) to:?[ \t]{1,3}([^\n:]{3,80}?)[ \t]*:?\**$/i;

function attributionBefore(sentence: string): Attribution | null {
  // The verb first (`Added Vensana Managing Partner Kirk Nielsen, “…”`, `Said Nancy Hollander, lead
  // counsel for …:`): the first name that a comma or the clause's end follows, titles before it passed over.
  const verbFirst = VERB_FIRST.exec(sentence);
  if (verbFirst) {
    const clause = verbFirst[1];
    const named = namesIn(clause).find((n) => /^[ \t]*(?:,|$)/.test(clause.slice(n.index + n.length)));
    if (named) return { speaker: named.name, pronoun: false };
  }
  const spokesperson = SPOKESPERSON.exec(sentence);
  if (spokesperson) return { speaker: `${spokesperson[2].trim()} ${spokesperson[1].toLowerCase()}`, pronoun: false };
  const according = BEFORE_ACCORDING.exec(sentence);
  if (according) {
    const name = nameAtStart(according[1]);
    if (name) return { speaker: name.name, pronoun: false };
  }
  // "Name, Title, said:" / "Name commented that" / "Mr Justice Jacobs, stated that he was concerned about the"
  // Each name found (titles before it skipped: "EWRA Executive Director Ingrid Halvorsen said:")
  // that an appositive and a verb of saying follow.
  // A name the verb follows at once is the speaker, before a name an appositive follows: in
  // "In welcoming Dame Taylor, Mr Yauvoli said," Dame Taylor is the one welcomed.
  const names = namesIn(sentence).filter((n) => !governedByTitle(sentence, n));
  const after = (name: (typeof names)[number]): string => sentence.slice(name.index + name.length, name.index + name.length + 240);
  // A name that opens the sentence, then titles and the verb, speaks: a name inside its titles does
  // not (`Suhail Albaz, Chairman Middle East, Africa, and Central Asia, Partners Group, states:`).
  // Not so a name in an opening clause (`Welcoming the route by Aer Lingus, Cork Airport’s Managing Director, Niall MacCarthy, said:`).
  const opening = names[0] && sentence.slice(0, names[0].index).trim() === '' && NAME_FOLLOWED_BY_TITLES_AND_VERB.test(after(names[0])) ? names[0] : undefined;
  const found =
    names.find((name) => DIRECTLY_FOLLOWED_BY_VERB.test(after(name))) ??
    opening ??
    names.find((name) => NAME_FOLLOWED_BY_VERB.test(after(name))) ??
    names.find((name) => NAME_FOLLOWED_BY_TITLES_AND_VERB.test(after(name)));
  // Unless that name stands inside an earlier person's appositive, governed by their role
  // (`Dinesh Saparamadu, CEO of hSenid and organiser of TADHack Sri Lanka emphasised`,
  // `Dr. Manjula Karunaratne, Group CEO, representing Asiri Health, expressed`).
  const governing =
    found &&
    names.find(
      (name) =>
        name.index < found.index &&
        ROLE_THEN_ORGANISATION.test(sentence.slice(name.index + name.length, found.index)) &&
        (NAME_FOLLOWED_BY_VERB.test(after(name)) || NAME_FOLLOWED_BY_TITLES_AND_VERB.test(after(name))),
    );
  const speaking = governing ?? found;
  if (speaking) return { speaker: speaking.name, pronoun: false };
  const titled = TITLED_SURNAME_THEN_VERB.exec(sentence);
  const titledName = titled ? surnameAfterTitle(titled[1]) : null;
  if (titledName) return { speaker: null, pronoun: false, surname: titledName, titled: true };
  if (PRONOUN_THEN_VERB.test(sentence)) return { speaker: null, pronoun: true };
  // `Kroesen explains, “…”`: a surname alone, a person's only when named in full before.
  const surnameFirst = SURNAME_THEN_VERB.exec(sentence);
  if (surnameFirst && !isTitleWord(surnameFirst[1]) && mayBeSurname(surnameFirst[1].replace(/^\p{Ll}+/u, ''))) return { speaker: null, pronoun: false, surname: surnameFirst[1] };
  // "Name, title: “…”" (European style) and "Name, on the significance of the event: “…”"
  const trimmed = sentence.trim();
  if (trimmed.endsWith(':')) {
    const opening = nameAtStart(trimmed.replace(/^[\s*_>-]+/, ''));
    if (opening) return { speaker: opening.name, pronoun: false };
  }
  return null;
}

/**
 * A testimonial's speaker, named on a bold or italic line of their own above the quotation (`**_Luca
 * Benini, Professor and Chair of Digital Circuits & Systems, ETH Zurich_**`): a name, then titles,
 * and no verb or quotation.
 */
function namedAbove(unit: Unit): string | null {
  const text = unit.text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
  if (!(unit.block.bold || unit.block.italic) || text.length > 200 || /["“”]/.test(text)) return null;
  const name = nameAtStart(text);
  if (!name) return null;
  const rest = text.slice(name.length);
  return rest === '' || (/^,[ \t]/.test(rest) && !A_VERB_OF_SAYING.test(rest)) ? name.name : null;
}
const A_VERB_OF_SAYING = new RegExp(`\\b${VERB}\\b`, 'u');

/** True when a quote is already given to this speaker. */
function saidBy(quote: Quote | null, speaker: string | null): boolean {
  return speaker !== null && quote?.speaker === speaker;
}

/** An article or a possessive just before a quotation mark: what it quotes is a name. */
const ARTICLE_BEFORE = /\b(?:its|the|a|an|their|his|her|our|this)[ \t]+$/i;

/** Fewer words than this inside quotation marks is a scare quote or a title, not a quotation. */
const MIN_QUOTE_WORDS = 4;

function isQuotation(words: string): boolean {
  const list = words.trim().split(/\s+/).filter(Boolean);
  if (list.length < MIN_QUOTE_WORDS) return false;
  // A quoted title ("Assessing Progress Made, and the Future of …") is capitalised throughout.
  const titleWords = list.filter((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:a|an|the|of|and|or|to|in|on|for|at|by|with|from)$/.test(w));
  return titleWords.length < list.length || /[.!?]$/.test(words.trim());
}

/** A sentence that gives the floor to someone with a colon: `Ross Greenhill, Sector Manager, said:`. */
const SAID_COLON = new RegExp(`\\b${VERB}:[ \\t]*`, 'u');
const SAID_COLON_AT_END = new RegExp(`\\b${VERB}:\\s*$`, 'u');
/** Words enough after the colon to be a statement, not a label's value. */
const MIN_UNMARKED_WORDS = 8;

/**
 * Words without quotation marks that a `Name said:` sentence introduces: the rest of the paragraph
 * after it, or the whole paragraph when the previous one ends with it. Returns where they start
 * and who said them; a colon after a verb with no person before it introduces nothing.
 */
function unmarkedQuotation(unit: Unit, previous: Unit | undefined): { from: number; speaker: string } | null {
  const text = unit.text;
  // Most paragraphs hold no colon: they are passed over without the pattern.
  const inside = text.lastIndexOf(':', 300) === -1 ? null : SAID_COLON.exec(text.slice(0, 300));
  const enoughWords = (words: string): boolean => words.split(/\s+/, MIN_UNMARKED_WORDS).length >= MIN_UNMARKED_WORDS;
  if (inside && inside.index > 0 && enoughWords(text.slice(inside.index + inside[0].length))) {
    const speaker = attributionBefore(text.slice(0, inside.index + inside[0].length).trim())?.speaker;
    if (speaker) return { from: inside.index + inside[0].length, speaker };
  }
  if (!previous || previous.block.kind !== 'paragraph' || previous.block.container !== 'root' || /["“”‘]/.test(previous.text)) return null;
  if (!previous.text.trimEnd().endsWith(':') || !SAID_COLON_AT_END.test(previous.text.slice(-160)) || !enoughWords(text)) return null;
  const speaker = attributionBefore(sentenceBefore(previous.text, previous.text.trimEnd().length))?.speaker;
  return speaker ? { from: text.search(/\S/), speaker } : null;
}

/**
 * Recognises direct quotations and who said them, following the forms the rules document lists:
 * `“…,” said Name, Title`, `Name, Title, said: “…”`, `“…,” she said` after the person is named,
 * `according to Name`, and a block quote introduced by `Name said:` (UK government style).
 */
export function recogniseQuotes(units: readonly Unit[], skip: (unit: Unit) => boolean): Quote[] {
  const quotes: Quote[] = [];
  const people = new People();
  let openQuote: Quote | null = null;
  let previousUnitQuote: { quote: Quote; unitIndex: number } | null = null;

  for (const unit of units) {
    if (skip(unit)) {
      // The top matter names people that the body calls by first name or surname (`Corin Dann is to
      // be TVNZ's political editor.` … `Corin says …`).
      if (unit.block.kind === 'paragraph') for (const name of namesIn(unit.text)) if (name.name.includes(' ')) people.note(name.name);
      continue;
    }
    // A nickname in quotation marks inside a name (`Ellison “Tommy” Thompson`, `Howard 'A.V.' Roth`)
    // quotes nobody: its marks are read as spaces, so the name stays whole and no quotation opens.
    const text = unit.text.includes('“') || unit.text.includes('"') || unit.text.includes("'") ? unit.text.replace(NICKNAME, (nick) => ` ${nick.slice(1, -1)} `) : unit.text;
    const block = unit.block;

    // `— Jane Doe, CEO of Acme` on a line of its own gives the quotation just above to her, as a
    // run of supporting quotes is signed one by one.
    const signed = previousUnitQuote?.unitIndex === unit.index - 1 && text.length <= 200 && !/["“”]/.test(text) ? dashedSpeaker(text) : null;
    if (signed && previousUnitQuote) {
      previousUnitQuote.quote.speaker = people.mention(signed);
      previousUnitQuote.quote.attributed = true;
      continue;
    }

    // Names met in this unit, in order, for pronoun resolution.
    // People, not companies: a name with an honorific, an appositive ("Jane Doe, CEO") or a verb of
    // saying after it is somebody a later "she said" can point back to.
    const names = namesIn(text);
    for (const name of names) if (name.name.includes(' ')) people.note(name.name);
    const isPerson = (index: number, length: number): boolean => /^,[ \t]/.test(text.slice(index + length)) || SAYS_NEXT.test(text.slice(index + length, index + length + 40));
    const named: { index: number; name: string }[] = names.filter((m) => m.hasHonorific || isPerson(m.index, m.length));
    const mentions = [...named];
    // A known person named again by surname alone ("Tsosie, who will open the summit, said …"),
    // unless the word is part of (or just after) a mention already found. Both kinds of mention
    // come in text order and the named ones' ends grow too, so one pass decides, not a search per word.
    let nextNamed = 0;
    let surnamesCoverUntil = -1;
    for (const word of people.knowsSurnames ? allMatches(CAPITALISED_WORD, text) : []) {
      const full = people.resolve(word[0]);
      if (full === word[0] || !isPerson(word.index, word[0].length)) continue;
      while (nextNamed < named.length && named[nextNamed].index + named[nextNamed].name.length + 4 <= word.index) nextNamed++;
      const inNamed = nextNamed < named.length && named[nextNamed].index <= word.index;
      if (inNamed || word.index < surnamesCoverUntil) continue;
      mentions.push({ index: word.index, name: full });
      surnamesCoverUntil = Math.max(surnamesCoverUntil, word.index + full.length + 4);
    }
    mentions.sort((a, b) => a.index - b.index);
    let mentionCursor = 0;
    const advanceMentions = (upTo: number): void => {
      while (mentionCursor < mentions.length && mentions[mentionCursor].index < upTo) {
        people.mention(mentions[mentionCursor].name);
        mentionCursor++;
      }
    };

    // A police or ministry statement: "To be attributed to Inspector Ana Ruiz:", then her words as
    // plain paragraphs.
    // The label's name is read as any name is, its title (`Inspector`) passed over.
    const label = units[unit.index - 1] ? ATTRIBUTED_TO.exec(units[unit.index - 1].text.trim()) : null;
    const labelled = label && !/["“”‘]/.test(text) ? namesIn(label[1])[0] : undefined;
    if (labelled) {
      const quote: Quote = { ...unitSpan(unit), text: text.trim(), speaker: people.mention(labelled.name), attributed: true };
      quotes.push(quote);
      previousUnitQuote = { quote, unitIndex: unit.index };
      continue;
    }

    // A block quote introduced by "Name said:", or signed below by "said Name", is a quotation even
    // without quotation marks.
    if (block.container === 'blockquote' && !/["“”‘]/.test(text)) {
      const previous = units[unit.index - 1];
      if (previous && previous.block.group === block.group && openQuote) {
        openQuote.end = unitSpan(unit).end;
        continue;
      }
      // Or given to them by the line below it: `> This integration strengthens …,` / `said Frank
      // Karlitschek, CEO at Nextcloud.`.
      const introduced = previous && previous.block.container !== 'blockquote' && /:\s*$/.test(previous.text);
      const below = introduced ? null : signedBelow(units[unit.index + 1]);
      if (introduced || below) {
        const attribution = introduced ? attributionBefore(sentenceBefore(previous.text, previous.text.length)) : below;
        if (attribution?.speaker) {
          const quote: Quote = { ...unitSpan(unit), text: text.trim(), speaker: people.mention(attribution.speaker), attributed: true };
          quotes.push(quote);
          openQuote = quote;
          previousUnitQuote = { quote, unitIndex: unit.index };
          continue;
        }
      }
    }

    // "Ross Greenhill, Sector Manager, said:" and the words after it without quotation marks, on
    // the next line of the paragraph or in the next paragraph (UK government style).
    if (block.kind === 'paragraph' && block.container === 'root' && !/["“”‘]/.test(text)) {
      const unmarked = unmarkedQuotation(unit, units[unit.index - 1]);
      if (unmarked) {
        const quote: Quote = { ...unitSpan(unit, unmarked.from), text: text.slice(unmarked.from).trim(), speaker: people.mention(unmarked.speaker), attributed: true };
        quotes.push(quote);
        previousUnitQuote = { quote, unitIndex: unit.index };
        continue;
      }
    }

    let segments = doubleQuoted(text);
    if (segments.length === 0) segments = singleQuoted(text);
    let unitQuote: Quote | null = null;
    // Where the next quotation opens when the words after this one attribute it.
    let attributedByGap = -1;
    // Where the last quotation in this unit ended.
    let lastSegmentEnd = -1;
    const nextOpening = (close: number): number => segments.find((s) => s.open > close)?.open ?? -1;

    const firstNonSpace = text.search(/\S/);
    for (const segment of segments) {
      const close = segment.close === -1 ? segment.end : segment.close;
      const words = text.slice(segment.open + 1, close);
      const quoteRunningOn: Quote | null = segment.open === firstNonSpace ? openQuote : null;
      openQuote = null;
      const after = segment.close === -1 ? '' : text.slice(segment.close + 1);
      // A short quotation counts when a name follows it (“We built it,” said Jane Doe); without one
      // it is a scare quote.
      const shortButSaid = words.trim().split(/\s+/).length >= 2 && /^[\s,.”"]*(?:said|says)[ \t]+\p{Lu}/u.test(after);
      if (!isQuotation(words) && !shortButSaid) continue;
      // A short quoted name after an article or a possessive is a title (`a winner of its “Red
      // Herring Global award”`), whoever the sentence says announced it.
      if (ARTICLE_BEFORE.test(text.slice(Math.max(0, segment.open - 8), segment.open)) && words.trim().split(/\s+/).length < 8 && !/[.!?,]$/.test(words.trim())) continue;
      advanceMentions(segment.open);

      // `“…” Lee commented, “…”`: the words between two quotations attribute the first; read again
      // before the second they would split one quotation in two.
      const attributedBefore: Attribution | null = unitQuote !== null && attributedByGap === segment.open ? null : attributionBefore(sentenceBefore(text, segment.open));
      // `Tom Birch added, “…”` between two quotations introduces the second: the first keeps its own.
      const introducesNext: boolean = attributedBefore !== null && INTRODUCES_QUOTATION.test(after.slice(0, 200));
      const attributedAfter: Attribution | null = introducesNext ? null : attributionAfter(after);
      // Words that close their paragraph may be signed by the one below (`said Andreas Rode, Head of Sales.`).
      const closesUnit = segment.close !== -1 && /^[\s,.!?”"]*$/.test(after);
      let attribution: Attribution | null = attributedAfter ?? attributedBefore ?? (closesUnit ? signedBelow(units[unit.index + 1]) : null);
      attributedByGap = attributedAfter && !attributedAfter.pronoun && segment.close !== -1 ? nextOpening(segment.close) : -1;
      // "Daniel Chapman, CEO of Argentem Creek Partners, commented:" then the quotation below it.
      const previousUnit = units[unit.index - 1];
      if (!attribution && segment.open === firstNonSpace && previousUnit && /(?::|\b(?:said|says|added|stated),)\s*$/.test(previousUnit.text)) {
        attribution = attributionBefore(sentenceBefore(previousUnit.text, previousUnit.text.trimEnd().length));
      }
      if (!attribution && segment.open === firstNonSpace && previousUnit && !skip(previousUnit) && previousUnit.block.container === block.container) {
        const reported = reportedSpeaker(previousUnit.text) ?? namedAbove(previousUnit);
        if (reported) attribution = { speaker: reported, pronoun: false };
      }
      // A quotation that opens a sentence after one of reported speech in its paragraph (`Husk said
      // that the society was grateful. “This is a huge help …”`) is the reported speaker's.
      if (!attribution && !unitQuote && !quoteRunningOn && segment.open > firstNonSpace && sentenceBefore(text, segment.open).trim() === '') {
        const reported = reportedSpeaker(text.slice(lastSegmentEnd + 1, segment.open));
        if (reported) attribution = { speaker: reported, pronoun: false };
      }
      if (attribution?.pronoun) attribution = { speaker: people.lastMentioned, pronoun: true };
      if (attribution?.surname && !attribution.speaker) {
        const resolved = people.resolve(attribution.surname);
        if (resolved !== attribution.surname || attribution.titled) attribution = { speaker: resolved, pronoun: false };
      }
      // A short unattributed phrase in the middle of a sentence is a term or a slogan, not a quotation.
      const midSentence = /[\p{L}\d,][ \t]*$/u.test(text.slice(Math.max(0, segment.open - 3), segment.open));
      if (!attribution?.speaker && !quoteRunningOn && midSentence && words.trim().split(/\s+/).length < 8) continue;
      // A closed quotation followed by a paragraph that opens another is a new quote by the same
      // speaker (a run of quoted paragraphs under one "Name said:"); "he added" continues the last.
      const takenUp: Quote | null =
        !quoteRunningOn && !unitQuote && segment.open === firstNonSpace && previousUnitQuote?.unitIndex === unit.index - 1 ? previousUnitQuote.quote : null;
      // A verb of saying after it gives it to someone, though not a name read here: not inherited.
      const inherited: string | null = takenUp && !attribution && takenUp.speaker && !AFTER_VERB.test(after.slice(0, 160)) ? takenUp.speaker : null;
      const speaker: string | null = attribution?.speaker ? people.mention(attribution.speaker) : inherited;
      const span = unitSpan(unit, segment.open, segment.close === -1 ? segment.end : segment.close + 1);

      // One quotation split by its attribution, run on into the next paragraph, or taken up again
      // in the next paragraph with only a pronoun ("he added"): it stays one quote.
      // Within a paragraph, words taken up again with an attribution of their own ("He added that
      // …“…”") are another quotation; without one they continue the last.
      // The same speaker signing again after the words (`“…,” says Ann Lee, CEO. “…” Ann Lee, CEO`) splits nothing.
      // So does the same speaker named between two quotations (`“…,” said Ahmad. “…”`): one quotation split by its attribution.
      const splitBySaid: boolean = attribution !== null && !attribution.pronoun && saidBy(unitQuote, speaker) && segment.open - lastSegmentEnd <= 40;
      let previous: Quote | null = (attribution && !(attribution.signature && saidBy(unitQuote, speaker)) && !splitBySaid ? null : unitQuote) ?? quoteRunningOn;
      if (takenUp && attribution?.pronoun) previous = takenUp;
      else if (takenUp && !attribution && !takenUp.speaker) previous = takenUp;
      if (previous && (!speaker || !previous.speaker || previous.speaker === speaker)) {
        previous.end = span.end;
        previous.text += ` ${words.trim()}`;
        if (!previous.speaker && speaker) {
          previous.speaker = speaker;
          previous.attributed = true;
        }
        unitQuote = previous;
      } else {
        unitQuote = { ...span, text: words.trim(), speaker, attributed: Boolean(speaker) };
        quotes.push(unitQuote);
      }
      if (segment.close === -1) openQuote = unitQuote;
      lastSegmentEnd = segment.close === -1 ? segment.end : segment.close;
    }
    advanceMentions(text.length);
    if (unitQuote) previousUnitQuote = { quote: unitQuote, unitIndex: unit.index };
  }
  // A nickname's marks, read as spaces, leave two between the names.
  for (const quote of quotes) if (quote.speaker?.includes('  ')) quote.speaker = quote.speaker.replace(/[ \t]{2,}/g, ' ');
  return quotes;
}
