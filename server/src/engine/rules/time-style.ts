import { proseBlocks, styleSpan } from '../prose';
import { apTime, findTimes } from '../times';
import { defineRule } from './types';

/** Most paragraphs name no time: they are passed over before any time is looked for. */
const TIME_CUE = /\d[ \u00a0]?[AaPp]\.?[Mm]|noon|midnight/i;

export default defineRule({
  id: 'time-style',
  description: 'Times are written as AP writes them: `10 a.m.`, `3:30 p.m.`, `noon`, `midnight` (not `10:00 AM`, `10am`, `12 noon`).',
  defaultSeverity: 'off',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, report }) {
    for (const block of proseBlocks(release)) {
      if (!TIME_CUE.test(block.flat)) continue;
      for (const time of findTimes(block.flat)) {
        // `noon` and `midnight` alone are AP style already.
        if (time.named && !time.twelveBefore) continue;
        const wanted = apTime(time);
        // A no-break space keeps `7 p.m.` on one line: AP style all the same.
        if (wanted === time.raw.replace(/\u00a0/g, ' ')) continue;
        const span = styleSpan(release, block, time.index, time.index + time.length);
        if (!span) continue;
        report({
          ...span,
          message: `AP style writes the time “${wanted}”, not “${time.raw}”.`,
          fix: { range: [span.start, span.end], text: wanted },
        });
      }
    }
  },
});
