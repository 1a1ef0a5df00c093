import { requirePart } from './require-part';
import { closingStart, insertBlock, lineStartOf } from './skeletons';

export default requirePart({
  part: 'background',
  description: 'A release needs background: a Background or Notes to editors section.',
  missing({ release, eol }, skeleton) {
    const at = lineStartOf(release.document, closingStart(release, { boilerplate: true, contacts: true, endMark: true }));
    return { at, message: 'The release has no background section (Background, Notes to editors, Key facts).', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
