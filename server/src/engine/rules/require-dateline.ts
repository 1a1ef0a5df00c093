import { insertBlock } from './skeletons';
import { defineRule, type DatelineStyle } from './types';

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

export default defineRule({
  id: 'require-dateline',
  description: 'The lead must open with a dateline: city and date (`Oslo, 23 May 2018 –`).',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, datelineStyle, report }) {
    if (release.dateline) return;
    const skeleton = datelineSkeleton(datelineStyle);
    if (release.lead) {
      const at = release.lead.start;
      report({ start: at, end: at, message: 'The lead does not open with a dateline (city and date).', fix: { range: [at, at], text: skeleton } });
      return;
    }
    const at = release.headline && release.headline.source !== 'frontmatter' ? release.headline.end : text.length;
    report({ start: at, end: at, message: 'The release has no lead paragraph with a dateline.', fix: insertBlock(text, at, [skeleton + '[Lead paragraph]'], eol) });
  },
});
