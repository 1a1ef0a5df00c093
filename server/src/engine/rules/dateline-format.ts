import { AP_MONTHS, findDate, findNumericDate, formatDate, type ParsedDate, weekday, WEEKDAYS } from '../dates';
import { placeInStyle } from '../house-style';
import { defineRule } from './types';

/** A place whose title case has capitals only a writer knows: Mc/Mac names and names with an apostrophe. */
const UNSURE_CAPITALS = /(?:^|[\s,-])(?:MC|MAC)\p{Lu}|['’]/u;

/** Whether the text above the dateline dates the release: a date line, or the release line's date. */
function datedAbove(above: string, releaseLineDate: ParsedDate | null): boolean {
  return releaseLineDate !== null || findDate(above) !== null || findNumericDate(above) !== null;
}

export default defineRule({
  id: 'dateline-format',
  description: 'The dateline has a real date, one separator, and follows the configured `datelineStyle` (AP or international).',
  defaultSeverity: 'warn',
  fixable: true,
  hasSuggestions: true,
  scope: 'release',
  defaultOptions: {},
  options: {},
  check({ release, text, datelineStyle: style, report }) {
    const dateline = release.dateline;
    if (!dateline || dateline.placeholder) return;
    const date = dateline.date;

    if (date) {
      const span = { start: date.index, end: date.index + date.length };
      if (!date.iso) {
        report({ ...span, message: `“${date.raw}” is not a date: ${date.monthText} has no day ${date.day}.` });
      } else {
        const problems: string[] = [];
        if (date.garbled) problems.push('a comma stands between month and day');
        if (date.order === 'mdy' && /^\p{L}+\.?\d/u.test(date.raw)) problems.push('the day is run into the month');
        // Readers abroad read `9/2/2014` as 9 February: a dateline writes its month as a word.
        if (date.monthStyle === 'numeric') problems.push('the month is written in figures, which readers abroad read differently');
        if (style === 'ap') {
          if (date.order === 'dmy') problems.push('AP puts the month first');
          // March to July are written in full, which is AP style too: compare with the AP spelling.
          const apMonth = AP_MONTHS[date.month - 1];
          if (date.monthText.toLowerCase() !== apMonth.toLowerCase()) problems.push(`AP writes the month “${apMonth}”`);
          if (date.ordinal || date.zeroPadded) problems.push('AP writes the day as a plain figure');
          if (date.order === 'mdy' && !date.commaBeforeYear) problems.push('AP puts a comma before the year');
        } else if (style === 'international') {
          if (date.order === 'mdy') problems.push('international style puts the day first');
          if (date.monthStyle !== 'full') problems.push('international style writes the month in full');
          if (date.ordinal || date.zeroPadded) problems.push('the day is a plain figure');
        }
        if (problems.length > 0) {
          const rewritten =
            style === 'any' && date.monthStyle === 'numeric'
              ? formatDate(date, date.order === 'mdy' ? 'us' : 'international')
              : style === 'any'
                ? `${date.monthText} ${Number(date.dayText)}, ${date.year}`
                : formatDate(date, style === 'ap' ? 'ap' : 'international');
          const edit = { range: [span.start, span.end] as [number, number], text: rewritten };
          report({
            ...span,
            message: `Dateline date “${date.raw}”: ${problems.join('; ')}. Write “${rewritten}”.`,
            // A date in figures is read day or month first by a guess the writer must confirm
            // (`9/2/2014`): offered as a quick fix, never applied by fix-all.
            ...(date.monthStyle === 'numeric' ? { suggestions: [{ title: `Write “${rewritten}”`, fix: edit }] } : { fix: edit }),
          });
        }
        // `(NewMediaWire) - October 16, 2024 - HOUSTON —`, `February 17, 2025, Mississauga, ON --`:
        // a house style writes the place first.
        if (style !== 'any' && dateline.city !== '' && date.index < dateline.citySpan.start) {
          report({
            ...span,
            message: `The dateline writes its date before the place; ${style === 'ap' ? 'AP' : 'international'} style writes the place first (“${dateline.city}, …”).`,
          });
        }
        const weekdayWritten = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i').exec(text.slice(dateline.start, date.index));
        if (weekdayWritten && weekdayWritten[1].toLowerCase() !== weekday(date.iso).toLowerCase()) {
          report({ ...span, message: `${date.iso} is a ${weekday(date.iso)}, not a ${weekdayWritten[1]}.` });
        }
      }
    }

    // A place and a dash with no date is a dateline that lost its date: its form is at fault.
    // A wire credit stands for the date in the wire's own style (`VIENNA, Va.--(BUSINESS WIRE)--`).
    // A date and a dash with no place (`October 19, 2021 –`) lost its place.
    const placeless = dateline.city === '';
    // A wire's credit stands for the date where the wire prints the date above the release
    // (`June 17, 2025 09:00 AM Eastern Daylight Time` / `CITY--(BUSINESS WIRE)--`); with no date
    // above it either, nothing tells the reader when the release was issued.
    const undatedWire = !date && dateline.wire !== null && !placeless && !datedAbove(text.slice(0, dateline.start), release.releaseLine?.embargoDate ?? null);
    if (undatedWire) {
      report({
        start: dateline.start,
        end: dateline.end,
        message: `The dateline “${dateline.text.trim()}” has no date, and none stands above it: write the date after the place.`,
      });
    } else if (!date && !dateline.wire) {
      const problem = placeless
        ? 'has no place and no full date: write the city, then the day, month and year'
        : dateline.yearless
          ? 'gives its date without the year: write the year too'
          : 'has no date: write it after the place';
      report({ start: dateline.start, end: dateline.end, message: `The dateline “${dateline.text.trim()}” ${problem}.` });
    } else if (placeless) {
      report({ start: dateline.start, end: dateline.end, message: `The dateline “${dateline.text.trim()}” has no place: write the city before the date.` });
    }

    // The place's case is this rule's; its state is state-abbreviation's.
    const place = dateline.city;
    if (!placeless && style === 'ap') {
      const city = place.split(',')[0].trimEnd();
      const wanted = placeInStyle(city, 'ap');
      if (wanted !== city) {
        const verbatim = text.slice(dateline.citySpan.start, dateline.citySpan.start + city.length) === city;
        const range: [number, number] = [dateline.citySpan.start, dateline.citySpan.start + city.length];
        report({
          ...(verbatim ? { start: range[0], end: range[1] } : dateline.citySpan),
          message: `Dateline place “${place}”: AP style writes the city in capitals, “${wanted}”.`,
          ...(verbatim ? { fix: { range, text: wanted } } : {}),
        });
      }
    } else if (!placeless && style === 'international' && place === place.toUpperCase() && /\p{Lu}{2}/u.test(place)) {
      const wanted = placeInStyle(place, 'international');
      const edit = { range: [dateline.citySpan.start, dateline.citySpan.end] as [number, number], text: wanted };
      report({
        ...dateline.citySpan,
        message: `Dateline place “${place}”: international style writes “${wanted}”.`,
        // Title case cannot know a name's inner capitals (`MCALLEN` is McAllen, `O’FALLON` O’Fallon).
        ...(UNSURE_CAPITALS.test(place) ? { suggestions: [{ title: `Write “${wanted}”`, fix: edit }] } : { fix: edit }),
      });
    }

    const separator = text.slice(dateline.separatorSpan.start, dateline.separatorSpan.end);
    // `--` alone is one separator (the PR Newswire form), not `-` doubled.
    if (separator !== '--' && /^(--|—|–|-)[ \t]*(--|—|–|-)$/.test(separator)) {
      const single = separator[0] === '-' && separator[1] === '-' ? '--' : separator[0];
      report({
        ...dateline.separatorSpan,
        message: `The dateline has a doubled separator “${separator}”.`,
        fix: { range: [dateline.separatorSpan.start, dateline.separatorSpan.end], text: single },
      });
    } else if (!dateline.separator && date && text.slice(dateline.end, dateline.end + 2).trim() !== '') {
      report({
        start: dateline.start,
        end: dateline.end,
        message: 'No dash separates the dateline from the lead.',
        fix: { range: [dateline.end, dateline.end], text: ' –' },
      });
    }
  },
});
