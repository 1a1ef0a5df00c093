import { inInlineCode, sourceOffset, sourceSpan, type Block } from '../parse';
import { gluedAbout } from '../recognise/closing';
import type { ProtectedKind } from '../protected';
import { defineRule, type Report } from './types';
import { allMatches, countMatches } from '../text';

// Each pattern opens with literal text or a small character class and looks behind afterwards: a
// pattern that opens with a Unicode class (\p{Ll}) or a lookbehind is tried at every character
// and cost twenty times as much.

/** A part label glued to what follows: `Contact DetailsPayop`, `Contact Detailsmimic`, `Contacts:John`, `Key Takeaways:* First`. */
const GLUED_LABEL =
  /\bContact (?:Details|Information)(?=\p{Ll}{3})|\b(?:Contact Details|Contact Information|(?:Media|Press|Investor Relations|Media Relations) [Cc]ontacts?|Contacts?|Notes to Editors|Key Takeaways|Source)(?::(?=[\p{Lu}*])|(?=\p{Lu}\p{Ll}))/gu;
/** Two sentences glued: `Richard Lewis.With the implementation`, `Central Bank.BASSETERRE, ST KITTS`. */
const GLUED_SENTENCE = /[.!?](?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}{2}|\p{Lu}{3,}[\s,])/gu;
/** A sentence glued to the quotation after it (`said.“But`, `said“The`) or a quotation to the sentence after it (`wrong.”Mr`). */
const GLUED_OPENING_QUOTE = /“(?<=\p{L}[.!?,:;]?“)(?=\p{Lu})/gu;
const GLUED_CLOSING_QUOTE = /”(?<=\p{Ll}[.!?,]”)(?=\p{Lu}\p{Ll})/gu;
/** A typed quotation mark between two sentences could open the second or close the first: glue either way, with no sure place for the space. */
const GLUED_TYPED_QUOTE = /"(?<=\p{Ll}[.!?]")(?=\p{Lu}\p{Ll})/gu;
/** Two words joined by a comma with no space: `Denmark,and`, `Weirich,Stephan`. Figures (`1,000`) are not words. */
const GLUED_COMMA = /,(?<=\p{L}{2},)(?=\p{L}{2})/gu;
/**
 * A small word glued to the capitalised word after it, where a line break was lost: `take theWSF
 * Conference`, `byBurton’s`. A domain is a name (`theKompany.com`).
 */
const SMALL_WORD = '(?:the|of|by|and|with|from)';
const GLUED_SMALL_WORD = new RegExp(`${SMALL_WORD}(?<=(?<![\\p{L}\\d'’.@/#_-])${SMALL_WORD})(?=\\p{Lu}[\\p{L}’'])(?![\\p{L}\\d-]*\\.\\p{Ll}{2})`, 'gu');
const OPENING_WORD = '(?:The|This|These|Our|For|About|Contact|Media|Press|Source|Notes)';
/** A sentence's opening word glued to the word before: `#HainanFreeTradePortThe issuer`. The glue is where it starts. */
const GLUED_WORD = new RegExp(`${OPENING_WORD}(?<=\\p{Ll}${OPENING_WORD})(?=\\s)`, 'gu');
/** Contact fields glued: a phone's last digit on an email, an email's end on a capital, a field's label on the text before it (`CEOEmail:`). */
const GLUED_FIELDS = /\d(?=[a-z][a-z0-9._-]{0,40}@)|@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,6}(?=\p{Lu})/gu;
const FIELD_LABEL = '(?:E-?[Mm]ail|Phone|Tel|Mobile|Fax|Cell)';
const GLUED_FIELD_LABEL = new RegExp(`${FIELD_LABEL}(?<=[\\p{L}\\d]{2}${FIELD_LABEL})(?=[ \\t]?:)`, 'gu');
/** A web address glued to the word before it: `nuthttps://…`, `Learn more atwww.example.com`; nothing in prose runs into an address. */
const GLUED_ADDRESS = /(?:https?:\/\/|www\.)(?<=\p{L}(?:https?:\/\/|www\.))/gu;
/** Inside a contact, a job title glued to the name before it: `Sophia MitchellInformation Officer`, `Dave BurwellDirector`. */
const TITLE_WORD =
  '(?:Director|Manager|Officer|President|Head|Chief|Coordinator|Specialist|Spokesperson|Executive|Vice|Senior|Communications|Information|Public|Press|Media|Marketing|Investor)';
const GLUED_TITLE = new RegExp(`${TITLE_WORD}(?<=\\p{Ll}{2}${TITLE_WORD})(?![\\p{L}])`, 'gu');

const HEADING =
  '(?:About the (?:author|company|organi[sz]ation|firm)|For (?:media|press) (?:inquiries|enquiries)|Media contacts?|Press contacts?|Contact information|Notes to editors)';
/** A heading that lost its line break: `About the author Maribel …`, `For media inquiries For questions …`. */
const GLUED_HEADING = new RegExp(`${HEADING}(?<=(?:^|[.!?”"][ \\t\\u00a0]{1,4}|[ \\t\\u00a0]{2,})${HEADING})(?=[ \\t]\\p{Lu})`, 'gu');
/** A number glued to the next word: `Ridgeland, Mississippi 39157United States`. */
const GLUED_NUMBER = /\d{3,}(?=\p{Lu}\p{Ll}{2,})/gu;

const ADDRESSES: readonly ProtectedKind[] = ['url', 'email', 'domain'];
const ADDRESSES_AND_NAMES: readonly ProtectedKind[] = [...ADDRESSES, 'name'];

interface Glue {
  pattern: RegExp;
  message: string;
  /** Where in its match the two glued pieces meet. */
  at: 'start' | 'end';
  /** The protected text it says nothing inside. */
  silentIn: readonly ProtectedKind[];
  /** A space where the pieces meet is sure to mend it (the fix). */
  space?: true;
  /** Only inside a contact: a name run into a title is glue there, a brand's inner capital elsewhere. */
  inContacts?: true;
}

/**
 * A shape alone (`x.Y`, `500News`) is found in addresses and names too (`Theo.Crutcher@…`,
 * `www.ExampleWire.com`, `500NewsWire`); a label, a phone's digits run into an email, or a
 * sentence's opening word (`#LisbonTechWeekThe event`) is glue wherever it stands.
 */
const GLUES: readonly Glue[] = [
  { pattern: GLUED_LABEL, message: 'A label is glued to the text that follows it.', at: 'end', silentIn: [] },
  { pattern: GLUED_SENTENCE, message: 'Two sentences are run together without a space.', at: 'end', silentIn: ADDRESSES_AND_NAMES, space: true },
  { pattern: GLUED_OPENING_QUOTE, message: 'A quotation is run into the text before it.', at: 'start', silentIn: ADDRESSES, space: true },
  { pattern: GLUED_CLOSING_QUOTE, message: 'A quotation is run into the text after it.', at: 'end', silentIn: ADDRESSES, space: true },
  { pattern: GLUED_TYPED_QUOTE, message: 'A quotation is run into the sentence next to it.', at: 'start', silentIn: ADDRESSES },
  { pattern: GLUED_COMMA, message: 'Two words are run together after a comma.', at: 'end', silentIn: ADDRESSES, space: true },
  { pattern: GLUED_SMALL_WORD, message: 'Two words are run together without a space.', at: 'end', silentIn: ADDRESSES },
  { pattern: GLUED_WORD, message: 'A word is glued to the start of the next sentence.', at: 'start', silentIn: ADDRESSES },
  { pattern: GLUED_FIELDS, message: 'Contact details are run together.', at: 'end', silentIn: [] },
  { pattern: GLUED_FIELD_LABEL, message: 'Contact details are run together.', at: 'start', silentIn: [] },
  { pattern: GLUED_ADDRESS, message: 'A web address is glued to the word before it.', at: 'start', silentIn: [] },
  { pattern: GLUED_TITLE, message: 'A job title is glued to the name before it.', at: 'start', silentIn: [], inContacts: true },
  { pattern: GLUED_HEADING, message: 'A heading is run into the text that follows it.', at: 'end', silentIn: ADDRESSES_AND_NAMES },
  { pattern: GLUED_NUMBER, message: 'A number is glued to the word that follows it.', at: 'end', silentIn: ADDRESSES_AND_NAMES },
];

/** Where "About X" may open a paragraph run into the one before. */
const ABOUT_AFTER_SENTENCE = /(?:[.!?”"][ \t]{1,4}|[ \t]{2,})(?=About\s)/g;

/** A single line this long holds what were several paragraphs. */
const COLLAPSED_LINE = 2000;
/** A shorter line holds several too when paragraphs stand apart in it only by runs of spaces after a sentence. */
const COLLAPSED_WITH_GAPS = 1000;
const PARAGRAPH_GAP = /[.!?”"][ \t\u00a0]{2,}(?=[\p{Lu}“"])/gu;
const GAPS_OF_A_COLLAPSED_LINE = 3;

export default defineRule({
  id: 'run-together-text',
  description: 'Text is not run together by copy-paste: a label glued to its text, glued contact fields, a whole release on one line.',
  defaultSeverity: 'warn',
  fixable: true,
  scope: 'document',
  defaultOptions: {},
  options: {},
  check({ release, eol, report, protectedAt }) {
    const { blocks, lines } = release.document;
    const reported = new Set<number>();
    const contacts = [...(release.contactSection ? [release.contactSection] : []), ...release.mediaContacts];
    const inContacts = (offset: number): boolean => contacts.some((span) => span.start <= offset && offset < span.end);
    const once = (finding: Report): void => {
      if (reported.has(finding.start)) return;
      reported.add(finding.start);
      report(finding);
    };

    for (const block of blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'heading' && block.kind !== 'tableRow') continue;
      checkAbout(block, 0);
      // Inside a collapsed line, "About X" can stand anywhere a paragraph once began.
      for (const match of allMatches(ABOUT_AFTER_SENTENCE, block.text)) checkAbout(block, match.index + match[0].length);
      for (const glue of GLUES) {
        for (const match of allMatches(glue.pattern, block.text)) {
          const at = glue.at === 'start' ? match.index : match.index + match[0].length;
          if (inInlineCode(block, Math.max(0, at - 1), at + 1)) continue;
          const source = sourceOffset(block, at);
          if (glue.inContacts && !inContacts(source)) continue;
          const inside = glue.silentIn.length > 0 ? protectedAt(source) : null;
          if (inside && glue.silentIn.includes(inside.kind)) continue;
          const span = sourceSpan(block, Math.max(0, at - 1), Math.min(block.text.length, at + 1));
          const fix = glue.space ? { range: [span.start + 1, span.start + 1] as [number, number], text: ' ' } : undefined;
          once({ ...span, message: glue.message, fix, fixTitle: 'Insert a space' });
        }
      }
    }

    function checkAbout(block: Block, offset: number): void {
      const glued = gluedAbout(block.text.slice(offset));
      if (!glued) return;
      const at = sourceSpan(block, offset + glued.label, offset + glued.label).start;
      // `About ExampleWire`: a name with inner capitals, not a heading glued to its paragraph; unless
      // the paragraph names it again at once (`About VueRealVueReal, a …`, `About BoraFounded in 2007, Bora …`).
      if (!glued.repeated && !namedAgain(glued.organization, block.text.slice(offset + glued.label, offset + glued.label + 80)) && protectedAt(at)) return;
      // The spaces between the label and its paragraph go too, so the paragraph does not open with them.
      const gap = /^[ \t]*/.exec(block.text.slice(offset + glued.label))![0].length;
      const paragraph = sourceSpan(block, offset + glued.label + gap, offset + glued.label + gap).start;
      const label = sourceSpan(block, offset, offset + glued.label);
      once({
        ...label,
        message: `The heading “${block.text.slice(offset, offset + glued.label)}” is run into its paragraph.`,
        fix: { range: [at, paragraph], text: eol + eol },
        fixTitle: 'Start a new paragraph here',
      });
    }

    /** The organisation among the first words of its paragraph, after the one the label was glued to. */
    function namedAgain(organization: string, opening: string): boolean {
      const words = opening
        .split(/[\s,]+/)
        .slice(1, 6)
        .join(' ');
      return ` ${words} `.includes(` ${organization} `);
    }

    // A long line of code, HTML or front matter (minified JSON, an inline SVG) is no collapsed release.
    const verbatim = new Set<number>();
    for (const block of blocks) {
      if (block.kind !== 'code' && block.kind !== 'html' && block.kind !== 'frontmatter') continue;
      for (let line = block.line; line <= block.endLine; line++) verbatim.add(line);
    }
    for (let line = 1; line <= lines.lineCount; line++) {
      if (verbatim.has(line)) continue;
      const start = lines.lineStart(line);
      const end = lines.lineEnd(line);
      const collapsed =
        end - start > COLLAPSED_LINE || (end - start > COLLAPSED_WITH_GAPS && countMatches(PARAGRAPH_GAP, release.document.text.slice(start, end)) >= GAPS_OF_A_COLLAPSED_LINE);
      if (collapsed) {
        once({ start, end: start, message: `Line ${line} holds ${end - start} characters: the paragraphs of the release were probably run together.` });
      }
    }

    // A title run into the lead (`… and City Council Edmonton’s 35th Mayor …`), where the recogniser found no headline.
    const title = release.traces.headline;
    if (title) once({ start: title.end, end: title.end, message: `The headline ${title.what.replace(/^the words /, '')} is run into the lead.` });
  },
});
