import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ConfigError } from '../../server/src/engine';
import { readTree } from '../../server/src/engine/parse/tree';
import remarkPressroom, { type Options } from '../../server/src/remark/plugin';
import type { LintFileResult } from '../../server/src/cli/results';
import { runCli, temporaryFolder } from '../helpers/cli';
import { projectDocuments } from '../helpers/documents';
import { CLEAN_RELEASE } from '../helpers/releases';

const ROOT = path.resolve(__dirname, '..', '..');

/** A message in the fields both reports have: rule, where it starts and ends, how severe. */
const key = (m: { ruleId: string | null | undefined; line: number | null | undefined; column: number | null | undefined; endLine: number; endColumn: number; severity: 1 | 2 }) =>
  `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`;

/** The recommended pipeline: remark with front matter and GFM, then Pressroom. */
function processor(options?: Options, before?: () => (tree: Root) => void) {
  const pipeline = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
  if (before) pipeline.use(before);
  return pipeline.use(remarkPressroom, options);
}

async function pluginMessages(file: string, options?: Options, before?: () => (tree: Root) => void): Promise<VFile['messages']> {
  const vfile = new VFile({ path: file, value: readFileSync(file) });
  const pipeline = processor(options, before);
  await pipeline.run(pipeline.parse(vfile), vfile);
  return vfile.messages;
}

/** A vfile message, or its JSON in remark-cli's report, by the same fields. */
interface ReportedMessage {
  ruleId?: string | null;
  fatal?: boolean | null;
  place?: { start: { line: number; column: number }; end: { line: number; column: number } } | { line: number; column: number } | null;
}
const vfileKey = (m: ReportedMessage) => {
  const place = m.place && 'start' in m.place ? m.place : null;
  return key({
    ruleId: m.ruleId,
    line: place?.start.line,
    column: place?.start.column,
    endLine: place?.end.line ?? 0,
    endColumn: place?.end.column ?? 0,
    severity: m.fatal ? 2 : 1,
  });
};
const vfileKeys = (messages: readonly ReportedMessage[]) => messages.map(vfileKey);

describe('remark-pressroom', function () {
  this.timeout(300_000);

  it('reports, file for file, the messages `pressroom lint --format json` reports, reading the tree remark built', async () => {
    const files = projectDocuments();
    const run = await runCli(['--format', 'json', ...files], { cwd: ROOT });
    const expected = new Map((JSON.parse(run.stdout) as LintFileResult[]).map((r) => [path.resolve(ROOT, r.filePath), r.messages.map(key)]));
    assert.ok(files.length > 500, `only ${files.length} documents`);
    let fromTree = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const pipeline = processor();
      if (readTree(text, pipeline.parse(text))) fromTree++;
      assert.deepEqual(vfileKeys(await pluginMessages(file)), expected.get(file), file);
    }
    // None is parsed a second time: the plugin reads the tree remark built.
    assert.equal(fromTree, files.length, `${files.length - fromTree} of ${files.length} documents were parsed a second time`);
  });

  it('gives each message its rule, its source, its place, its page, and its fix as the expected text', async () => {
    const { dir, cleanup } = temporaryFolder();
    try {
      const file = path.join(dir, 'release.md');
      writeFileSync(file, `${CLEAN_RELEASE.replace(/\n###\n?$/, '\n').replace('# Acme', '# ACME')}\nTK\n`);
      writeFileSync(path.join(dir, '.pressroomrc.json'), '{ "rules": { "require-end-mark": "warn", "no-placeholder": "error" } }');
      const [cli] = JSON.parse((await runCli(['--format', 'json', file], { cwd: dir })).stdout) as LintFileResult[];
      const messages = await pluginMessages(file);
      assert.deepEqual(vfileKeys(messages), cli.messages.map(key));
      assert.ok(messages.some((m) => m.fatal) && messages.some((m) => !m.fatal), 'errors and warnings both');
      for (const [i, message] of messages.entries()) {
        const expected = cli.messages[i];
        assert.equal(message.source, 'pressroom');
        assert.equal(message.reason, expected.message);
        assert.equal(message.url, `https://github.com/pressroom-dev/pressroom/blob/main/docs/rules/${expected.ruleId}.md`);
        assert.deepEqual(message.expected, expected.fix ? [expected.fix.text] : undefined, String(expected.ruleId));
      }
      assert.ok(
        messages.some((m) => m.expected),
        'some message carries its fix',
      );
    } finally {
      cleanup();
    }
  });

  it('takes a configuration object as its options, with the errors a .pressroomrc.json gets', async () => {
    const file = path.join(ROOT, 'examples', 'draft-with-problems.md');
    const quiet = await pluginMessages(file, { rules: { 'require-dateline': 'off', 'require-background': 'warn' } });
    assert.ok(!quiet.some((m) => m.ruleId === 'require-dateline'));
    assert.equal(quiet.find((m) => m.ruleId === 'require-background')?.fatal, false);
    const ap = await pluginMessages(path.join(ROOT, 'examples', 'international-release.md'), { extends: 'ap' });
    assert.ok(
      ap.some((m) => m.ruleId === 'dateline-format'),
      'the ap preset checks an international dateline',
    );
    assert.throws(
      () =>
        unified()
          .use(remarkParse)
          .use(remarkPressroom, { rules: { 'require-quote': 'eror' } } as unknown as Options)
          .freeze(),
      (error: unknown) =>
        error instanceof ConfigError && /remark-pressroom options: rule "require-quote": severity must be/.test(error.message) && error.path.join('.') === 'rules.require-quote',
    );
    assert.throws(
      () =>
        unified()
          .use(remarkParse)
          .use(remarkPressroom, { preset: 'ap' } as unknown as Options)
          .freeze(),
      /unknown key "preset"/,
    );
  });

  it('parses the text again when the tree lost its positions or a plugin before it rewrote the text', async () => {
    const file = path.join(ROOT, 'examples', 'draft-with-problems.md');
    const plain = vfileKeys(await pluginMessages(file));
    const stripPositions = () => (tree: Root) => {
      const walk = (node: { position?: unknown; children?: unknown[] }): void => {
        node.position = undefined;
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(tree);
    };
    const rewrite = () => (tree: Root) => {
      const walk = (node: { type: string; value?: string; children?: unknown[] }): void => {
        if (node.type === 'text' && node.value) node.value = node.value.replaceAll('TK', 'to come');
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(tree);
    };
    assert.deepEqual(vfileKeys(await pluginMessages(file, undefined, stripPositions)), plain);
    assert.deepEqual(vfileKeys(await pluginMessages(file, undefined, rewrite)), plain);
  });

  it('places findings in a file that opens with a byte-order mark where the CLI does', async () => {
    const { dir, cleanup } = temporaryFolder();
    try {
      const file = path.join(dir, 'bom.md');
      writeFileSync(file, `\uFEFF${readFileSync(path.join(ROOT, 'examples', 'draft-with-problems.md'), 'utf8')}`);
      const run = await runCli(['--format', 'json', file], { cwd: dir });
      const [result] = JSON.parse(run.stdout) as LintFileResult[];
      const text = readFileSync(file, 'utf8');
      assert.ok(readTree(text, processor().parse(text)), 'read from the tree');
      assert.deepEqual(vfileKeys(await pluginMessages(file)), result.messages.map(key));
    } finally {
      cleanup();
    }
  });
});

describe('remark-cli with remark-pressroom', function () {
  this.timeout(120_000);
  const remark = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js'), '--rc-path', path.join(ROOT, 'test', 'remark', '.remarkrc.json'), '--no-stdout', ...args],
      { cwd: ROOT },
    ).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('reports on examples/ what `pressroom examples/` reports, and fails on them', async () => {
    const cli = await runCli(['--format', 'json', 'examples'], { cwd: ROOT });
    const expected = (JSON.parse(cli.stdout) as LintFileResult[]).map((r) => [path.resolve(ROOT, r.filePath), r.messages.map(key)]);
    const run = await remark(['examples', '--report', 'json']);
    const reported = (JSON.parse(run.stderr) as { path: string; messages: ReportedMessage[] }[]).map((f) => [path.resolve(ROOT, f.path), vfileKeys(f.messages)]);
    assert.deepEqual(reported.sort(), expected.sort());
    assert.equal(run.code, 1, 'errors fail the run');
    assert.equal((await remark(['examples', '--frail'])).code, 1);
  });

  it('passes a file with warnings only, unless --frail', async () => {
    const file = path.join('examples', 'complete-release.md');
    assert.equal((await remark([file])).code, 0);
    const { dir, cleanup } = temporaryFolder();
    try {
      const warned = path.join(dir, 'warned.md');
      writeFileSync(
        warned,
        readFileSync(path.join(ROOT, file), 'utf8').replace(/^# (.*)$/m, (_, title: string) => `# ${title.toUpperCase()}`),
      );
      assert.equal((await remark([warned])).code, 0);
      assert.equal((await remark([warned, '--frail'])).code, 1);
    } finally {
      cleanup();
    }
  });
});
