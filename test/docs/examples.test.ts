import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ConfigObject, lint, presetLayer, RULES, resolveConfig, type ResolvedConfig } from '../../server/src/engine/index';

const DOCS = path.resolve(__dirname, '..', '..', 'docs', 'rules');

interface Example {
  kind: 'Incorrect' | 'Correct';
  heading: string;
  preset: string;
  options: Record<string, unknown>;
  text: string;
}

/** The `### Incorrect` / `### Correct` examples of a rule page, with the preset or options their heading names. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  const heading = /^### (Incorrect|Correct)\b(.*)\n+```markdown\n([\s\S]*?)\n```/gm;
  for (const match of page.matchAll(heading)) {
    const preset = /\(`(\w+)` preset\)/.exec(match[2])?.[1] ?? 'recommended';
    const options = /with `(\{.*\})`/.exec(match[2])?.[1];
    examples.push({ kind: match[1] as Example['kind'], heading: `### ${match[1]}${match[2]}`, preset, options: options ? JSON.parse(options) : {}, text: `${match[3]}\n` });
  }
  return examples;
}

/**
 * The configuration a page shows for all its examples: a ```json block that opens with the line
 * `// .pressroomrc.json` (the team's profile the `*-current` rules compare with).
 */
function pageConfig(page: string): ConfigObject {
  const block = /^```json\n\/\/ \.pressroomrc\.json\n([\s\S]*?)\n```/m.exec(page);
  return block ? (JSON.parse(block[1]) as ConfigObject) : {};
}

/** The example's preset with the rule on (and its options), linted as a release as an included file is. */
function configFor(ruleId: string, example: Example, page: ConfigObject): ResolvedConfig {
  const config = resolveConfig([presetLayer(example.preset), { source: 'page', config: page }]);
  const setting = config.rules.get(ruleId)!;
  const rules = new Map(config.rules);
  rules.set(ruleId, { severity: setting.severity === 'off' ? 'warn' : setting.severity, options: { ...setting.options, ...example.options } });
  return { ...config, rules, releaseDetection: 'always' };
}

describe('rule pages: every example does what its heading says', () => {
  for (const rule of RULES) {
    it(rule.id, () => {
      const page = readFileSync(path.join(DOCS, `${rule.id}.md`), 'utf8');
      const examples = examplesOf(page);
      assert.ok(
        examples.some((e) => e.kind === 'Incorrect'),
        'the page has no Incorrect example',
      );
      assert.ok(
        examples.some((e) => e.kind === 'Correct'),
        'the page has no Correct example',
      );
      const wrong: string[] = [];
      for (const example of examples) {
        const reported = lint(example.text, configFor(rule.id, example, pageConfig(page))).findings.some((f) => f.ruleId === rule.id);
        if (reported !== (example.kind === 'Incorrect')) wrong.push(`${example.heading}: ${reported ? 'reports' : 'does not report'} ${rule.id}`);
      }
      assert.deepEqual(wrong, []);
    });
  }
});
