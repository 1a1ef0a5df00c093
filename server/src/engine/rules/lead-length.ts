import { overlapsQuotation, proseBlocks, sentences, wordCount } from '../prose';
import { sourceOffset, sourceSpan } from '../parse';
import { countMatches } from '../text';
import { defineRule } from './types';

/** A sentence ends with its stop (and a closing quotation mark or bracket): a line without one is a list or an address. */
/** A bullet inside a paragraph, where copy-paste ran a list together. */
const INLINE_BULLET = /[•▪●◦]/;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}/gu;
const ENDS_AS_SENTENCE = /[.!?]["'”’)\]]*\s*$/;

export default defineRule({
  id: 'lead-length',
  description: 'The lead (the first paragraph after the dateline) and every sentence stay short enough to read at a glance.',
  defaultSeverity: 'off',
  fixable: false,
  scope: 'release',
  defaultOptions: { maxLeadWords: 40, maxSentenceWords: 40 },
  options: {
    maxLeadWords: { type: 'number', minimum: 1, description: 'Most words in the lead, after its dateline.' },
    maxSentenceWords: { type: 'number', minimum: 0, description: 'Most words in a sentence of the release; 0 checks the lead only.' },
  },
  check({ release, text, options, report }) {
    const lead = release.lead;
    let longLead = false;
    if (lead) {
      const from = release.dateline && release.dateline.end <= lead.end ? release.dateline.end : lead.start;
      const words = wordCount(text.slice(from, lead.end));
      if (words > options.maxLeadWords) {
        longLead = true;
        report({ start: lead.start, end: lead.end, message: `The lead runs ${words} words: keep it to ${options.maxLeadWords} or fewer, with the news first.` });
      }
    }
    if (options.maxSentenceWords <= 0) return;
    const contacts = release.contactSection;
    for (const block of proseBlocks(release)) {
      if (block.kind !== 'paragraph') continue;
      if (contacts && block.start >= contacts.start && block.end <= contacts.end) continue;
      // A paragraph that opens with a dash is speech in the Nordic and Continental style (`– I can
      // hardly think …, says the minister`): a quotation.
      if (/^[–—-][ \u00a0]/.test(block.flat)) continue;
      for (const sentence of sentences(block.flat)) {
        const words = block.flat.slice(sentence.start, sentence.end);
        if (!ENDS_AS_SENTENCE.test(words)) continue;
        // The lead's first sentence is counted after its dateline, as the lead is (a step per
        // character of the dateline, in its one block).
        let from = sentence.start;
        const dateline = release.dateline;
        if (dateline && dateline.start >= block.start && dateline.end <= block.end) while (from < sentence.end && sourceOffset(block, from) < dateline.end) from++;
        const counted = block.flat.slice(from, sentence.end);
        // Bullets run into one paragraph (`include: • Daily Interest: … • Snappy: …`) are items, each counted alone.
        const count = Math.max(...counted.split(INLINE_BULLET).map(wordCount));
        // Mostly capitalised words are a list of names or titles (`Special thanks to our sponsors:
        // Acme Bank, Beta Foods, …`), not a sentence to split.
        if (count > options.maxSentenceWords && countMatches(CAPITALISED_WORD, counted) > count * 0.75) continue;
        if (count <= options.maxSentenceWords) continue;
        const span = sourceSpan(block, sentence.start, sentence.start + words.trimEnd().length);
        // A sentence that holds a quotation is as long as the speaker made it; a long lead is reported once.
        if (overlapsQuotation(release, span) || (longLead && lead && span.start < lead.end && lead.start < span.end)) continue;
        report({ ...span, message: `This sentence runs ${count} words: split it (at most ${options.maxSentenceWords}).` });
      }
    }
  },
});
