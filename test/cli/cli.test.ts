import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, temporaryFolder } from '../helpers/cli';
import { requireCorpus, UN_RELEASE } from '../helpers/shared';
import { CLEAN_RELEASE } from '../helpers/releases';
import type { LintFileResult } from '../../server/src/cli/results';

const CLEAN = CLEAN_RELEASE;

describe('pressroom CLI', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = temporaryFolder()));
  afterEach(() => cleanup());

  const write = (name: string, text: string | Uint8Array): string => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  describe('exit codes and reports', () => {
    it('exits 0 on a clean release and prints nothing', async () => {
      write('clean.md', CLEAN);
      const run = await runCli(['lint', 'clean.md'], { cwd: dir });
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.equal(run.stdout, '');
    });

    it('exits 1 on errors with a stylish report', async () => {
      write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['bad.md'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /^bad\.md$/m);
      assert.match(run.stdout, /error\s+The release has no media contact\.\s+require-media-contact/);
      assert.match(run.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
    });

    it('prints ESLint’s JSON shape', async () => {
      write('bad.md', CLEAN.replace('BOULDER, Colo., March 3, 2026 – ', ''));
      const run = await runCli(['--format', 'json', 'bad.md'], { cwd: dir });
      assert.equal(run.code, 1);
      const [result] = JSON.parse(run.stdout);
      assert.deepEqual(Object.keys(result).sort(), ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'warningCount']);
      assert.equal(result.filePath, 'bad.md');
      const message = result.messages.find((m: { ruleId: string }) => m.ruleId === 'require-dateline');
      assert.deepEqual(Object.keys(message).sort(), ['column', 'endColumn', 'endLine', 'fix', 'line', 'message', 'ruleId', 'severity']);
      assert.equal(message.severity, 2);
      assert.equal(message.line, 3);
      assert.deepEqual(message.fix.range, [39, 39]);
      assert.equal(result.errorCount, 1);
      assert.equal(result.fixableErrorCount, 1);
    });

    it('counts the first line’s columns after a byte-order mark, as an editor shows them', async () => {
      write('bom.md', `\uFEFF${CLEAN.replace(/^# .*/, (title) => title.toUpperCase())}`);
      const [result] = JSON.parse((await runCli(['--format', 'json', 'bom.md'], { cwd: dir })).stdout);
      const headline = result.messages.find((m: { ruleId: string }) => m.ruleId === 'headline-style');
      assert.deepEqual([headline.line, headline.column], [1, 3]);
    });

    it('prints GitHub workflow annotations', async () => {
      write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['--format', 'github', 'bad.md'], { cwd: dir });
      assert.match(run.stdout, /^::error file=bad\.md,line=\d+,col=1,endLine=\d+,endColumn=1,title=pressroom\(require-media-contact\)::The release has no media contact\.$/m);
    });

    it('prints SARIF 2.1.0 with rule metadata and help links', async () => {
      write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['--format', 'sarif', 'bad.md'], { cwd: dir });
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'pressroom');
      const rule = driver.rules.find((r: { id: string }) => r.id === 'require-media-contact');
      assert.match(rule.helpUri, /docs\/rules\/require-media-contact\.md$/);
      const result = log.runs[0].results[0];
      assert.equal(result.ruleId, 'require-media-contact');
      assert.equal(driver.rules[result.ruleIndex].id, 'require-media-contact');
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'bad.md');
    });

    it('honours --max-warnings and --quiet', async () => {
      write('warn.md', CLEAN.replace('sam.lee@example.com', 'sam.lee@example.com TK'));
      assert.equal((await runCli(['warn.md'], { cwd: dir })).code, 0);
      const strict = await runCli(['--max-warnings', '0', 'warn.md'], { cwd: dir });
      assert.equal(strict.code, 1);
      assert.match(strict.stderr, /more than --max-warnings 0/);
      const quiet = await runCli(['--quiet', 'warn.md'], { cwd: dir });
      assert.equal(quiet.stdout, '');
    });

    it('writes the report to --output-file', async () => {
      write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['-f', 'json', '-o', 'report.json', 'bad.md'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.equal(run.stdout, '');
      assert.equal(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].filePath, 'bad.md');
    });

    it('lints standard input under a file name', async () => {
      const run = await runCli(['--stdin', '--stdin-filename', 'press/x.md', '-f', 'json'], { cwd: dir, stdin: CLEAN.replace(/## Media contact[\s\S]*$/, '') });
      assert.equal(run.code, 1);
      assert.equal(JSON.parse(run.stdout)[0].filePath, path.join('press', 'x.md'));
    });

    it('lints folders and globs, skipping node_modules', async () => {
      write('press/a.md', CLEAN);
      write('press/b.markdown', CLEAN);
      write('press/node_modules/c.md', '# nothing');
      const folder = await runCli(['-f', 'json', 'press'], { cwd: dir });
      assert.deepEqual(
        JSON.parse(folder.stdout).map((r: { filePath: string }) => r.filePath),
        [path.join('press', 'a.md'), path.join('press', 'b.markdown')],
      );
      const globbed = await runCli(['-f', 'json', 'press/*.md'], { cwd: dir });
      assert.equal(JSON.parse(globbed.stdout).length, 1);
    });
  });

  describe('configuration', () => {
    it('finds .pressroomrc.jsonc upward, with comments, extends and rule settings', async () => {
      write('.pressroomrc.jsonc', '{\n  // newsroom style\n  "extends": "ap",\n  "rules": { "require-media-contact": "off", },\n}\n');
      write('press/bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, '').replace('March 3, 2026', 'March 03, 2026'));
      const run = await runCli(['-f', 'json', 'press/bad.md'], { cwd: dir });
      const ids = JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
      assert.ok(!ids.includes('require-media-contact'), 'the rule is off');
      assert.ok(ids.includes('dateline-format'), 'the ap preset checks the zero-padded day');
    });

    it('reads package.json#pressroom', async () => {
      write('package.json', JSON.stringify({ name: 'x', pressroom: { rules: { 'require-media-contact': 'warn' } } }));
      write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['bad.md'], { cwd: dir });
      assert.equal(run.code, 0);
      assert.match(run.stdout, /warning\s+The release has no media contact/);
    });

    it('lets --rule and --preset win over files', async () => {
      write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['--rule', 'require-media-contact:off', 'bad.md'], { cwd: dir });
      assert.equal(run.code, 0);
      const rules = await runCli(['rules', '--preset', 'international', '--format', 'json'], { cwd: dir });
      const endMark = JSON.parse(rules.stdout).find((r: { id: string }) => r.id === 'require-end-mark');
      assert.equal(endMark.severity, 'warn');
      assert.equal(endMark.options.mark, 'ENDS');
    });

    it('honours inline disable comments', async () => {
      write('bad.md', `${CLEAN.replace(/## Media contact[\s\S]*$/, '')}<!-- pressroom-disable require-media-contact -->\n`);
      assert.equal((await runCli(['bad.md'], { cwd: dir })).code, 0);
      write('next.md', CLEAN.replace('# Acme', '<!-- pressroom-disable-next-line headline-style -->\n# ACME OPENS A SOLAR PLANT IN BOULDER TODAY\n\n# Acme'));
      const run = await runCli(['-f', 'json', 'next.md'], { cwd: dir });
      assert.ok(!JSON.parse(run.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'headline-style'));
    });
  });

  describe('--fix', () => {
    it('writes fixes, keeps the mode, CRLF and BOM, and leaves clean files untouched', async () => {
      const crlf = `\uFEFF${CLEAN.replace(/## Media contact[\s\S]*$/, '').replace(/\n/g, '\r\n')}`;
      const file = write('bad.md', crlf);
      chmodSync(file, 0o640);
      const clean = write('clean.md', CLEAN);
      const before = statSync(clean).mtimeMs;
      const run = await runCli(['--fix', 'bad.md', 'clean.md'], { cwd: dir });
      const fixed = readFileSync(file, 'utf8');
      assert.ok(fixed.startsWith('\uFEFF'), 'the BOM stays');
      assert.ok(!/[^\r]\n/.test(fixed), 'every line ending stays CRLF');
      assert.ok(fixed.startsWith(crlf), 'the text before the insertion is unchanged');
      assert.match(fixed, /## Media contact\r\n/);
      assert.equal(statSync(file).mode & 0o777, 0o640);
      assert.equal(statSync(clean).mtimeMs, before);
      assert.match(run.stdout, /Placeholder/);
      const again = await runCli(['--fix', 'bad.md'], { cwd: dir });
      assert.equal(readFileSync(file, 'utf8'), fixed, 'a second --fix changes nothing');
      assert.equal(again.code, 0);
    });

    it('reports the fixed text with --fix-dry-run and writes nothing', async () => {
      const file = write('bad.md', CLEAN.replace(/## Media contact[\s\S]*$/, ''));
      const run = await runCli(['--fix-dry-run', '-f', 'json', 'bad.md'], { cwd: dir });
      assert.match(JSON.parse(run.stdout)[0].output, /## Media contact/);
      assert.equal(readFileSync(file, 'utf8'), CLEAN.replace(/## Media contact[\s\S]*$/, ''));
    });
  });

  describe('a file that cannot be read as text: a fatal problem of its own, the others still linted, exit 2', () => {
    /** Runs the CLI and returns the JSON report's fatal message for `file`. */
    const fatalOf = async (args: string[], file: string): Promise<string> => {
      const run = await runCli(['-f', 'json', ...args], { cwd: dir });
      assert.equal(run.code, 2, run.stderr);
      const result = (JSON.parse(run.stdout) as LintFileResult[]).find((r) => r.filePath === file);
      assert.ok(result, `${file} is reported`);
      assert.equal(result.fatalErrorCount, 1);
      const [message] = result.messages;
      assert.equal(message.ruleId, null);
      assert.equal(message.fatal, true);
      assert.equal(message.severity, 2);
      return message.message;
    };

    it('a binary file', async () => {
      write('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      assert.match(await fatalOf(['image.md'], 'image.md'), /looks like a binary file/);
    });
    it('invalid UTF-8', async () => {
      write('latin1.md', new Uint8Array([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a]));
      assert.match(await fatalOf(['latin1.md'], 'latin1.md'), /is not valid UTF-8 \(byte 0xe9 at offset 5, line 1\)/);
    });
    it('an unreadable file', async () => {
      if (process.getuid?.() === 0) {
        // root reads any file whatever its mode; /proc/self/mem is a file whose read fails for everyone.
        assert.match(await fatalOf(['/proc/self/mem'], '/proc/self/mem'), /cannot be read \(input\/output error\)/);
        return;
      }
      chmodSync(write('locked.md', CLEAN), 0);
      assert.match(await fatalOf(['locked.md'], 'locked.md'), /cannot be read \(permission denied\)/);
    });

    it('in every format, beside the problems of the releases around it', async () => {
      mkdirSync(path.join(dir, 'press'));
      for (const name of ['a', 'b', 'c']) write(`press/${name}.md`, CLEAN.replace('BOULDER, Colo., March 3, 2026 – ', ''));
      write('press/scan.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
      const json = await runCli(['-f', 'json', 'press'], { cwd: dir });
      assert.equal(json.code, 2);
      const results = JSON.parse(json.stdout) as LintFileResult[];
      assert.deepEqual(results.map((r) => [r.filePath, r.messages.map((m) => m.ruleId ?? 'fatal')]).sort(), [
        ['press/a.md', ['require-dateline']],
        ['press/b.md', ['require-dateline']],
        ['press/c.md', ['require-dateline']],
        ['press/scan.md', ['fatal']],
      ]);
      const stylish = await runCli(['press'], { cwd: dir });
      assert.equal(stylish.code, 2);
      assert.match(stylish.stdout, /press\/scan\.md\n {2}1:1 {2}error {2}Not linted: looks like a binary file/);
      assert.equal(stylish.stdout.match(/require-dateline/g)?.length, 3);
      const github = await runCli(['-f', 'github', 'press'], { cwd: dir });
      assert.equal(github.code, 2);
      assert.match(github.stdout, /^::error file=press\/scan\.md,line=1,col=1,endLine=1,endColumn=1,title=pressroom::Not linted: looks like a binary file/m);
      assert.equal(github.stdout.match(/title=pressroom\(require-dateline\)/g)?.length, 3);
      const sarif = await runCli(['-f', 'sarif', 'press'], { cwd: dir });
      assert.equal(sarif.code, 2);
      const run = JSON.parse(sarif.stdout).runs[0];
      assert.equal(run.results.length, 3);
      const [notification] = run.invocations[0].toolExecutionNotifications;
      assert.equal(run.invocations[0].executionSuccessful, false);
      assert.equal(notification.level, 'error');
      assert.match(notification.message.text, /looks like a binary file/);
      assert.equal(notification.locations[0].physicalLocation.artifactLocation.uri, 'press/scan.md');
    });
  });

  describe('bad input or configuration: message on stderr naming the problem, exit 2, no report', () => {
    const expectFailure = async (args: string[], pattern: RegExp, stdin?: string): Promise<void> => {
      const run = await runCli(args, { cwd: dir, stdin });
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, pattern);
      assert.equal(run.stdout, '');
      assert.ok(!existsSync(path.join(dir, 'report.json')), 'no output file is written');
    };

    it('a missing file and a folder with no Markdown', async () => {
      await expectFailure(['nope.md'], /nope\.md: no such file or folder/);
      mkdirSync(path.join(dir, 'empty'));
      await expectFailure(['empty'], /empty: no Markdown files/);
      await expectFailure(['*.md'], /\*\.md: no files match this pattern/);
    });
    it('a malformed configuration file', async () => {
      write('.pressroomrc.json', '{ "rules": { "require-quote": "loud" } }');
      write('a.md', CLEAN);
      await expectFailure(['-o', 'report.json', 'a.md'], /configuration error in .*\.pressroomrc\.json:1:14: rule "require-quote": severity must be "off", "warn" or "error"/);
      write('.pressroomrc.json', '{ "rules": { ');
      await expectFailure(['a.md'], /\.pressroomrc\.json:1:14: invalid JSON: a closing brace \(}\) expected/);
      write('.pressroomrc.json', '{ "rules": { "no-such-rule": "warn" } }');
      await expectFailure(['a.md'], /unknown rule "no-such-rule"/);
    });
    it('an unknown rule or preset on the command line', async () => {
      write('a.md', CLEAN);
      await expectFailure(['--rule', 'nope:warn', 'a.md'], /unknown rule "nope"/);
      await expectFailure(['--preset', 'chicago', 'a.md'], /unknown preset "chicago"/);
      await expectFailure(['--format', 'xml', 'a.md'], /--format must be one of stylish, json, sarif, github/);
    });
    it('a missing --stdin-filename value and --fix with --stdin', async () => {
      await expectFailure(['--stdin', '--stdin-filename'], /--stdin-filename/, CLEAN);
      await expectFailure(['--stdin', '--fix'], /--fix writes files; with --stdin use --fix-dry-run/, CLEAN);
    });
  });

  describe('on the UN release', () => {
    before(function () {
      requireCorpus(this);
    });

    it('reports no errors, and warns about the (#) links and the broken paragraph', async () => {
      const run = await runCli(['-f', 'json', UN_RELEASE], { cwd: dir });
      assert.equal(run.code, 0);
      const [result] = JSON.parse(run.stdout);
      assert.equal(result.errorCount, 0);
      const rules = new Set(result.messages.map((m: { ruleId: string }) => m.ruleId));
      assert.deepEqual([...rules].sort(), ['broken-paragraph', 'no-placeholder']);
    });

    it('inspect finds every part', async () => {
      const run = await runCli(['inspect', '--format', 'json', UN_RELEASE], { cwd: dir });
      const [file] = JSON.parse(run.stdout);
      assert.equal(file.isPressRelease, true);
      const parts = file.parts;
      assert.equal(parts.headline.line, 3);
      assert.deepEqual(parts.dateline, { line: 5, city: 'Oslo', date: '2018-05-23' });
      assert.deepEqual(
        parts.quotes.map((q: { speaker: string }) => q.speaker),
        ['Achim Steiner', 'Vladimir Voronkov'],
      );
      assert.equal(parts.background.line, 27);
      assert.deepEqual(parts.boilerplate, [{ line: 33, organization: 'United Nations Office of Counter-Terrorism' }]);
      assert.deepEqual(parts.mediaContacts, [
        { line: 35, name: 'Endre Stangeby', email: 'endre.stangeby@undp.org', phone: '+47 415 43 840' },
        { line: 35, name: 'Laurence Gerard', email: 'gerardl@un.org', phone: null },
      ]);
      assert.equal(parts.releaseLine, null);
      assert.equal(parts.endMark, null);
    });

    for (const [what, edit, rule] of [
      ['contacts', (t: string) => t.replace(/^Media enquiries.*$/m, ''), 'require-media-contact'],
      ['dateline', (t: string) => t.replace('Oslo, 23 May 2018 – ', ''), 'require-dateline'],
    ] as const) {
      it(`without its ${what}: exits 1 with ${rule}; --fix inserts the skeleton, keeps the text, and is stable`, async () => {
        const original = edit(readFileSync(UN_RELEASE, 'utf8'));
        const file = write('un.md', original);
        const run = await runCli(['-f', 'json', 'un.md'], { cwd: dir });
        assert.equal(run.code, 1);
        const errors = JSON.parse(run.stdout)[0].messages.filter((m: { severity: number }) => m.severity === 2);
        assert.deepEqual(
          errors.map((m: { ruleId: string }) => m.ruleId),
          [rule],
        );
        await runCli(['--fix', 'un.md'], { cwd: dir });
        const fixed = readFileSync(file, 'utf8');
        // Every word the writer wrote is still there, in order; only white space may differ where a
        // broken paragraph was joined.
        const words = (t: string) => t.split(/\s+/).filter(Boolean);
        const originalWords = words(original);
        const fixedWords = words(fixed);
        let cursor = 0;
        for (const word of originalWords) {
          const found = fixedWords.indexOf(word, cursor);
          assert.ok(found !== -1, `“${word}” is kept`);
          cursor = found + 1;
        }
        const after = await runCli(['-f', 'json', 'un.md'], { cwd: dir });
        assert.equal(after.code, 0, 'no errors after --fix');
        await runCli(['--fix', 'un.md'], { cwd: dir });
        assert.equal(readFileSync(file, 'utf8'), fixed, 'a second --fix changes nothing');
      });
    }
  });
});
