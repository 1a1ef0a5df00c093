import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, presetConfig } from '../../server/src/engine/index';
import { expandSnippet } from './snippet-expander';

const ROOT = path.resolve(__dirname, '..', '..');
const SNIPPETS = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'press-release.json'), 'utf8')) as Record<
  string,
  { prefix: string[]; body: string | string[]; description: string }
>;
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Dates whose forms differ: a one-digit day, AP's Sept., a month AP never abbreviates. */
const DATES = [new Date(2025, 8, 4), new Date(2026, 2, 13), new Date(2026, 11, 25)];

describe('snippets', () => {
  it('are contributed for Markdown, each with prefixes and a description', () => {
    assert.deepEqual(PACKAGE.contributes.snippets, [{ language: 'markdown', path: './snippets/press-release.json' }]);
    for (const [name, snippet] of Object.entries(SNIPPETS)) {
      assert.ok(snippet.prefix.length > 0 && snippet.description, name);
      for (const date of DATES) expandSnippet(snippet.body, date);
    }
  });

  for (const date of DATES) {
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

    it(`the release skeleton is a release with every part, dated ${iso}`, () => {
      const text = expandSnippet(SNIPPETS['Press release'].body, date);
      const { release, findings } = lint(text, presetConfig());
      assert.equal(release.isPressRelease, true);
      assert.equal(release.dateline?.date?.iso, iso, text.split('\n')[4]);
      for (const part of ['releaseLine', 'headline', 'dateline', 'lead', 'background', 'endMark'] as const) assert.ok(release[part], part);
      assert.equal(release.quotes.length, 1);
      assert.equal(release.quotes[0].attributed, true);
      assert.equal(release.boilerplate.length, 1);
      assert.ok(release.mediaContacts[0]?.email, 'the contact has an email');
      assert.deepEqual(
        findings.filter((f) => f.ruleId.startsWith('require-')).map((f) => f.ruleId),
        [],
      );
    });

    it(`the datelines follow their presets' style (${iso})`, () => {
      const lead = ' Acme Energy today opened a solar plant.';
      for (const [name, preset] of [
        ['Dateline (AP)', 'ap'],
        ['Dateline (international)', 'international'],
      ] as const) {
        const dateline = expandSnippet(SNIPPETS[name].body, date);
        const text = `# Acme Opens a Plant\n\n${dateline}${lead}\n`;
        const { release, findings } = lint(text, presetConfig(preset));
        assert.equal(release.dateline?.date?.iso, iso, `${name}: ${dateline}`);
        assert.deepEqual(
          findings.filter((f) => f.ruleId === 'dateline-format').map((f) => f.message),
          [],
          `${name}: ${dateline}`,
        );
      }
    });
  }

  it('the embargo line is read as an embargo with a date, a time and a time zone', () => {
    const line = expandSnippet(SNIPPETS['Embargo line'].body, new Date(2026, 2, 3));
    const { release, findings } = lint(`${line}\n\n# Acme Opens a Plant\n\nBOULDER, Colo., March 3, 2026 – Acme opened a plant.\n`, presetConfig());
    assert.equal(release.releaseLine?.kind, 'embargo', line);
    assert.equal(release.releaseLine?.embargoUntil, '2026-03-03T10:00');
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'embargo-date'),
      [],
    );
  });

  it('the parts are recognised where they are inserted', () => {
    const date = new Date(2026, 2, 3);
    const parts = ['Quote with attribution', 'Background', 'Boilerplate', 'Media contact', 'End mark'].map((name) => expandSnippet(SNIPPETS[name].body, date));
    const text = ['# Acme Opens a Plant', '', 'BOULDER, Colo., March 3, 2026 – Acme Energy today opened a plant.', '', ...parts.flatMap((p) => [p, '']), ''].join('\n');
    const { release } = lint(text, presetConfig());
    assert.equal(release.quotes[0]?.attributed, true);
    assert.ok(release.background);
    assert.equal(release.boilerplate[0]?.organization, 'Organization');
    assert.ok(release.contactSection && release.mediaContacts[0]?.email);
    assert.equal(release.endMark?.text.replace(/\\/g, ''), '###');
  });
});
