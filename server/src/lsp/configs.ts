import path from 'node:path';
import { ConfigError, type ConfigLayer, type ConfigLocation, presetLayer, type ResolvedConfig } from '../engine/index';
import { ConfigResolver } from '../node/config-files';
import type { Settings } from './settings';

export interface ConfigProblem {
  /** The configuration file at fault (absolute path), or null for a problem in the client settings. */
  file: string | null;
  message: string;
  /** The problem alone, without where it is: what the diagnostic on the file says. */
  detail: string;
  /** Where in the file: the value at fault, or the syntax error. */
  location: ConfigLocation | null;
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
  private readonly resolver = new ConfigResolver();

  /** Forgets every file read, after a configuration file changes on disk. */
  clear(): void {
    this.resolver.clear();
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
        fileLayers = this.resolver.projectLayers(anchor);
      } catch (error) {
        problem ??= toProblem(error);
      }
    }

    const overrides = settingsRulesLayer(settings);
    const layers = [base.layer, ...fileLayers, ...(overrides ? [overrides] : [])];
    let config: ResolvedConfig;
    try {
      config = this.resolver.resolve(layers);
    } catch (error) {
      // The overrides from settings are the only layer not validated on load.
      problem ??= toProblem(error);
      config = this.resolver.resolve(layers.filter((l) => l !== overrides));
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

export function toProblem(error: unknown): ConfigProblem {
  if (error instanceof ConfigError) {
    const file = path.isAbsolute(error.source) ? error.source : null;
    return { file, message: error.message, detail: error.problem, location: error.location };
  }
  const message = `Pressroom could not read its configuration: ${error instanceof Error ? error.message : String(error)}`;
  return { file: null, message, detail: message, location: null };
}
