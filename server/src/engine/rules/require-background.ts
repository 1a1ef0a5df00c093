import { requirePart } from './require-part';
import { closingStart, insertBlock, lineStartOf } from './skeletons';

export default requirePart({
  id: 'require-background',
  description: 'A release needs background: a Background or Notes to editors section.',
  isPresent: (release) => release.background !== null,
  missing({ release, text, eol }) {
    const at = lineStartOf(text, closingStart(release, { boilerplate: true, contacts: true, endMark: true }));
    return {
      at,
      message: 'The release has no background section (Background, Notes to editors, Key facts).',
      fix: insertBlock(text, at, ['## Background', '', '- [Background fact, figure or link]'], eol),
    };
  },
});
