import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findNodeAtLocation, type ParseError, parse as parseJsonc, parseTree, printParseErrorCode } from 'jsonc-parser';
import {
  ConfigError,
  type ConfigLayer,
  type ConfigLocation,
  type ConfigObject,
  isPreset,
  LineIndex,
  PRESET_NAMES,
  presetLayer,
  type ResolvedConfig,
  resolveConfig,
  validateConfig,
} from '../engine/index';
import { CONFIG_FILE_NAMES } from '../lsp/protocol';
import { decodeText, InputError, readSourceFile } from './text-files';

/** What a JSON syntax error means, in words a writer reads (jsonc-parser names them `ColonExpected`…). */
const SYNTAX_ERRORS: Record<string, string> = {
  InvalidSymbol: 'a character that has no place here',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes expected',
  ValueExpected: 'a value expected',
  ColonExpected: 'a colon (:) expected',
  CommaExpected: 'a comma expected',
  CloseBraceExpected: 'a closing brace (}) expected',
  CloseBracketExpected: 'a closing bracket (]) expected',
  EndOfFileExpected: 'nothing expected after the closing brace',
  InvalidCommentToken: 'a malformed comment',
  UnexpectedEndOfComment: 'a comment that is never closed',
  UnexpectedEndOfString: 'a string that is never closed',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'an escape JSON does not know',
  InvalidCharacter: 'a character a JSON string cannot hold (a tab or line break)',
};

function locate(text: string, start: number, end: number): ConfigLocation {
  const lines = new LineIndex(text);
  const from = lines.position(start);
  const to = lines.position(Math.max(end, start));
  return { start, end: Math.max(end, start), line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** Parses JSON with comments and trailing commas; a syntax error names the file, line and column. */
export function parseConfigText(text: string, source: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    throw new ConfigError(
      source,
      `invalid JSON: ${SYNTAX_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error)}`,
      [],
      locate(text, first.offset, first.offset + Math.max(first.length, 1)),
    );
  }
  return value;
}

/** A configuration file's text, read as safely as a release: not too large, not binary, UTF-8. */
function readText(file: string): string {
  try {
    return decodeText(readSourceFile(file, file).bytes);
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(file, `the configuration file ${error.problem}`);
    throw error;
  }
}

/** Validates a file's configuration; a problem names where in the file the value at fault is written. */
function validateIn(config: unknown, text: string, file: string, prefix: string[]): ConfigObject {
  try {
    return validateConfig(config, file);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const tree = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
    const node = tree && findNodeAtLocation(tree, [...prefix, ...error.path]);
    // The whole property (`"require-quote": "eror"`) when the path ends at a value.
    const at = node?.parent?.type === 'property' ? node.parent : node;
    throw new ConfigError(file, error.problem, error.path, at ? locate(text, at.offset, at.offset + at.length) : null);
  }
}

/** Loads a configuration file and what it extends, as layers in the order they apply. */
export function loadConfigFile(file: string, seen: readonly string[] = []): ConfigLayer[] {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) throw new ConfigError(absolute, `"extends" forms a cycle: ${[...seen, absolute].join(' → ')}`);
  const text = readText(absolute);
  const raw = parseConfigText(text, absolute);
  let config: unknown = raw;
  const inPackage = path.basename(absolute) === 'package.json';
  if (inPackage) {
    config = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).pressroom : undefined;
    if (config === undefined) return [];
  }
  return configLayers(validateIn(config, text, absolute, inPackage ? ['pressroom'] : []), absolute, path.dirname(absolute), [...seen, absolute]);
}

/**
 * A checked configuration object as layers in the order they apply: what it extends (presets, and
 * files relative to `folder`), then its own settings.
 */
export function configLayers(checked: ConfigObject, source: string, folder: string, seen: readonly string[] = []): ConfigLayer[] {
  const layers: ConfigLayer[] = [];
  const extendsList = checked.extends === undefined ? [] : Array.isArray(checked.extends) ? checked.extends : [checked.extends];
  for (const entry of extendsList) {
    if (isPreset(entry)) layers.push(presetLayer(entry, source));
    else if (/^[./]/.test(entry)) layers.push(...loadConfigFile(path.resolve(folder, entry), seen));
    else layers.push(...loadSharedConfig(entry, source, folder, seen));
  }
  const { extends: _extends, ...own } = checked;
  layers.push({ source, config: own });
  return layers;
}

/** The number of one-character edits between two short words (for a mistyped preset's name). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[b.length];
}

/**
 * A shared configuration, as ESLint's: an installed package (`@acme/pressroom-config`) whose main
 * file is JSON, or whose package.json holds a `pressroom` key; or a JSON file inside a package
 * (`@acme/pressroom-config/strict.json`). Resolved from `folder` as Node resolves a require.
 */
function loadSharedConfig(name: string, source: string, folder: string, seen: readonly string[]): ConfigLayer[] {
  const resolve = createRequire(path.join(folder, 'pressroom-config.js')).resolve;
  const tryResolve = (request: string): string | null => {
    try {
      return resolve(request);
    } catch (error) {
      // Not installed: said below. Anything else (the web has no packages at all) is said as it is.
      if ((error as { code?: string }).code === 'MODULE_NOT_FOUND') return null;
      throw new ConfigError(source, `"extends": ${(error as Error).message}`, ['extends']);
    }
  };
  // A preset's name mistyped (`apx`, `recomended`) is not a package to install.
  const near = PRESET_NAMES.find((preset) => editDistance(preset, name) <= 2);
  const main = tryResolve(name);
  if (!main && near) throw new ConfigError(source, `"extends": "${name}" is not a preset: did you mean "${near}"? (presets: ${PRESET_NAMES.join(', ')})`, ['extends']);
  const file = main?.endsWith('.json') ? main : tryResolve(`${name}/package.json`);
  if (!file) {
    throw new ConfigError(
      source,
      `"extends": "${name}" is not a preset (recommended, ap, international), a relative path or an installed package (npm install --save-dev ${name})`,
      ['extends'],
    );
  }
  const layers = loadConfigFile(file, seen);
  if (layers.length === 0)
    throw new ConfigError(source, `"extends": the package "${name}" holds no Pressroom configuration (a JSON main file or a "pressroom" key in its package.json)`, ['extends']);
  return layers;
}

function hasPressroomKey(file: string): boolean {
  try {
    const raw = parseConfigText(readText(file), file);
    return Boolean(raw && typeof raw === 'object' && 'pressroom' in raw);
  } catch {
    // A broken package.json that is not ours is not a Pressroom configuration problem.
    return false;
  }
}

/** The nearest configuration file at or above `folder`, or null. */
export function findConfigFile(folder: string): string | null {
  let current = path.resolve(folder);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(current, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        if (name !== 'package.json' || hasPressroomKey(candidate)) return candidate;
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * The configuration of each file, for the CLI and the server alike: the layers under the project's
 * (a preset), the project's own (the nearest configuration file, or the one `--config` names),
 * the layers over them (command-line or settings overrides), merged once per distinct set.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ConfigLayer[]>();
  private readonly resolved = new Map<string, ResolvedConfig>();

  /** @param explicit a configuration file that applies to every file instead of the nearest one. */
  constructor(private readonly explicit: string | null = null) {}

  /** The project's layers for a file: the explicit file's, or the nearest configuration file's. */
  projectLayers(file: string): ConfigLayer[] {
    const folder = this.explicit ?? path.dirname(path.resolve(file));
    let layers = this.byFolder.get(folder);
    if (!layers) {
      const found = this.explicit ?? findConfigFile(folder);
      layers = found ? loadConfigFile(found) : [];
      this.byFolder.set(folder, layers);
    }
    return layers;
  }

  /** Merges layers (later ones winning); a file's layers are known by their path, others by their content. */
  resolve(layers: readonly ConfigLayer[]): ResolvedConfig {
    const key = JSON.stringify(layers.map((l) => (path.isAbsolute(l.source) ? l.source : [l.source, l.config])));
    let config = this.resolved.get(key);
    if (!config) {
      config = resolveConfig(layers);
      this.resolved.set(key, config);
    }
    return config;
  }

  /** Forgets every file read, after a configuration file changes on disk. */
  clear(): void {
    this.byFolder.clear();
    this.resolved.clear();
  }
}
