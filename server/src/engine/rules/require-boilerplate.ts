import { requirePart } from './require-part';
import { closingStart, insertBlock, lineStartOf } from './skeletons';

export default requirePart({
  id: 'require-boilerplate',
  description: 'A release needs a boilerplate: an "About <Organization>" paragraph.',
  isPresent: (release) => release.boilerplate.length > 0,
  missing({ release, text, eol }) {
    const at = lineStartOf(text, closingStart(release, { contacts: true, endMark: true }));
    return {
      at,
      message: 'The release has no boilerplate ("About <Organization>").',
      fix: insertBlock(text, at, ['## About [Organization]', '', '[Organization] is [what it does, where, and since when]. [Website]'], eol),
    };
  },
});
