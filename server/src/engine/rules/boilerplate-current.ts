import type { Boilerplate } from '../release';
import { sameOrganization, textChange } from '../profile';
import { defineRule } from './types';

/**
 * Where a boilerplate's description begins: after its `About <name>` label, the colon or break
 * after it, and the emphasis marks that close the label (`**About Acme:** Acme is…`), but not those
 * that open the description (`**Acme** is…`).
 */
function descriptionStart(text: string, boilerplate: Boilerplate): number {
  let at = boilerplate.label ? boilerplate.label.end : boilerplate.start;
  for (;;) {
    const closingMarks = /^[*_]+(?=\s|$)/.exec(text.slice(at, at + 4));
    if (closingMarks) at += closingMarks[0].length;
    else if (at < boilerplate.end && /[\s:–—-]/.test(text[at])) at++;
    else return at;
  }
}

export default defineRule({
  id: 'boilerplate-current',
  description: 'The boilerplate of the team’s organization is the profile’s current text (last year’s figures are a common slip).',
  defaultSeverity: 'warn',
  fixable: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, eol, organization, report }) {
    const current = organization?.boilerplate?.trim();
    if (!organization || !current) return;
    for (const boilerplate of release.boilerplate) {
      if (!sameOrganization(boilerplate.organization, organization.name)) continue;
      const start = descriptionStart(text, boilerplate);
      const written = text.slice(start, boilerplate.end);
      const change = textChange(written, current);
      if (!change) continue;
      report({
        start,
        end: boilerplate.end,
        message: `The boilerplate of ${organization.name} is not the profile’s current text: ${change}.`,
        fix: { range: [start, boilerplate.end], text: current.split(/\r?\n/).join(eol) },
        fixTitle: 'Put in the profile’s boilerplate',
      });
    }
  },
});
