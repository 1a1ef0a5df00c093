import { RULES, RULES_BY_ID } from '../rules/index';
import type { DatelineStyle, OptionSpec, Severity } from '../rules/types';
import { fieldProblem, ORGANIZATION_SPEC, type Organization } from './organization';
import { PRESETS, PRESET_NAMES } from './presets';

export type SeverityValue = Severity | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue] | [SeverityValue, Record<string, unknown>];

/** A configuration as written in `.pressroomrc.json(c)` or `package.json#pressroom`. */
export interface ConfigObject {
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  releaseDetection?: 'auto' | 'always';
  /** The house style of datelines: what dateline-format checks and what a new release's skeleton writes. */
  datelineStyle?: DatelineStyle;
  /** The team's profile, which inserted text uses and the `*-current` rules compare with. */
  organization?: Organization;
}

/** The keys a configuration may hold, with what each is for (the schema and the errors say it). */
export const CONFIG_KEYS = ['extends', 'rules', 'releaseDetection', 'datelineStyle', 'organization'] as const;
const DATELINE_STYLES: readonly DatelineStyle[] = ['any', 'ap', 'international'];

/** One layer of configuration and where it came from (a file path, a preset, the command line). */
export interface ConfigLayer {
  source: string;
  config: ConfigObject;
}

export interface RuleConfig {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Map<string, RuleConfig>;
  /** `auto`: release-structure rules run only on documents classified as releases. */
  releaseDetection: 'auto' | 'always';
  datelineStyle: DatelineStyle;
  /** The team's profile, or null when no configuration gives one. */
  organization: Organization | null;
}

/** Where in a configuration file a problem is: offsets, and the 1-based lines and columns of both ends. */
export interface ConfigLocation {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * A configuration problem, naming where it is: the CLI prints it and exits 2; the server shows it
 * on the file. `path` is the JSON path of the value at fault (`["rules", "headline-style"]`);
 * `location`, where the file's text is known, is where that value is written.
 */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problem: string,
    readonly path: readonly (string | number)[] = [],
    readonly location: ConfigLocation | null = null,
  ) {
    super(`${source}${location ? `:${location.line}:${location.column}` : ''}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const SEVERITIES: Record<string, Severity> = { off: 'off', warn: 'warn', warning: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

function severityOf(value: unknown, source: string, ruleId: string, path: readonly (string | number)[]): Severity {
  const severity = typeof value === 'string' || typeof value === 'number' ? SEVERITIES[String(value)] : undefined;
  if (!severity) throw new ConfigError(source, `rule "${ruleId}": severity must be "off", "warn" or "error" (or 0, 1, 2), not ${JSON.stringify(value)}`, path);
  return severity;
}

function checkOption(spec: OptionSpec, value: unknown): string | null {
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (spec.minimum !== undefined && value < spec.minimum) return `must be at least ${spec.minimum}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'string':
      if (typeof value !== 'string') return 'must be a string';
      return spec.enum && !spec.enum.includes(value) ? `must be one of ${spec.enum.map((e) => `"${e}"`).join(', ')}` : null;
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'must be an array of strings';
  }
}

/** Checks the shape of a configuration object; throws a ConfigError that names the problem and its path. */
export function validateConfig(config: unknown, source: string): ConfigObject {
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new ConfigError(source, 'the configuration must be a JSON object');
  const object = config as Record<string, unknown>;
  const expected = CONFIG_KEYS.map((k) => `"${k}"`).join(', ');
  for (const key of Object.keys(object)) {
    if (key !== '$schema' && !(CONFIG_KEYS as readonly string[]).includes(key)) throw new ConfigError(source, `unknown key "${key}" (expected ${expected})`, [key]);
  }
  const extendsValue = object.extends;
  if (extendsValue !== undefined && typeof extendsValue !== 'string' && !(Array.isArray(extendsValue) && extendsValue.every((e) => typeof e === 'string'))) {
    throw new ConfigError(source, '"extends" must be a preset name, a path or a package name, or an array of them', ['extends']);
  }
  if (object.releaseDetection !== undefined && object.releaseDetection !== 'auto' && object.releaseDetection !== 'always') {
    throw new ConfigError(source, '"releaseDetection" must be "auto" or "always"', ['releaseDetection']);
  }
  if (object.datelineStyle !== undefined && !DATELINE_STYLES.includes(object.datelineStyle as DatelineStyle)) {
    throw new ConfigError(source, `"datelineStyle" must be ${DATELINE_STYLES.map((d) => `"${d}"`).join(', ')}`, ['datelineStyle']);
  }
  if (object.organization !== undefined) {
    const fault = fieldProblem(ORGANIZATION_SPEC, object.organization, ['organization']);
    if (fault) throw new ConfigError(source, fault.problem, fault.path);
  }
  const rules = object.rules;
  if (rules !== undefined) {
    if (!rules || typeof rules !== 'object' || Array.isArray(rules)) throw new ConfigError(source, '"rules" must be an object of rule ids', ['rules']);
    for (const [id, setting] of Object.entries(rules)) {
      const at = ['rules', id];
      const rule = RULES_BY_ID.get(id);
      if (!rule) throw new ConfigError(source, `unknown rule "${id}" (run "pressroom rules" for the list)`, at);
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      severityOf(severity, source, id, Array.isArray(setting) ? [...at, 0] : at);
      if (Array.isArray(setting) && setting.length > 2) throw new ConfigError(source, `rule "${id}": write [severity, options]`, at);
      if (options !== undefined) {
        if (!options || typeof options !== 'object' || Array.isArray(options)) throw new ConfigError(source, `rule "${id}": options must be an object`, [...at, 1]);
        for (const [name, value] of Object.entries(options)) {
          const specs = rule.options as Record<string, OptionSpec>;
          const spec = specs[name];
          if (!spec) {
            const names = Object.keys(specs);
            const known = names.length ? `its options: ${names.map((n) => `"${n}"`).join(', ')}` : 'it has none';
            throw new ConfigError(source, `rule "${id}" has no option "${name}" (${known})`, [...at, 1, name]);
          }
          const problem = checkOption(spec, value);
          if (problem) throw new ConfigError(source, `rule "${id}": option "${name}" ${problem}`, [...at, 1, name]);
        }
      }
    }
  }
  return object as ConfigObject;
}

export function isPreset(name: string): boolean {
  return PRESET_NAMES.includes(name);
}

export function presetLayer(name: string, source = `preset "${name}"`): ConfigLayer {
  const preset = PRESETS[name];
  if (!preset) throw new ConfigError(source, `unknown preset "${name}" (expected ${PRESET_NAMES.map((p) => `"${p}"`).join(', ')})`);
  return { source: `preset:${name}`, config: { rules: preset.rules, ...(preset.datelineStyle ? { datelineStyle: preset.datelineStyle } : {}) } };
}

/**
 * Merges layers, later ones winning, over every rule's defaults. A layer that only sets a severity
 * keeps the options set before it, as ESLint does.
 */
export function resolveConfig(layers: readonly ConfigLayer[]): ResolvedConfig {
  const rules = new Map<string, RuleConfig>();
  for (const rule of RULES) rules.set(rule.id, { severity: rule.defaultSeverity, options: { ...rule.defaultOptions } });
  let releaseDetection: ResolvedConfig['releaseDetection'] = 'auto';
  let datelineStyle: DatelineStyle = 'any';
  let organization: Partial<Organization> | null = null;
  let organizationSource = '';
  for (const { source, config } of layers) {
    const checked = validateConfig(config, source);
    if (checked.releaseDetection) releaseDetection = checked.releaseDetection;
    if (checked.datelineStyle) datelineStyle = checked.datelineStyle;
    // A project's profile may override what a shared one says, field by field.
    if (checked.organization) {
      organization = { ...(organization ?? {}), ...checked.organization };
      organizationSource = source;
    }
    for (const [id, setting] of Object.entries(checked.rules ?? {})) {
      const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined];
      const current = rules.get(id)!;
      rules.set(id, { severity: severityOf(severity, source, id, ['rules', id]), options: options ? { ...current.options, ...options } : current.options });
    }
  }
  if (organization && !organization.name) {
    throw new ConfigError(organizationSource, '"organization" needs "name" (here or in the configuration it extends)', ['organization']);
  }
  return { rules, releaseDetection, datelineStyle, organization: organization as Organization | null };
}

/** The configuration a preset alone gives. */
export function presetConfig(name = 'recommended'): ResolvedConfig {
  return resolveConfig([presetLayer(name)]);
}
