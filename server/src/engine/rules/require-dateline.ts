import { partNamed } from '../parts';
import { requirePart } from './require-part';
import { contentStart, datelineSkeleton, insertBlock } from './skeletons';

export default requirePart({
  part: 'dateline',
  description: 'The lead must open with a dateline: city and date (`Oslo, 23 May 2018 –`).',
  missing({ release, eol, datelineStyle, organization }) {
    const dateline = datelineSkeleton(datelineStyle, organization?.dateline?.city);
    if (release.lead) {
      const at = release.lead.start;
      return { at, message: 'The lead does not open with a dateline (city and date).', fix: { range: [at, at], text: dateline } };
    }
    // No lead to open: the lead goes in too, dateline first, below the headline, or where the
    // headline goes (the top), so that it is read back as the lead on the next pass.
    const at = release.headline && release.headline.source !== 'frontmatter' ? release.headline.end : contentStart(release);
    const lead = partNamed('lead').skeleton!({ dateline, endMark: '', organization });
    return { at, message: 'The release has no lead paragraph with a dateline.', fix: insertBlock(release.document, at, lead, eol) };
  },
});
