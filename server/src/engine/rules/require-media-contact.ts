import { requirePart } from './require-part';
import { closingStart, insertBlock, lineStartOf } from './skeletons';

export default requirePart({
  part: 'mediaContacts',
  description: 'A release needs a media contact: a named person with an email or phone.',
  missing({ release, eol }, skeleton) {
    // The contacts close the release, before its end mark.
    const at = lineStartOf(release.document, closingStart(release, { endMark: true }));
    return { at, message: 'The release has no media contact.', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
