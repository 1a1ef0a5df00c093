import type { Block } from '../parse';
import { defineRule } from './types';

/** Ends a sentence, or a label or quotation that may stand alone. */
const COMPLETE_ENDING = /[.!?:;…”"’')\]»*_`|]$/u;

function endsMidSentence(block: Block): boolean {
  const text = block.flat.trim();
  return text.split(/\s+/).length >= 6 && /[\p{L}\d,-]$/u.test(text) && !COMPLETE_ENDING.test(text);
}

export default defineRule({
  id: 'broken-paragraph',
  description: 'A sentence is not split across two paragraphs (a page break pasted into the text).',
  defaultSeverity: 'warn',
  fixable: true,
  scope: 'document',
  defaultOptions: {},
  options: {},
  check({ release, text, report }) {
    const blocks = release.document.blocks;
    for (let i = 0; i + 1 < blocks.length; i++) {
      const first = blocks[i];
      const next = blocks[i + 1];
      if (first.kind !== 'paragraph' || next.kind !== 'paragraph' || first.container !== next.container) continue;
      if (first.container === 'listItem' || first.bold || first.italic) continue;
      if (!endsMidSentence(first) || !/^\p{Ll}/u.test(next.flat.trimStart())) continue;
      // The gap between the two paragraphs is only white space, so joining keeps every word.
      const gap = text.slice(first.end, next.start);
      if (gap.trim() !== '') continue;
      report({
        start: first.end,
        end: next.start,
        message: 'This paragraph ends mid-sentence and continues in the next one.',
        fix: { range: [first.end, next.start], text: ' ' },
        fixTitle: 'Join the two paragraphs',
      });
    }
  },
});
