import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { ConfigError, RULES, validateConfig } from '../../server/src/engine/index';
import { configSchema, PACKAGE_SCHEMA_FILE, RC_SCHEMA_FILE } from '../../schemas/build-schema';

const ROOT = path.resolve(__dirname, '..', '..');

/** Configurations validateConfig accepts: the schema must accept them too. */
const VALID: unknown[] = [
  {},
  { $schema: './node_modules/pressroom/schemas/pressroomrc.schema.json' },
  { extends: 'ap' },
  { extends: ['international', './shared/.pressroomrc.json', '../base.json'] },
  { releaseDetection: 'always', rules: { 'headline-style': 'off', 'require-end-mark': 2, 'no-placeholder': 'warning' } },
  { rules: { 'headline-style': ['warn', { maxLength: 90, allowQuestion: true }], 'require-quote': ['error'] } },
  { datelineStyle: 'international', rules: { 'dateline-format': 'warn', 'require-end-mark': ['error', { mark: 'ENDS' }] } },
];

/** Configurations validateConfig rejects: the schema must reject them too. */
const INVALID: unknown[] = [
  [],
  { rule: {} },
  { extends: 42 },
  { releaseDetection: 'sometimes' },
  { rules: { 'no-such-rule': 'off' } },
  { rules: { 'headline-style': 'eror' } },
  { rules: { 'headline-style': 3 } },
  { rules: { 'headline-style': ['warn', { maxLength: 'long' }] } },
  { rules: { 'headline-style': ['warn', { noSuchOption: true }] } },
  { rules: { 'headline-style': ['warn', { maxLength: 90 }, 'extra'] } },
  { datelineStyle: 'chicago' },
  { rules: { 'dateline-format': ['warn', { style: 'ap' }] } },
  { rules: { 'require-quote': ['warn', {}], 'headline-style': [] } },
];

describe('JSON schema for .pressroomrc.json(c)', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(configSchema());

  it('is up to date with the rule registry', () => {
    assert.deepEqual(JSON.parse(readFileSync(RC_SCHEMA_FILE, 'utf8')), configSchema());
  });

  it('names every rule and every option, with descriptions and defaults', () => {
    const rules = (configSchema().properties as Record<string, { properties: Record<string, { anyOf: { items?: { properties?: Record<string, { default?: unknown }> }[] }[] }> }>)
      .rules.properties;
    assert.deepEqual(
      Object.keys(rules),
      RULES.map((r) => r.id),
    );
    for (const rule of RULES) {
      const withOptions = rules[rule.id].anyOf.find((a) => Array.isArray(a.items) && a.items.length === 2) as
        | { items: { properties?: Record<string, { default?: unknown }> }[] }
        | undefined;
      const names = Object.keys(rule.options);
      assert.deepEqual(Object.keys(withOptions?.items[1].properties ?? {}), names, rule.id);
      for (const name of names) assert.deepEqual(withOptions!.items[1].properties![name].default, rule.defaultOptions[name], `${rule.id}.${name}`);
    }
  });

  it('accepts what the engine accepts and rejects what it rejects', () => {
    for (const config of VALID) {
      assert.doesNotThrow(() => validateConfig(config, 'test'), JSON.stringify(config));
      assert.equal(validate(config), true, `${JSON.stringify(config)}: ${ajv.errorsText(validate.errors)}`);
    }
    for (const config of INVALID) {
      assert.throws(() => validateConfig(config, 'test'), ConfigError, JSON.stringify(config));
      assert.equal(validate(config), false, `the schema accepts ${JSON.stringify(config)}`);
    }
  });

  it('is contributed for .pressroomrc.json(c) and package.json#pressroom', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const validation = manifest.contributes.jsonValidation as { fileMatch: string | string[]; url: string }[];
    assert.deepEqual(validation.find((v) => v.url === './schemas/pressroomrc.schema.json')?.fileMatch, ['.pressroomrc.json', '.pressroomrc.jsonc']);
    assert.equal(validation.find((v) => v.url === './schemas/package-json.schema.json')?.fileMatch, 'package.json');
    for (const v of validation) assert.ok(existsSync(path.join(ROOT, v.url)), v.url);
    assert.ok(existsSync(PACKAGE_SCHEMA_FILE));
    const ruleSetting = manifest.contributes.configuration.properties['pressroom.rules'];
    assert.deepEqual(
      Object.keys(ruleSetting.properties),
      RULES.map((r) => r.id),
      'the pressroom.rules setting completes rule ids',
    );
  });
});
