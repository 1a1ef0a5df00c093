// Bundles the CLI (and, as they land, the language server and the client) into dist/ with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

// `npm pack` and `npm publish` run `prepack` (the production build that goes into the package)
// and then `prepare`: the package keeps the production build.
if (process.env.npm_lifecycle_event === 'prepare' && ['pack', 'publish'].includes(process.env.npm_command ?? '')) process.exit(0);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  legalComments: 'none',
  // ESM dependencies (fdir) read import.meta.url, which a CommonJS bundle must supply.
  define: { PRESSROOM_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build does not.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

await build({ ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: 'dist' });
// The CLI's lint worker threads, started by dist/cli.js when there are many files.
await build({ ...common, entryPoints: { 'cli-worker': 'server/src/cli/worker.ts' }, outdir: 'dist' });
// The language server; started as a worker thread, it is its own lint thread for large documents.
await build({ ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] });
// remark-pressroom, the unified plugin: an ES module, as the unified ecosystem's plugins are.
await build({
  ...common,
  format: 'esm',
  entryPoints: { 'remark-pressroom': 'server/src/remark/plugin.ts' },
  outExtension: { '.js': '.mjs' },
  outdir: 'dist',
  define: { PRESSROOM_VERSION: JSON.stringify(version) },
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The web extension (vscode.dev, github.dev): the client in the web extension host and the server in
// a web worker, the same engine and session. Node's modules map to what a worker has: the
// configuration files the client sends (server/src/web/files.ts), URIs, TextDecoder, path-browserify.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  define: { PRESSROOM_VERSION: JSON.stringify(version), PRESSROOM_WEB: 'true' },
  banner: {},
  alias: {
    ...common.alias,
    'node:fs': './server/src/web/files.ts',
    'node:module': './server/src/web/module.ts',
    'node:url': './server/src/web/url.ts',
    'node:buffer': './server/src/web/buffer.ts',
    'node:path': 'path-browserify',
  },
  inject: ['./server/src/web/process.ts'],
  // A web worker has no DOM: packages' worker builds (decode-named-character-reference's DOM build needs a document).
  conditions: ['worker'],
};
await build({ ...web, format: 'iife', entryPoints: { server: 'server/src/web/server.ts' }, outdir: 'dist/web' });
await build({ ...web, entryPoints: { client: 'client/src/browser.ts' }, outdir: 'dist/web', external: ['vscode'] });
