/** Inputs built to make a parser or a regular expression backtrack, each about `size` characters. */
export function adversarialInputs(size: number): [string, string][] {
  const repeat = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const lines = (line: string): string => repeat(`${line}\n`);
  return [
    ['quotation marks', repeat('"')],
    ['curly quotes', repeat('“')],
    ['open brackets', repeat('[')],
    ['asterisks', repeat('*')],
    ['dashes and spaces', repeat('-- ')],
    ['one long line of words', repeat('word ')],
    ['one long line of capitals', repeat('ACME ')],
    ['list items', lines('- item')],
    ['nested block quotes', `${'>'.repeat(Math.min(10_000, size / 2))} deep\n`],
    ['dateline-like prefixes', repeat('SAN FRANCISCO, Sept. 4, 2015 – ')],
    ['names and verbs', repeat('Jane Doe said ')],
    ['emails without end', repeat('a@b.')],
    ['digits and dashes', repeat('555-0100 ')],
    ['About labels', repeat('About Acme ')],
    ['HTML comments', repeat('<!-- pressroom-disable ')],
    ['capitalised words', repeat('Alpha Beta Gamma Delta ')],
    // One cue per recogniser, each opening a quotation, a section or a speaker that never ends.
    ['opening quotation marks before sentences', repeat('“We built it to last. ')],
    ['straight single quotation marks before sentences', repeat("'We built it to last. ")],
    ['About paragraphs', repeat('About Acme\n\nAcme is a company that ')],
    ['contact labels and numbers', lines('Media contact: Ann Lee 303-555-0100')],
    ['reported speech', repeat('Ross Dalton, head of news, says Mere was chosen. ')],
    ['place and date lines above titles', repeat('Geneva, 21 June 2026\n\n# Title\n\n')],
    // The house-style rules' cues: dates in every form, times and zones, small figures, states.
    ['dates with and without years', repeat('on Oct. 4 and 12 December 2026 and the 1st of March, ')],
    ['times and time zones', repeat('at 10:00 AM EST on July 14, 2026 and 12 noon ')],
    ['small figures in lists', repeat('1, 2, 3, 4 and 5 people ')],
    ['cities and states', repeat('in Denver, Colo., Austin, TX, and Trenton, N.J. ')],
  ];
}

/** A plain paragraph of the same size: the yardstick every adversarial input is measured against. */
export function plainParagraph(size: number): string {
  return 'The quick brown fox jumps over the lazy dog. '.repeat(Math.ceil(size / 45)).slice(0, size);
}
