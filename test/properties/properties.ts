/** The properties every input must satisfy; run bounded by `npm test` and at length by `npm run fuzz`. */
import assert from 'node:assert/strict';
import { applyFixes, fix, lint, presetConfig, resolveConfig, presetLayer, type Finding } from '../../server/src/engine/index';

const CONFIGS = [presetConfig('recommended'), resolveConfig([presetLayer('ap'), { source: 'fuzz', config: { releaseDetection: 'always' } }])];

/** Linting never throws, reports no rule crash, and every finding and fix lies inside the text. */
export function lintsCleanly(text: string): void {
  for (const config of CONFIGS) {
    const result = lint(text, config);
    assert.deepEqual(result.crashes.map((c) => `${c.ruleId}: ${String(c.error)}`), []);
    for (const finding of result.findings) {
      assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.ruleId} range out of the text`);
      if (finding.fix) assert.ok(finding.fix.range[0] >= 0 && finding.fix.range[0] <= finding.fix.range[1] && finding.fix.range[1] <= text.length, `${finding.ruleId} fix out of the text`);
    }
  }
}

/** One pass of fixes: they do not overlap, and every character outside their ranges is kept. */
export function fixesPreserveText(text: string): void {
  const findings: Finding[] = lint(text, CONFIGS[1]).findings;
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
  const applied = applyFixes(text, fixes);
  // What applyFixes applied never overlaps; reconstruct the kept text and compare.
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let cursor = 0;
  let lastEnd = -1;
  let expected = '';
  for (const f of sorted) {
    if (f.range[0] < cursor || f.range[0] === lastEnd) continue;
    expected += text.slice(cursor, f.range[0]) + f.text;
    cursor = f.range[1];
    lastEnd = f.range[1];
  }
  expected += text.slice(cursor);
  assert.equal(applied.text, expected);
}

/** Fix-all leaves nothing fixable, and a second fix-all changes nothing. */
export function fixAllIsStable(text: string): void {
  const config = CONFIGS[1];
  const once = fix(text, config);
  assert.deepEqual(once.remaining.filter((f) => f.fix).map((f) => f.ruleId), [], 'fixable problems remain');
  assert.equal(fix(once.text, config).text, once.text, 'a second fix-all changed the text');
}
