import { defineRule } from './types';

export default defineRule({
  id: 'embargo-date',
  description: 'An embargo gives a readable date, time and time zone, and lifts no later than the dateline date.',
  defaultSeverity: 'warn',
  fixable: false,
  scope: 'release',
  defaultOptions: { requireTime: true },
  options: { requireTime: { type: 'boolean', description: 'Also require a time and a time zone (ET recommended).' } },
  check({ release, options, report }) {
    const line = release.releaseLine;
    if (!line || line.kind !== 'embargo') return;
    if (!line.embargoDate) {
      report({ start: line.start, end: line.end, message: 'The embargo gives no date that can be read.' });
      return;
    }
    if (!line.embargoDate.iso) {
      report({ start: line.start, end: line.end, message: `The embargo date “${line.embargoDate.raw}” does not exist.` });
      return;
    }
    if (options.requireTime && (!line.hasTime || !line.timeZone)) {
      const missing = line.hasTime ? 'no time zone' : line.timeZone ? 'no time' : 'no time and no time zone';
      report({ start: line.start, end: line.end, message: `The embargo gives ${missing} (e.g. “10 a.m. ET”).` });
    }
    const datelineDate = release.dateline?.date;
    if (datelineDate?.iso && line.embargoDate.iso > datelineDate.iso) {
      report({
        start: line.start,
        end: line.end,
        message: `The embargo lifts on ${line.embargoDate.iso}, after the dateline's date ${datelineDate.iso}.`,
        related: [{ start: datelineDate.index, end: datelineDate.index + datelineDate.length, message: 'The dateline’s date.' }],
      });
    }
  },
});
