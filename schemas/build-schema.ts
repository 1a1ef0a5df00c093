/**
 * Writes the JSON schemas VS Code validates configuration with, from the rule registry itself
 * (ids, descriptions, option specs, defaults), so the schema cannot drift from the engine:
 * - schemas/pressroomrc.schema.json for `.pressroomrc.json` and `.pressroomrc.jsonc`;
 * - schemas/package-json.schema.json for the `pressroom` key of package.json;
 * - the rule ids of the `pressroom.rules` setting in package.json's contributes.
 * `npm run generate` writes them (scripts/generate.ts).
 */
import path from 'node:path';
import { fieldSchema, ORGANIZATION_SPEC } from '../server/src/engine/config/organization';
import { PRESETS, PRESET_NAMES, RULES, ruleDocsUrl } from '../server/src/engine/index';
import type { OptionSpec, Rule } from '../server/src/engine/rules/types';

const ROOT = path.resolve(__dirname, '..');
export const RC_SCHEMA_FILE = path.join(ROOT, 'schemas', 'pressroomrc.schema.json');
export const PACKAGE_SCHEMA_FILE = path.join(ROOT, 'schemas', 'package-json.schema.json');
export const MANIFEST_FILE = path.join(ROOT, 'package.json');

type JsonSchema = Record<string, unknown>;

function optionSchema(spec: OptionSpec, defaultValue: unknown): JsonSchema {
  const common = { description: spec.description.replace(/`/g, ''), markdownDescription: spec.description, ...(defaultValue === undefined ? {} : { default: defaultValue }) };
  switch (spec.type) {
    case 'number':
      return { type: 'number', ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }), ...common };
    case 'boolean':
      return { type: 'boolean', ...common };
    case 'string':
      return { type: 'string', ...(spec.enum ? { enum: [...spec.enum] } : {}), ...common };
    case 'string[]':
      return { type: 'array', items: { type: 'string' }, ...common };
  }
}

/** What the rule's edits are: applied by fix-all, offered as quick fixes, or both. */
function fixNote(rule: Rule<Record<string, unknown>>): string {
  if (rule.fixable && rule.hasSuggestions) return ', fix-all and quick fixes';
  if (rule.fixable) return ', fixable';
  return rule.hasSuggestions ? ', quick fix only' : '';
}

function ruleSchema(rule: Rule<Record<string, unknown>>): JsonSchema {
  const specs = Object.entries(rule.options as Record<string, OptionSpec>);
  const severity = { $ref: '#/definitions/severity' };
  const alternatives: JsonSchema[] = [severity, { type: 'array', items: [severity], minItems: 1, maxItems: 1 }];
  if (specs.length > 0) {
    const options: JsonSchema = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(specs.map(([name, spec]) => [name, optionSchema(spec, rule.defaultOptions[name])])),
    };
    alternatives.push({ type: 'array', items: [severity, options], minItems: 2, maxItems: 2, defaultSnippets: [{ body: [rule.defaultSeverity, { ...rule.defaultOptions }] }] });
  }
  const docs = ruleDocsUrl(rule.id);
  return {
    description: `${rule.description} (default: ${rule.defaultSeverity}${fixNote(rule)})`,
    markdownDescription: `${rule.description}\n\nDefault: \`${rule.defaultSeverity}\`${fixNote(rule).replace(', ', ' · ')} · [docs](${docs})`,
    anyOf: alternatives,
  };
}

/** The schema of a configuration object, as validateConfig reads it. */
export function configSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/pressroom-dev/pressroom/blob/main/schemas/pressroomrc.schema.json',
    title: 'Pressroom configuration',
    description: 'Configuration of the Pressroom press release linter (.pressroomrc.json, .pressroomrc.jsonc or "pressroom" in package.json).',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description:
          'A preset (recommended, ap, international), a relative path to another configuration file or an installed package that shares one, or a list of them; later entries win.',
        anyOf: [{ $ref: '#/definitions/extendsEntry' }, { type: 'array', items: { $ref: '#/definitions/extendsEntry' } }],
      },
      releaseDetection: {
        description: 'auto: release-structure rules run only on documents classified as press releases; always: on every linted document.',
        enum: ['auto', 'always'],
        default: 'auto',
      },
      datelineStyle: {
        description: 'The house style of datelines: what dateline-format checks and what a new release and the dateline skeleton write.',
        enum: ['any', 'ap', 'international'],
        markdownEnumDescriptions: [
          'Any well-formed dateline (city, a real date, one separator).',
          'AP: `CHICAGO, Sept. 4, 2015 –` (the ap preset sets it).',
          'International: `London, 4 September 2015 –` (the international preset sets it).',
        ],
        default: 'any',
      },
      organization: fieldSchema(ORGANIZATION_SPEC),
      rules: {
        description: 'Rule settings: a severity ("off", "warn", "error" or 0, 1, 2), or [severity, options].',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((rule) => [rule.id, ruleSchema(rule as Rule<Record<string, unknown>>)])),
      },
    },
    definitions: {
      severity: {
        description: 'off (0), warn (1) or error (2).',
        enum: ['off', 'warn', 'warning', 'error', 0, 1, 2],
      },
      extendsEntry: {
        anyOf: [
          {
            enum: [...PRESET_NAMES],
            markdownEnumDescriptions: PRESET_NAMES.map((name) => PRESETS[name].description),
          },
          { type: 'string', pattern: '^\\.{0,2}/', description: 'A path to a configuration file, relative to this one.' },
          {
            type: 'string',
            pattern: '^(?:@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*(?:/.+)?$',
            description: 'An installed package that shares a configuration: its main JSON file or the "pressroom" key of its package.json (@acme/pressroom-config).',
          },
        ],
      },
    },
  };
}

/** package.json: the `pressroom` key holds a configuration. */
export function packageJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Pressroom configuration in package.json',
    type: 'object',
    properties: { pressroom: { $ref: './pressroomrc.schema.json', description: 'Configuration of the Pressroom press release linter.' } },
  };
}

/** The `pressroom.rules` setting's rule ids, for completion in settings.json. */
export function settingsRuleProperties(): JsonSchema {
  return Object.fromEntries(
    RULES.map((rule) => [rule.id, { type: 'string', enum: ['off', 'warn', 'error'], markdownDescription: `${rule.description} ([docs](${ruleDocsUrl(rule.id)}))` }]),
  );
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The manifest with the `pressroom.rules` rule ids brought up to date; nothing else changes. */
export function manifestText(current: string): string {
  const manifest = JSON.parse(current);
  manifest.contributes.configuration.properties['pressroom.rules'].properties = settingsRuleProperties();
  return json(manifest);
}
