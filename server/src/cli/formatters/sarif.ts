import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, ruleDocsUrl } from '../../engine/index';
import type { ResolvedConfig } from '../../engine/index';
import type { LintFileResult } from '../results';

const LEVEL = { error: 'error', warn: 'warning', off: 'none' } as const;

function artifactUri(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (filePath === '<text>') return { uri: 'stdin' };
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(absolute).href };
}

/**
 * SARIF 2.1.0, as code-scanning services read it: the rules with their descriptions, default
 * levels and documentation links, one result per message with its region and, where the rule can
 * fix, the replacement.
 */
export function sarif(results: readonly LintFileResult[], options: { cwd: string; version: string; config: ResolvedConfig }): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const artifacts: Sarif.Artifact[] = [];
  const sarifResults: Sarif.Result[] = [];
  // A file that could not be read is no result of a rule: the tool says so in a notification.
  const notifications: Sarif.Notification[] = [];
  for (const result of results) {
    const location = artifactUri(result.filePath, options.cwd);
    const artifactIndex = artifacts.push({ location }) - 1;
    for (const m of result.messages) {
      const artifactLocation = { ...location, index: artifactIndex };
      if (m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation } }] });
        continue;
      }
      const entry: Sarif.Result = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
          },
        ],
      };
      // SARIF fixes are proposals a viewer offers: the fix-all edit and every suggestion.
      const proposals = [...(m.fix ? [{ description: `Fix: ${m.message}`, edit: m.fix }] : []), ...(m.suggestions ?? []).map((s) => ({ description: s.desc, edit: s.fix }))];
      if (proposals.length > 0) {
        entry.fixes = proposals.map(({ description, edit }) => ({
          description: { text: description },
          artifactChanges: [
            {
              artifactLocation,
              replacements: [
                {
                  deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
                  ...(edit.text ? { insertedContent: { text: edit.text } } : {}),
                },
              ],
            },
          ],
        }));
      }
      sarifResults.push(entry);
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'pressroom',
            informationUri: 'https://github.com/pressroom-dev/pressroom',
            version: options.version,
            semanticVersion: options.version,
            rules: RULES.map((rule) => {
              const severity = options.config.rules.get(rule.id)?.severity ?? rule.defaultSeverity;
              return {
                id: rule.id,
                name: rule.id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
                shortDescription: { text: rule.description },
                fullDescription: { text: rule.description },
                helpUri: ruleDocsUrl(rule.id),
                help: { text: `${rule.description} See ${ruleDocsUrl(rule.id)}` },
                defaultConfiguration: { level: LEVEL[severity], enabled: severity !== 'off' },
                properties: { fixable: rule.fixable, scope: rule.scope },
              };
            }),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd + path.sep).href } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
