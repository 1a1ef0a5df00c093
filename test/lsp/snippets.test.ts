import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, partSnippets, presetConfig, presetLayer, resolveConfig, type ResolvedConfig } from '../../server/src/engine/index';
import { ACME_PROFILE } from '../helpers/profile';
import { expandSnippet } from './snippet-expander';

const ROOT = path.resolve(__dirname, '..', '..');
const STATIC_SNIPPETS = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'press-release.json'), 'utf8')) as Record<
  string,
  { prefix: string[]; body: string | string[]; description: string }
>;
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Dates whose forms differ: a one-digit day, AP's Sept., a month AP never abbreviates. */
const DATES = [new Date(2025, 8, 4), new Date(2026, 2, 13), new Date(2026, 11, 25)];
const day = (date: Date) => ({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
const withProfile = (preset: string): ResolvedConfig => resolveConfig([presetLayer(preset), { source: 'test', config: { organization: ACME_PROFILE } }]);

/** The server's snippet for a prefix, expanded as the editor does when every placeholder keeps its default. */
function expanded(config: ResolvedConfig, prefix: string, date: Date): string {
  const snippet = partSnippets(config, day(date)).find((s) => s.prefix === prefix);
  assert.ok(snippet, prefix);
  return expandSnippet(snippet.body, date);
}

describe('snippets', () => {
  it('the static embargo snippet is contributed for Markdown and read as an embargo with a date, a time and a time zone', () => {
    assert.deepEqual(PACKAGE.contributes.snippets, [{ language: 'markdown', path: './snippets/press-release.json' }]);
    const line = expandSnippet(STATIC_SNIPPETS['Embargo line'].body, new Date(2026, 2, 3));
    const { release, findings } = lint(`${line}\n\n# Acme Opens a Plant\n\nBOULDER, Colo., March 3, 2026 – Acme opened a plant.\n`, presetConfig());
    assert.equal(release.releaseLine?.kind, 'embargo', line);
    assert.equal(release.releaseLine?.embargoUntil, '2026-03-03T10:00');
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'embargo-date'),
      [],
    );
  });

  for (const date of DATES) {
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

    it(`the release snippet is a release with every part, dated ${iso}, whose sample text is all flagged as placeholders`, () => {
      for (const preset of ['recommended', 'ap', 'international']) {
        const text = expanded(presetConfig(preset), 'press-release', date);
        const { release, findings } = lint(text, presetConfig(preset));
        assert.equal(release.isPressRelease, true, preset);
        assert.equal(release.dateline?.date?.iso, iso, text);
        for (const part of ['releaseLine', 'headline', 'dateline', 'lead', 'background', 'contactSection'] as const) assert.ok(release[part], `${preset}: ${part}`);
        assert.equal(release.quotes.length, 1);
        assert.equal(release.boilerplate.length, 1);
        assert.deepEqual(
          findings.filter((f) => f.ruleId.startsWith('require-')).map((f) => f.ruleId),
          [],
        );
        // Every line of sample text a writer might tab past is a placeholder no-placeholder flags;
        // nothing is flagged as wrong (no invalid phone, no dateline style).
        assert.deepEqual([...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))], []);
        for (const line of text.split('\n').filter((l) => /\p{L}/u.test(l) && !/^(?:FOR IMMEDIATE RELEASE|## (?:Background|Media contact)|ENDS)$/.test(l))) {
          const start = text.indexOf(line);
          assert.ok(
            findings.some((f) => f.ruleId === 'no-placeholder' && f.start >= start && f.start < start + line.length),
            `${preset}: sample text not flagged: ${line}`,
          );
        }
      }
    });

    it(`with the team’s profile, the release snippet writes its city, boilerplate and contact (${iso})`, () => {
      const config = withProfile('ap');
      const text = expanded(config, 'press-release', date);
      const { release, findings } = lint(text, config);
      assert.equal(release.dateline?.city, 'DENVER');
      assert.equal(release.dateline?.date?.iso, iso);
      assert.equal(release.boilerplate[0]?.organization, 'Acme Water');
      assert.ok(text.includes(ACME_PROFILE.boilerplate));
      assert.deepEqual(
        release.mediaContacts.map((c) => [c.name, c.email, c.phone]),
        [['Jane Doe', 'press@acme.example', '+1 303 555 0100']],
      );
      assert.deepEqual([...new Set(findings.map((f) => f.ruleId))], ['no-placeholder']);
    });
  }

  it('the part snippets are recognised where they are inserted, with and without a profile', () => {
    const date = new Date(2026, 2, 3);
    for (const [config, organization] of [
      [presetConfig(), 'Organization'],
      [withProfile('recommended'), 'Acme Water'],
    ] as const) {
      const parts = ['quote', 'background', 'boilerplate', 'media-contact', 'end-mark'].map((prefix) => expanded(config, prefix, date));
      const dateline = expanded(config, 'dateline', date);
      const text = ['# Acme Opens a Plant', '', `${dateline}Acme Energy today opened a plant.`, '', ...parts.flatMap((p) => [p, '']), ''].join('\n');
      const { release } = lint(text, config);
      assert.equal(release.dateline?.date?.iso, '2026-03-03', text);
      assert.equal(release.quotes[0]?.attributed, true);
      assert.ok(release.background);
      assert.equal(release.boilerplate[0]?.organization.replace(/^\[|\]$/g, ''), organization);
      assert.ok(release.contactSection);
      assert.equal(release.endMark?.text.replace(/\\/g, ''), '###');
    }
  });
});
