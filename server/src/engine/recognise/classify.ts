/**
 * Whether a Markdown document is a press release, decided by weighing evidence for and against,
 * so that an editor lints releases and leaves READMEs, notes, advisories and blog posts alone. Each
 * piece of evidence is kept with its weight, so `pressroom inspect` can say why.
 */
import { MONTH, findDate } from '../dates';
import type { Block, ParsedDocument } from '../parse';
import { sentences } from '../prose';
import type { Release } from '../release';
import { allMatches, countMatches, looksEnglish } from '../text';
import { OFFICE_WORD, TITLE_CASE_NAME } from './issuer';
import { namesClosingPart } from './labels';

export interface Evidence {
  /** Positive for a release, negative against. */
  weight: number;
  /** In a writer's words: what was found. */
  reason: string;
}

export interface Classification {
  isPressRelease: boolean;
  /** A release on enough evidence, or one that says it is one, that a part it lacks is an error (below). */
  surePressRelease: boolean;
  /** Not a release for certain, but a headline and some evidence for one (below). */
  possiblePressRelease: boolean;
  evidence: Evidence[];
}

/** What it takes: two strong parts, or one with some of the weaker cues. */
const THRESHOLD = 3;
/**
 * A release taken on less evidence than this, that does not say it is one (a release line, its
 * kind named, a wire's credit), gets its release checks as warnings: on the labelled corpus one
 * document in nine taken for a release at 3 or 4 is a statement, an advisory or a story (70 of
 * 630), one in twenty-seven at 5 or more (56 of 1,537); a story is not told in an error that it
 * lacks a contact.
 */
const SURE_THRESHOLD = 5;
/**
 * A document with any evidence for a release and none that outweighs it (an attributed
 * quotation, an announcement), titled or not (a page's title is often lost in copy-paste), may be one: a council's news item with no dateline, contact or
 * About paragraph reads like a news story. Its release checks run as warnings, so that a release
 * missing its parts is told so without a story being told it is wrong.
 */
const POSSIBLE_THRESHOLD = 1;

// Whole words, in any script's letters (`me` of `Crème` is no word of its own); `I` joined to
// letters by `&`, `/`, `-` or a full stop is a name, a road or an abbreviation (`I&M Bank`, `I/O`,
// `I-95`, `S.I.`), not the writer.
const FIRST_PERSON_SINGULAR = /(?<![\p{L}\d&/.-])(?:I|my|me)(?![\p{L}\d]|[&/-]\w)/gu;
const FIRST_PERSON_PLURAL = /(?<![\p{L}\d])(?:[Ww]e|[Oo]ur|us)(?![\p{L}\d])/gu;
// A quotation ends at its closing mark or gives up at the next opening one, so a run of opening
// marks is not searched 2,000 characters ahead from each of them.
const QUOTED = /“[^“”]{0,2000}”|"[^"\n]{0,2000}"/g;
/** A line that names the document's kind: `MEDIA RELEASE`, `Press release`, `News Release`. */
const RELEASE_LABEL = /^(?:joint |official )?(?:press|news|media) release:?$/i;
/**
 * A block that opens by naming the document's kind before its issuer or its date: `Media Release
 * From The Association Of Blind Citizens`, `Press Release - September 30, 2019 - CRFM - Ministers …`.
 */
const OPENS_AS_RELEASE = /^(?:joint |official )?(?:press|news|media) release[ \t]*(?:[–—|-][ \t]*(?=\S)|(?:from|by|issued)\b)/i;
/**
 * A release's series label where an office files its releases: `Press Release (97)106`,
 * `23-03-2006 News Release 06/24`, `Press Release (10 May 1994)`, `Posted in Press releases`,
 * a listed company's `Announcement no. 54`.
 */
const SERIES_LABEL =
  /\b(?:press|news|media|stock exchange) release[ \t]{0,3}(?:\(|no\.|#|\d|:[ \t]{0,3}\S)|\bposted in \[?(?:press|news|media) releases?\b|^(?:(?:company|stock exchange) )?announcement (?:no\.?|number|#)[ \t]{0,3}\d/i;
/** A title that names the document's kind: `Office of the Mayor Media Release - …`, `Press Release Regarding …`. */
const TITLE_NAMES_RELEASE = /\b(?:press|news|media) release\b(?![ \t]{0,3}(?:on|about|of)\b)/i;
/** A title that opens with the document's kind and its subject: `Press release on Foreign Minister Lavrov’s telephone conversation …`. */
const TITLE_OPENS_AS_RELEASE = /^(?:joint |official )?(?:press|news|media) release (?:on|regarding|concerning)\b/i;
/** An issuer's short line that ends with the document's kind: `STATEHOUSE PRESS RELEASE`, `Ministry of Health Media Release`. */
const ISSUER_THEN_KIND = /^(?:[\p{Lu}][\p{L}'’&.-]*[ \t]+){1,6}(?:press|news|media) release$/iu;
/**
 * A government office's readout of an official's call or meeting, as press offices publish them:
 * `The Prime Minister held a call with …`, `Foreign Minister Lavrov had a telephone conversation with …`.
 */
const READOUT =
  /\b(?:held|had)[ \t]+(?:a|an)[ \t]+(?:(?:telephone|phone|video|virtual|bilateral|introductory|courtesy)[ \t]+)?(?:call|conversation|talk|meeting|talks)[ \t]+with\b|\bspoke (?:yesterday |today |by (?:tele)?phone )?with\b/i;
/** An official's title in a readout's opening: the office, not a journalist, reports the call. */
const OFFICIAL_TITLE = /\b(?:Prime Minister|President|Minister|Secretary|Chancellor|Premier|Ambassador|Governor|Mayor|Spokesperson)\b/;
/** Front matter that files the document under releases: `tags: [Pressemitteilung]`, `category: press-release`. */
const FILED_AS_RELEASE =
  /^[ \t]{0,8}(?:(?:tags|categories|category|type|section|kind)[ \t]{0,3}[:=][ \t]{0,3}\[?[ \t]{0,3}|-[ \t]{1,3})["']?(?:press|news|media)[- _]?releases?\b|^[ \t]{0,8}(?:-[ \t]{1,3}|(?:tags|categories|category)[ \t]{0,3}[:=][ \t]{0,3}\[?[ \t]{0,3})["']?(?:pressemitteilung(?:en)?|communiqu[ée]s? de presse|comunicados? de prensa)\b/im;
/** The office that issues the release signs it off at the end: `Issued by: The Presidency`. */
const ISSUED_BY = /^(?:issued|released|distributed|published) by\b/i;
/** A newswire's credit, which wire services print on every release they carry. */
const WIRE_CREDIT =
  /(?:\/|--|—|–|\()\s*(?:PRNewswire|PR Newswire|BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|ACCESS Newswire|EIN Presswire|Newswire\.com|NEWMEDIAWIRE|News Direct|Media OutReach(?: Newswire)?|PRWeb|Newsfile|Blockchain Wire|Newsworthy\.ai|CNW(?: Telbec)?|Canada NewsWire|Marketwired?)\s*(?:\/|--|—|–|\))/i;
/** A credit in brackets that opens a story, before a dash or a colon: `New York (PANA) -`. */
const creditOf = (names: string): RegExp => new RegExp(`\\((?:${names})\\)[ \\t]{0,3}(?:[-–—:]|$)`, 'm');
/** A news agency's credit, which its stories carry: `(PANA)`, `(AFP)`. */
const NEWS_AGENCY_CREDIT = creditOf('AP|Reuters|AFP|PANA|IANS|PTI|ANI|Xinhua|dpa|ANSA|EFE|Kyodo|Yonhap|TASS|UPI|Bernama|KUNA|WAM|SPA|QNA|MENA|Anadolu|AAP|APA|CNA|NNA');
/**
 * A US broadcaster's call letters where a wire's credit stands, between the place and the dash
 * (`DICKINSON, N.D. (KFYR) -`, `ENDWELL, NY (WIVT/WBGH) –`), as local TV and radio stories open.
 */
const BROADCASTER_CREDIT = /^[^\n()]{2,60}?\(((?:[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM))?\/?){1,3})\)[ \t]{0,3}(?:--|[-–—])/;
/** A news agency named in full above a story (`The Canadian Press, 06 Sep, 2016`), or a news site's section and source (`General News of …`, `Source: www.ghanawebbers.com`). */
const NEWS_CREDIT_LINE =
  /^(?:by [^\n,]{1,60},[ \t]*)?(?:the canadian press|(?:the )?associated press|agence france-presse|press trust of india|united news of india|deutsche presse-agentur)\b|^(?:general|business|sports|local|world) news of\b|^source[ \t]*:[ \t]*(?:https?:\/\/)?www\./i;
/**
 * A publisher's note that a story is paid for (`Disclosure: Individuals or companies mentioned may
 * have a commercial relationship …`), or a news network's terms for all the content it provides.
 */
const SPONSORED_DISCLOSURE =
  /^(?:disclosure|sponsored(?: content)?|advertorial|paid (?:content|post))[ \t]*:|\bterms of use and disclaimers on the [^\n]{1,60} website applicable to all content\b/i;
/** A news agency's reporting and editing credit, which closes its stories: `(Reporting by Ana Veld; Editing by Tom Birch)`. */
const REPORTING_CREDIT = /\((?:Reporting|Writing|Additional reporting|Editing) by [^()\n]{3,120}\)/;
/** A feature syndicate's credit, which sponsored articles carry: `(NewsUSA)`, `(StatePoint)`, `(Family Features)`. */
const FEATURE_SYNDICATE_CREDIT = creditOf('NewsUSA|StatePoint|Family Features|BPT|NAPSI|NAPS');
/** An analyst's note on a company, which wires carry beside releases. */
const RESEARCH_NOTE = /\binitiates? (?:its |their )?coverage\b|\b(?:equity )?research (?:note|report|update) on\b/i;
// An organisation or an office acting in its own name: companies announce; governments decide,
// visit, welcome and condemn.
const ANNOUNCES =
  /\b(?:today announced|announced today|has (?:proudly |officially |formally )?announced|announces|is pleased to announce|is delighted to announce|is proud to announce|has (?:appointed|launched|named|awarded|signed|decided to|welcomed|condemned|congratulated|accepted|approved|confirmed|selected)|today (?:launched|released|unveiled|opened|signed)|will visit)\b/i;
/**
 * An organisation or an office taking a stand in its own name, in the present tense, as the lead's
 * subject: `Pakistan strongly condemns …`, `The Fiji Women's Rights Movement welcomes …`, `The
 * Ministry of General Affairs hereby informs the public …`. A journalist reports such words in the
 * past and attributes them (`… condemned the attack, the ministry said`).
 */
const STANCE_IN_OWN_NAME =
  /^["“]?(?:[Tt]he[ \t]+)?(?:[\p{Lu}\d][\p{L}\d'’&.()-]*[ \t]+(?:(?:of|for|and|the|on|de|&)[ \t]+)?){1,8}(?:(?:strongly|firmly|warmly|deeply|hereby|also|today|once again|unequivocally|vehemently|heartily|recently|now|further)[ \t]+)?(?:condemns|welcomes|notes|commends|lauds|urges|calls (?:on|for|upon)|congratulates|rejects|mourns|applauds|expresses|is (?:pleased|delighted|proud|concerned|saddened|alarmed|deeply)|deplores|reaffirms|wishes|informs|advises|alerts|reminds|appeals|clarifies|denies|regrets|extends|supports|demands|has (?:(?:recently|now|also)[ \t]+)?(?:noted|learned|learnt|taken note))\b/u;
/** When something happened, as a news lead says it: `today`, `on Monday`, `last week`, a date. */
const REPORTED_WHEN = new RegExp(
  `\\b(?:today|yesterday|this (?:morning|afternoon|evening|week)|tonight|last (?:week|month|night)|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH}[ \\t]+\\d{1,2}\\b|\\b\\d{1,2}[ \\t]+${MONTH}(?![\\p{L}]))`,
  'iu',
);
/** A lead in the first or second person is a blog's or a letter's voice. */
const FIRST_PERSON_LEAD = /\b(?:I|we|We|you|You|our|Our|my|My)\b/;
/** An office that asks the public for help, as police and agencies do: `Anyone with information is asked to call …`. */
const APPEAL =
  /\b(?:anyone with (?:any )?information|(?:we|police|officers|investigators) (?:are|is) (?:asking|appealing|urging) (?:the public|anyone|members of the public|residents)|(?:asks?|appeals? to|urges?) (?:the public|members of the public|residents) to|crime ?stoppers)\b/i;
const OWN_APPEAL =
  /\b(?:(?:police|officers|detectives|investigators)(?: in \p{Lu}[\p{L}-]+)? (?:are|is) (?:now |again )?(?:appealing|asking|urging|seeking)|we (?:are|would like to) (?:appealing|asking|urging|appeal|ask|urge)|(?:is|are) (?:being )?asked to (?:contact|call|ring|phone)|please (?:contact|call|ring|phone) (?:police|officers|detectives|crime ?stoppers))\b/iu;
/** The office that supplied the text, named below it: `Source: Maritime and Port Authority of Singapore`. */
const SOURCE_LINE = /^source[ \t]*:[ \t]*/i;
/** What a media advisory holds instead of a story: who, what, when and where as labels. */
const ADVISORY_WORDS = 'WHO|WHAT|WHEN|WHERE|WHY|VISUALS|INTERVIEWS|PARKING|RSVP';
const ADVISORY_LABELS = new RegExp(`^\\**(?:${ADVISORY_WORDS})\\**\\s*[:：]`, 'i');
/** The same labels set in bold without a colon: `**Who**   The Apache Software Foundation …`. */
const ADVISORY_BOLD_LABEL = new RegExp(`^(?:${ADVISORY_WORDS})$`, 'i');
/** The same labels in capitals inside a line, where copy-paste ran an advisory onto one line. */
// It starts at the word (bold markers before it do not matter) and bounds every repetition, so a
// run of asterisks costs no backtracking.
const ADVISORY_LABELS_INLINE = new RegExp(`(?<![\\p{L}\\d])(?:${ADVISORY_WORDS})\\*{0,2}[ \\t]{0,3}[:：]`, 'gu');
const ADVISORY_TITLE = /\b(?:media|press|news) (?:advisory|alert)\b|\bphoto (?:call|opportunity)\b|\bnote to (?:editors and )?(?:correspondents|media)\b/i;
const STATEMENT_TITLE =
  /^(?:(?:joint )?statement\b|(?:the )?(?:following )?statement (?:by|from|of|attributable)\b|statement attributable\b|remarks (?:by|of)\b|(?:(?:welcome|opening|closing|keynote) )?(?:address|speech) (?:by|of)\b|transcript\b|doorstop\b|op-ed\b|opinion\b)/i;
/** An organisation's statement named in its title: `Canadian RV Association Statement on Postponed Tariffs`. */
const ORGANISATION_STATEMENT_TITLE = /\bstatement (?:on|regarding|about|in response to|following)\b|\bstatement$/i;
/** A label line that files the document as a statement: `Public Statement`, `STATEMENT` (South Africa's `Media Statement` is its releases' label). */
const STATEMENT_LABEL = /^(?:public |official |joint )?statement:?$/i;
/**
 * An advisory announces an event for reporters or a release still to come: `The Prime Minister will
 * address a national press conference on Saturday`, `A news release … will be issued on Tuesday`.
 */
const ANNOUNCES_AN_EVENT_FOR_THE_PRESS =
  /\b(?:will (?:hold|address|give|host|convene)|hosts|holds) an? (?:[\p{L}-]+ ){0,2}(?:press|news|media) (?:conference|briefing|availability)\b|\b(?:news|press|media) release (?:[^.\n]{0,60} )?will be (?:issued|sent|released|distributed|published)\b/iu;
/** An advisory offers a spokesperson to reporters, in its title or its lead: `CEO Barbara Cartwright is available for comment`. */
const AVAILABLE_FOR_COMMENT = /\b(?:is|are|will be) available (?:for|to) (?:comment|interviews?|media interviews?|the media|speak)\b|^available for comment\b/i;
/** An advisory speaks to reporters: `Government wishes to advise the members of the media …`. */
const ADDRESSES_THE_MEDIA =
  /\b(?:advise (?:the )?(?:members of the )?(?:media|press)|(?:members of the )?(?:media|press|journalists) (?:are|is) (?:invited|welcome|advised)|invites? (?:the )?(?:media|press|journalists) to|open to (?:the public and )?(?:members of the )?(?:media|press))\b/i;
/** A lead that introduces someone's statement: `The following statement was issued today by…`. */
const STATEMENT_LEAD =
  /^(?:the )?following (?:is (?:the|a) )?(?:statement|remarks)\b|\b(?:issued|made|delivered|released|gave) the following (?:statement|remarks|response)\b|\b(?:statement|remarks|comments?)(?: below| following)?(?: is| are)? attributable to\b|^statement (?:from|by|of) [^:\n]{3,120}:\s*$/i;
/** A speaker who joined a host of an outlet to talk: `joined Steve Darling from Proactive to announce`. */
// Or an outlet's host named with its possessive (`takes Proactive's Stephen Gunnion through a
// transaction`, `told Proactive's Thomas Warner`).
const JOINED_A_HOST =
  /\bjoined[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}(?:from|of|on|at)[ \t]+(?:\p{Lu}[\p{L}&'’.-]*[ \t]+){1,4}to[ \t]+(?:discuss|announce|talk|share|explain|provide|give|highlight|present|review|update|unveil)\b|\b(?:takes|took|walks|walked|talks|talked)[ \t]+\p{Lu}[\p{L}]+['’]s[ \t]+(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}through\b|\b(?:told|tells|spoke (?:to|with)|speaks (?:to|with))[ \t]+\p{Lu}[\p{L}]+['’]s[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+/u;
/** An interview written as questions and answers: `Q&A with…`, `Q and A with…`, `Interview with…`. */
const INTERVIEW_TITLE = /^(?:an? )?(?:Q ?(?:&|&amp;|and) ?A|interview)\b/i;
/** An invitation to a results call or a webcast, which investor notices are. */
const CALL_INVITATION =
  /\b(?:conference|earnings|analyst) call (?:is|will be) (?:scheduled|held)\b|\bdial-in (?:phone )?number\b|\binvitation to (?:the |an? )?(?:[\w/.-]{1,20} ){0,5}(?:call|webcast|conference call|presentation|earnings)\b|\binvites? (?:investors|analysts|shareholders|journalists)\b[^.]{0,80}\b(?:call|webcast|presentation)\b/i;
/**
 * The text before a quotation left open to the paragraph's end, with its closed quotations already
 * removed: found from the last closing mark, so a run of opening marks costs one pass.
 */
function withoutUnclosedQuotation(text: string): string {
  // The quotation opens after the last closing mark, or at it when that mark is a straight one.
  const lastMark = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
  const open = lastMark !== -1 && text[lastMark] === '"' ? lastMark : text.indexOf('“', lastMark + 1);
  return open === -1 ? text : text.slice(0, open);
}

/** The words of an organisation's name that may name it elsewhere: `Acme Water Ltd` → acme, water. */
function organisationWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\d&]+/u)
    .filter((word) => word.length >= 3 && !/^(?:the|and|for|inc|ltd|llc|plc|corp|group|company|foundation|association|international)$/.test(word));
}

/** A word: a run of anything but white space (counted, not split out: a megabyte of prose is 200,000 strings). */
const WORD_RUN = /\S+/g;

const hasColon = (text: string): boolean => text.includes(':') || text.includes('：');

/** How a news story attributes an organisation's words: `In a statement, …`, `the utility said`, `the university announced`, `told reporters`. */
const JOURNALIST_ATTRIBUTION =
  /\b(?:[Ii]n a (?:statement|(?:press|news|media) release)(?: (?:issued|released|sent|posted) (?:on|to)\b[^,.]{0,40}| on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?,|(?:said|says|announced|confirmed) in a (?:written |joint )?(?:statement|(?:press|news|media) release)|according to (?:a|the) (?:statement|(?:press|news|media) release)|told (?:reporters|journalists)|[Tt]he (?:utility|firm|power company|company|agency|ministry|bank|council|department|government|university|club|retailer|automaker|airline|insurer|charity|union|hospital) (?:said|says|added|told|announced)\b)/;

const BYLINE = /^(?:by|written by|posted by|words by)\s+\p{Lu}/iu;

const PRESS_RELEASE_TYPE = /^type[ \t]*[:=][ \t]*["']?press[- ]?release\b/im;
/** Front matter that names another kind of document: the writer has settled it is no release. */
const OTHER_DOCUMENT_TYPE =
  /^type[ \t]*[:=][ \t]*["']?((?:media[- ])?advisory|statement|note|notes|blog(?:[- ]post)?|newsletter|speech|transcript|faq|minutes|agenda)["']?[ \t]*$/im;

/** Front matter (its raw text) that says `type: press-release`: the writer has settled it. */
function declaresPressRelease(frontMatter: string): boolean {
  return PRESS_RELEASE_TYPE.test(frontMatter);
}

// Anchored at the start, the lazy body ends at the first closing fence: one pass over the text.
const LEADING_FRONT_MATTER = /^\uFEFF*(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(?:\1|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Whether a text opens with front matter that says `type: press-release`, read without parsing the
 * document: an editor asks it of every Markdown file before it decides to lint one.
 */
/**
 * A draft with nothing written yet: front matter or a release line (and a title under it) at most.
 * It is no evidence either way; with the team's profile in the configuration it is a release being
 * written.
 */
export function isBlankDraft(release: Pick<Release, 'document' | 'releaseLine' | 'headline'>): boolean {
  const { document } = release;
  // Front matter that says the document is a statement, a note… settles it, blank or not.
  if (document.frontMatter && OTHER_DOCUMENT_TYPE.test(document.frontMatter.raw)) return false;
  // A title alone is a README's or a changelog's first line as much as a release's: with a release line it is a draft.
  const own = [release.releaseLine, release.releaseLine ? release.headline : null].filter((span) => span !== null);
  return document.blocks.every((block) => block.kind === 'frontmatter' || own.some((span) => span.start >= block.start && span.end <= block.end));
}

export function hasPressReleaseFrontMatter(text: string): boolean {
  const match = LEADING_FRONT_MATTER.exec(text);
  return Boolean(match && declaresPressRelease(match[2]));
}

/**
 * Weighs what the recognisers found (the parts a release has) and what the text says of itself,
 * and decides. Front matter that says `type: press-release` settles it.
 */
export function classify(document: ParsedDocument, release: Omit<Release, 'isPressRelease' | 'surePressRelease' | 'possiblePressRelease' | 'evidence'>): Classification {
  const evidence: Evidence[] = [];
  const add = (weight: number, reason: string): void => {
    evidence.push({ weight, reason });
  };
  // The document says it is a release: its release line, its kind named, a wire's credit.
  let declared = false;
  const declare = (weight: number, reason: string): void => {
    declared = true;
    add(weight, reason);
  };
  if (document.frontMatter && declaresPressRelease(document.frontMatter.raw)) {
    add(100, 'front matter says type: press-release');
    return { isPressRelease: true, surePressRelease: true, possiblePressRelease: false, evidence };
  }
  const otherType = document.frontMatter && OTHER_DOCUMENT_TYPE.exec(document.frontMatter.raw);
  if (otherType) {
    add(-100, `front matter says type: ${otherType[1]}`);
    return { isPressRelease: false, surePressRelease: false, possiblePressRelease: false, evidence };
  }

  if (release.dateline && !release.dateline.placeholder) {
    // A date and a dash without a place weigh less: a dated post can open that way too.
    if (release.dateline.city === '') add(1, 'a date and a dash open the lead');
    else add(3, 'a dateline opens the lead');
  }
  if (release.releaseLine) declare(3, `a release line (${release.releaseLine.kind === 'embargo' ? 'embargo' : 'for immediate release'})`);
  if (release.endMark) add(2, `an end mark (${release.endMark.text})`);
  if (release.contactSection) add(2, 'a media contact section');
  else if (release.mediaContacts.some((c) => c.name && (c.email || c.phone))) add(1, 'a named contact with an email or phone');
  // A description closing a paragraph of other text is the part, but a story may close so too.
  const boilerplates = release.boilerplate.filter((b) => !b.afterOtherText);
  if (boilerplates.length > 0) {
    // A release's About is its issuer's, whom the headline or the lead names; one about somebody
    // else (a publisher's `About BillionDollarClub` below a story on Toyota) says less.
    const top = `${release.headline?.text ?? ''}\n${release.lead ? document.text.slice(release.lead.start, release.lead.end) : ''}`.toLowerCase();
    const named = boilerplates.find((b) => organisationWords(b.organization).some((word) => top.includes(word)));
    if (named) add(2, `an About paragraph (${named.organization})`);
    else add(1, `an About paragraph of an organisation the headline and lead do not name (${boilerplates[0].organization})`);
  }
  // Background or notes to editors are written for journalists: GOV.UK releases have little else.
  if (release.background) add(2, `a background section (${release.background.label})`);
  if (release.quotes.some((q) => q.attributed)) add(1, 'an attributed quotation');

  const top = document.blocks.filter((b) => b.start >= release.contentStart).slice(0, 12);
  // A label is a short line: longer blocks are passed over before anything is copied.
  // Or opens the lead with it (`News Release: HAMILTON, Bermuda – …`).
  // Or names itself so on a line of its own, or with its date, before its issuer and the text: in a
  // longer block only with a date there (a story may open `Media release from the council said…`).
  const labelled =
    document.blocks.find((b) => (b.kind === 'heading' || b.kind === 'paragraph') && b.text.length < 80 && RELEASE_LABEL.test(b.text.trim().replace(/\*+/g, ''))) ??
    top.slice(0, 4).find((b) => b.kind === 'paragraph' && /^(?:press|news|media) release[ \t]*:[ \t]*\p{Lu}/iu.test(b.text.trim())) ??
    top.slice(0, 4).find((b) => {
      // In brackets too: `(Press release from the City of Ottawa.)`.
      const text = b.flat.trim().replace(/^\(/, '');
      return (b.kind === 'paragraph' || b.kind === 'heading') && OPENS_AS_RELEASE.test(text) && (text.length <= 120 || findDate(text.slice(0, 60))?.iso !== undefined);
    });
  const prose = document.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  // An office's archive names the release by its number or files it under releases, at the top
  // or at the foot of the page.
  const edges = [...prose.slice(0, 6), ...prose.slice(-3)].filter((b) => b.text.length <= 120);
  // Or dates it as one on a short line (`December 21, 2000 Sophos Press Release`, `DNR news release, Oct. 11, 2013`).
  const datedKind = (b: Block): boolean => b.flat.split(/\s+/).length <= 10 && TITLE_NAMES_RELEASE.test(b.flat) && findDate(b.flat) !== null;
  const series =
    edges.find((b) => SERIES_LABEL.test(b.flat) || datedKind(b) || OPENS_AS_RELEASE.test(b.flat.trim())) ??
    prose
      .slice(0, 3)
      .find((b) => (b.kind === 'heading' && (TITLE_NAMES_RELEASE.test(b.flat) || TITLE_OPENS_AS_RELEASE.test(b.flat.trim()))) || ISSUER_THEN_KIND.test(b.flat.trim()));
  if (labelled) declare(3, `the document calls itself “${labelled.text.trim().slice(0, 60)}”`);
  else if (series) declare(3, `the document names itself as a release (“${series.flat.trim().slice(0, 40)}”)`);
  else if (document.frontMatter && FILED_AS_RELEASE.test(document.frontMatter.raw)) declare(3, 'its front matter files it under press releases');
  // `Issued by: The Presidency`, or the office's name alone on the last lines (`**Corrupt Practices Investigation Bureau**`).
  const lastLines = prose.slice(-3).filter((b) => b.kind === 'paragraph' && b.text.length <= 120);
  const signOff = lastLines.find((b) => ISSUED_BY.test(b.flat.trim().replace(/^[*_]+/, '')));
  // The name alone says less than `Issued by`: a letter or a notice is signed so too.
  const signedName = signOff
    ? undefined
    : lastLines.find((b) => {
        if (b.line !== b.endLine) return false;
        const text = b.flat.trim().replace(/^[*_]+|[*_]+$/g, '');
        return TITLE_CASE_NAME.test(text) && OFFICE_WORD.test(text) && !namesClosingPart(text);
      });
  const sourced =
    signOff || signedName
      ? undefined
      : lastLines.find((b) => {
          const text = b.flat.trim();
          const name = text.replace(SOURCE_LINE, '');
          return name !== text && TITLE_CASE_NAME.test(name) && OFFICE_WORD.test(name);
        });
  if (signOff) add(2, `an office signs it off (“${signOff.flat.trim().slice(0, 40)}”)`);
  else if (sourced) add(1, `the office that issued it is named as its source (“${sourced.flat.trim().slice(0, 40)}”)`);
  else if (signedName) add(1, `an office signs it off (“${signedName.flat.trim().slice(0, 40)}”)`);
  // A release is dated where it is issued, above the title or below the text (`Posted: November 8, 2011`);
  // an article's date sits in its byline or its front matter.
  const dated = [...prose.slice(0, 4), ...prose.slice(-3)].find((b) => b.kind === 'paragraph' && b.text.length <= 40 && findDate(b.flat)?.iso);
  if (dated && !release.dateline) add(1, `a date of issue on its own line (${dated.flat.trim()})`);
  const paragraphs = document.blocks.filter((b) => b.kind === 'paragraph');
  const paragraphText = paragraphs.map((b) => b.flat).join(' ');
  const credit = WIRE_CREDIT.exec(top.map((b) => b.flat).join('\n'));
  if (credit) declare(3, `a newswire's credit (${credit[0].replace(/[\s/()–—-]+/g, ' ').trim()})`);
  // The opening blocks, where credits, notices and invitations say what the document is.
  const opening = top
    .slice(0, 4)
    .map((b) => b.flat.slice(0, 300))
    .join('\n');
  // The lead's opening, which several cues read: where a credit, an advisory's purpose and a news lead's "when" stand.
  const leadText = release.lead ? document.text.slice(release.lead.start, release.lead.end) : '';
  const leadOpening = leadText.slice(0, 400);
  // The credit opens the lead, below a title, a date and a byline the top blocks may all be.
  const agency = NEWS_AGENCY_CREDIT.exec(opening) ?? NEWS_AGENCY_CREDIT.exec(leadOpening.slice(0, 200)) ?? REPORTING_CREDIT.exec(paragraphText);
  if (agency)
    add(
      -4,
      `a news agency's credit (${agency[0].startsWith('(') && !REPORTING_CREDIT.test(agency[0]) ? agency[0].replace(/[^\p{L}]+/gu, '') : agency[0].slice(0, 40)}), as news stories carry`,
    );
  const broadcaster = agency ? null : BROADCASTER_CREDIT.exec(leadOpening.trimStart());
  if (broadcaster) add(-4, `a broadcaster's call letters open the lead (${broadcaster[1]}), as local TV and radio stories do`);
  const newsCredit = top.slice(0, 4).find((b) => b.text.length <= 160 && NEWS_CREDIT_LINE.test(b.flat.trim()));
  if (newsCredit && !agency && !broadcaster) add(-4, `a news outlet's credit (“${newsCredit.flat.trim().slice(0, 40)}”), as news stories carry`);
  const disclosure = prose.slice(-6).find((b) => SPONSORED_DISCLOSURE.test(b.flat.trim()));
  if (disclosure) add(-3, `a publisher's disclosure (“${disclosure.flat.trim().slice(0, 40)}”), as sponsored articles carry`);
  const syndicate = FEATURE_SYNDICATE_CREDIT.exec(opening);
  if (syndicate) add(-4, `a feature syndicate's credit (${syndicate[0].replace(/[^\p{L} ]+/gu, '').trim()}), as sponsored articles carry`);
  // In the lead's opening, where an office reports its official's call; a story of one carries a
  // reporter's or an agency's marks, weighed against it above.
  if (leadOpening && READOUT.test(leadOpening.slice(0, 300)) && OFFICIAL_TITLE.test(`${release.headline?.text ?? ''} ${leadOpening.slice(0, 200)}`)) {
    add(2, 'a readout of an official’s call or meeting, as government press offices publish');
  }
  // The lead's first sentence, after its dateline.
  const datelineInLead = release.dateline && release.lead && release.dateline.end <= release.lead.end ? Math.max(0, release.dateline.end - release.lead.start) : 0;
  const leadSentence = leadText.slice(datelineInLead, datelineInLead + 300).replace(/^[\s*_–—:-]+/, '');
  const announcement = ANNOUNCES.exec(paragraphText);
  if (announcement) add(1, `an announcement (“${announcement[0]}”)`);
  const appeal = APPEAL.exec(paragraphText);
  // Made in the office's own voice, in the present (`Police are appealing for …`, `is asked to contact
  // police`), the appeal is the release's own; a story reports it in the past (`have issued an appeal`).
  const ownAppeal = appeal ? OWN_APPEAL.exec(paragraphText) : null;
  if (ownAppeal) add(2, `an appeal to the public in the office's own voice (“${ownAppeal[0]}”), as police and agencies make`);
  else if (appeal) add(1, `an appeal to the public (“${appeal[0]}”), as police and agencies make`);

  const heading = release.headline?.text ?? top.find((b) => b.kind === 'heading' || b.kind === 'paragraph')?.text ?? '';
  // A label line may carry the date after a run of spaces (`MEDIA ADVISORY          2 September 2021`).
  const labelLine = (b: { text: string }): string => b.text.trim().replace(/\s+/g, ' ');
  // The label may stand below a wire's or a site's header lines (`For immediate release` / date / `MEDIA ADVISORY`).
  // Or a paragraph opens with it, however long (`Media advisory, Wednesday, May 1, 2013, 10:30 a.m., …`,
  // `Advisory: Transport Minister presents …`).
  if (
    ADVISORY_TITLE.test(heading) ||
    top.slice(0, 6).some((b) => (labelLine(b).length < 60 && ADVISORY_TITLE.test(b.text)) || /^(?:(?:media|press) )?(?:advisory|alert)\b[ \t]*[,:–—-]/i.test(b.flat.trim()))
  )
    // Decisive: an advisory carries a release's trappings too (a wire's credit, a dateline, an About, contacts).
    add(-8, 'it calls itself a media advisory or photo call');
  const labelName = (label: string): string => label.replace(/[*:：\s]/g, '').toUpperCase();
  const advisoryLabels = new Set(
    document.blocks.flatMap((b) => [
      // Labels with a colon: a block without one is not split into lines.
      ...(hasColon(b.text) ? b.text.split('\n') : []).flatMap((line) => {
        const label = ADVISORY_LABELS.exec(line.trim());
        return label ? [labelName(label[0])] : [];
      }),
      ...(hasColon(b.text) ? allMatches(ADVISORY_LABELS_INLINE, b.text).map((m) => labelName(m[0])) : []),
      ...(ADVISORY_BOLD_LABEL.test(b.leadingBold.trim()) ? [labelName(b.leadingBold)] : []),
    ]),
  );
  // In the lead's opening, where an advisory says what it is for; a release may mention a briefing further down.
  const eventForThePress = ANNOUNCES_AN_EVENT_FOR_THE_PRESS.exec(leadOpening.slice(0, 250));
  const offered = AVAILABLE_FOR_COMMENT.exec(heading) ?? AVAILABLE_FOR_COMMENT.exec(leadOpening.slice(0, 300));
  if (offered && !eventForThePress) add(-4, `it offers someone to reporters (“${offered[0]}”), as an advisory does`);
  if (eventForThePress) add(-4, `it announces a press conference or a release to come (“${eventForThePress[0].slice(0, 50)}”), as an advisory does`);
  const addressed = top.slice(0, 4).find((b) => b.kind === 'paragraph' && ADDRESSES_THE_MEDIA.test(b.flat));
  if (addressed) add(-4, 'it speaks to reporters about an event (“advise the media”, “media are invited”), as an advisory does');
  if (advisoryLabels.size >= 3) add(-6, `who/what/when/where labels (${[...advisoryLabels].join(', ')}), as a media advisory has`);
  if (STATEMENT_TITLE.test(heading.trim())) add(-4, `its title says it is a statement or remarks (“${heading.trim().slice(0, 40)}”)`);
  else if (top.slice(0, 4).some((b) => STATEMENT_LABEL.test(labelLine(b)))) add(-4, 'a label calls it a statement (“Public Statement”)');
  // An office announcing news calls it a statement too (`Police Ombudsman statement on …`): weaker.
  else if (ORGANISATION_STATEMENT_TITLE.test(heading.trim())) add(-2, `its title names a statement (“${heading.trim().slice(0, 40)}”)`);
  else {
    // A stand taken in the issuer's own name is what a statement is made of: it counts for a
    // release only where the document does not call itself a statement.
    const stance = STANCE_IN_OWN_NAME.exec(leadSentence);
    if (stance) add(2, `the lead takes a stand in the issuer’s own name (“${stance[0].slice(0, 50)}”)`);
  }
  if (RESEARCH_NOTE.test(`${heading}\n${opening}`)) add(-4, 'an analyst’s note on a company (it initiates coverage), not the company’s release');
  if (INTERVIEW_TITLE.test(heading.trim())) add(-4, `its title says it is an interview (“${heading.trim().slice(0, 40)}”)`);
  else {
    // `EuroPacific Metals CEO Karim Rayani joined Steve Darling from Proactive to announce …`: an interview's write-up.
    const host = JOINED_A_HOST.exec(`${opening}\n${leadOpening.slice(0, 300)}`);
    if (host) add(-4, `it writes up an interview (“${host[0].slice(0, 40)}”)`);
  }
  const invitation = CALL_INVITATION.exec(`${heading}\n${opening}`);
  if (invitation) add(-8, `it invites to a call or a webcast (“${invitation[0].slice(0, 40)}”), as investor notices do`);
  // A lead that only gives someone the floor (`Responding to …, Cllr Peter Box, Chairman of the
  // Board, said:`) opens one person's statement; a release's lead says the news itself.
  const lead = leadText.trim();
  // One sentence: a lead that tells news first (`Minister Brophy began his first day … Speaking at Iveagh House, he said:`) is a release's.
  if (lead && lead.length <= 400 && /\b(?:said|says|commented|stated|added)[ \t]*:$/.test(lead) && !/["“”]/.test(lead) && sentences(lead).length === 1)
    add(-3, 'its lead only introduces someone’s words (“… said:”), as a statement opens');
  const statementLead = top.slice(0, 4).find((b) => b.kind === 'paragraph' && STATEMENT_LEAD.test(b.flat.trim()));
  if (statementLead && !STATEMENT_TITLE.test(heading.trim())) add(-4, `it introduces a statement (“${statementLead.flat.trim().slice(0, 40)}”)`);
  // A journalist reports what an organisation said; a release is the organisation saying it.
  // A news agency's credit in brackets closing the story (`… on Friday. (GBN)`, `(NAN)`), as agencies' wire copy ends.
  const lastParagraph =
    prose
      .filter((b) => b.kind === 'paragraph')
      .at(-1)
      ?.flat.trim() ?? '';
  const closingCredit = /[.!?”"][ \t]*\((\p{Lu}{2,6})\)$/u.exec(lastParagraph);
  if (closingCredit) add(-3, `a news agency's credit closes it (“(${closingCredit[1]})”)`);
  const reported = JOURNALIST_ATTRIBUTION.exec(paragraphText);
  if (reported) add(-2, `a journalist's attribution (“${reported[0]}”), as news stories have`);
  const byline = top.slice(0, 4).find((b) => b.kind === 'paragraph' && b.text.length < 80 && BYLINE.test(b.text.trim()));
  if (byline) add(-3, `a byline (“${byline.text.trim()}”), as articles and blog posts have`);

  // First person outside quotations and outside the About and contact paragraphs, where a company
  // speaks of itself (`we deliver`): a blog post or an op-ed, unless the rest says release.
  const aside = [...release.boilerplate, ...(release.contactSection ? [release.contactSection] : [])];
  // Quotations removed paragraph by paragraph; one left open runs to its paragraph's end, as a
  // quotation over several paragraphs is written.
  const outsideQuotes = paragraphs
    .filter((b) => !aside.some((part) => b.start >= part.start && b.end <= part.end))
    .map((b) => withoutUnclosedQuotation(b.flat.replace(QUOTED, ' ')))
    .join(' ');
  const words = Math.max(1, countMatches(WORD_RUN, outsideQuotes));
  // A person writing (`I`, `my`) is a blog's or an op-ed's voice; an organisation's `we` is heard in
  // releases from its own newsroom too, so it weighs less.
  // Only in English: `I` opens many a Swedish sentence (`I mars ökade …`), `me` and `us` are words elsewhere.
  const english = looksEnglish(outsideQuotes);
  const singular = english ? countMatches(FIRST_PERSON_SINGULAR, outsideQuotes) / words : 0;
  const plural = english ? countMatches(FIRST_PERSON_PLURAL, outsideQuotes) / words : 0;
  if (singular > 0.008) add(-4, `written by a person in the first person (“I”, ${(singular * 100).toFixed(1)}% of words)`);
  // Not against a document that says it is a release: an NGO's release speaks as "we" (`PRESS RELEASE: …`).
  if (plural > 0.03 && !declared) add(-2, `written as “we” (${(plural * 100).toFixed(1)}% of words)`);
  if (document.blocks.filter((b) => b.kind === 'code').length >= 2) add(-3, 'code blocks, as documentation has');

  // A lead that reports what happened and when, in the third person (`The Board has accepted …
  // on Monday`, `Today, he was charged …`), as releases and news stories open; notes, READMEs and
  // blog posts seldom do. A weak cue of form: where the document says it is something else
  // (an advisory, a statement), it adds nothing.
  if (
    leadOpening &&
    !release.dateline &&
    !/^[“"‘]/.test(leadOpening.trim()) &&
    REPORTED_WHEN.test(leadOpening) &&
    !FIRST_PERSON_LEAD.test(leadOpening) &&
    evidence.every((e) => e.weight > 0)
  ) {
    add(1, 'the lead reports what happened and when');
  }

  const score = evidence.reduce((sum, e) => sum + e.weight, 0);
  return {
    isPressRelease: score >= THRESHOLD,
    surePressRelease: score >= SURE_THRESHOLD || (score >= THRESHOLD && declared),
    possiblePressRelease: score < THRESHOLD && score >= POSSIBLE_THRESHOLD,
    evidence,
  };
}
