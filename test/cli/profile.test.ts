import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, temporaryFolder } from '../helpers/cli';
import { ACME_PROFILE } from '../helpers/profile';

// The team's profile in the configuration (#14): an empty draft becomes the team's release, and a
// profile can be shared as an npm package, as ESLint's shared configurations are.
describe('the team’s profile', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = temporaryFolder()));
  afterEach(() => cleanup());

  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };

  it('--fix turns an empty .md into the team’s release: inspect finds every part, the profile’s boilerplate and contact, and lint reports only placeholders', async () => {
    write('.pressroomrc.json', JSON.stringify({ organization: ACME_PROFILE }, null, 2));
    const draft = write('press/new.md', '');
    const fixed = await runCli(['--fix', 'press/new.md'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stdout + fixed.stderr);
    const text = readFileSync(draft, 'utf8');
    assert.ok(text.includes(ACME_PROFILE.boilerplate), text);

    const inspected = await runCli(['inspect', '-f', 'json', 'press/new.md'], { cwd: dir });
    const [{ isPressRelease, parts, missing }] = JSON.parse(inspected.stdout);
    assert.equal(isPressRelease, true);
    assert.deepEqual(missing, []);
    assert.ok(parts.headline);
    assert.equal(parts.dateline.city, 'DENVER');
    assert.equal(parts.quotes.length, 1);
    assert.ok(parts.background);
    assert.deepEqual(
      parts.boilerplate.map((b: { organization: string }) => b.organization),
      ['Acme Water'],
    );
    assert.deepEqual(parts.mediaContacts, [{ line: parts.mediaContacts[0].line, name: 'Jane Doe', email: 'press@acme.example', phone: '+1 303 555 0100' }]);

    const linted = await runCli(['-f', 'json', 'press/new.md'], { cwd: dir });
    const [{ messages }] = JSON.parse(linted.stdout);
    assert.ok(messages.length > 0);
    assert.deepEqual([...new Set(messages.map((m: { ruleId: string }) => m.ruleId))], ['no-placeholder']);

    const again = await runCli(['--fix', 'press/new.md'], { cwd: dir });
    assert.equal(again.code, 0);
    assert.equal(readFileSync(draft, 'utf8'), text, 'a second --fix changes nothing');
  });

  it('a release with last year’s boilerplate gets boilerplate-current, and --fix puts the profile’s text in and changes nothing else', async () => {
    write('.pressroomrc.json', JSON.stringify({ organization: ACME_PROFILE }, null, 2));
    const lastYear = ACME_PROFILE.boilerplate.replace('1.2 million', '1.1 million');
    const before = `# Acme Water Opens a Second Treatment Works\n\nDENVER, March 3, 2026 – Acme Water today opened a second treatment works for the south side of the city.\n\n“Summer demand has grown every year for a decade,” said Lee Marsh, the utility’s chief engineer.\n\n## Background\n\n- The works cost $40 million.\n\n## About Acme Water\n\n${lastYear}\n\n## Media contact\n\nJane Doe, Press Officer  \npress@acme.example  \n+1 303 555 0100\n`;
    const release = write('press/works.md', before);
    const linted = await runCli(['press/works.md'], { cwd: dir });
    assert.match(
      linted.stdout,
      /warning\s+The boilerplate of Acme Water is not the profile’s current text: “to 1\.1 million” where the profile has “to 1\.2 million”\.\s+boilerplate-current/,
    );
    await runCli(['--fix', 'press/works.md'], { cwd: dir });
    assert.equal(readFileSync(release, 'utf8'), before.replace(lastYear, ACME_PROFILE.boilerplate));
  });

  it('with a profile, a README or changelog with only its title, and a blank draft that front matter calls a statement, are left alone', async () => {
    write('.pressroomrc.json', JSON.stringify({ organization: ACME_PROFILE }));
    const readme = write('README.md', '# Acme newsroom\n');
    const changelog = write('CHANGELOG.md', '# Changelog\n');
    const statement = write('press/statement.md', '---\ntype: statement\n---\n');
    const run = await runCli(['--fix', 'README.md', 'CHANGELOG.md', 'press/statement.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(readFileSync(readme, 'utf8'), '# Acme newsroom\n');
    assert.equal(readFileSync(changelog, 'utf8'), '# Changelog\n');
    assert.equal(readFileSync(statement, 'utf8'), '---\ntype: statement\n---\n');
    // A title under a release line is a release being written.
    const titled = write('press/titled.md', 'FOR IMMEDIATE RELEASE\n\n# Acme Opens a Works\n');
    await runCli(['--fix', 'press/titled.md'], { cwd: dir });
    assert.ok(readFileSync(titled, 'utf8').includes(ACME_PROFILE.boilerplate));
  });

  it('the international preset writes the profile’s city as its style does, so its own dateline passes dateline-format', async () => {
    write('.pressroomrc.json', JSON.stringify({ extends: 'international', organization: { ...ACME_PROFILE, dateline: { city: 'HELSINKI' } } }));
    const draft = write('press/new.md', '');
    await runCli(['--fix', 'press/new.md'], { cwd: dir });
    const text = readFileSync(draft, 'utf8');
    assert.match(text, /^Helsinki, \[D Month YYYY\] – /m);
    writeFileSync(draft, text.replace('[D Month YYYY]', '4 March 2026'));
    const linted = await runCli(['-f', 'json', 'press/new.md'], { cwd: dir });
    const [{ messages }] = JSON.parse(linted.stdout);
    assert.deepEqual(
      messages.filter((m: { ruleId: string }) => m.ruleId === 'dateline-format'),
      [],
    );
  });

  it('without a profile, an empty .md is no release and is left alone', async () => {
    const draft = write('notes/empty.md', '');
    const run = await runCli(['--fix', 'notes/empty.md'], { cwd: dir });
    assert.equal(run.code, 0);
    assert.equal(readFileSync(draft, 'utf8'), '');
  });

  it('"extends" an installed package: its main JSON file, or the pressroom key of its package.json; a project’s own keys win', async () => {
    write('node_modules/@acme/pressroom-config/package.json', JSON.stringify({ name: '@acme/pressroom-config', main: 'pressroom.json' }));
    write('node_modules/@acme/pressroom-config/pressroom.json', JSON.stringify({ extends: 'ap', organization: ACME_PROFILE }));
    write('node_modules/beta-press/package.json', JSON.stringify({ name: 'beta-press', main: 'index.js', pressroom: { organization: { name: 'Beta Trust' } } }));
    write('one/.pressroomrc.json', JSON.stringify({ extends: '@acme/pressroom-config', organization: { dateline: { city: 'BOULDER' } } }));
    write('two/.pressroomrc.json', JSON.stringify({ extends: 'beta-press' }));
    write('one/new.md', '');
    write('two/new.md', '');
    await runCli(['--fix', 'one/new.md', 'two/new.md'], { cwd: dir });
    const one = readFileSync(path.join(dir, 'one/new.md'), 'utf8');
    assert.match(one, /^BOULDER, \[Mon\. D, YYYY\] – /m, 'the ap preset from the package, the city from the project');
    assert.ok(one.includes(ACME_PROFILE.boilerplate), one);
    assert.match(readFileSync(path.join(dir, 'two/new.md'), 'utf8'), /^## About Beta Trust$/m);
  });

  it('a profile that is not installed or not valid stops the run with a clear message and exit 2', async () => {
    write('a/.pressroomrc.json', JSON.stringify({ extends: '@acme/pressroom-config' }));
    write('a/r.md', '# T\n');
    const missing = await runCli(['a/r.md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /"extends": "@acme\/pressroom-config" is not a preset .* or an installed package \(npm install --save-dev @acme\/pressroom-config\)/);

    write('p/.pressroomrc.json', JSON.stringify({ extends: 'apx' }));
    write('p/r.md', '# T\n');
    const typo = await runCli(['p/r.md'], { cwd: dir });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /"extends": "apx" is not a preset: did you mean "ap"\?/);
    assert.doesNotMatch(typo.stderr, /npm install/);

    write('k/.pressroomrc.json', '{\n  "organization": {\n    "name": "Acme Water",\n    "boilerplat": "Acme Water supplies water."\n  }\n}\n');
    write('k/r.md', '# T\n');
    const misspelt = await runCli(['k/r.md'], { cwd: dir });
    assert.match(misspelt.stderr, /\.pressroomrc\.json:4:5: "organization" has no key "boilerplat"/, 'the misspelt key itself is pointed at');

    write('b/.pressroomrc.json', JSON.stringify({ organization: { ...ACME_PROFILE, contacts: [{ name: 'Jane Doe', phone: '303 555 0100' }] } }, null, 2));
    write('b/r.md', '# T\n');
    const invalid = await runCli(['b/r.md'], { cwd: dir });
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /\.pressroomrc\.json:\d+:\d+: "organization\.contacts\[0\]\.phone" must be a valid phone number written with \+ and its country code/);
  });
});
