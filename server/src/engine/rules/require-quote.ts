import { blockEndAt, insertBlock } from './skeletons';
import { defineRule } from './types';

export const QUOTE_SKELETON = '“[What the spokesperson said, in one or two sentences],” said [Full Name], [Title] at [Organization].';

export default defineRule({
  id: 'require-quote',
  description: 'A release needs at least one direct quotation from a named person.',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, report }) {
    if (release.quotes.length > 0) return;
    // The first quote conventionally follows the lead.
    const anchor = release.lead ?? release.headline;
    const at = anchor ? blockEndAt(release, anchor.start) : text.length;
    report({ start: at, end: at, message: 'The release has no direct quotation from a named person.', fix: insertBlock(text, at, [QUOTE_SKELETON], eol) });
  },
});
