/** The client settings (`pressroom.*`), their defaults, and how unknown or malformed values fall back. */

export type RunMode = 'onType' | 'onSave';
export type DetectMode = 'auto' | 'include-only';

export interface Settings {
  enable: boolean;
  run: RunMode;
  preset: string;
  /** Severity overrides: rule id → `off`, `warn` or `error`. */
  rules: Record<string, string>;
  include: string[];
  detect: DetectMode;
  /** Larger documents (in characters) are not linted: one information diagnostic says so. */
  maxDocumentSize: number;
}

export const DEFAULT_INCLUDE: readonly string[] = ['**/press/**', '**/press-releases/**', '**/*.release.md'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enable: true,
  run: 'onType',
  preset: 'recommended',
  rules: {},
  include: [...DEFAULT_INCLUDE],
  detect: 'auto',
  // Four times the largest release anyone writes, and the 1 MB adversarial inputs of the bench.
  maxDocumentSize: 4_000_000,
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads settings as a client sends them (the `pressroom` section, or an object holding it); anything
 * missing or of the wrong type takes its default, so a typo in settings never stops linting.
 */
export function normaliseSettings(raw: unknown): Settings {
  let section: unknown = raw;
  if (isRecord(raw) && isRecord(raw.pressroom)) section = raw.pressroom;
  const value = isRecord(section) ? section : {};
  const rules: Record<string, string> = {};
  if (isRecord(value.rules)) {
    for (const [id, severity] of Object.entries(value.rules)) {
      if (typeof severity === 'string' || typeof severity === 'number') rules[id] = String(severity);
    }
  }
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' ? 'onSave' : 'onType',
    preset: typeof value.preset === 'string' && value.preset ? value.preset : DEFAULT_SETTINGS.preset,
    rules,
    include: Array.isArray(value.include) ? value.include.filter((g): g is string => typeof g === 'string' && g.length > 0) : [...DEFAULT_INCLUDE],
    detect: value.detect === 'include-only' ? 'include-only' : 'auto',
    maxDocumentSize:
      typeof value.maxDocumentSize === 'number' && Number.isFinite(value.maxDocumentSize) && value.maxDocumentSize > 0 ? value.maxDocumentSize : DEFAULT_SETTINGS.maxDocumentSize,
  };
}
