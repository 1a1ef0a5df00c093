import { partNamed } from '../parts';
import { contentStart, insertBlock } from './skeletons';
import { defineRule } from './types';

export default defineRule({
  id: 'release-line',
  description: 'A release line (`FOR IMMEDIATE RELEASE` / `EMBARGOED UNTIL …`) stands above the headline, in capitals.',
  defaultSeverity: 'warn',
  fixable: true,
  scope: 'release',
  defaultOptions: { require: false },
  options: { require: { type: 'boolean', description: 'Also report a release that has no release line.' } },
  check({ release, text, eol, options, report }) {
    const line = release.releaseLine;
    if (!line) {
      if (options.require) {
        // Above the headline, once the headline is there: a missing headline goes in first.
        const at = release.headline && release.headline.source !== 'frontmatter' ? release.headline.start : contentStart(release);
        const skeleton = partNamed('releaseLine').skeleton!({ dateline: '', endMark: '', organization: null });
        report({
          start: at,
          end: at,
          message: 'The release has no release line (FOR IMMEDIATE RELEASE or an embargo).',
          fix: insertBlock(release.document, at, skeleton, eol),
          fixTitle: 'Insert FOR IMMEDIATE RELEASE',
        });
      }
      return;
    }
    const source = text.slice(line.start, line.end);
    const label = /^[\s*_>#]*((?:for immediate release|embargoed until|embargoed|under embargo until|hold for release until))\b/i.exec(source);
    if (label && label[1] !== label[1].toUpperCase()) {
      const start = line.start + label.index + label[0].length - label[1].length;
      report({
        start,
        end: start + label[1].length,
        message: `Write the release line in capitals: “${label[1].toUpperCase()}”.`,
        fix: { range: [start, start + label[1].length], text: label[1].toUpperCase() },
      });
    }
    if (release.headline && release.headline.source !== 'frontmatter' && line.start > release.headline.start) {
      report({ start: line.start, end: line.end, message: 'The release line belongs above the headline.' });
    }
  },
});
