import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { temporaryFolder } from '../helpers/cli';
import { packageTarball } from '../helpers/package-tarball';

const ROOT = path.resolve(__dirname, '..', '..');

interface Step {
  uses?: string;
  with?: Record<string, string | number>;
  run?: string;
  env?: Record<string, string>;
  shell?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

/** The workflow a user copies from the README: the YAML block that uses this action. */
function readmeWorkflow(): { steps: Step[] } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((yaml) => yaml.includes('uses: pressroom-dev/pressroom@'));
  assert.ok(block, 'the README has a workflow that uses the action');
  const workflow = parseYaml(block) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs)[0];
}

/**
 * Runs a workflow's steps as a runner would: other actions (checkout, setup-node) are what the
 * machine already has; this action's composite steps run in bash with the runner's options, their
 * `${{ … }}` expressions filled in, and the local package tarball in place of the published one.
 */
function runWorkflow(steps: Step[], workspace: string, runnerTemp: string): { code: number; stdout: string; stderr: string } {
  const action = parseYaml(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
  assert.equal(action.runs.using, 'composite');
  let stdout = '';
  let stderr = '';
  for (const step of steps) {
    if (!step.uses?.startsWith('pressroom-dev/pressroom@')) continue;
    const ref = step.uses.split('@')[1];
    const given: Record<string, string> = { ...Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)])), package: packageTarball().tarball };
    const expression = (text: string): string =>
      text.replace(/\$\{\{\s*(inputs\.([\w-]+)|github\.action_ref)\s*\}\}/g, (_match: string, _expression: string, input?: string) => {
        if (!input) return ref;
        assert.ok(input in action.inputs, `input ${input} is declared`);
        return given[input] ?? action.inputs[input].default ?? '';
      });
    for (const [name] of Object.entries(step.with ?? {})) assert.ok(name in action.inputs, `the README's input ${name} is one the action declares`);
    for (const inner of action.runs.steps) {
      assert.equal(inner.shell, 'bash');
      const env = Object.fromEntries(Object.entries(inner.env ?? {}).map(([k, v]) => [k, expression(v)]));
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expression(inner.run ?? '')], {
        cwd: workspace,
        env: { ...process.env, ...env, RUNNER_TEMP: runnerTemp, GITHUB_ACTIONS: 'true' },
        encoding: 'utf8',
      });
      stdout += run.stdout;
      stderr += run.stderr;
      if (run.status !== 0) return { code: run.status ?? 1, stdout, stderr };
    }
  }
  return { code: 0, stdout, stderr };
}

describe('the GitHub Action', function () {
  this.timeout(300_000);
  let folder: ReturnType<typeof temporaryFolder>;
  let workspace: string;
  let runnerTemp: string;

  beforeEach(() => {
    folder = temporaryFolder();
    workspace = path.join(folder.dir, 'repo');
    runnerTemp = path.join(folder.dir, 'runner-temp');
    mkdirSync(path.join(workspace, 'press-releases'), { recursive: true });
    mkdirSync(runnerTemp);
  });
  afterEach(() => folder.cleanup());

  it('run as the README’s workflow, annotates a release with problems and fails the job', () => {
    writeFileSync(path.join(workspace, 'press-releases', 'draft.md'), readFileSync(path.join(ROOT, 'examples', 'draft-with-problems.md')));
    const run = runWorkflow(readmeWorkflow().steps, workspace, runnerTemp);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^::error file=press-releases\/draft\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=pressroom\(require-dateline\)::/m);
    assert.match(run.stdout, /^::warning file=press-releases\/draft\.md,/m);
  });

  it('passes a clean release, and with max-warnings 0 fails on warnings', () => {
    writeFileSync(path.join(workspace, 'press-releases', 'release.md'), readFileSync(path.join(ROOT, 'examples', 'complete-release.md')));
    assert.equal(runWorkflow(readmeWorkflow().steps, workspace, runnerTemp).code, 0);
    writeFileSync(path.join(workspace, 'press-releases', 'release.md'), `${readFileSync(path.join(ROOT, 'examples', 'complete-release.md'), 'utf8')}\nTK\n`);
    assert.equal(runWorkflow(readmeWorkflow().steps, workspace, runnerTemp).code, 1);
  });

  it('writes a SARIF report for code scanning when asked, whatever the outcome', () => {
    writeFileSync(path.join(workspace, 'press-releases', 'draft.md'), readFileSync(path.join(ROOT, 'examples', 'draft-with-problems.md')));
    const steps: Step[] = [{ uses: 'pressroom-dev/pressroom@v0.1.0', with: { paths: 'press-releases/*.md', 'sarif-file': 'pressroom.sarif' } }];
    assert.equal(runWorkflow(steps, workspace, runnerTemp).code, 1);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'pressroom.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);
    assert.ok(!existsSync(path.join(workspace, 'node_modules')), 'nothing is installed into the repository');
  });
});
