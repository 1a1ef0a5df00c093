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
