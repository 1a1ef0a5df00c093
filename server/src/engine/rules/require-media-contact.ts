import { requirePart } from './require-part';
import { insertBlock } from './skeletons';

export default requirePart({
  part: 'mediaContacts',
  description: 'A release needs a media contact: a named person with an email or phone.',
  missing({ release, text, eol }, skeleton) {
    const at = text.length;
    return { at, message: 'The release has no media contact.', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
