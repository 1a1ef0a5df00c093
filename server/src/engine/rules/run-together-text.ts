import { inInlineCode, sourceOffset, sourceSpan, type Block } from '../parse';
import { gluedAbout } from '../recognise/closing';
import type { ProtectedKind } from '../protected';
import { defineRule, type Report } from './types';
import { allMatches, countMatches } from '../text';

// Each pattern opens with literal text or a small character class and looks behind afterwards: a
// pattern that opens with a Unicode class (\p{Ll}) or a lookbehind is tried at every character
// and cost twenty times as much.

/** A part label glued to what follows: `Contact DetailsPayop`, `Contacts:John`, `Key Takeaways:* First`. */
const GLUED_LABEL =
  /\b(?:Contact Details|Contact Information|(?:Media|Press|Investor Relations|Media Relations) [Cc]ontacts?|Contacts?|Notes to Editors|Key Takeaways|Source)(?::(?=[\p{Lu}*])|(?=\p{Lu}\p{Ll}))/gu;
/** Two sentences glued: `Richard Lewis.With the implementation`. */
const GLUED_SENTENCE = /[.!?](?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}{2})/gu;
const OPENING_WORD = '(?:The|This|These|Our|For|About|Contact|Media|Press|Source|Notes)';
/** A sentence's opening word glued to the word before: `#HainanFreeTradePortThe issuer`. The glue is where it starts. */
const GLUED_WORD = new RegExp(`${OPENING_WORD}(?<=\\p{Ll}${OPENING_WORD})(?=\\s)`, 'gu');
/** Contact fields glued: a phone's last digit on an email, an email's end on a capital. */
const GLUED_FIELDS = /\d(?=[a-z][a-z0-9._-]{0,40}@)|@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,6}(?=\p{Lu})/gu;

const HEADING =
  '(?:About the (?:author|company|organi[sz]ation|firm)|For (?:media|press) (?:inquiries|enquiries)|Media contacts?|Press contacts?|Contact information|Notes to editors)';
/** A heading that lost its line break: `About the author Maribel …`, `For media inquiries For questions …`. */
const GLUED_HEADING = new RegExp(`${HEADING}(?<=(?:^|[.!?”"][ \\t\\u00a0]{1,4}|[ \\t\\u00a0]{2,})${HEADING})(?=[ \\t]\\p{Lu})`, 'gu');
/** A number glued to the next word: `Ridgeland, Mississippi 39157United States`. */
const GLUED_NUMBER = /\d{3,}(?=\p{Lu}\p{Ll}{2,})/gu;

const ADDRESSES: readonly ProtectedKind[] = ['url', 'email', 'domain'];
const ADDRESSES_AND_NAMES: readonly ProtectedKind[] = [...ADDRESSES, 'name'];

/**
 * What each pattern finds, where in its match the two glued pieces meet, and the protected text it
 * says nothing inside. A shape alone (`x.Y`, `500News`) is found in addresses and names too
 * (`Theo.Crutcher@…`, `www.ExampleWire.com`, `500NewsWire`); a label, a phone's digits run into an
 * email, or a sentence's opening word (`#LisbonTechWeekThe event`) is glue wherever it stands.
 */
const GLUES: readonly { pattern: RegExp; message: string; at: 'start' | 'end'; silentIn: readonly ProtectedKind[] }[] = [
  { pattern: GLUED_LABEL, message: 'A label is glued to the text that follows it.', at: 'end', silentIn: [] },
  { pattern: GLUED_SENTENCE, message: 'Two sentences are run together without a space.', at: 'end', silentIn: ADDRESSES_AND_NAMES },
  { pattern: GLUED_WORD, message: 'A word is glued to the start of the next sentence.', at: 'start', silentIn: ADDRESSES },
  { pattern: GLUED_FIELDS, message: 'Contact details are run together.', at: 'end', silentIn: [] },
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
      for (const { pattern, message, at: side, silentIn } of GLUES) {
        for (const match of allMatches(pattern, block.text)) {
          const at = side === 'start' ? match.index : match.index + match[0].length;
          if (inInlineCode(block, Math.max(0, at - 1), at + 1)) continue;
          const inside = silentIn.length > 0 ? protectedAt(sourceOffset(block, at)) : null;
          if (inside && silentIn.includes(inside.kind)) continue;
          const span = sourceSpan(block, Math.max(0, at - 1), Math.min(block.text.length, at + 1));
          const fix = pattern === GLUED_SENTENCE ? { range: [span.start + 1, span.start + 1] as [number, number], text: ' ' } : undefined;
          once({ ...span, message, fix, fixTitle: 'Insert a space' });
        }
      }
    }

    function checkAbout(block: Block, offset: number): void {
      const glued = gluedAbout(block.text.slice(offset));
      if (!glued) return;
      const at = sourceSpan(block, offset + glued.label, offset + glued.label).start;
      // `About ExampleWire`: a name with inner capitals, not a heading glued to its paragraph.
      if (protectedAt(at)) return;
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
