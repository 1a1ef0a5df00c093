import { presetConfig, type ResolvedConfig } from './config/resolve';
import { readDirectives } from './config/directives';
import { fixAll } from './fixes';
import { parse, ParseCache, type ParsedDocument } from './parse';
import { recognise } from './recognise/index';
import type { Release } from './release';
import { RULES } from './rules/index';
import type { Finding } from './rules/types';
import { detectEol } from './text';

export interface LintResult {
  /** The model of the release. Its offsets point into the text without a byte-order mark. */
  release: Release;
  /** Findings sorted by position. Their offsets and fixes point into the text as given. */
  findings: Finding[];
  /** Rules that threw: each also appears once in `findings`, and the other rules still ran. */
  crashes: { ruleId: string; error: unknown }[];
}

const BOM = '\uFEFF';

export interface LintOptions {
  /** Keeps a large document's parsed chunks between calls, so an edit re-parses only what it touched. */
  parseCache?: ParseCache;
}

/** Parses a document once, recognises its parts, and runs every enabled rule over the model. */
export function lint(text: string, config: ResolvedConfig = presetConfig(), options: LintOptions = {}): LintResult {
  const bom = text.startsWith(BOM) ? BOM.length : 0;
  const source = bom ? text.slice(bom) : text;
  const document = parse(source, options.parseCache);
  const release = recognise(document);
  const suppressions = readDirectives(source, document.lines);
  const eol = detectEol(source);
  const findings: Finding[] = [];
  const crashes: LintResult['crashes'] = [];
  const runStructureRules = release.isPressRelease || config.releaseDetection === 'always';

  for (const rule of RULES) {
    const setting = config.rules.get(rule.id);
    if (!setting || setting.severity === 'off') continue;
    if (rule.scope === 'release' && !runStructureRules) continue;
    const severity = setting.severity;
    try {
      rule.check({
        release,
        text: source,
        eol,
        options: setting.options,
        datelineStyle: config.datelineStyle,
        report(report) {
          if (suppressions.isSuppressed(rule.id, report.start)) return;
          // Text inserted into a code fence the writer never closed would only become more code.
          if (report.fix && insideOpenFence(document, report.fix.range[0])) report = { ...report, fix: undefined };
          findings.push({
            ruleId: rule.id,
            severity: report.error ? 'error' : severity,
            message: report.message,
            start: report.start + bom,
            end: report.end + bom,
            ...(report.fix ? { fix: { range: [report.fix.range[0] + bom, report.fix.range[1] + bom], text: report.fix.text } } : {}),
          });
        },
      });
    } catch (error) {
      crashes.push({ ruleId: rule.id, error });
      const detail = error instanceof Error ? error.message : String(error);
      findings.push({ ruleId: rule.id, severity: 'error', message: `The rule crashed and was skipped: ${detail}`, start: bom, end: bom });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { release, findings, crashes };
}

function insideOpenFence(document: ParsedDocument, offset: number): boolean {
  return document.blocks.some((block) => {
    if (block.kind !== 'code' || offset <= block.start || offset > block.end) return false;
    const fence = /^[ \t]*(`{3,}|~{3,})/.exec(block.text);
    if (!fence) return false;
    const lines = block.text.trimEnd().split(/\r?\n|\r/);
    return lines.length < 2 || !lines[lines.length - 1].trim().startsWith(fence[1]);
  });
}

/** Applies every fix until the text is stable; returns the fixed text and what remains. */
export function fix(text: string, config: ResolvedConfig = presetConfig()): { text: string; remaining: Finding[]; passes: number } {
  return fixAll(text, (current) => lint(current, config).findings);
}
