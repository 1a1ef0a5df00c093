import { contentStart, insertBlock } from './skeletons';
import { defineRule } from './types';

export default defineRule({
  id: 'require-headline',
  description: 'A release needs a headline: a `#` heading or a plain first line.',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, report }) {
    if (release.headline) return;
    const at = contentStart(release);
    report({ start: at, end: at, message: 'The release has no headline.', fix: insertBlock(text, at, ['# [Headline]'], eol) });
  },
});
