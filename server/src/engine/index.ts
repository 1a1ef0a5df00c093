/** The engine's public surface: pure functions from text to a release model and findings. */
export { lint, fix, disableFixes, treatment, type LintResult, type LintOptions } from './lint';
export { parse, ParseCache, type Block, type ParsedDocument } from './parse';
export { readTree } from './parse/tree';
export { recognise } from './recognise/index';
export { inspectRelease, type Inspection } from './inspect';
export { applyFixes } from './fixes';
export { INSPECTED_DETAIL, type InspectedParts, type OutlineEntry, type OutlineIcon, outlineOf, PARTS, partRequiredBy, requiredParts, type Part } from './parts';
export { hasPressReleaseFrontMatter } from './recognise/classify';
export { internationalPhone } from './recognise/contacts';
export { newReleaseText, partSnippets, toSnippet, type PartSnippet } from './template';
export { RULES, RULES_BY_ID, ruleDocsUrl, DOCS_BASE_URL } from './rules/index';
export type { Finding, Fix, RelatedSpan, Rule, Severity, Suggestion } from './rules/types';
export * from './release';
export { LineIndex, type Span } from './text';
export { PRESETS, PRESET_NAMES } from './config/presets';
export {
  ConfigError,
  type ConfigLocation,
  presetConfig,
  presetLayer,
  resolveConfig,
  validateConfig,
  isPreset,
  type ConfigLayer,
  type ConfigObject,
  type ResolvedConfig,
} from './config/resolve';
export type { Organization, ProfileContact } from './config/organization';
