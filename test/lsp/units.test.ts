import assert from 'node:assert/strict';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { locateConfigProblem } from '../../server/src/lsp/configs';
import { diffEdits } from '../../server/src/lsp/edits';
import { hasPressReleaseFrontMatter } from '../../server/src/engine/index';
import { matchesInclude } from '../../server/src/lsp/eligibility';
import { DEFAULT_INCLUDE, normaliseSettings } from '../../server/src/lsp/settings';
import { parseToday } from '../../server/src/lsp/template';
import { newReleaseText } from '../../server/src/engine/template';
import { lint, presetConfig } from '../../server/src/engine/index';

describe('language server helpers', () => {
  describe('diffEdits', () => {
    const roundTrip = (before: string, after: string): void => {
      const document = TextDocument.create('file:///x.md', 'markdown', 1, before);
      const edits = diffEdits(document, before, after);
      assert.equal(TextDocument.applyEdits(document, edits), after);
    };

    it('turns one text into another with edits where the lines differ', () => {
      roundTrip('a\nb\nc\n', 'a\nB\nc\n');
      roundTrip('a\nb\nc\n', 'x\na\nb\nc\ny\n');
      roundTrip('a\r\nb\r\n', 'a\r\n\r\nnew\r\nb\r\n');
      roundTrip('', 'all new\n');
      roundTrip('gone\n', '');
      roundTrip('no final newline', 'no final newline\n\n###\n');
      const document = TextDocument.create('file:///x.md', 'markdown', 1, 'head\n\nbody\n\ntail\n');
      const edits = diffEdits(document, 'head\n\nbody\n\ntail\n', 'HEAD\n\nbody\n\ntail\n\nend\n');
      assert.equal(edits.length, 2, 'two separate places, two edits');
    });

    it('round-trips random line edits', () => {
      let seed = 7;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let round = 0; round < 200; round++) {
        const lines = Array.from({ length: random(12) }, () => `line ${random(5)}\n`);
        const changed = [...lines];
        for (let k = random(4); k > 0; k--) {
          const at = random(changed.length + 1);
          if (random(2)) changed.splice(at, 1);
          else changed.splice(at, 0, `new ${random(3)}\n`);
        }
        roundTrip(lines.join(''), changed.join(''));
      }
    });
  });

  describe('which documents are linted', () => {
    const root = path.resolve('/work/site');
    it('matches the default include globs relative to a workspace folder or absolutely', () => {
      const match = (file: string): boolean => matchesInclude(path.join(root, file), [root], DEFAULT_INCLUDE);
      assert.equal(match('press/2026/launch.md'), true);
      assert.equal(match('docs/press-releases/launch.md'), true);
      assert.equal(match('launch.release.md'), true);
      assert.equal(match('README.md'), false);
      assert.equal(match('CHANGELOG.md'), false);
      assert.equal(match('notes/meeting.md'), false);
      assert.equal(matchesInclude(null, [root], DEFAULT_INCLUDE), false, 'untitled documents match no glob');
    });

    it('reads type: press-release from the front matter', () => {
      assert.equal(hasPressReleaseFrontMatter('---\ntitle: x\ntype: press-release\n---\n# X\n'), true);
      assert.equal(hasPressReleaseFrontMatter('---\ntype: "press release"\n---\n'), true);
      assert.equal(hasPressReleaseFrontMatter('---\ntype: post\n---\ntype: press-release\n'), false);
      assert.equal(hasPressReleaseFrontMatter('# type: press-release\n'), false);
      assert.equal(hasPressReleaseFrontMatter('\uFEFF+++\ntype = "press-release"\n+++\n# X\n'), true);
    });

    it('falls back to the defaults for settings that are missing or malformed', () => {
      assert.deepEqual(normaliseSettings(null), normaliseSettings({}));
      const settings = normaliseSettings({ pressroom: { run: 'onSave', detect: 'include-only', include: ['a/**', 3], rules: { x: 'off', y: {} }, enable: 'yes' } });
      assert.equal(settings.run, 'onSave');
      assert.equal(settings.detect, 'include-only');
      assert.deepEqual(settings.include, ['a/**']);
      assert.deepEqual(settings.rules, { x: 'off' });
      assert.equal(settings.enable, true);
    });
  });

  describe('configuration problems', () => {
    it('points at the JSON syntax error or the name the message quotes', () => {
      const text = '{\n  "rules": {\n    "require-quote": "eror"\n  }\n}\n';
      const rule = locateConfigProblem(text, '/x/.pressroomrc.json: rule "require-quote": severity must be "off", "warn" or "error" (or 0, 1, 2), not "eror"');
      assert.equal(text.slice(rule.start, rule.end), '"require-quote"');
      const syntax = locateConfigProblem('{\n  "rules": {,\n}', '/x/.pressroomrc.json: invalid JSON at 2:13: ValueExpected');
      assert.equal(syntax.start, 14);
      assert.deepEqual(locateConfigProblem('{}', 'something else'), { start: 0, end: 0 });
    });
  });

  describe('the new release template', () => {
    for (const preset of ['recommended', 'ap', 'international']) {
      it(`is a release with every part, dated today, in the ${preset} style`, () => {
        const config = presetConfig(preset);
        const text = newReleaseText(config, parseToday('2025-09-04'));
        const result = lint(text, config);
        assert.equal(result.release.isPressRelease, true);
        assert.equal(result.release.dateline?.date?.iso, '2025-09-04');
        const findings = result.findings.map((f) => f.ruleId);
        assert.deepEqual(
          findings.filter((id) => id !== 'no-placeholder' && id !== 'media-contact-complete'),
          [],
        );
      });
    }
  });
});
