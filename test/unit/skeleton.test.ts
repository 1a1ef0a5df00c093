import assert from 'node:assert/strict';
import { partsInReadingOrder } from '../../server/src/engine/parts';
import { fix, lint, presetLayer, resolveConfig, type ConfigObject, type ResolvedConfig } from '../../server/src/engine/index';

/** One sample of each part, in reading order (our own text); a draft holds any subset of them. */
const SAMPLE_PARTS = [
  ['releaseLine', 'FOR IMMEDIATE RELEASE'],
  ['headline', '# Harbour Trust Opens a Tide Pool Classroom'],
  ['lead', 'PORTLAND, Maine, Oct. 2, 2026 – The Harbour Trust opened a classroom beside the tide pools on Friday for school groups from the county.'],
  ['quotes', '“Children learn the sea best with their hands in it,” said Mara Quint, director of the Harbour Trust.'],
  ['background', '## Background\n\n- The classroom seats 30 pupils and opens on school days.'],
  ['boilerplate', '## About the Harbour Trust\n\nThe Harbour Trust has cared for the shore of Casco Bay since 1982.'],
  ['mediaContacts', '## Media contact\n\nLena Ortiz, press officer  \nlena@harbourtrust.example  \n+1 207 555 0142'],
  ['endMark', '\\#\\#\\#'],
] as const;

/** The configurations a skeleton is written under: each preset, with the release line required. */
function configsUnder(extra: ConfigObject = {}): { name: string; config: ResolvedConfig }[] {
  return ['recommended', 'ap', 'international'].map((preset) => ({
    name: preset,
    config: resolveConfig([
      presetLayer(preset),
      { source: 'test', config: { releaseDetection: 'always', rules: { 'release-line': ['error', { require: true }], 'require-end-mark': 'warn' }, ...extra } },
    ]),
  }));
}

/** The keys of the parts a skeleton must end with, in reading order (the lead stands for the dateline). */
const EXPECTED_ORDER = SAMPLE_PARTS.map(([key]) => key);

/**
 * The parts in the conventional order; the media contacts either close the release (before the end
 * mark) or stand at its top, above the lead, where the writer put them (a US layout).
 */
function assertReadingOrder(keys: string[], where: string, expected: readonly string[] = EXPECTED_ORDER): void {
  const contacts = keys.indexOf('mediaContacts');
  assert.deepEqual(
    keys.filter((key) => key !== 'mediaContacts'),
    expected.filter((key) => key !== 'mediaContacts'),
    where,
  );
  assert.ok(contacts !== -1 && (contacts < keys.indexOf('lead') || contacts === keys.indexOf('boilerplate') + 1), where);
}

describe('a draft becomes a whole release in one fix-all', () => {
  const configs = configsUnder();
  it('for every subset of parts present, in every preset: every part, in reading order, the writer’s text kept, and a second fix-all changes nothing', function () {
    this.timeout(60_000);
    for (let subset = 0; subset < 1 << SAMPLE_PARTS.length; subset++) {
      const present = SAMPLE_PARTS.filter((_, index) => subset & (1 << index));
      const draft = present.length ? `${present.map(([, text]) => text).join('\n\n')}\n` : '';
      for (const { name, config } of configs) {
        const where = `${name}, parts present: ${present.map(([key]) => key).join(', ') || 'none'}`;
        const fixed = fix(draft, config).text;
        const { release, findings } = lint(fixed, config);
        assertReadingOrder(
          partsInReadingOrder(release).map(({ part }) => part.key),
          `${where}\n${fixed}`,
        );
        assert.ok(release.dateline, `${where}: no dateline\n${fixed}`);
        assert.deepEqual(
          findings.filter((f) => f.ruleId.startsWith('require-') || f.ruleId === 'release-line').map((f) => f.ruleId),
          [],
          `${where}\n${fixed}`,
        );
        // The lead's date may be restyled (date-style): its words are kept.
        for (const [key, text] of present) assert.ok(fixed.includes(key === 'lead' ? text.slice(text.indexOf('–')) : text), `${where}: lost ${text}\n${fixed}`);
        assert.equal(fix(fixed, config).text, fixed, `${where}: a second fix-all changed the text`);
      }
    }
  });

  it('an empty draft, one with only front matter and one with only a release line each fill in reading order', () => {
    const [{ config }] = configs;
    for (const draft of ['', '\n', '---\ntitle: Harbour Trust Opens a Classroom\n---\n', 'FOR IMMEDIATE RELEASE\n']) {
      const fixed = fix(draft, config).text;
      const { release } = lint(fixed, config);
      // A title in the front matter is the headline; the outline's parts start below it.
      const expected = release.headline?.source === 'frontmatter' ? EXPECTED_ORDER.filter((key) => key !== 'headline') : EXPECTED_ORDER;
      assertReadingOrder(
        partsInReadingOrder(release).map(({ part }) => part.key),
        fixed,
        expected,
      );
    }
  });

  it('lists missing parts in reading order, not by rule name', () => {
    const { findings } = lint('FOR IMMEDIATE RELEASE\n', configs[0].config);
    assert.deepEqual(
      findings.filter((f) => f.ruleId.startsWith('require-')).map((f) => f.ruleId),
      ['require-headline', 'require-dateline', 'require-quote', 'require-background', 'require-boilerplate', 'require-media-contact', 'require-end-mark'],
    );
  });
});
