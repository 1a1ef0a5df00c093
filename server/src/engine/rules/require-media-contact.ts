import { insertBlock } from './skeletons';
import { defineRule } from './types';

export default defineRule({
  id: 'require-media-contact',
  description: 'A release needs a media contact: a named person with an email or phone.',
  defaultSeverity: 'error',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, report }) {
    if (release.contactSection || release.mediaContacts.length > 0) return;
    const at = text.length;
    report({
      start: at,
      end: at,
      message: 'The release has no media contact.',
      fix: insertBlock(text, at, ['## Media contact', '', '[Full Name], [Title]  ', '[Email]  ', '[Phone]'], eol),
    });
  },
});
