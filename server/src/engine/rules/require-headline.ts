import { requirePart } from './require-part';
import { contentStart, insertBlock } from './skeletons';

export default requirePart({
  part: 'headline',
  description: 'A release needs a headline: a `#` heading or a plain first line.',
  missing({ release, eol }, skeleton) {
    const at = contentStart(release);
    return { at, message: 'The release has no headline.', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
