import { requirePart } from './require-part';
import { closingStart, insertBlock, lineStartOf } from './skeletons';

export default requirePart({
  part: 'boilerplate',
  description: 'A release needs a boilerplate: an `About <Organization>` paragraph.',
  missing({ release, text, eol }, skeleton) {
    const at = lineStartOf(text, closingStart(release, { contacts: true, endMark: true }));
    return { at, message: 'The release has no boilerplate ("About <Organization>").', fix: insertBlock(text, at, skeleton, eol) };
  },
});
