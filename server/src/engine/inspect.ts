import { presetConfig, type ResolvedConfig } from './config/resolve';
import { requiredParts, type Part } from './parts';
import type { Release } from './release';

/** The recognised parts as `pressroom inspect --format json` prints them (lines are 1-based). */
export interface InspectedParts {
  releaseLine: null | { line: number; kind: 'immediate' | 'embargo'; embargoUntil: string | null };
  headline: null | { line: number; text: string };
  dateline: null | { line: number; city: string; date: string | null };
  quotes: { line: number; speaker: string | null; attributed: boolean }[];
  background: null | { line: number };
  boilerplate: { line: number; organization: string }[];
  mediaContacts: { line: number; name: string | null; email: string | null; phone: string | null }[];
  endMark: null | { line: number; text: string };
}

export interface Inspection {
  isPressRelease: boolean;
  /** Why it is or is not taken for a release, strongest first: `+3 a dateline opens the lead`. */
  reasons?: string[];
  parts: InspectedParts;
  /** The parts the configuration requires that the release lacks, in reading order. */
  missing: Part['key'][];
}

export function inspectRelease(release: Release, config: ResolvedConfig = presetConfig()): Inspection {
  const lines = release.document.lines;
  const line = (offset: number): number => lines.position(offset).line;
  return {
    isPressRelease: release.isPressRelease,
    reasons: [...release.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((e) => `${e.weight > 0 ? '+' : ''}${e.weight} ${e.reason}`),
    parts: {
      releaseLine: release.releaseLine && {
        line: line(release.releaseLine.start),
        kind: release.releaseLine.kind,
        embargoUntil: release.releaseLine.embargoUntil,
      },
      headline: release.headline && { line: line(release.headline.start), text: release.headline.text },
      dateline: release.dateline && {
        line: line(release.dateline.start),
        city: release.dateline.city,
        date: release.dateline.date?.iso ?? null,
      },
      quotes: release.quotes.map((q) => ({ line: line(q.start), speaker: q.speaker, attributed: q.attributed })),
      background: release.background && { line: line(release.background.start) },
      boilerplate: release.boilerplate.map((b) => ({ line: line(b.start), organization: b.organization })),
      mediaContacts: release.mediaContacts.map((c) => ({ line: line(c.name ? c.start : (c.emailSpan ?? c.phoneSpan ?? c).start), name: c.name, email: c.email, phone: c.phone })),
      endMark: release.endMark && { line: line(release.endMark.start), text: release.endMark.text },
    },
    missing: requiredParts(config)
      .filter((p) => p.spans(release).length === 0)
      .map((p) => p.key),
  };
}
