import type { Release } from '../release';
import { defineRule, type Fix, type OptionSpec, type Rule, type RuleContext, type Severity } from './types';

/**
 * The shape every `require-*` rule shares: a release-scope rule that reports a missing part once,
 * with a zero-width range where the part belongs and a fix that inserts its skeleton there.
 */
export function requirePart<Options extends object = Record<string, never>>(spec: {
  id: string;
  description: string;
  defaultSeverity?: Severity;
  defaultOptions?: Options;
  options?: { [K in keyof Options]: OptionSpec };
  isPresent(release: Release): boolean;
  missing(context: RuleContext<Options>): { at: number; message: string; fix: Fix };
}): Rule<Options> {
  return defineRule<Options>({
    id: spec.id,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity ?? 'error',
    fixable: true,
    scope: 'release',
    defaultOptions: spec.defaultOptions ?? ({} as Options),
    options: spec.options ?? ({} as { [K in keyof Options]: OptionSpec }),
    check(context) {
      if (spec.isPresent(context.release)) return;
      const { at, message, fix } = spec.missing(context);
      context.report({ start: at, end: at, message, fix });
    },
  });
}
