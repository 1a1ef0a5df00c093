import type { Span } from './text';
import type { ParsedDocument } from './parse';
import type { ParsedDate } from './dates';
import type { Evidence } from './recognise/classify';

/** The model of a press release: every recognised part with its source range (offsets). */
export interface Release {
  document: ParsedDocument;
  isPressRelease: boolean;
  /**
   * Taken for a release on enough evidence, or one that says it is one: a part it lacks is an
   * error. A release taken on less (a dateline and little else) gets its release checks as warnings.
   */
  surePressRelease: boolean;
  /**
   * Not taken for a release, but it may be one (a headline and some evidence): its release checks
   * run as warnings whose fixes are only offered, never applied by fix-all.
   */
  possiblePressRelease: boolean;
  /** Why it is or is not taken for a release: each cue found, with its weight for or against. */
  evidence: Evidence[];
  /** Where the release's own text begins: after front matter, or below a "Press Release" heading that embeds it. */
  contentStart: number;
  releaseLine: ReleaseLine | null;
  headline: Headline | null;
  subheadlines: Span[];
  dateline: Dateline | null;
  /** The paragraph the dateline opens (or, without one, the first body paragraph). */
  lead: Span | null;
  quotes: Quote[];
  background: Background | null;
  boilerplate: Boilerplate[];
  /** The span of a "Media contact(s)" section or sentence, when there is one. */
  contactSection: Span | null;
  mediaContacts: MediaContact[];
  endMark: EndMark | null;
  /**
   * For a required part not found: where something like it stands (a date near the top, an email
   * at the foot, a quotation mark), so the rule that requires it warns about its form instead of
   * calling it missing.
   */
  traces: Traces;
}

/** Where a part may be, though it is not in a form read as that part. */
export interface Trace extends Span {
  /** What was found, in a writer's words (`the email press@acme.example`). */
  what: string;
}

export type Traces = Partial<Record<'headline' | 'dateline' | 'quotes' | 'background' | 'boilerplate' | 'mediaContacts', Trace>>;

export interface ReleaseLine extends Span {
  kind: 'immediate' | 'embargo';
  text: string;
  /** The embargo's lift time, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`; null when absent or unreadable. */
  embargoUntil: string | null;
  embargoDate: ParsedDate | null;
  hasTime: boolean;
  timeZone: string | null;
}

export interface Headline extends Span {
  text: string;
  /** Where it was found: a Markdown heading, a plain first line, or the front matter's title. */
  source: 'heading' | 'line' | 'frontmatter';
}

export interface Dateline extends Span {
  /** The dateline as written, up to and including its separator. */
  text: string;
  /** The place as written, region included (`BOULDER, Colo.`). */
  city: string;
  citySpan: Span;
  /**
   * The date as parsed, its index and length as source offsets; null for wire datelines without a
   * date (`VIENNA, Va.--(BUSINESS WIRE)--`).
   */
  date: ParsedDate | null;
  /** The wire credit (`PRNewswire`, `BUSINESS WIRE`), if any. */
  wire: string | null;
  /** The separator between the dateline and the lead (`–`, `--`, `—`), "" when there is none. */
  separator: string;
  separatorSpan: Span;
  /** True when the dateline is a skeleton with bracketed placeholders. */
  placeholder: boolean;
  /** True when the date is written without its year (`DENVER, March 7:`); `date` is null then. */
  yearless: boolean;
}

export interface Quote extends Span {
  /** The quoted words, without the quotation marks. */
  text: string;
  speaker: string | null;
  attributed: boolean;
}

export interface Background extends Span {
  label: string;
}

export interface Boilerplate extends Span {
  organization: string;
  /** The "About X" label, when the boilerplate has one. */
  label: Span | null;
  /**
   * An unlabelled description that follows other sentences of its paragraph (`An inquest is … The
   * Coroner Service is an independent agency …`): the part is there, but a story may close so too,
   * so it is no evidence that the document is a release.
   */
  afterOtherText?: true;
}

export interface MediaContact extends Span {
  name: string | null;
  email: string | null;
  emailSpan: Span | null;
  phone: string | null;
  phoneSpan: Span | null;
  /** The phone in E.164 form (`+4741543840`), when it is a valid number. */
  phoneE164: string | null;
  /** Something written as an email address or a labelled phone number that is not a valid one. */
  invalid: { kind: 'email' | 'phone'; text: string; span: Span }[];
}

export interface EndMark extends Span {
  text: string;
}
