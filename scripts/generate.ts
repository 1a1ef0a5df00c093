/**
 * Writes every file the project generates from the engine, so that none can drift from it:
 * - the JSON schemas of the configuration and the `pressroom.rules` setting's rule ids (schemas/);
 * - the TextMate grammars, from the engine's word lists (syntaxes/);
 * - the table of rules in docs/rules/README.md.
 * `npm run generate` writes them; `--check` writes nothing and exits 1 naming what is out of date (CI and mocha run it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configSchema, json, MANIFEST_FILE, manifestText, PACKAGE_SCHEMA_FILE, packageJsonSchema, RC_SCHEMA_FILE } from '../schemas/build-schema';
import { GRAMMARS, grammarText } from '../syntaxes/build-grammar';
import { rulesPageText } from './rules-table';

const ROOT = path.resolve(__dirname, '..');

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Each generated file with the text it should have. */
export function generatedFiles(): { file: string; text: string }[] {
  const rulesPage = path.join(ROOT, 'docs', 'rules', 'README.md');
  return [
    { file: RC_SCHEMA_FILE, text: json(configSchema()) },
    { file: PACKAGE_SCHEMA_FILE, text: json(packageJsonSchema()) },
    { file: MANIFEST_FILE, text: manifestText(read(MANIFEST_FILE)) },
    ...Object.entries(GRAMMARS).map(([name, grammar]) => ({ file: path.join(ROOT, 'syntaxes', name), text: grammarText(grammar) })),
    { file: rulesPage, text: rulesPageText(read(rulesPage)) },
  ];
}

/** The generated files whose text on disk differs from what `generatedFiles` gives. */
export function staleFiles(): string[] {
  return generatedFiles()
    .filter(({ file, text }) => read(file) !== text)
    .map(({ file }) => path.relative(ROOT, file));
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(`out of date: ${stale.join(', ')} (run npm run generate)`);
      process.exitCode = 1;
    }
  } else {
    for (const { file, text } of generatedFiles()) if (read(file) !== text) writeFileSync(file, text);
  }
}
