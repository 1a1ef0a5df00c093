import { requirePart } from './require-part';
import { blockEndAt, contentStart, insertBlock } from './skeletons';

export const QUOTE_SKELETON = '“[What the spokesperson said, in one or two sentences],” said [Full Name], [Title] at [Organization].';

export default requirePart({
  id: 'require-quote',
  description: 'A release needs at least one direct quotation from a named person.',
  isPresent: (release) => release.quotes.length > 0,
  missing({ release, text, eol }) {
    // The first quote conventionally follows the lead.
    // After the lead, or the body's headline; with neither, where the release's own text begins
    // (never inside front matter, or above a heading that embeds the release).
    const anchor = release.lead ?? (release.headline?.source === 'frontmatter' ? null : release.headline);
    const at = anchor ? blockEndAt(release, anchor.start) : contentStart(release);
    return { at, message: 'The release has no direct quotation from a named person.', fix: insertBlock(text, at, [QUOTE_SKELETON], eol) };
  },
});
