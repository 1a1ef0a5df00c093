import { insertBlock } from './skeletons';
import { defineRule } from './types';

export default defineRule({
  id: 'require-end-mark',
  description: 'A release ends its body with an end mark (`###`, `-30-` or `ENDS`).',
  defaultSeverity: 'off',
  fixable: true,
  scope: 'release',
  defaultOptions: { mark: '\\#\\#\\#' },
  options: { mark: { type: 'string', description: 'The end mark the fix inserts (`\\#\\#\\#` renders as ###).' } },
  check({ release, text, eol, options, report }) {
    if (release.endMark) return;
    const at = text.length;
    report({ start: at, end: at, message: 'The release has no end mark (###, -30- or ENDS).', fix: insertBlock(text, at, [options.mark], eol) });
  },
});
