import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdits } from '../../server/src/lsp/edits';
import { ConfigError, hasPressReleaseFrontMatter } from '../../server/src/engine/index';
import { loadConfigFile } from '../../server/src/node/config-files';
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
    const configIn = (text: string, name = '.pressroomrc.json'): ConfigError => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'pressroom-config-'));
      writeFileSync(path.join(dir, name), text);
      try {
        loadConfigFile(path.join(dir, name));
      } catch (error) {
        if (error instanceof ConfigError) return error;
        throw error;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      assert.fail('no ConfigError');
    };
    const located = (error: ConfigError, text: string): string => text.slice(error.location!.start, error.location!.end);

    it('point at the value at fault: the rule, the option, the key', () => {
      const text = '{\n  "rules": {\n    "require-quote": "eror"\n  }\n}\n';
      const severity = configIn(text);
      assert.equal(located(severity, text), '"require-quote": "eror"');
      assert.deepEqual([severity.location!.line, severity.location!.column], [3, 5]);
      assert.match(severity.message, /\.pressroomrc\.json:3:5: rule "require-quote": severity must be/);
      const option = '{ "rules": { "headline-style": ["warn", { "maxLength": "long" }] } }';
      assert.equal(located(configIn(option), option), '"maxLength": "long"');
      const key = '{\n  "datelineStyle": "chicago"\n}';
      assert.equal(located(configIn(key), key), '"datelineStyle": "chicago"');
      const inPackage = '{ "name": "x", "pressroom": { "rules": { "nope": "off" } } }';
      assert.equal(located(configIn(inPackage, 'package.json'), inPackage), '"nope": "off"');
    });

    it('point at a JSON syntax error and say what it is in words', () => {
      const text = '{\n  "rules": {,\n}';
      const syntax = configIn(text);
      assert.equal(syntax.location!.start, 14);
      assert.match(syntax.message, /:2:13: invalid JSON: a value expected/);
      assert.doesNotMatch(syntax.message, /Expected\b/);
    });

    it('refuse a binary configuration file with a reason', () => {
      const binary = configIn('{\u0000}');
      assert.match(binary.message, /the configuration file looks like a binary file/);
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
