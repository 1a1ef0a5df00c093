/**
 * The labels that open a part of a release. Each pattern reads a whole label (the unit's trimmed
 * text, markup removed); none can backtrack beyond the label's own short length. English first, with
 * the German, French and Spanish labels of releases written in those languages.
 */

/** `Background`, `Background and Outline of Research`, `Study details, background and design`, `Notes to editors`, `Key facts` … as a label of its own. */
export const BACKGROUND_LABEL =
  /^(?:(?:further |additional |technical |historical |(?:\p{L}+ ){0,2}\p{L}+, )?background(?: information(?: (?:about|on) [^\n:]{1,60})?| notes?| and [^\n:]{1,60}|[ \t]*[–—][ \t]*[^\n]{1,60})?|biographical (?:notes?|details|information)(?:[ \t]*:[ \t]*[^\n:]{1,60})?|notes? (?:to|for) (?:the )?editors?|notes|(?:media|press) notes?|for (?:\p{L}+ )?editors|editor[’']?s[’']? notes?|(?:[^\n–—:]{1,40}[ \t]+[–—][ \t]+)?key facts|key takeaways|fast facts|quick facts|the facts|(?:\p{Lu}+ )?facts|fact ?sheet[ \t]*:[ \t]*[^\n]{1,60}|biography|at a glance|(?:[\p{L}\d.&'’-]+[ \t]+){0,3}(?:fact|faq)[ \t]?sheet|faqs?|frequently asked questions|facts and figures|annex(?:es)?(?:[ \t]+[A-Z\d]{1,3})?(?:[ \t]*[–—:-][ \t]*[^\n]{1,80})?|additional (?:resources|information|context)(?: (?:about|on) [^:\n]{1,60})?|(?:useful |related )?links|(?:event |supporting |additional )?resources|about the (?:[\p{L}-]+ ){0,2}(?:survey|research|study|studies|data|findings|trial)|(?:survey |research |study )?methodology|further (?:reading|information)|related (?:links|resources)|hintergrund(?:informationen)?|contexte|antecedentes)\s*[:.]?$/iu;

export const CONTACT_LABEL =
  /^(?:(?:[A-Z][\w&.'’-]*[ \t]+){0,4}?(?:media|press|pr|news(?:room)?)(?: and (?:investor|analyst)s?)?[ -](?:contacts?|enquiries|inquiries|relations|office|desk|team|info(?:rmation)?)(?:[ \t]+contacts?)?|contacts?(?: details| information| info)?|further (?:inquiries|enquiries)|for (?:more|further|additional) (?:information|comment|details)(?: or to (?:request|arrange|schedule|book) an? interviews?)?(?:,? please)?(?:,? contact(?: us)?)?|for (?:media )?comment(?:,? please)?(?: contact)?|for (?:media|press) (?:inquiries|enquiries|information)(?:,? please)?(?: contact)?|press office|(?:media|press) contacts? details|further information|pressekontakt|medienkontakt|kontakt|für weitere(?:gehende)? informationen[^:\n]{0,40}|contacts? (?:presse|médias?)|contacto de prensa|för (?:mer|ytterligare) information(?:,? kontakta)?|pour (?:plus d['’]informations|tout renseignement)|para más información|lisätietoja)(?:[ \t]{0,3}[–—-][ \t]{0,3}not for publication)?\s*[:.]?$/i;

/** A release line: `FOR IMMEDIATE RELEASE`, `—FOR IMMEDIATE RELEASE—`, `For immediate use`, `Embargoed until …`, `Press release – for immediate release`. */
export const RELEASE_LINE =
  /^[\s*_>#–—-]*(?:(?:press|news|media) release[ \t]{0,40}[:–—-]?[ \t]{0,40})?(?:for immediate (?:release|use|publication)|immediate release|for release (?:on|at|after|until)\b|(?:strictly )?embargo(?:ed)?\b|under embargo\b|hold for release\b|not for (?:publication|release|broadcast)\b)/i;

/**
 * A release line that closes a short line of the letterhead, after a date, a phone number, a
 * separator or an opening bracket (`Thursday 14 August 2014 – for immediate release`,
 * `(for immediate release)`, `CONTACT: Maurice Foster @ 202-842-3900 FOR IMMEDIATE RELEASE`); not
 * a headline's `… Call for Immediate Release of Lawyers`.
 */
export const RELEASE_LINE_CLOSING = /(?:^|[\d(]|[,–—-])[ \t]*(for immediate (?:release|use|publication))[ \t]*[).]?[ \t]*$/i;

/** Contact labels that are not for the media: their entries are not media contacts. */
export const NON_MEDIA_CONTACT_LABEL = /^(?:investors?|investor relations|ir|analysts?|sales|sponsorship|customer)(?: relations)?(?: contacts?| enquiries| inquiries)?\s*:?$/i;

/**
 * A standalone "About X" label: X is a name, so it starts with a capital, or with figures run into
 * letters (`About 3M`, `About 7-Eleven`); `About 40 people` is not one.
 */
export const ABOUT_LABEL = /^(?:About|ABOUT|Über|ÜBER|À propos de|A propos de|Acerca de|Sobre)[ \t]+(?!Us\b|US\b)((?:the[ \t]+\p{L}|[\p{Lu}[]|\d+-?\p{L}).{0,90})$/u;

// A row of dots (`. . . . .`) ends releases of Singapore's ministries; whitespace is compacted first.
// Also: `###` to `####` (escaped or spaced), `-30-` and `--30--`, `- ENDS -`, `//ENDS//`, `－END－`,
// `[End 23rd June 2013]`, `End of Release`, `End Press Release`, `Ende der Mitteilung`, Irish `CRÍOCH`, French and Spanish `FIN`.
export const END_MARK =
  /^(?:(?:[-–—]\s?)?(?:\\?#\s?){3,4}(?:[-–—])?|[-–—]{1,2}\s?30\s?[-–—]{1,2}|(?:\.{2,3}|…)?(?:\\?[-–—－/#*]\s?){0,2}\s?(?:ENDS?|Ends|end)(?:\s?here)?\s?(?:[-–—－/#*]\s?){0,2}[.…]?|(?:ENDS?|Ends)\/[^\n/]{4,60}|\[end(?:[ \t][^\]\n]{1,30})?\]|\*{3}\s?end\s?\*{3}|\.(?: \.){2,6}|end (?:of )?(?:the )?(?:press |news |media )?release|ende der (?:mitteilung|pressemitteilung)|críoch|fin|<?message ends>?)$/i;

/** Labels that name the document rather than a part: skipped when looking for the headline. */
export const DOCUMENT_LABEL =
  /^(?:(?:press|news|media|photo) release|(?:for )?immediate release|press statement|press[- ]+note|media (?:advisory|alert)|public service announcement|press kit|news|update|(?:(?:asx|stock exchange|company) )*announcement|attention[ \t]*:?[ \t]*(?:news|picture|photo) ?desks?)s?\s*[:.]?$/i;

/** An at sign or a run of seven digits: without one, a text holds no email or phone (a cheap test first). */
export const MAY_REACH = /@|\d(?:[ ().\-/\u00a0]{0,2}\d){6}/;

/** A unit's text without the emphasis marks left open where the markup was broken (`**About Acme` / `** Acme is …`). */
export function withoutOpenEmphasis(text: string): string {
  return text.trim().replace(/^[*_]+(?=\p{L})/u, '');
}

export function matchesLabel(pattern: RegExp, text: string): boolean {
  // Emphasis marks left over where the markup was broken (`***Notes to Editors**`, `**Background
  // notes:⏎**`) are not the label's.
  const raw = text.trim();
  if (raw.length > 110) return false;
  const trimmed = withoutOpenEmphasis(raw).replace(/(?<=[\p{L}:.])\s*[*_]+$/u, '');
  return trimmed.length <= 100 && pattern.test(trimmed);
}

/** True when a label names a part of the closing matter (About, Background, contacts, an end mark). */
export function namesClosingPart(text: string): boolean {
  return [ABOUT_LABEL, BACKGROUND_LABEL, CONTACT_LABEL, NON_MEDIA_CONTACT_LABEL, END_MARK].some((p) => matchesLabel(p, text));
}
