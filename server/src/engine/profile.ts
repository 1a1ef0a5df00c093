/**
 * Comparing a release with the team's profile: the same organization or person under small
 * differences of writing, and what changed between two texts, said in a few words.
 */
import { sharedEnds } from './text';

/** A name as compared: no case, marks, `the`, legal forms or punctuation. */
function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[™®]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s(?:inc|ltd|llc|plc|corp|co|gmbh|ag|sa)$/, '')
    .trim();
}

/** The boilerplate's organization is the profile's: the same name, or the name with more words after it (`Acme Water Inc.`, `Acme Water Company`). */
export function sameOrganization(written: string, profile: string): boolean {
  const a = nameKey(written);
  const b = nameKey(profile);
  return a !== '' && (a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `));
}

/** The same person: the same words of the name, whatever the case, accents or a middle initial. */
export function sameName(profile: string, written: string): boolean {
  const words = (name: string): string[] =>
    nameKey(name)
      .split(' ')
      .filter((word) => word.length > 1);
  const a = words(profile);
  const b = words(written);
  return a.length > 0 && a.length === b.length && a.every((word, index) => word === b[index]);
}

/** Words as a reader compares them: emphasis marks, quotation marks' shapes and spacing aside. */
function words(text: string): string[] {
  return text.replace(/[*_]+/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").split(/\s+/).filter(Boolean);
}

const clip = (words: readonly string[]): string => {
  // The message's own full stop ends the sentence.
  const text = words.join(' ').replace(/[.!?]$/, '');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
};

/**
 * What the writer's text changes in the profile's, in words (`“1.1 million” where the profile has
 * “1.2 million”`); null when they read the same. One pass from each end, so linear: the words both
 * share at the start and at the end are set aside, and what is left on each side is what changed.
 */
export function textChange(written: string, profile: string): string | null {
  const a = words(written);
  const b = words(profile);
  const { head, tail } = sharedEnds(a, b);
  if (head === a.length - tail && head === b.length - tail) return null;
  // A word or two changed reads better with a word of context on each side (`to 1.1 million`).
  const context = a.length - tail - head <= 2 && b.length - tail - head <= 2 ? 1 : 0;
  const from = Math.max(0, head - context);
  const ours = a.slice(from, Math.min(a.length, a.length - tail + context));
  const theirs = b.slice(from, Math.min(b.length, b.length - tail + context));
  if (head === a.length - tail) return `the profile’s text adds “${clip(b.slice(head, b.length - tail))}”`;
  if (head === b.length - tail) return `the profile’s text has no “${clip(a.slice(head, a.length - tail))}”`;
  return `“${clip(ours)}” where the profile has “${clip(theirs)}”`;
}
