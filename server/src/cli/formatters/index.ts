import type { ResolvedConfig } from '../../engine/index';
import type { LintFileResult } from '../results';
import { github, githubWriter } from './github';
import { sarif } from './sarif';
import { stylish, stylishWriter } from './stylish';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  cwd: string;
  color: boolean;
  version: string;
  config: ResolvedConfig;
}

/**
 * A report written file by file, in order: `add` returns the text for one file's result, `end`
 * the rest. All of them together equal `format()` of the same results.
 */
export interface ReportWriter {
  add(result: LintFileResult): string;
  end(): string;
}

export function format(name: Format, results: readonly LintFileResult[], options: FormatOptions): string {
  switch (name) {
    case 'stylish':
      return stylish(results, options.color);
    case 'json':
      return `${JSON.stringify(results)}\n`;
    case 'sarif':
      return sarif(results, options);
    case 'github':
      return github(results);
  }
}

/** A streaming writer for the formats that can be written as results come in; SARIF cannot. */
export function reportWriter(name: Format, options: Pick<FormatOptions, 'color'>): ReportWriter | null {
  switch (name) {
    case 'stylish':
      return stylishWriter(options.color);
    case 'github':
      return githubWriter();
    case 'json': {
      let first = true;
      return {
        add(result) {
          const text = `${first ? '[' : ','}${JSON.stringify(result)}`;
          first = false;
          return text;
        },
        end: () => `${first ? '[' : ''}]\n`,
      };
    }
    case 'sarif':
      return null;
  }
}
