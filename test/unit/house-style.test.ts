import assert from 'node:assert/strict';
import { fix, lint, presetConfig } from '../../server/src/engine/index';

const STYLE_RULES = ['state-abbreviation', 'weekday-date', 'date-style', 'time-style', 'time-zone', 'number-style'];

// The release of the house-style issue: every slip an AP editor corrects by hand, in one release.
const AP_RELEASE = `# Harbour Credit Union Opens in Boulder

BOULDER, CO, Oct. 2, 2026 – Harbour Credit Union opens its Boulder branch on Wednesday, Dec. 1, 2026, with 5 employees and a ribbon cutting at 12 noon.

The public tour starts October 4th. Reporters may join a call at 10:00 AM EST on July 14, 2026.

“Members asked for a branch in Boulder,” said Dana Reyes, president of Harbour Credit Union.

## Background

Harbour Credit Union has served teachers and nurses in Colorado since 1948.

### About Harbour Credit Union

Harbour Credit Union is a member-owned cooperative with 40,000 members.

### Media contact

Dana Reyes, press@harbour.example, +1 303 555 0100

###
`;

describe('house style', () => {
  it('AP: each slip of the issue gets its rule, --fix writes AP style, and a second --fix changes nothing', () => {
    const config = presetConfig('ap');
    const fired = new Set(lint(AP_RELEASE, config).findings.map((f) => f.ruleId));
    for (const rule of STYLE_RULES) assert.ok(fired.has(rule), `${rule} did not fire`);

    const fixed = fix(AP_RELEASE, config).text;
    for (const wanted of ['BOULDER, Colo., Oct. 2, 2026', 'Tuesday, Dec. 1, 2026', 'Oct. 4', '10 a.m. EDT on July 14, 2026', 'five employees', 'at noon.']) {
      assert.ok(fixed.includes(wanted), `fixed text lacks “${wanted}”:\n${fixed}`);
    }
    assert.equal(fix(fixed, config).text, fixed);
    const left = lint(fixed, config).findings.filter((f) => STYLE_RULES.includes(f.ruleId));
    assert.deepEqual(
      left.map((f) => `${f.ruleId}: ${f.message}`),
      [],
    );
  });

  it('a short release of plain sentences is read as English, so every style rule judges it', () => {
    const text =
      '# Acme Water Opens Boulder Plant\n\nBOULDER, CO, Oct. 2, 2026 – Acme Water said its new plant opens on Wednesday, Dec. 1, 2026, with 5 employees and a ribbon cutting at 12 noon.\n\nThe public tour starts October 4th. Reporters may join a call at 10:00 AM EST on July 14, 2026.\n\n“This plant serves the whole Front Range,” said Jane Doe, chief executive of Acme Water.\n\nAcme Water was founded in Denver, Colo., in 1998.\n\n### About Acme Water\n\nAcme Water supplies drinking water to 1.2 million people in Colorado.\n\n### Media contact\n\nJane Doe, press@acme.example, +1 303 555 0100\n\n###\n';
    const fired = new Set(lint(text, presetConfig('ap')).findings.map((f) => f.ruleId));
    for (const rule of STYLE_RULES) assert.ok(fired.has(rule), `${rule} did not fire`);
  });

  it('international: a right weekday passes, a wrong one is reported, and mixed date orders are reported', () => {
    const config = presetConfig('international');
    const release = (sentence: string) =>
      `# Fjordline Ferries Adds a Night Crossing\n\nOslo, 23 May 2026 – Fjordline Ferries adds a night crossing. ${sentence}\n\n“Freight customers asked for it,” said Ingrid Solberg, commercial director.\n`;
    const rules = (text: string) => lint(text, config).findings.map((f) => f.ruleId);
    assert.ok(!rules(release('The first sails on Tuesday 1 December 2026.')).includes('weekday-date'));
    assert.ok(rules(release('The first sails on Wednesday 1 December 2026.')).includes('weekday-date'));
    const mixed = rules(release('Bookings opened on 23 May 2018 and close on May 23, 2018.'));
    assert.ok(mixed.includes('date-style'), mixed.join(', '));
  });

  it('recommended: one order of dates throughout, whatever the style', () => {
    const text =
      '# Fjordline Ferries Adds a Night Crossing\n\nOslo, 23 May 2026 – Fjordline Ferries adds a night crossing from June 4, 2026, and a day crossing from 1 July 2026.\n\n“Freight customers asked for it,” said Ingrid Solberg, commercial director.\n';
    const findings = lint(text).findings.filter((f) => f.ruleId === 'date-style');
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['June 4, 2026'],
    );
    assert.ok(fix(text).text.includes('from 4 June 2026, and a day crossing from 1 July 2026'));
  });
});
