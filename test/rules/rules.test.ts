/**
 * Fixture tests for every rule, in the style of markdownlint and remark-lint.
 *
 * Layout: one folder per rule, `test/rules/<id>/`, holding
 *   - `valid*.md`: must give no finding. An optional sibling `valid*.json` may only carry
 *     `{"pending": "reason"}`, which turns the case into `it.skip`.
 *   - `invalid*.md` with a sibling `invalid*.json`:
 *       {
 *         "findings": [{ "line": 3, "column": 1, "message": "substring", "severity": "error" }],
 *         "remaining": [ ...same shape... ],   // optional, fixable rules only
 *         "pending": "reason"                   // optional: engine bug outside rules/, it.skip
 *       }
 *     `findings` is the exact list of the rule's findings in order; `line` is required, `column`,
 *     `message` (a substring) and `severity` are optional. Lines and columns are 1-based, counted
 *     in the file as written (a byte-order mark is column 1 of line 1), as `LineIndex` counts them.
 *   - for a fixable rule, `invalid*.fixed.md`: the exact text after applying the rule's fixes to a
 *     fixpoint. `remaining` lists the findings the fixed text still has (default: none), so a fix
 *     is also checked to cure what it claims to cure.
 *   - for a rule with suggestions, an optional `invalid*.suggested.md`: the text after applying
 *     the first suggestion of every finding once (what a writer gets by picking each quick fix).
 *
 * Every fixture is linted with only its rule enabled (severity "warn", or "error" when that is the
 * rule's default), every other rule "off", and `releaseDetection: "always"`.
 *
 * Options, merged in this order (later wins):
 *   1. `options.json` in the rule's folder: the rule's options for every fixture in it;
 *   2. `options.json` in a subfolder `test/rules/<id>/<set>/`: a subfolder is a second fixture set
 *      (e.g. `dateline-format/ap/`), read with the same naming rules; one level deep only;
 *   3. `<name>.options.json` beside a fixture: options for that fixture alone.
 * An options object may hold the reserved key `"$datelineStyle"` ("any" | "ap" | "international"):
 * it is not a rule option but the configuration's top-level `datelineStyle`, which dateline-format
 * checks and skeleton fixes follow; and `"$organization"`, the configuration's team profile, which
 * the skeletons write in and the `*-current` rules compare with.
 *
 * Beyond the expectations, every case checks that no rule crashed and that each finding's offsets
 * lie inside the text; each fixable case also checks that a second fix of the fixed text changes
 * nothing and that one fix pass keeps every character outside the fix ranges it applied.
 *
 * `PRESSROOM_RUN_PENDING=1 npx mocha -g 'rules:'` runs the pending cases too, to see whether an
 * engine fix lets their "pending" mark go.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { applyFixes } from '../../server/src/engine/fixes';
import { fix, lint } from '../../server/src/engine/lint';
import { resolveConfig, type ConfigObject, type ResolvedConfig, type RuleSetting } from '../../server/src/engine/config/resolve';
import { RULES } from '../../server/src/engine/rules/index';
import type { Finding, Fix } from '../../server/src/engine/rules/types';
import { LineIndex } from '../../server/src/engine/text';

const FIXTURES = __dirname;
const DOCS = join(__dirname, '..', '..', 'docs', 'rules');
const RUN_PENDING = process.env.PRESSROOM_RUN_PENDING === '1';
/** `it`, or `it.skip` for a case marked pending (unless pending cases are asked for). */
const caseFor = (pending: string | undefined): typeof it | typeof it.skip => (pending && !RUN_PENDING ? it.skip : it);

interface ExpectedFinding {
  line: number;
  column?: number;
  message?: string;
  severity?: 'warn' | 'error';
}

interface Expectation {
  findings: ExpectedFinding[];
  remaining?: ExpectedFinding[];
  pending?: string;
}

/** A rule of the registry, whatever its options. */
type AnyRule = (typeof RULES)[number];

interface Fixture {
  rule: AnyRule;
  kind: 'valid' | 'invalid';
  /** Path of the .md file. */
  path: string;
  /** Name shown in the test title: the path inside the rule's folder. */
  name: string;
  options: Record<string, unknown>;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${relative(FIXTURES, path)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readOptions(path: string): Record<string, unknown> {
  return existsSync(path) ? readJson<Record<string, unknown>>(path) : {};
}

const isFixture = (file: string): boolean => /^(?:valid|invalid).*\.md$/.test(file) && !/\.(?:fixed|suggested)\.md$/.test(file);
const base = (path: string): string => path.replace(/\.md$/, '');

/** The fixture sets of a rule: its folder and each subfolder, with their merged options. */
function fixtureSets(rule: AnyRule): { dir: string; options: Record<string, unknown> }[] {
  const dir = join(FIXTURES, rule.id);
  if (!existsSync(dir)) return [];
  const options = readOptions(join(dir, 'options.json'));
  const sets = [{ dir, options }];
  for (const entry of readdirSync(dir).sort()) {
    const sub = join(dir, entry);
    if (statSync(sub).isDirectory()) sets.push({ dir: sub, options: { ...options, ...readOptions(join(sub, 'options.json')) } });
  }
  return sets;
}

function fixturesOf(rule: AnyRule): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const set of fixtureSets(rule)) {
    for (const file of readdirSync(set.dir).sort()) {
      if (!isFixture(file)) continue;
      const path = join(set.dir, file);
      fixtures.push({
        rule,
        kind: file.startsWith('valid') ? 'valid' : 'invalid',
        path,
        name: relative(join(FIXTURES, rule.id), path),
        options: { ...set.options, ...readOptions(`${base(path)}.options.json`) },
      });
    }
  }
  return fixtures;
}

/** Only `rule` enabled, with `options`; every other rule off; every document treated as a release. */
function configFor(rule: AnyRule, allOptions: Record<string, unknown>): ResolvedConfig {
  const { $datelineStyle, $organization, ...options } = allOptions;
  const rules: Record<string, RuleSetting> = {};
  for (const other of RULES) rules[other.id] = 'off';
  const severity = rule.defaultSeverity === 'error' ? 'error' : 'warn';
  rules[rule.id] = [severity, options];
  const datelineStyle = $datelineStyle as ConfigObject['datelineStyle'];
  const organization = $organization as ConfigObject['organization'];
  return resolveConfig([{ source: 'test', config: { releaseDetection: 'always', rules, ...(datelineStyle ? { datelineStyle } : {}), ...(organization ? { organization } : {}) } }]);
}

interface Described {
  line: number;
  column: number;
  message: string;
  severity: string;
}

function describeFindings(text: string, findings: readonly Finding[]): Described[] {
  const lines = new LineIndex(text);
  return findings.map((f) => ({ ...lines.position(f.start), message: f.message, severity: f.severity }));
}

/** Compares actual findings with the expected list: same count, then each given field. */
function assertFindings(text: string, findings: readonly Finding[], expected: readonly ExpectedFinding[], what: string): void {
  const actual = describeFindings(text, findings);
  const shown = JSON.stringify(actual, null, 2);
  assert.equal(actual.length, expected.length, `${what}: expected ${expected.length} finding(s), got ${actual.length}:\n${shown}`);
  expected.forEach((want, i) => {
    const got = actual[i];
    assert.equal(got.line, want.line, `${what} #${i + 1}: line\n${shown}`);
    if (want.column !== undefined) assert.equal(got.column, want.column, `${what} #${i + 1}: column\n${shown}`);
    if (want.message !== undefined) assert.ok(got.message.includes(want.message), `${what} #${i + 1}: message should contain “${want.message}”\n${shown}`);
    if (want.severity !== undefined) assert.equal(got.severity, want.severity, `${what} #${i + 1}: severity\n${shown}`);
  });
}

/** Runs the engine with only the fixture's rule and checks what every case must satisfy. */
function lintFixture(text: string, config: ResolvedConfig, rule: AnyRule): Finding[] {
  const result = lint(text, config);
  assert.deepEqual(
    result.crashes.map((c) => c.ruleId),
    [],
    'no rule may crash',
  );
  for (const finding of result.findings) {
    assert.equal(finding.ruleId, rule.id, 'only the rule under test reports');
    assert.ok(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length, `finding offsets inside the text: ${JSON.stringify(finding)}`);
    if (finding.fix) assert.ok(rule.fixable, `${rule.id} is not declared fixable but reported a fix`);
    if (finding.suggestions) assert.ok(rule.hasSuggestions, `${rule.id} does not declare suggestions but reported one`);
    for (const edit of [finding.fix, ...(finding.suggestions ?? []).map((s) => s.fix)]) {
      if (!edit) continue;
      const [start, end] = edit.range;
      assert.ok(0 <= start && start <= end && end <= text.length, `fix range inside the text: ${JSON.stringify(edit)}`);
    }
  }
  return result.findings;
}

/**
 * One fix pass must keep every character outside the ranges it replaced: the text before the first
 * applied range, between applied ranges, and after the last.
 */
function assertSinglePassPreserves(text: string, fixes: readonly Fix[]): void {
  if (fixes.length === 0) return;
  const { text: output } = applyFixes(text, fixes);
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const first = sorted[0].range[0];
  const last = Math.max(...sorted.map((f) => f.range[1]));
  assert.equal(output.slice(0, first), text.slice(0, first), 'one fix pass keeps the text before the first fix');
  assert.equal(output.slice(output.length - (text.length - last)), text.slice(last), 'one fix pass keeps the text after the last fix');
  // Walk the fixes applyFixes applies (non-overlapping, in order) and check the gaps between them.
  let cursor = 0;
  let outputCursor = 0;
  let lastEnd = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start === lastEnd) continue;
    const kept = text.slice(cursor, start);
    assert.equal(output.slice(outputCursor, outputCursor + kept.length), kept, `one fix pass keeps the text between fixes (at ${cursor})`);
    outputCursor += kept.length;
    assert.equal(output.slice(outputCursor, outputCursor + fix.text.length), fix.text, `the fix text is inserted as given (at ${start})`);
    outputCursor += fix.text.length;
    cursor = end;
    lastEnd = end;
  }
  assert.equal(output.slice(outputCursor), text.slice(cursor), 'one fix pass keeps the rest of the text');
}

function runValid(fixture: Fixture): void {
  const text = readFileSync(fixture.path, 'utf8');
  const findings = lintFixture(text, configFor(fixture.rule, fixture.options), fixture.rule);
  assertFindings(text, findings, [], fixture.name);
}

function runInvalid(fixture: Fixture, expectation: Expectation): void {
  const text = readFileSync(fixture.path, 'utf8');
  const config = configFor(fixture.rule, fixture.options);
  const findings = lintFixture(text, config, fixture.rule);
  assertFindings(text, findings, expectation.findings, fixture.name);
  const suggestedPath = `${base(fixture.path)}.suggested.md`;
  if (existsSync(suggestedPath)) {
    const picked = findings.flatMap((f) => (f.suggestions ? [f.suggestions[0].fix] : []));
    assert.ok(picked.length > 0, `${fixture.name} has a .suggested.md but no suggestion`);
    assert.equal(applyFixes(text, picked).text, readFileSync(suggestedPath, 'utf8'), `picking every suggestion of ${fixture.name} gives ${relative(FIXTURES, suggestedPath)}`);
  }
  if (!fixture.rule.fixable) {
    assert.equal(expectation.remaining, undefined, '"remaining" is only for fixable rules');
    return;
  }

  const fixedPath = `${base(fixture.path)}.fixed.md`;
  assert.ok(existsSync(fixedPath), `${relative(FIXTURES, fixedPath)} is missing`);
  const wanted = readFileSync(fixedPath, 'utf8');
  const fixed = fix(text, config);
  assert.equal(fixed.text, wanted, `fixing ${fixture.name} gives ${relative(FIXTURES, fixedPath)}`);
  assert.equal(fix(fixed.text, config).text, fixed.text, 'fixing the fixed text again changes nothing');
  assertSinglePassPreserves(
    text,
    findings.flatMap((f) => (f.fix ? [f.fix] : [])),
  );
  const remaining = lintFixture(fixed.text, config, fixture.rule);
  assertFindings(fixed.text, remaining, expectation.remaining ?? [], `${relative(FIXTURES, fixedPath)} (remaining)`);
}

describe('rules: fixtures', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const fixture of fixturesOf(rule)) {
        const jsonPath = `${base(fixture.path)}.json`;
        if (fixture.kind === 'valid') {
          const pending = existsSync(jsonPath) ? readJson<{ pending?: string }>(jsonPath).pending : undefined;
          caseFor(pending)(`${fixture.name} gives no finding${pending ? ` (pending: ${pending})` : ''}`, () => runValid(fixture));
        } else {
          const expectation = existsSync(jsonPath) ? readJson<Expectation>(jsonPath) : null;
          const pending = expectation?.pending;
          caseFor(pending)(`${fixture.name} gives the expected findings${fixture.rule.fixable ? ' and fix' : ''}${pending ? ` (pending: ${pending})` : ''}`, () => {
            assert.ok(expectation, `${relative(FIXTURES, jsonPath)} is missing`);
            assert.ok(Array.isArray(expectation.findings) && expectation.findings.length > 0, `${relative(FIXTURES, jsonPath)} needs a non-empty "findings" array`);
            runInvalid(fixture, expectation);
          });
        }
      }
    });
  }
});

describe('rules: fixture coverage', () => {
  it('every rule has a fixture folder with valid and invalid fixtures (and .fixed.md when fixable)', () => {
    const problems: string[] = [];
    for (const rule of RULES) {
      const fixtures = fixturesOf(rule);
      if (!fixtures.some((f) => f.kind === 'valid')) problems.push(`${rule.id}: no valid*.md`);
      if (!fixtures.some((f) => f.kind === 'invalid')) problems.push(`${rule.id}: no invalid*.md`);
      for (const fixture of fixtures.filter((f) => f.kind === 'invalid')) {
        if (!existsSync(`${base(fixture.path)}.json`)) problems.push(`${rule.id}/${fixture.name}: no .json`);
        if (rule.fixable && !existsSync(`${base(fixture.path)}.fixed.md`)) problems.push(`${rule.id}/${fixture.name}: no .fixed.md`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('every fixture folder and file belongs to a rule and a fixture', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const problems: string[] = [];
    for (const entry of readdirSync(FIXTURES)) {
      if (statSync(join(FIXTURES, entry)).isDirectory() && !ids.has(entry)) problems.push(`${entry}/: no rule has this id`);
    }
    for (const rule of RULES) {
      for (const set of fixtureSets(rule)) {
        const files = readdirSync(set.dir).filter((f) => statSync(join(set.dir, f)).isFile());
        const cases = new Set(files.filter(isFixture).map(base));
        for (const file of files) {
          if (isFixture(file) || file === 'options.json') continue;
          const owner = file.replace(/\.(?:fixed\.md|suggested\.md|options\.json|json)$/, '');
          if (!cases.has(owner)) problems.push(`${relative(FIXTURES, join(set.dir, file))}: belongs to no fixture`);
          if (file.endsWith('.fixed.md') && !rule.fixable) problems.push(`${relative(FIXTURES, join(set.dir, file))}: ${rule.id} is not fixable`);
          if (file.endsWith('.suggested.md') && !rule.hasSuggestions) problems.push(`${relative(FIXTURES, join(set.dir, file))}: ${rule.id} has no suggestions`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('every rule has a docs page docs/rules/<id>.md', () => {
    const missing = RULES.filter((rule) => !existsSync(join(DOCS, `${rule.id}.md`))).map((rule) => rule.id);
    assert.deepEqual(missing, [], `missing docs pages: ${missing.join(', ')}`);
  });

  it('every docs page says whether its fix runs in fix-all or is a quick fix only', () => {
    const problems: string[] = [];
    for (const rule of RULES) {
      const row = /^\| Fix \| (.*) \|$/m.exec(readFileSync(join(DOCS, `${rule.id}.md`), 'utf8'))?.[1];
      if (!row) problems.push(`${rule.id}: no "| Fix |" row`);
      else {
        if (rule.fixable !== row.startsWith('Fix-all')) problems.push(`${rule.id}: fixable is ${rule.fixable}, the page says “${row.slice(0, 30)}…”`);
        if (Boolean(rule.hasSuggestions) !== /quick fix only/i.test(row))
          problems.push(`${rule.id}: suggestions ${Boolean(rule.hasSuggestions)}, the page says “${row.slice(0, 30)}…”`);
        if (!rule.fixable && !rule.hasSuggestions && !row.startsWith('No')) problems.push(`${rule.id}: no fix, the page says “${row.slice(0, 30)}…”`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
