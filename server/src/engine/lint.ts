import { presetConfig, type ResolvedConfig } from './config/resolve';
import { disableFileFix, disableLineFix, readDirectives } from './config/directives';
import { fixAll } from './fixes';
import { parse, type ParseCache, type ParsedDocument } from './parse';
import { PARTS } from './parts';
import { FixGuard } from './protected';
import { isBlankDraft } from './recognise/classify';
import { recognise } from './recognise/index';
import type { Release } from './release';
import { RULES } from './rules/index';
import type { Finding, Fix } from './rules/types';
import { detectEol } from './text';

const RULE_RANK = new Map(RULES.map((rule, index) => [rule.id, index]));
/** The rules that report a missing part: their fixes write the part's skeleton into the text. */
const WRITES_SKELETON = new Set(PARTS.flatMap((part) => (part.requiredBy ? [part.requiredBy] : [])));

export interface LintResult {
  /** The model of the release. */
  release: Release;
  /** Findings sorted by position. Like the model's, their offsets and fixes point into the text as given. */
  findings: Finding[];
  /** Rules that threw: each also appears once in `findings`, and the other rules still ran. */
  crashes: { ruleId: string; error: unknown }[];
}

export interface LintOptions {
  /** Keeps a large document's parsed chunks between calls, so an edit re-parses only what it touched. */
  parseCache?: ParseCache;
  /** The text already parsed: read from remark's tree by the remark plugin (parse/tree.ts). */
  document?: ParsedDocument;
  /** How to treat the document whatever it now looks like: fix-all keeps a release a release. */
  treatment?: Treatment;
}

/**
 * How lint treats a document: as a release (every rule runs), as a likely one (every rule runs, its
 * release checks as warnings, a missing part's skeleton only offered), as a possible one (release
 * checks as warnings said to be conditional, their fixes only offered), or neither.
 */
export type Treatment = 'release' | 'likely release' | 'possible release' | null;

/** Parses a document once, recognises its parts, and runs every enabled rule over the model. */
export function lint(text: string, config: ResolvedConfig = presetConfig(), options: LintOptions = {}): LintResult {
  const document = options.document ?? parse(text, options.parseCache);
  const release = recognise(document);
  const suppressions = readDirectives(text, document.lines);
  const eol = detectEol(text);
  const findings: Finding[] = [];
  const crashes: LintResult['crashes'] = [];
  const guard = new FixGuard(document);
  const treated = options.treatment !== undefined ? options.treatment : treatment(release, config);
  const taken = treated === 'release' || treated === 'likely release';
  // A document that may be a release gets its release checks as warnings, said to be conditional,
  // and their fixes only as suggestions: fix-all never writes a release's skeleton into a story.
  const tentative = treated === 'possible release';
  // One taken for a release on little evidence is told what it lacks in warnings.
  const likely = treated === 'likely release';

  for (const rule of RULES) {
    const setting = config.rules.get(rule.id);
    if (!setting || setting.severity === 'off') continue;
    const onRelease = rule.scope === 'release';
    if (onRelease && !taken && !tentative) continue;
    // This rule's findings on a possible release: warnings said to be conditional, fixes only offered;
    // on a likely one, warnings, and a missing part's skeleton only offered. Fix-all never writes a
    // release's skeleton into what may be a story.
    const conditional = onRelease && tentative;
    const softened = onRelease && (tentative || likely);
    const offered = conditional || (softened && WRITES_SKELETON.has(rule.id));
    const severity = softened ? 'warn' : setting.severity;
    try {
      rule.check({
        release,
        text,
        eol,
        options: setting.options,
        datelineStyle: config.datelineStyle,
        organization: config.organization,
        protectedAt: (offset) => guard.protectedAt(offset),
        report(report) {
          if (suppressions.isSuppressed(rule.id, report.start)) return;
          // A fix that would cut into an address, a name, code or HTML is never applied (protected.ts).
          const allowed = report.fix && guard.allows(report.fix) ? report.fix : undefined;
          const suggestions = report.suggestions?.filter((s) => guard.allows(s.fix)) ?? [];
          const fix = offered ? undefined : allowed;
          if (offered && allowed) suggestions.unshift({ title: report.fixTitle ?? fixTitle(allowed, rule.id), fix: allowed });
          findings.push({
            ruleId: rule.id,
            severity: report.error && !softened ? 'error' : report.warning ? 'warn' : severity,
            message: conditional ? `${report.message.replace(/\.$/, '')} — if this is a press release.` : report.message,
            start: report.start,
            end: report.end,
            ...(fix ? { fix, fixTitle: report.fixTitle ?? fixTitle(fix, rule.id) } : {}),
            ...(suggestions.length ? { suggestions } : {}),
            ...(report.related?.length ? { related: report.related } : {}),
          });
        },
      });
    } catch (error) {
      crashes.push({ ruleId: rule.id, error });
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({ ruleId: rule.id, severity: 'error', message: `The rule crashed and was skipped: ${detail}`, start: document.start, end: document.start });
    }
  }
  // At one place, findings keep the rules' order: missing parts in reading order, and an insertion
  // at the same offset as another is applied first when its part comes first (fixes.ts).
  findings.sort((a, b) => a.start - b.start || a.end - b.end || RULE_RANK.get(a.ruleId)! - RULE_RANK.get(b.ruleId)!);
  return { release, findings, crashes };
}

/** How lint treats a document, from what the classifier found and the configuration. */
export function treatment(release: Release, config: ResolvedConfig): Treatment {
  if (config.releaseDetection === 'always' || release.surePressRelease) return 'release';
  // A blank draft in a project with the team's profile is a release being written: its skeleton goes in.
  if (config.organization && isBlankDraft(release)) return 'release';
  if (release.isPressRelease) return 'likely release';
  return release.possiblePressRelease ? 'possible release' : null;
}

/**
 * The comments that silence a finding's rule, as fixes into the linted text: on its line, and for
 * the whole file (`config/directives.ts` reads what these write).
 */
export function disableFixes(result: LintResult, finding: Finding): { line: Fix; file: Fix } {
  const document = result.release.document;
  return { line: disableLineFix(document, finding.ruleId, finding.start), file: disableFileFix(document, finding.ruleId) };
}

function preview(text: string): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/** A title that says what a fix does, read from its edit, for the rules that do not give one. */
function fixTitle(fix: Fix, ruleId: string): string {
  if (fix.text.trim() === '') return fix.text === '' ? 'Remove this text' : 'Fix the spacing';
  if (fix.range[0] === fix.range[1]) return `Insert “${preview(fix.text)}”`;
  if (!/[\r\n]/.test(fix.text.trim())) return `Replace with “${preview(fix.text)}”`;
  return `Fix this ${ruleId} problem`;
}

/**
 * Applies every fix (or those `keep` selects) until the text is stable; returns the fixed text and
 * what remains.
 */
export function fix(
  text: string,
  config: ResolvedConfig = presetConfig(),
  keep: (finding: Finding) => boolean = () => true,
): { text: string; remaining: Finding[]; passes: number } {
  let settled: Treatment | undefined;
  return fixAll(text, (current) => {
    const result = lint(current, config, { treatment: settled });
    // Taken for a release on the first pass, the document stays one while its fixes go in pass
    // after pass: a blank draft's skeleton, part by part, is a release before it looks like one.
    // Anything less is weighed again after each pass, so a second fix-all finds nothing to do.
    if (treatment(result.release, config) === 'release') settled ??= 'release';
    return result.findings.filter(keep);
  });
}
