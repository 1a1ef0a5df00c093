/**
 * Inputs for the property tests and `npm run fuzz`: random Unicode, Markdown fragments, and real
 * releases with random damage (lines deleted, duplicated, swapped; quotes, brackets, dashes, HTML,
 * CRLF, BOM, NUL, lone surrogates inserted).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CORPUS } from '../helpers/shared';

const ROOT = path.resolve(__dirname, '..', '..');

/** Real releases: the project's examples and fixtures, and the shared corpus when present. */
export function seedDocuments(): string[] {
  const files: string[] = [];
  for (const dir of [path.join(ROOT, 'examples'), CORPUS]) {
    if (!existsSync(dir)) continue;
    // Sorted: the order a directory lists its files in differs between clones, and the seeded runs must not.
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.md') && name !== 'README.md') files.push(path.join(dir, name));
  }
  return files.map((file) => readFileSync(file, 'utf8'));
}

const FRAGMENTS = [
  '# ',
  '## About ',
  '###',
  '\\#\\#\\#',
  '-30-',
  'ENDS',
  '- ',
  '* ',
  '1. ',
  '> ',
  '| a | b |\n|---|---|\n| c | d |',
  '```\ncode\n```',
  '---\ntitle: x\n---\n',
  'FOR IMMEDIATE RELEASE',
  'EMBARGOED UNTIL Sept. 31, 2026, 10 a.m. ET',
  'SAN FRANCISCO, Sept. 4, 2015 –',
  'Oslo, 23 May 2018 – ',
  'VIENNA, Va.--(BUSINESS WIRE)--',
  '“',
  '”',
  '"',
  '‘',
  '’',
  '[',
  ']',
  '(',
  ')',
  '[x](#)',
  '[](',
  '**',
  '_',
  '`',
  '<!-- pressroom-disable -->',
  '<!-- pressroom-disable-next-line require-quote -->',
  '<div>',
  '</div>',
  'said Jane Doe, CEO.',
  'he said.',
  'Media Contact',
  'Contacts:John Mason(610) 334-7135jmason@example.com',
  'About KinKin is',
  'jane@example',
  '+1 (555) 0100',
  'TK',
  'XX',
  '[COMPANY NAME]',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '\u00a0',
  '\u2028',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '—',
  '–',
  '--',
  ' - ',
  'é',
  '😀',
  'مرحبا',
];

export const fragmentDocument = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join(''));

export const unicodeDocument = fc.string({ unit: 'binary', maxLength: 400 });

/** A real release with a few random edits applied line by line or at random offsets. */
export function mutatedDocument(seeds: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...FRAGMENTS) }),
    fc.record({ kind: fc.constant('crlf' as const) }),
    fc.record({ kind: fc.constant('bom' as const) }),
  );
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([seed, edits]) => {
    let text = seed;
    for (const e of edits) {
      const lines = text.split('\n');
      switch (e.kind) {
        case 'delete':
          lines.splice(e.at % lines.length, 1);
          text = lines.join('\n');
          break;
        case 'duplicate': {
          const i = e.at % lines.length;
          lines.splice(i, 0, lines[i]);
          text = lines.join('\n');
          break;
        }
        case 'swap': {
          const i = e.at % lines.length;
          const j = e.with % lines.length;
          [lines[i], lines[j]] = [lines[j], lines[i]];
          text = lines.join('\n');
          break;
        }
        case 'insert': {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.text + text.slice(at);
          break;
        }
        case 'crlf':
          text = text.replace(/\r?\n/g, '\r\n');
          break;
        case 'bom':
          text = `\uFEFF${text.replace(/^\uFEFF/, '')}`;
          break;
      }
    }
    return text;
  });
}

export function anyDocument(seeds: readonly string[]): fc.Arbitrary<string> {
  return seeds.length ? fc.oneof(fragmentDocument, unicodeDocument, mutatedDocument(seeds)) : fc.oneof(fragmentDocument, unicodeDocument);
}

/**
 * What a fix must never cut: addresses a journalist copies and names with inner capitals, in the
 * shapes that were damaged (an address whose dot looks like a sentence's end, a name in an About line).
 */
const WRITER_TOKENS = [
  'Jenny.wright@acme.ltd',
  'Theo.Crutcher@acme.ltd',
  'John.Arnst@heart.example',
  'press@ExampleWire.com',
  'A.B@C.De.org',
  'https://www.ExampleWire.com',
  'www.Printshop.com',
  'http://example.org/News.Release?id=Two.Three',
  '<https://acme.example/Press.Kit>',
  '[our site](https://Acme.example/A.Bc)',
  '![logo](img/Logo.Png)',
  'Printshop.com',
  'acme.eu',
  'Acme.Com',
  'Node.js',
  'ExampleWire',
  'BioMedWire',
  'iPhone',
  'McDonald',
  'eBay',
  'PwC',
  '500NewsWire',
  'About ExampleWire',
  'About BioMedWire Ltd',
  '`Lewis.With`',
  'TherapeuticsSethera',
];

/**
 * A run of paragraphs from a real release (a part of it keeps fix-all busy inserting the parts it
 * lacks) with addresses and names put in: between words, glued after a sentence, after a contact
 * label, or on a line of their own.
 */
export function addressRichDocument(seeds: readonly string[]): fc.Arbitrary<string> {
  const excerpt = fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.integer({ min: 2, max: 10 })).map(([seed, from, count]) => {
    const paragraphs = seed.split(/\n\n/);
    const start = from % paragraphs.length;
    return paragraphs.slice(start, start + count).join('\n\n');
  });
  const insertion = fc.record({
    at: fc.nat(),
    token: fc.constantFrom(...WRITER_TOKENS),
    shape: fc.constantFrom('words', 'after-sentence', 'line', 'label'),
  });
  return fc.tuple(excerpt, fc.array(insertion, { minLength: 1, maxLength: 8 })).map(([seed, insertions]) => {
    let text = seed;
    for (const { at, token, shape } of insertions) {
      const spaces = [...text.matchAll(/ /g)].map((m) => m.index);
      const where = spaces.length ? spaces[at % spaces.length] : text.length;
      const piece = shape === 'words' ? ` ${token}` : shape === 'after-sentence' ? ` Lewis.${token}.` : shape === 'line' ? `\n\n${token}\n\n` : ` For details email: ${token}`;
      text = text.slice(0, where) + piece + text.slice(where);
    }
    return text;
  });
}
