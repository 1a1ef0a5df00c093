import { requirePart } from './require-part';
import { insertBlock } from './skeletons';
import type { DatelineStyle } from './types';

/** The skeleton dateline for a style; the dateline recogniser reads it back as a placeholder. */
export function datelineSkeleton(style: DatelineStyle): string {
  switch (style) {
    case 'ap':
      return '[CITY, State abbreviation], [Mon. D, YYYY] – ';
    case 'international':
      return '[City], [D Month YYYY] – ';
    default:
      return '[City], [Date] – ';
  }
}

export default requirePart({
  id: 'require-dateline',
  description: 'The lead must open with a dateline: city and date (`Oslo, 23 May 2018 –`).',
  isPresent: (release) => release.dateline !== null,
  missing({ release, text, eol, datelineStyle }) {
    const skeleton = datelineSkeleton(datelineStyle);
    if (release.lead) {
      const at = release.lead.start;
      return { at, message: 'The lead does not open with a dateline (city and date).', fix: { range: [at, at], text: skeleton } };
    }
    const at = release.headline && release.headline.source !== 'frontmatter' ? release.headline.end : text.length;
    return { at, message: 'The release has no lead paragraph with a dateline.', fix: insertBlock(text, at, [skeleton + '[Lead paragraph]'], eol) };
  },
});
