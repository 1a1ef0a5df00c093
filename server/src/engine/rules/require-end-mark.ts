import { requirePart } from './require-part';
import { insertBlock } from './skeletons';

export default requirePart<{ mark: string }>({
  part: 'endMark',
  description: 'A release ends its body with an end mark (`###`, `-30-` or `ENDS`).',
  defaultSeverity: 'off',
  defaultOptions: { mark: '\\#\\#\\#' },
  options: { mark: { type: 'string', description: 'The end mark the fix inserts (`\\#\\#\\#` renders as ###).' } },
  skeletonContext: (options) => ({ endMark: options.mark }),
  missing({ release, text, eol }, skeleton) {
    const at = text.length;
    return { at, message: 'The release has no end mark (###, -30- or ENDS).', fix: insertBlock(release.document, at, skeleton, eol) };
  },
});
