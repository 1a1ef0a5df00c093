import { closingStart, insertBlock, lineStartOf } from './skeletons';
import { defineRule } from './types';

export default defineRule({
  id: 'require-background',
  description: 'A release needs background: a Background or Notes to editors section.',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, report }) {
    if (release.background) return;
    const at = lineStartOf(text, closingStart(release, { boilerplate: true, contacts: true, endMark: true }));
    report({
      start: at,
      end: at,
      message: 'The release has no background section (Background, Notes to editors, Key facts).',
      fix: insertBlock(text, at, ['## Background', '', '- [Background fact, figure or link]'], eol),
    });
  },
});
