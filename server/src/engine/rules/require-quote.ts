import { requirePart } from './require-part';
import { blockEndAt, contentStart, insertBlock } from './skeletons';

export default requirePart({
  part: 'quotes',
  description: 'A release needs at least one direct quotation from a named person.',
  missing({ release, eol }, skeleton) {
    // The first quote conventionally follows the lead; with no lead, the body's headline; with
    // neither, where the release's own text begins (never inside front matter, or above a heading
    // that embeds the release).
    const anchor = release.lead ?? (release.headline?.source === 'frontmatter' ? null : release.headline);
    const at = anchor ? blockEndAt(release, anchor.start) : contentStart(release);
    return { at, message: 'The release has no direct quotation from a named person.', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
