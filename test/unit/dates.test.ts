import assert from 'node:assert/strict';
import { findDate, formatDate, isoDate } from '../../server/src/engine/dates';

describe('dates', () => {
  it('reads US and international orders', () => {
    assert.equal(findDate('SAN FRANCISCO, Sept. 14, 2015 –')?.iso, '2015-09-14');
    assert.equal(findDate('Oslo, 23 May 2018 –')?.iso, '2018-05-23');
    assert.equal(findDate('Burlington, ON -- February 11th, 2025')?.iso, '2025-02-11');
    assert.equal(findDate('1st of January 2026')?.iso, '2026-01-01');
    // A day run into its month by a typo is still the date (dateline-format reports the form).
    assert.equal(findDate('Vancouver, British Columbia, February13, 2025 –')?.iso, '2025-02-13');
  });
  it('keeps the form as written', () => {
    const garbled = findDate('SAN FRANCISCO, April, 12, 2016')!;
    assert.equal(garbled.garbled, true);
    assert.equal(garbled.iso, '2016-04-12');
    const padded = findDate('PHOENIX, AZ, October 02, 2025')!;
    assert.equal(padded.zeroPadded, true);
    assert.equal(padded.monthStyle, 'full');
    assert.equal(findDate('Mar. 9, 2016')!.monthStyle, 'abbreviated');
    assert.equal(findDate('Sept. 9, 2016')!.monthStyle, 'ap');
  });
  it('rejects days a month does not have', () => {
    assert.equal(findDate('Sept. 31, 2026')!.iso, null);
    assert.equal(isoDate(2024, 2, 29), '2024-02-29');
    assert.equal(isoDate(2025, 2, 29), null);
  });
  it('writes dates in each style', () => {
    const date = { year: 2015, month: 9, day: 4 };
    assert.equal(formatDate(date, 'ap'), 'Sept. 4, 2015');
    assert.equal(formatDate(date, 'international'), '4 September 2015');
    assert.equal(formatDate({ year: 2026, month: 3, day: 3 }, 'ap'), 'March 3, 2026');
  });
});
