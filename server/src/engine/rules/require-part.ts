import { partNamed, partsInReadingOrder, type Part, type SkeletonContext } from '../parts';
import type { Traces } from '../release';
import { TRACED_PARTS } from '../recognise/traces';
import { datelineSkeleton } from './skeletons';
import { defineRule, type Fix, type OptionSpec, type RelatedSpan, type Rule, type RuleContext, type Severity } from './types';

/**
 * The shape every `require-*` rule shares: a release-scope rule that reports a missing part once,
 * with a zero-width range where the part belongs, a fix that inserts its skeleton there (from the
 * table of parts) and, as related information, the part it goes after.
 */
export function requirePart<Options extends object = Record<string, never>>(spec: {
  part: Part['key'];
  description: string;
  defaultSeverity?: Severity;
  defaultOptions?: Options;
  options?: { [K in keyof Options]: OptionSpec };
  /** Where the part goes, what to say, and the fix that puts the part's skeleton lines there. */
  missing(context: RuleContext<Options>, skeleton: string[]): { at: number; message: string; fix: Fix };
  /** The skeleton's context beyond the preset's dateline (the configured end mark). */
  skeletonContext?(options: Options): Partial<SkeletonContext>;
}): Rule<Options> {
  const part = partNamed(spec.part);
  const article = /^[aeiou]/.test(part.name) ? 'an' : 'a';
  return defineRule<Options>({
    id: part.requiredBy!,
    description: spec.description,
    defaultSeverity: spec.defaultSeverity ?? 'error',
    fixable: true,
    // With a trace of the part, its skeleton is offered, not applied.
    hasSuggestions: TRACED_PARTS.includes(spec.part),
    scope: 'release',
    defaultOptions: spec.defaultOptions ?? ({} as Options),
    options: spec.options ?? ({} as { [K in keyof Options]: OptionSpec }),
    check(context) {
      if (part.spans(context.release).length > 0) return;
      const organization = context.organization;
      const dateline = datelineSkeleton(context.datelineStyle, organization?.dateline?.city);
      const skeleton = part.skeleton?.({ dateline, endMark: '', organization, ...spec.skeletonContext?.(context.options) }) ?? [];
      const { at, message, fix } = spec.missing(context, skeleton);
      const before = partsInReadingOrder(context.release).filter((p) => p.span.end <= at);
      const previous = before[before.length - 1];
      const related: RelatedSpan[] = previous ? [{ start: previous.span.start, end: previous.span.end, message: `The missing part goes after the ${previous.part.name}.` }] : [];
      const fixTitle = `Insert ${article} ${part.name} skeleton`;
      // Something like the part is there in another form: a warning about its form, pointing at
      // it, and the skeleton only offered (fix-all must not add a second one).
      const trace = part.key in context.release.traces ? context.release.traces[part.key as keyof Traces] : undefined;
      if (trace) {
        context.report({
          start: trace.start,
          end: trace.end,
          message: `${message} ${trace.what[0].toUpperCase()}${trace.what.slice(1)} may be meant as one.`,
          warning: true,
          suggestions: [{ title: fixTitle, fix }],
          related: [...related, { start: trace.start, end: trace.end, message: `This may be the ${part.name}.` }],
        });
        return;
      }
      context.report({ start: at, end: at, message, fix, fixTitle, related });
    },
  });
}
