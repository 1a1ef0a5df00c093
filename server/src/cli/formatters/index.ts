import type { ResolvedConfig } from '../../engine/index';
import type { LintFileResult } from '../results';
import { github } from './github';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  cwd: string;
  color: boolean;
  version: string;
  config: ResolvedConfig;
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
