import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..');
export const INJECTIONS = ['pressroom-blocks.tmLanguage.json', 'pressroom-inline.tmLanguage.json'].map((name) => path.join(ROOT, 'syntaxes', name));
export const MARKDOWN = path.join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

let registry: Promise<textmate.Registry> | null = null;

/** A TextMate registry with VS Code's Markdown grammar and the Pressroom injection, as VS Code loads them. */
function loadRegistry(): Promise<textmate.Registry> {
  registry ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const injections = new Map(INJECTIONS.map((file) => [JSON.parse(readFileSync(file, 'utf8')).scopeName as string, file]));
    return new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName === 'text.html.markdown') return textmate.parseRawGrammar(readFileSync(MARKDOWN, 'utf8'), MARKDOWN);
        const injection = injections.get(scopeName);
        if (injection) return textmate.parseRawGrammar(readFileSync(injection, 'utf8'), injection);
        return null;
      },
      getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [...injections.keys()] : undefined),
    });
  })();
  return registry;
}

/** Tokenizes a Markdown document line by line (0-based lines). */
export async function tokenize(text: string): Promise<Token[]> {
  const grammar = await (await loadRegistry()).loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('the Markdown grammar did not load');
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    state = result.ruleStack;
  });
  return tokens;
}

/** The text of each run of tokens whose innermost matching scope starts with `prefix`, by line. */
export function scoped(tokens: Token[], prefix: string): { line: number; text: string }[] {
  const runs: { line: number; text: string }[] = [];
  let previous: Token | null = null;
  for (const token of tokens) {
    const has = token.scopes.some((s) => s.startsWith(prefix));
    if (has && previous && previous.line === token.line && runs.length && runs[runs.length - 1].line === token.line) runs[runs.length - 1].text += token.text;
    else if (has) runs.push({ line: token.line, text: token.text });
    previous = has ? token : null;
  }
  return runs;
}
