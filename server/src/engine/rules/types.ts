import type { Organization } from '../config/organization';
import type { ProtectedSpan } from '../protected';
import type { Release } from '../release';
import type { Span } from '../text';

export type Severity = 'off' | 'warn' | 'error';
export type DatelineStyle = 'any' | 'ap' | 'international';

/** One text edit: replace `range` (offsets into the linted text) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * An edit offered to the writer as a quick fix and never applied by fix-all or `--fix`: the engine
 * cannot show it is right (ESLint's suggestions). `title` says what it does.
 */
export interface Suggestion {
  title: string;
  fix: Fix;
}

/** Another place that explains a finding: where a missing part goes after, the date an embargo is compared with. */
export interface RelatedSpan extends Span {
  message: string;
}

export interface Finding extends Span {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** An edit safe to apply unseen: fix-all, `--fix` and fix-on-save apply it. */
  fix?: Fix;
  /** What the fix does, in words (the quick fix's title); present whenever `fix` is. */
  fixTitle?: string;
  suggestions?: Suggestion[];
  related?: RelatedSpan[];
}

export interface Report extends Span {
  message: string;
  fix?: Fix;
  /** What the fix does, when the text of the edit does not say it (`Join the two paragraphs`). */
  fixTitle?: string;
  suggestions?: Suggestion[];
  related?: RelatedSpan[];
  /** Raises this finding to an error whatever the rule's severity (an invalid email, say). */
  error?: boolean;
  /** Lowers this finding to a warning whatever the rule's severity (a part that may be there in another form). */
  warning?: boolean;
}

export interface RuleContext<Options> {
  release: Release;
  /** The text as given: every offset of the model and of a report points into it. */
  text: string;
  /** The line break the document uses, for inserted text. */
  eol: string;
  options: Options;
  /** The dateline style of the active preset, which skeletons and rewrites follow. */
  datelineStyle: DatelineStyle;
  /** The team's profile from the configuration, or null: what skeletons write and `*-current` rules compare with. */
  organization: Organization | null;
  /** The address, name, code or HTML an offset lies inside, which no fix may cut (`protected.ts`). */
  protectedAt(offset: number): ProtectedSpan | null;
  report(report: Report): void;
}

/** The options a rule takes, described so that configuration can be checked and documented. */
export type OptionSpec =
  | { type: 'number'; description: string; minimum?: number }
  | { type: 'boolean'; description: string }
  | { type: 'string'; description: string; enum?: readonly string[] }
  | { type: 'string[]'; description: string };

export interface Rule<Options extends object = Record<string, unknown>> {
  id: string;
  description: string;
  /** Severity in the `recommended` preset. */
  defaultSeverity: Severity;
  /** Whether it reports fixes that fix-all applies. */
  fixable: boolean;
  /** Whether it offers suggestions: edits only a quick fix applies, when the writer picks them. */
  hasSuggestions?: boolean;
  /**
   * `release`: checks a release's structure, and runs only on documents classified as releases.
   * `document`: checks the text itself, and runs on every linted document.
   */
  scope: 'release' | 'document';
  defaultOptions: Options;
  options: { [K in keyof Options]: OptionSpec };
  check(context: RuleContext<Options>): void;
}

/** Declares a rule with its option types checked against its defaults. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
