/**
 * Bulk suppressions, as ESLint 9 keeps them: `pressroom-suppressions.json` records, per file and
 * rule, how many problems an archive had when it adopted Pressroom. Counts, not lines, so editing a
 * release elsewhere does not break them. A later run reports a file's problems of a rule only when
 * there are more than recorded; fewer fails the run until `--prune-suppressions` lowers the count,
 * so a fixed problem never comes back unseen.
 */
import { existsSync } from 'node:fs';
import { decodeText, InputError, readSourceFile, writeFileAtomically } from '../node/text-files';
import { recount, type LintFileResult } from './results';

export const SUPPRESSIONS_FILE = 'pressroom-suppressions.json';

/** File (as reported, with `/`) → rule → how many of its problems are suppressed. */
type Counts = Record<string, Record<string, { count: number }>>;

/** A suppression that no longer occurs: fewer problems of the rule in the file than recorded. */
export interface Unused {
  file: string;
  ruleId: string;
  recorded: number;
  found: number;
}

const keyOf = (filePath: string): string => filePath.split('\\').join('/');

export class Suppressions {
  private constructor(
    readonly file: string,
    private readonly counts: Counts,
  ) {}

  /** The suppressions file at `file`, or none recorded yet when it does not exist. */
  static load(file: string): Suppressions {
    if (!existsSync(file)) return new Suppressions(file, {});
    const text = decodeText(readSourceFile(file, file).bytes);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(file, `not valid JSON (${(error as Error).message}); delete it and run --suppress-all again`);
    }
    const counts = (data as { suppressions?: unknown })?.suppressions;
    if (!counts || typeof counts !== 'object' || Array.isArray(counts)) throw new InputError(file, 'expected {"version": 1, "suppressions": {file: {rule: {"count": n}}}}');
    for (const [path, rules] of Object.entries(counts as Record<string, unknown>)) {
      for (const [ruleId, entry] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
        const count = (entry as { count?: unknown })?.count;
        if (!Number.isInteger(count) || (count as number) < 1) throw new InputError(file, `"${path}" › "${ruleId}": count must be a whole number of at least 1`);
      }
    }
    return new Suppressions(file, counts as Counts);
  }

  get isEmpty(): boolean {
    return Object.keys(this.counts).length === 0;
  }

  /**
   * Drops from a result the problems its suppressions cover: all of a rule's in the file while they
   * are no more than recorded, none once there are more (which ones are new cannot be known).
   */
  apply(result: LintFileResult): { result: LintFileResult; unused: Unused[] } {
    const recorded = this.counts[keyOf(result.filePath)];
    if (!recorded) return { result, unused: [] };
    const found = countByRule(result);
    const unused: Unused[] = [];
    const suppressed = new Set<string>();
    for (const [ruleId, { count }] of Object.entries(recorded)) {
      const now = found.get(ruleId) ?? 0;
      if (now <= count) suppressed.add(ruleId);
      if (now < count) unused.push({ file: result.filePath, ruleId, recorded: count, found: now });
    }
    return { result: recount({ ...result, messages: result.messages.filter((m) => !m.ruleId || !suppressed.has(m.ruleId)) }), unused };
  }

  /** Records every problem of a result (`--suppress-all`), over what was recorded for the file. */
  record(result: LintFileResult): void {
    const found = countByRule(result);
    if (found.size === 0) delete this.counts[keyOf(result.filePath)];
    else this.counts[keyOf(result.filePath)] = Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, count]) => [ruleId, { count }]));
  }

  /** Lowers a file's counts to what it has now (`--prune-suppressions`); never raises them. */
  prune(result: LintFileResult): void {
    const key = keyOf(result.filePath);
    const recorded = this.counts[key];
    if (!recorded) return;
    const found = countByRule(result);
    for (const [ruleId, entry] of Object.entries(recorded)) {
      const now = Math.min(entry.count, found.get(ruleId) ?? 0);
      if (now === 0) delete recorded[ruleId];
      else entry.count = now;
    }
    if (Object.keys(recorded).length === 0) delete this.counts[key];
  }

  save(): void {
    const sorted = Object.fromEntries(Object.entries(this.counts).sort(([a], [b]) => a.localeCompare(b)));
    writeFileAtomically(this.file, `${JSON.stringify({ version: 1, suppressions: sorted }, null, 2)}\n`);
  }
}

function countByRule(result: LintFileResult): Map<string, number> {
  const counts = new Map<string, number>();
  // A file that could not be read is never suppressed: it is reported until it can be linted.
  for (const message of result.messages) if (message.ruleId) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  return counts;
}
