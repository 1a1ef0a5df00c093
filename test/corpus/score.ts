/**
 * Scores recognised parts against a labeled corpus, as `../shared/corpus/README.md` defines it:
 * presence of the single parts, headline text, dateline city and date, quote count and speakers'
 * surnames, boilerplate count, contact emails and phones, end mark, isPressRelease; plus the rules
 * the labels expect to fire and the error-level diagnostics they do not expect.
 */
import type { Inspection } from '../../server/src/engine/inspect';
import { RULES_BY_ID } from '../../server/src/engine/rules';

/** A label has the shape `inspect --format json` prints, plus the defects a careful editor found. */
export interface Label extends Inspection {
  defects: string[];
}

export const DEFECT_RULES: Record<string, string> = {
  'missing-headline': 'require-headline',
  'missing-dateline': 'require-dateline',
  'malformed-dateline': 'dateline-format',
  'missing-quotes': 'require-quote',
  'quote-without-attribution': 'quote-attribution',
  'missing-background': 'require-background',
  'missing-boilerplate': 'require-boilerplate',
  'missing-contact': 'require-media-contact',
  'contact-name-only': 'media-contact-complete',
  'contact-missing-phone': 'media-contact-complete',
  'invalid-email': 'media-contact-complete',
  'placeholder-text': 'no-placeholder',
  'all-caps-headline': 'headline-style',
  'embargo-after-dateline': 'embargo-date',
  'broken-paragraph': 'broken-paragraph',
  'run-together-text': 'run-together-text',
};

const REQUIRED_PARTS: [keyof Label['parts'], string][] = [
  ['headline', 'require-headline'],
  ['dateline', 'require-dateline'],
  ['quotes', 'require-quote'],
  ['background', 'require-background'],
  ['boilerplate', 'require-boilerplate'],
  ['mediaContacts', 'require-media-contact'],
];

/** Counts for one field: true/false positives and negatives, in the usual sense. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  get precision(): number {
    return this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp);
  }
  get recall(): number {
    return this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn);
  }
  get f1(): number {
    const p = this.precision;
    const r = this.recall;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

export interface Miss {
  file: string;
  field: string;
  line: number | null;
  expected: unknown;
  actual: unknown;
}

export interface FileDiagnostic {
  ruleId: string;
  severity: 1 | 2;
  line: number;
}

/** The characters an HTML entity in a label stands for: a label copies `&amp;` from the source, the engine reads `&`. */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };
/** Text compared as a reader sees it: entities decoded, markup and spacing ignored, a closing full stop too (`Long term.` is `Long term`). */
const normaliseText = (s: string): string =>
  s
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity])
    .replace(/[\s*_#]+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
/** A speaker's surname: the last word of the name, a generation's or a degree's suffix aside (`Juan Gamiño Jr.`, `Ann Lee, PhD`). */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|esq)\.?$/;
const surnameOf = (s: string): string => {
  // A typed and a typographic apostrophe write the same name (`O'Neill`, `O’Neill`).
  const words = normaliseText(s).replace(/,/g, ' ').replace(/’/g, "'").split(' ').filter(Boolean);
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1])) words.pop();
  return words.pop() ?? '';
};
/** A dateline's place before its first comma; a label may leave it null (a date-only dateline). */
const cityKey = (s: string | null): string => normaliseText((s ?? '').split(',')[0]);
const digits = (s: string): string => s.replace(/\D/g, '');
/** A contact's phone as a label writes it may hold two numbers (`020 7592 8112 / 07788 422155`, `02 9372 4251, 0419 635 905`): the engine reports the first. */
const firstPhoneDigits = (written: string): string => {
  // An extension (`ext. 242`, `x1011`) is not part of the number the engine reads.
  const s = written.replace(/[ \t,(]*\b(?:ext|extn|x)\.?[ \t]*\d{1,6}\)?/gi, '');
  // Two numbers written side by side, by a slash, a comma, a semicolon or `or` (`02 9372 4251, 0419 635 905`).
  const [first, second] = s.split(/[ \t]*(?:\/|,|;|\bor\b)[ \t]*(?=[+(\d])/);
  // `415/947-4248` and `0331/7400765-33` are one number with its area code.
  return second !== undefined && digits(first).length >= 7 && digits(second).length >= 7 ? digits(first) : digits(s);
};

export class Scorecard {
  readonly fields = new Map<string, Tally>();
  readonly misses: Miss[] = [];
  expectedRules = 0;
  firedRules = 0;
  readonly missedRules: Miss[] = [];
  readonly falseAlarms: Miss[] = [];
  files = 0;

  private tally(field: string): Tally {
    let tally = this.fields.get(field);
    if (!tally) {
      tally = new Tally();
      this.fields.set(field, tally);
    }
    return tally;
  }

  /** Scores one field that is present or absent, and equal or not when both are present. */
  private compare(file: string, field: string, expected: unknown, actual: unknown, line: number | null, same = true): void {
    const tally = this.tally(field);
    const hasExpected = expected !== null && expected !== undefined;
    const hasActual = actual !== null && actual !== undefined;
    if (hasExpected && hasActual && same) tally.tp++;
    else {
      if (hasActual) tally.fp++;
      if (hasExpected) tally.fn++;
      if (hasExpected || hasActual) this.misses.push({ file, field, line, expected, actual });
    }
  }

  /** Scores two multisets of keys (speakers, emails, phones). */
  private compareSets(file: string, field: string, expected: string[], actual: string[], line: number | null): void {
    const tally = this.tally(field);
    const remaining = [...actual];
    for (const key of expected) {
      const at = remaining.indexOf(key);
      if (at === -1) {
        tally.fn++;
        this.misses.push({ file, field, line, expected: key, actual: null });
      } else {
        tally.tp++;
        remaining.splice(at, 1);
      }
    }
    for (const key of remaining) {
      tally.fp++;
      this.misses.push({ file, field, line, expected: null, actual: key });
    }
  }

  private compareCount(file: string, field: string, expected: number, actual: number, line: number | null): void {
    const tally = this.tally(field);
    tally.tp += Math.min(expected, actual);
    if (actual > expected) tally.fp += actual - expected;
    if (expected > actual) tally.fn += expected - actual;
    if (expected !== actual) this.misses.push({ file, field, line, expected, actual });
  }

  private addParts(file: string, e: Label['parts'], a: Inspection['parts']): void {
    this.compare(file, 'releaseLine', e.releaseLine, a.releaseLine, e.releaseLine?.line ?? a.releaseLine?.line ?? null, e.releaseLine?.kind === a.releaseLine?.kind);
    this.compare(file, 'headline', e.headline, a.headline, e.headline?.line ?? null);
    if (e.headline && a.headline)
      this.compare(
        file,
        'headline.text',
        normaliseText(e.headline.text),
        normaliseText(a.headline.text),
        e.headline.line,
        normaliseText(e.headline.text) === normaliseText(a.headline.text),
      );
    this.compare(file, 'dateline', e.dateline, a.dateline, e.dateline?.line ?? a.dateline?.line ?? null);
    if (e.dateline && a.dateline) {
      this.compare(file, 'dateline.city', cityKey(e.dateline.city), cityKey(a.dateline.city), e.dateline.line, cityKey(e.dateline.city) === cityKey(a.dateline.city));
      this.compare(file, 'dateline.date', e.dateline.date ?? 'none', a.dateline.date ?? 'none', e.dateline.line, e.dateline.date === a.dateline.date);
    }
    this.compareCount(file, 'quotes.count', e.quotes.length, a.quotes.length, e.quotes[0]?.line ?? null);
    this.compareSets(
      file,
      'quotes.speakers',
      e.quotes.filter((q) => q.attributed && q.speaker).map((q) => surnameOf(q.speaker!)),
      a.quotes.filter((q) => q.attributed && q.speaker).map((q) => surnameOf(q.speaker!)),
      e.quotes[0]?.line ?? null,
    );
    this.compare(file, 'background', e.background, a.background, e.background?.line ?? a.background?.line ?? null);
    this.compareCount(file, 'boilerplate.count', e.boilerplate.length, a.boilerplate.length, e.boilerplate[0]?.line ?? a.boilerplate[0]?.line ?? null);
    this.compareSets(
      file,
      'mediaContacts.emails',
      e.mediaContacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])),
      a.mediaContacts.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])),
      e.mediaContacts[0]?.line ?? null,
    );
    this.compareSets(
      file,
      'mediaContacts.phones',
      e.mediaContacts.flatMap((c) => (c.phone ? [firstPhoneDigits(c.phone)] : [])),
      a.mediaContacts.flatMap((c) => (c.phone ? [digits(c.phone)] : [])),
      e.mediaContacts[0]?.line ?? null,
    );
    this.compare(file, 'endMark', e.endMark, a.endMark, e.endMark?.line ?? a.endMark?.line ?? null);
  }

  add(file: string, label: Label, got: Inspection, diagnostics: FileDiagnostic[]): void {
    this.files++;
    const e = label.parts;
    const a = got.parts;
    this.compareSets(file, 'isPressRelease', [String(label.isPressRelease)], [String(got.isPressRelease)], null);
    // The parts are scored on releases only: rules never run on a document that is not one, and
    // the batches label a non-release's parts empty (the shared corpus sometimes fills them in).
    if (label.isPressRelease) this.addParts(file, e, a);

    const expected = new Set<string>();
    // On a document that is not a release only the rules that read every document can fire: a
    // non-release's `missing-dateline` expects nothing of a linter that rightly leaves it alone.
    for (const defect of label.defects) {
      const rule = DEFECT_RULES[defect];
      if (rule && (label.isPressRelease || RULES_BY_ID.get(rule)?.scope === 'document')) expected.add(rule);
    }
    if (label.isPressRelease) {
      for (const [part, rule] of REQUIRED_PARTS) {
        const value = e[part];
        if (value === null || (Array.isArray(value) && value.length === 0)) expected.add(rule);
      }
    }
    const fired = new Set(diagnostics.map((d) => d.ruleId));
    for (const rule of expected) {
      this.expectedRules++;
      if (fired.has(rule)) this.firedRules++;
      else this.missedRules.push({ file, field: 'rule', line: null, expected: rule, actual: null });
    }
    for (const d of diagnostics) {
      if (d.severity === 2 && !expected.has(d.ruleId)) this.falseAlarms.push({ file, field: 'error', line: d.line, expected: null, actual: d.ruleId });
    }
  }
}
