import path from 'node:path';
import { ConfigError, presetLayer, resolveConfig, type ConfigLayer, type ResolvedConfig } from '../engine/index';
import { ConfigFinder } from '../node/config-files';
import type { Settings } from './settings';

export interface ConfigProblem {
  /** The configuration file at fault (absolute path), or null for a problem in the client settings. */
  file: string | null;
  message: string;
}

export interface ConfigAnswer {
  config: ResolvedConfig;
  /** Set when a layer was unusable and the answer falls back to what remained. */
  problem: ConfigProblem | null;
}

/**
 * The configuration for a document: the `pressroom.preset` setting, then the project's files
 * (nearest `.pressroomrc.json(c)` or `package.json#pressroom`, which may extend a preset), then the
 * `pressroom.rules` severity overrides. A broken layer is reported and left out, never thrown.
 */
export class ConfigService {
  private readonly finder = new ConfigFinder();
  private readonly resolved = new Map<string, ResolvedConfig>();

  /** Forgets every file read, after a configuration file changes on disk. */
  clear(): void {
    this.finder.clear();
    this.resolved.clear();
  }

  /**
   * @param filePath the document's path, or null (untitled): then `folder`'s configuration applies.
   */
  configFor(filePath: string | null, folder: string | null, settings: Settings): ConfigAnswer {
    let problem: ConfigProblem | null = null;
    const base = this.baseLayer(settings);
    if (base.problem) problem = base.problem;

    let fileLayers: ConfigLayer[] = [];
    const anchor = filePath ?? (folder ? path.join(folder, '.untitled.md') : null);
    if (anchor) {
      try {
        fileLayers = this.finder.layersFor(anchor);
      } catch (error) {
        problem ??= toProblem(error);
      }
    }

    const overrides = settingsRulesLayer(settings);
    const layers = [base.layer, ...fileLayers, ...(overrides ? [overrides] : [])];
    const key = JSON.stringify(layers.map((l) => l.source)) + JSON.stringify(settings.rules) + settings.preset;
    let config = this.resolved.get(key);
    if (!config) {
      try {
        config = resolveConfig(layers);
      } catch (error) {
        // The overrides from settings are the only layer not validated on load.
        problem ??= toProblem(error);
        config = resolveConfig(layers.filter((l) => l !== overrides));
      }
      this.resolved.set(key, config);
    }
    return { config, problem };
  }

  private baseLayer(settings: Settings): { layer: ConfigLayer; problem: ConfigProblem | null } {
    try {
      return { layer: presetLayer(settings.preset, 'setting "pressroom.preset"'), problem: null };
    } catch (error) {
      return { layer: presetLayer('recommended'), problem: toProblem(error) };
    }
  }
}

function settingsRulesLayer(settings: Settings): ConfigLayer | null {
  if (Object.keys(settings.rules).length === 0) return null;
  return { source: 'setting "pressroom.rules"', config: { rules: settings.rules as never } };
}

function toProblem(error: unknown): ConfigProblem {
  if (error instanceof ConfigError) {
    const file = path.isAbsolute(error.source) ? error.source : null;
    return { file, message: error.message };
  }
  return { file: null, message: `Pressroom could not read its configuration: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * Where in a configuration file a problem is, as offsets: the line:column a JSON syntax error
 * names, else the first quoted name the message mentions, else the start of the file.
 */
export function locateConfigProblem(text: string, message: string): { start: number; end: number } {
  const at = / at (\d+):(\d+)/.exec(message);
  if (at) {
    const lines = text.split('\n');
    const line = Math.min(Number(at[1]) - 1, lines.length - 1);
    let offset = 0;
    for (let i = 0; i < line; i++) offset += lines[i].length + 1;
    const start = Math.min(offset + Number(at[2]) - 1, text.length);
    return { start, end: Math.min(start + 1, text.length) };
  }
  // `rule "x" has no option "y"`: the option is the more precise place, after its rule.
  // What follows "must be" or an opening parenthesis lists what is expected, not what is written.
  const written = message.split(/ must be | \(/)[0];
  const names = [...written.matchAll(/"([^"]{1,200})"/g)].map((m) => m[1]);
  let from = 0;
  let found: { start: number; end: number } | null = null;
  for (const name of names) {
    const index = text.indexOf(JSON.stringify(name), from);
    if (index === -1) continue;
    found = { start: index, end: index + JSON.stringify(name).length };
    from = found.end;
  }
  return found ?? { start: 0, end: 0 };
}
