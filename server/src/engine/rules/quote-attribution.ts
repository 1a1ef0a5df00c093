import { defineRule } from './types';

export default defineRule({
  id: 'quote-attribution',
  description: 'Every quotation is attributed to a named person (`said Jane Doe, CEO`).',
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, report }) {
    for (const quote of release.quotes) {
      if (quote.attributed) continue;
      const preview = quote.text.length > 40 ? `${quote.text.slice(0, 40)}…` : quote.text;
      report({ start: quote.start, end: quote.end, message: `The quotation “${preview}” is not attributed to anyone.` });
    }
  },
});
