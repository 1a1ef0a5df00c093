import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ConfigError, isPreset, presetLayer, validateConfig, type ConfigLayer, type ConfigObject } from '../engine/index';

/** The configuration files looked for in each folder, nearest first, in this order. */
export const CONFIG_FILE_NAMES = ['.pressroomrc.json', '.pressroomrc.jsonc', 'package.json'];

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

/** Parses JSON with comments and trailing commas; a syntax error names the file, line and column. */
export function parseConfigText(text: string, source: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    throw new ConfigError(source, `invalid JSON at ${lineColumn(text, first.offset)}: ${printParseErrorCode(first.error)}`);
  }
  return value;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read the configuration file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Loads a configuration file and what it extends, as layers in the order they apply. */
export function loadConfigFile(file: string, seen: readonly string[] = []): ConfigLayer[] {
  const absolute = path.resolve(file);
  if (seen.includes(absolute)) throw new ConfigError(absolute, `"extends" forms a cycle: ${[...seen, absolute].join(' → ')}`);
  const raw = parseConfigText(readText(absolute), absolute);
  let config: unknown = raw;
  if (path.basename(absolute) === 'package.json') {
    config = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).pressroom : undefined;
    if (config === undefined) return [];
  }
  const checked: ConfigObject = validateConfig(config, absolute);
  const layers: ConfigLayer[] = [];
  const extendsList = checked.extends === undefined ? [] : Array.isArray(checked.extends) ? checked.extends : [checked.extends];
  for (const entry of extendsList) {
    if (isPreset(entry)) layers.push(presetLayer(entry, absolute));
    else if (/^[./]/.test(entry)) layers.push(...loadConfigFile(path.resolve(path.dirname(absolute), entry), [...seen, absolute]));
    else throw new ConfigError(absolute, `"extends": "${entry}" is neither a preset (recommended, ap, international) nor a relative path`);
  }
  const { extends: _extends, ...own } = checked;
  layers.push({ source: absolute, config: own });
  return layers;
}

function hasPressroomKey(file: string): boolean {
  try {
    const raw = parseConfigText(readFileSync(file, 'utf8'), file);
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

/** Finds and loads configuration per folder, remembering each folder's answer. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, ConfigLayer[]>();

  layersFor(file: string): ConfigLayer[] {
    const folder = path.dirname(path.resolve(file));
    let layers = this.byFolder.get(folder);
    if (!layers) {
      const found = findConfigFile(folder);
      layers = found ? loadConfigFile(found) : [];
      this.byFolder.set(folder, layers);
    }
    return layers;
  }

  clear(): void {
    this.byFolder.clear();
  }
}
