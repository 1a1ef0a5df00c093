/** What both real-editor runners do before starting an editor: bundle the suite, copy the workspace. */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The suite bundle VS Code loads as `extensionTestsPath` (out/ is gitignored). */
export const SUITE = path.join(ROOT, 'out', 'e2e', 'suite.js');
const FIXTURES = path.join(ROOT, 'test', 'e2e', 'workspace');

/** Bundles test/e2e/suite/ (mocha included, `vscode` left to the extension host) into out/e2e/suite.js. */
export async function bundleSuite(): Promise<string> {
  if (!existsSync(path.join(ROOT, 'dist', 'client.js')) || !existsSync(path.join(ROOT, 'dist', 'server.js'))) {
    throw new Error('dist/client.js or dist/server.js is missing: run `npm run build` first (the npm scripts test:e2e and test:vscode do).');
  }
  await build({
    entryPoints: { suite: path.join(ROOT, 'test', 'e2e', 'suite', 'index.ts') },
    outdir: path.dirname(SUITE),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files by path.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return SUITE;
}

/** The web suite VS Code loads into its web worker extension host (out/ is gitignored). */
export const WEB_SUITE = path.join(ROOT, 'out', 'e2e', 'web-suite.js');

/**
 * mocha's browser build is a UMD bundle: where a `module` is in scope it replaces that module's
 * exports (the suite's `run`) with mocha itself. Loaded with none, it sets the `mocha` global.
 */
const mochaAsGlobal: Plugin = {
  name: 'mocha-as-global',
  setup(bundler) {
    bundler.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await readFile(args.path, 'utf8')}\n}).call(globalThis);`,
      loader: 'js',
    }));
  },
};

/** Bundles test/e2e/web/ (mocha's browser build included) for the web worker extension host. */
export async function bundleWebSuite(): Promise<string> {
  if (!existsSync(path.join(ROOT, 'dist', 'web', 'client.js')) || !existsSync(path.join(ROOT, 'dist', 'web', 'server.js'))) {
    throw new Error('dist/web/client.js or dist/web/server.js is missing: run `npm run build` first (npm run test:e2e does).');
  }
  await build({
    entryPoints: { 'web-suite': path.join(ROOT, 'test', 'e2e', 'web', 'index.ts') },
    outdir: path.dirname(WEB_SUITE),
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    plugins: [mochaAsGlobal],
  });
  return WEB_SUITE;
}

/** A fresh copy of the test workspace in `parent` (the tests edit, save and create files in it). */
export function makeWorkspace(parent: string): string {
  const workspace = path.join(parent, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(FIXTURES, workspace, { recursive: true });
  return workspace;
}
