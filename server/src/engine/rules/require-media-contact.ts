import { requirePart } from './require-part';
import { insertBlock } from './skeletons';

export default requirePart({
  part: 'mediaContacts',
  description: 'A release needs a media contact: a named person with an email or phone.',
  missing({ text, eol }, skeleton) {
    const at = text.length;
    return { at, message: 'The release has no media contact.', fix: insertBlock(text, at, skeleton, eol) };
  },
});
