import { requirePart } from './require-part';
import { insertBlock } from './skeletons';

export default requirePart({
  id: 'require-media-contact',
  description: 'A release needs a media contact: a named person with an email or phone.',
  isPresent: (release) => release.contactSection !== null || release.mediaContacts.length > 0,
  missing({ text, eol }) {
    const at = text.length;
    return {
      at,
      message: 'The release has no media contact.',
      fix: insertBlock(text, at, ['## Media contact', '', '[Full Name], [Title]  ', '[Email]  ', '[Phone]'], eol),
    };
  },
});
