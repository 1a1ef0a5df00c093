import { closingStart, insertBlock, lineStartOf } from './skeletons';
import { defineRule } from './types';

export default defineRule({
  id: 'require-boilerplate',
  description: 'A release needs a boilerplate: an "About <Organization>" paragraph.',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, report }) {
    if (release.boilerplate.length > 0) return;
    const at = lineStartOf(text, closingStart(release, { contacts: true, endMark: true }));
    report({
      start: at,
      end: at,
      message: 'The release has no boilerplate ("About <Organization>").',
      fix: insertBlock(text, at, ['## About [Organization]', '', '[Organization] is [what it does, where, and since when]. [Website]'], eol),
    });
  },
});
