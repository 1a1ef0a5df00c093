import { presetConfig, type ResolvedConfig } from './config/resolve';
import { type InspectedParts, inspectParts, type Part, requiredParts } from './parts';
import type { Release } from './release';

export interface Inspection {
  isPressRelease: boolean;
  /** Taken for a release on enough evidence, or one that says it is one: a part it lacks is an error (else its release checks are warnings). */
  surePressRelease: boolean;
  /** Not taken for a release, but may be one: its release checks are warnings. */
  possiblePressRelease: boolean;
  /** Why it is or is not taken for a release, strongest first: `+3 a dateline opens the lead`. */
  reasons?: string[];
  parts: InspectedParts;
  /** The parts the configuration requires that the release lacks, in reading order. */
  missing: Part['key'][];
}

export function inspectRelease(release: Release, config: ResolvedConfig = presetConfig()): Inspection {
  return {
    isPressRelease: release.isPressRelease,
    surePressRelease: release.surePressRelease,
    possiblePressRelease: release.possiblePressRelease,
    reasons: [...release.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((e) => `${e.weight > 0 ? '+' : ''}${e.weight} ${e.reason}`),
    parts: inspectParts(release),
    missing: requiredParts(config)
      .filter((p) => p.spans(release).length === 0)
      .map((p) => p.key),
  };
}
