import boilerplateCurrent from './boilerplate-current';
import brokenParagraph from './broken-paragraph';
import contactCurrent from './contact-current';
import datelineFormat from './dateline-format';
import embargoDate from './embargo-date';
import headlineStyle from './headline-style';
import mediaContactComplete from './media-contact-complete';
import noPlaceholder from './no-placeholder';
import quoteAttribution from './quote-attribution';
import releaseLine from './release-line';
import requireBackground from './require-background';
import requireBoilerplate from './require-boilerplate';
import requireDateline from './require-dateline';
import requireEndMark from './require-end-mark';
import requireHeadline from './require-headline';
import requireMediaContact from './require-media-contact';
import requireQuote from './require-quote';
import runTogetherText from './run-together-text';
import weekdayDate from './weekday-date';
import dateStyle from './date-style';
import leadLength from './lead-length';
import numberStyle from './number-style';
import stateAbbreviation from './state-abbreviation';
import timeStyle from './time-style';
import timeZone from './time-zone';
import type { Rule } from './types';

/** Every rule, in the order fixes are tried: required parts first, then form, then text. */
// biome-ignore lint/suspicious/noExplicitAny: each rule has its own options type; the registry holds them all.
export const RULES: readonly Rule<any>[] = [
  requireHeadline,
  requireDateline,
  requireQuote,
  requireBackground,
  requireBoilerplate,
  requireMediaContact,
  requireEndMark,
  datelineFormat,
  quoteAttribution,
  mediaContactComplete,
  boilerplateCurrent,
  contactCurrent,
  releaseLine,
  embargoDate,
  headlineStyle,
  noPlaceholder,
  brokenParagraph,
  runTogetherText,
  weekdayDate,
  timeZone,
  dateStyle,
  timeStyle,
  numberStyle,
  stateAbbreviation,
  leadLength,
];

// biome-ignore lint/suspicious/noExplicitAny: as RULES.
export const RULES_BY_ID: ReadonlyMap<string, Rule<any>> = new Map(RULES.map((rule) => [rule.id, rule]));

/** Where the project's rule documentation lives; every diagnostic links to its rule's page. */
export const DOCS_BASE_URL = 'https://github.com/pressroom-dev/pressroom/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
