import { requirePart } from './require-part';
import { contentStart, insertBlock } from './skeletons';

export default requirePart({
  id: 'require-headline',
  description: 'A release needs a headline: a `#` heading or a plain first line.',
  isPresent: (release) => release.headline !== null,
  missing({ release, text, eol }) {
    const at = contentStart(release);
    return { at, message: 'The release has no headline.', fix: insertBlock(text, at, ['# [Headline]'], eol) };
  },
});
