import { requirePart } from './require-part';
import { closingStart, insertBlock, lineStartOf } from './skeletons';

export default requirePart({
  part: 'boilerplate',
  description: 'A release needs a boilerplate: an `About <Organization>` paragraph.',
  missing({ release, eol }, skeleton) {
    const at = lineStartOf(release.document, closingStart(release, { contacts: true, endMark: true }));
    return { at, message: 'The release has no boilerplate ("About <Organization>").', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
