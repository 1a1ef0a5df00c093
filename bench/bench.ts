/**
 * npm run bench — Pressroom's speed, side by side with markdownlint-cli2, in one run:
 *
 *   1. CLI throughput: the releases in ../shared/corpus copied 50 times into a temporary folder;
 *      `pressroom lint` (all cores, and one thread), `markdownlint-cli2` (default rules) and the
 *      parse-only floor, alternating, several rounds: median wall time, CPU time, peak memory.
 *   2. Language server latency: a server process driven over stdio by vscode-languageserver-protocol;
 *      single-character edits at random places in a 5 KB release and a 1 MB document, time from
 *      didChange to the diagnostics of that version: p50, p95, max.
 *   3. The .vsix and dist/ sizes, and the server's resident memory with 100 open releases.
 *
 * Options: --rounds N (3), --copies N (50), --edits N (200), --only cli,lsp,size,
 *          --json FILE (bench/results.json). Prints the tables as Markdown.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const MEASURE = path.join(ROOT, 'bench', 'measure.cjs');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const VSCE = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    copies: { type: 'string', default: '50' },
    edits: { type: 'string', default: '200' },
    only: { type: 'string', default: 'cli,lsp,size' },
    json: { type: 'string', default: path.join(ROOT, 'bench', 'results.json') },
  },
});
const ROUNDS = Number(options.rounds);
const COPIES = Number(options.copies);
const EDITS = Number(options.edits);
const ONLY = new Set(options.only.split(','));
const WARM_UP_EDITS = 10;

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number): string => (ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MB`;
const kilobytes = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;

/** A deterministic pseudo-random sequence (mulberry32), so every run makes the same edits. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusReleases(): { name: string; text: string }[] {
  if (!existsSync(CORPUS)) {
    log(`(${CORPUS} is missing: using examples/ instead; the numbers are not comparable to the README's)`);
    const examples = path.join(ROOT, 'examples');
    return readdirSync(examples)
      .filter((f) => f.endsWith('.md'))
      .map((name) => ({ name, text: readFileSync(path.join(examples, name), 'utf8') }));
  }
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(CORPUS, name), 'utf8') }));
}

// ---- 1. CLI throughput ---------------------------------------------------------------------------

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  exitCode: number;
  /** The share of the machine's CPU that other processes used meanwhile (0–1), from /proc/stat; null elsewhere. */
  othersLoad: number | null;
}

/** Busy CPU time of the whole machine so far, in ms (Linux: /proc/stat counts in USER_HZ = 100 ticks a second). */
function machineBusyMs(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return (user + nice + system + irq + softirq + steal) * 10;
  } catch {
    return null;
  }
}

/** Runs a Node.js program under bench/measure.cjs: wall time here, CPU and peak RSS from inside. */
function measure(program: string, args: string[], cwd: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const usageFile = `${out}.usage.json`;
  rmSync(usageFile, { force: true });
  const stdout = openSync(`${out}.stdout`, 'w');
  const stderr = openSync(`${out}.stderr`, 'w');
  return new Promise((resolve, reject) => {
    const busyBefore = machineBusyMs();
    const started = performance.now();
    const child = spawn(process.execPath, [MEASURE, program, ...args], {
      cwd,
      stdio: ['ignore', stdout, stderr],
      env: { ...process.env, NO_COLOR: '1', ...env, BENCH_USAGE_FILE: usageFile },
    });
    child.on('error', reject);
    child.on('exit', () => {
      const wallMs = performance.now() - started;
      const busyAfter = machineBusyMs();
      closeSync(stdout);
      closeSync(stderr);
      if (!existsSync(usageFile)) return reject(new Error(`${path.basename(program)} left no usage report: ${readFileSync(`${out}.stderr`, 'utf8')}`));
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number; exitCode: number };
      const othersLoad = busyBefore === null || busyAfter === null ? null : Math.min(1, Math.max(0, (busyAfter - busyBefore - usage.cpuMs) / (wallMs * os.availableParallelism())));
      resolve({ wallMs, cpuMs: usage.cpuMs, maxRssKb: usage.maxRssKb, exitCode: usage.exitCode, othersLoad });
    });
  });
}

interface Tool {
  key: string;
  label: string;
  program: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Exit codes that mean the tool ran to the end. */
  ok: number[];
  check(out: string): string;
}

interface ToolSummary {
  label: string;
  runs: Run[];
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  othersLoad: number | null;
  note: string;
}

/** A run whose output lacks what it must show is no measurement: the bench stops. */
function fail(out: string, problem: string): never {
  throw new Error(`${path.basename(out)}: ${problem}; see ${out}.stdout and ${out}.stderr`);
}

async function benchCli(work: string): Promise<{ files: number; bytes: number; threads: number; tools: Record<string, ToolSummary> }> {
  const releases = corpusReleases();
  const corpus = path.join(work, 'corpus');
  let bytes = 0;
  for (let copy = 1; copy <= COPIES; copy++) {
    const folder = path.join(corpus, `copy-${String(copy).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const release of releases) {
      writeFileSync(path.join(folder, release.name), release.text);
      bytes += Buffer.byteLength(release.text);
    }
  }
  const files = releases.length * COPIES;
  const threads = os.availableParallelism();
  log(`CLI: ${files} files, ${megabytes(bytes)}, ${ROUNDS} rounds, ${threads} cores`);

  const mdlVersion = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json'), 'utf8')) as { version: string }).version;
  const tools: Tool[] = [
    {
      key: 'pressroom',
      label: `pressroom lint (${threads} threads)`,
      program: CLI,
      args: ['lint', '.'],
      ok: [0, 1],
      check: (out) => /✖ \d+ problems/.exec(readFileSync(`${out}.stdout`, 'utf8'))?.[0] ?? fail(out, 'no summary line'),
    },
    {
      key: 'pressroom1',
      label: 'pressroom lint (1 thread)',
      program: CLI,
      args: ['lint', '.'],
      env: { PRESSROOM_THREADS: '1' },
      ok: [0, 1],
      check: (out) => /✖ \d+ problems/.exec(readFileSync(`${out}.stdout`, 'utf8'))?.[0] ?? fail(out, 'no summary line'),
    },
    {
      key: 'markdownlint',
      label: `markdownlint-cli2 ${mdlVersion} (default rules)`,
      program: MARKDOWNLINT,
      args: ['**/*.md'],
      ok: [0, 1],
      check: (out) => /Summary: \d+ error\(s\)/.exec(readFileSync(`${out}.stdout`, 'utf8') + readFileSync(`${out}.stderr`, 'utf8'))?.[0] ?? fail(out, 'no summary line'),
    },
    {
      key: 'floor',
      label: 'parse-only floor (micromark + gfm + frontmatter, 1 thread)',
      program: await buildBenchProgram(work, 'parse-floor'),
      args: ['.'],
      ok: [0],
      check: (out) => readFileSync(`${out}.stdout`, 'utf8').trim(),
    },
  ];
  const runs = new Map<string, Run[]>(tools.map((t) => [t.key, []]));
  const notes = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order, so that neither tool always runs on a machine the other just warmed.
    const order = round % 2 === 0 ? tools : [...tools].reverse();
    for (const tool of order) {
      const out = path.join(work, `${tool.key}-${round}`);
      const run = await measure(tool.program, tool.args, corpus, out, tool.env);
      if (!tool.ok.includes(run.exitCode)) throw new Error(`${tool.label} exited ${run.exitCode}: ${readFileSync(`${out}.stderr`, 'utf8').slice(0, 2000)}`);
      notes.set(tool.key, tool.check(out));
      runs.get(tool.key)!.push(run);
      const others = run.othersLoad === null ? '' : `, other processes used ${(run.othersLoad * 100).toFixed(0)}% of the machine`;
      log(`  round ${round + 1}: ${tool.label}: ${seconds(run.wallMs)} wall, ${seconds(run.cpuMs)} CPU, ${megabytes(run.maxRssKb * 1024)} peak (${notes.get(tool.key)})${others}`);
    }
  }
  // Both thread counts must report the same problems, or the faster one skipped work.
  if (notes.get('pressroom') !== notes.get('pressroom1'))
    throw new Error(`pressroom reported "${notes.get('pressroom')}" on ${threads} threads but "${notes.get('pressroom1')}" on one`);
  const summary: Record<string, ToolSummary> = {};
  for (const tool of tools) {
    const r = runs.get(tool.key)!;
    summary[tool.key] = {
      label: tool.label,
      runs: r,
      wallMs: median(r.map((x) => x.wallMs)),
      cpuMs: median(r.map((x) => x.cpuMs)),
      maxRssMb: median(r.map((x) => x.maxRssKb)) / 1024,
      othersLoad: r.every((x) => x.othersLoad !== null) ? median(r.map((x) => x.othersLoad!)) : null,
      note: notes.get(tool.key) ?? '',
    };
  }
  return { files, bytes, threads, tools: summary };
}

// ---- 2. Language server latency ------------------------------------------------------------------

interface LspClient {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  /** Resolves when the server publishes diagnostics for `uri` at `version` (or later). */
  diagnostics(uri: string, version: number): Promise<void>;
  stop(): Promise<void>;
}

async function startLsp(serverJs: string, workspace: string, env: NodeJS.ProcessEnv = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stderr.resume();
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const latest = new Map<string, number>();
  const waiting = new Map<string, { version: number; resolve: () => void }>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    // Diagnostics without a version answer no particular change.
    if (params.version === undefined) return;
    const version = params.version;
    latest.set(params.uri, Math.max(latest.get(params.uri) ?? -1, version));
    const waiter = waiting.get(params.uri);
    if (waiter && version >= waiter.version) {
      waiting.delete(params.uri);
      waiter.resolve();
    }
  });
  for (const method of ['window/showMessageRequest', 'workspace/configuration', 'client/registerCapability']) connection.onRequest(method, () => null);
  connection.listen();
  const folder = pathToFileURL(workspace).href;
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'bench' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true } } },
    initializationOptions: { diagnosticMode: 'push' },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    child,
    diagnostics(uri, version) {
      if ((latest.get(uri) ?? -1) >= version) return Promise.resolve();
      return new Promise((resolve) => waiting.set(uri, { version, resolve }));
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await connection.sendNotification(ExitNotification.type).catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}

/** Single-character edits at random places: type a letter, or delete one; returns each one's latency. */
async function editLatencies(client: LspClient, uri: string, text: string, edits: number, seed: number): Promise<{ latencies: number[]; openMs: number }> {
  let document = TextDocument.create(uri, 'markdown', 1, text);
  let started = performance.now();
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await client.diagnostics(uri, 1);
  const openMs = performance.now() - started;
  const next = random(seed);
  const latencies: number[] = [];
  for (let i = 0; i < edits + WARM_UP_EDITS; i++) {
    const offset = Math.floor(next() * (document.getText().length - 1));
    const start = document.positionAt(offset);
    const insert = i % 2 === 0;
    const change = insert
      ? { range: { start, end: start }, text: 'abcdefghijklmnopqrstuvwxyz'[Math.floor(next() * 26)] }
      : { range: { start, end: document.positionAt(offset + 1) }, text: '' };
    const version = document.version + 1;
    document = TextDocument.update(document, [change], version);
    started = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    await client.diagnostics(uri, version);
    if (i >= WARM_UP_EDITS) latencies.push(performance.now() - started);
  }
  return { latencies, openMs };
}

/** A 1 MB document: the 5 KB release with paragraphs from the other releases inserted after its lead. */
function largeDocument(release: string, releases: { text: string }[]): string {
  const paragraphs = releases
    .flatMap((r) => r.text.split(/\n{2,}/))
    .map((p) => p.trim())
    .filter((p) => p.length > 200 && /^[A-Za-z“"]/.test(p) && !/[@|]|^\s*[-*>#]/m.test(p));
  const blocks = release.split(/\n{2,}/);
  const lead = blocks.findIndex((b, i) => i > 0 && b.length > 200);
  const head = blocks.slice(0, lead + 1).join('\n\n');
  const tail = blocks.slice(lead + 1).join('\n\n');
  const filler: string[] = [];
  let size = Buffer.byteLength(release);
  for (let i = 0; size < 1024 * 1024; i++) {
    // Each paragraph made unique: the parse cache shares chunks of identical text, which a real
    // document of this size would not offer.
    const paragraph = `${paragraphs[i % paragraphs.length]} (${i + 1})`;
    filler.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return `${head}\n\n${filler.join('\n\n')}\n\n${tail}`;
}

interface Latency {
  label: string;
  bytes: number;
  edits: number;
  openMs: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Bundles one of the bench's own entry points (bench/<name>.ts) into the work folder as <name>.js,
 * the way scripts/build.mjs bundles the CLI and the server: the LSP server with the debounce from
 * the environment, and the parse-only floor.
 */
async function buildBenchProgram(work: string, name: 'lsp-server' | 'parse-floor'): Promise<string> {
  const outfile = path.join(work, `${name}.js`);
  await build({
    entryPoints: [path.join(ROOT, 'bench', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  });
  return outfile;
}

async function benchLsp(work: string): Promise<{ latencies: Latency[] }> {
  const benchServer = path.join(work, 'lsp-server.js');
  const releases = corpusReleases();
  const small = releases.find((r) => r.name === 'un-pve-oslo-2018.md') ?? releases[0];
  const large = largeDocument(small.text, releases);
  const workspace = path.join(work, 'workspace');
  mkdirSync(path.join(workspace, 'press-releases'), { recursive: true });
  const documents = [
    { label: `${kilobytes(Buffer.byteLength(small.text))} release (${small.name})`, text: small.text, file: 'small.md' },
    { label: `${megabytes(Buffer.byteLength(large))} document`, text: large, file: 'large.md' },
  ];
  const results: Latency[] = [];
  const runs = [
    { server: benchServer, env: { PRESSROOM_DEBOUNCE_MS: '0' }, what: 'debounce 0 (server processing)', edits: EDITS, documents },
    // As a writer sees it: the shipped server waits 150 ms after the last change (not configurable).
    { server: SERVER, env: {}, what: 'dist/server.js as shipped (150 ms debounce)', edits: Math.min(EDITS, 50), documents: documents.slice(0, 1) },
  ];
  for (const run of runs) {
    for (const [i, doc] of run.documents.entries()) {
      const file = path.join(workspace, 'press-releases', `${path.basename(run.server, '.js')}-${doc.file}`);
      writeFileSync(file, doc.text);
      const client = await startLsp(run.server, workspace, run.env);
      try {
        log(`LSP: ${doc.label}, ${run.what}: ${run.edits} edits…`);
        const { latencies, openMs } = await editLatencies(client, pathToFileURL(file).href, doc.text, run.edits, 17 + i);
        const latency = {
          label: `${doc.label}, ${run.what}`,
          bytes: Buffer.byteLength(doc.text),
          edits: latencies.length,
          openMs,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          max: Math.max(...latencies),
        };
        log(`  open ${millis(openMs)}, p50 ${millis(latency.p50)}, p95 ${millis(latency.p95)}, max ${millis(latency.max)}`);
        results.push(latency);
      } finally {
        await client.stop();
      }
    }
  }
  return { latencies: results };
}

// ---- 3. Sizes and the server's memory --------------------------------------------------------------

function folderBytes(folder: string, since = 0): { bytes: number; files: { name: string; bytes: number }[] } {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => ({ name, path: path.join(folder, name) }))
    .filter((f) => statSync(f.path).isFile() && statSync(f.path).mtimeMs >= since)
    .map((f) => ({ name: f.name, bytes: statSync(f.path).size }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { bytes: files.reduce((n, f) => n + f.bytes, 0), files };
}

/** VmRSS and VmHWM of a process, from /proc (Linux). */
function residentMemory(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

interface Server100 {
  rssMb: number;
  peakMb: number;
  /** Edits in one release while the other 99 stay open: only the changed document is linted again. */
  edits: Latency;
}

async function benchSize(
  work: string,
): Promise<{ vsixBytes: number | null; vsixError?: string; dist: ReturnType<typeof folderBytes>; devDist: ReturnType<typeof folderBytes>; server100: Server100 | null }> {
  // The server with 100 open releases (the corpus, cycled), once each has its diagnostics.
  const releases = corpusReleases();
  const workspace = path.join(work, 'workspace-100');
  mkdirSync(path.join(workspace, 'press-releases'), { recursive: true });
  const client = await startLsp(path.join(work, 'lsp-server.js'), workspace, { PRESSROOM_DEBOUNCE_MS: '0' });
  let server100: Server100 | null = null;
  try {
    const uris: string[] = [];
    for (let i = 0; i < 100; i++) {
      const release = releases[i % releases.length];
      const file = path.join(workspace, 'press-releases', `${String(i).padStart(3, '0')}-${release.name}`);
      writeFileSync(file, release.text);
      const uri = pathToFileURL(file).href;
      uris.push(uri);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: release.text } });
    }
    await Promise.all(uris.map((uri) => client.diagnostics(uri, 1)));
    const memory = residentMemory(client.child.pid!);
    const small = releases.find((r) => r.name === 'un-pve-oslo-2018.md') ?? releases[0];
    const uri = pathToFileURL(path.join(workspace, 'press-releases', 'edited.md')).href;
    const { latencies, openMs } = await editLatencies(client, uri, small.text, Math.min(EDITS, 50), 99);
    const edits = {
      label: `${kilobytes(Buffer.byteLength(small.text))} release with 100 other releases open, debounce 0`,
      bytes: Buffer.byteLength(small.text),
      edits: latencies.length,
      openMs,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
    };
    server100 = memory ? { ...memory, edits } : null;
    log(
      `Server with 100 open releases: ${memory ? `${memory.rssMb.toFixed(1)} MB resident, ${memory.peakMb.toFixed(1)} MB peak` : '/proc is not readable here'}; edits in another: p50 ${millis(edits.p50)}, p95 ${millis(edits.p95)}`,
    );
  } finally {
    await client.stop();
  }

  const devDist = folderBytes(path.join(ROOT, 'dist'));
  // The .vsix as it ships: production bundles, then vsce (as test/lsp/package.test.ts builds it).
  let vsixBytes: number | null = null;
  let vsixError: string | undefined;
  const buildStarted = Date.now() - 1000;
  const production = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--production'], { cwd: ROOT, encoding: 'utf8' });
  if (production.status !== 0) throw new Error(`production build failed: ${production.stderr}`);
  // The files this build wrote: source maps left by an earlier `npm run build` are not part of it.
  const dist = folderBytes(path.join(ROOT, 'dist'), buildStarted);
  try {
    const vsix = path.join(work, 'pressroom.vsix');
    const packaged = spawnSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--skip-license', '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
    if (packaged.status === 0) vsixBytes = statSync(vsix).size;
    else vsixError = (packaged.stderr || packaged.stdout).trim().split('\n').slice(-3).join(' ');
    log(`.vsix: ${vsixBytes === null ? `not packaged (${vsixError})` : kilobytes(vsixBytes)}; dist/ (production): ${kilobytes(dist.bytes)}`);
  } finally {
    // Leave dist/ as `npm run build` makes it.
    spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
  return { vsixBytes, vsixError, dist, devDist, server100 };
}

// ---- the report ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'pressroom-bench-'));
  const started = new Date();
  try {
    log('Building (npm run build)…');
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);

    if (ONLY.has('lsp') || ONLY.has('size')) await buildBenchProgram(work, 'lsp-server');
    const cli = ONLY.has('cli') ? await benchCli(work) : null;
    const lsp = ONLY.has('lsp') ? await benchLsp(work) : null;
    const size = ONLY.has('size') ? await benchSize(work) : null;

    const lines: string[] = [];
    const machine = `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`;
    lines.push(`Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`, '');
    const targets: string[] = [];
    if (cli) {
      const load = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);
      lines.push(
        `| CLI: ${cli.files.toLocaleString('en-US')} files, ${megabytes(cli.bytes)}, median of ${ROUNDS} | wall | CPU | peak memory | machine used by other processes |`,
        '| --- | ---: | ---: | ---: | ---: |',
      );
      for (const tool of Object.values(cli.tools))
        lines.push(`| ${tool.label} | ${seconds(tool.wallMs)} | ${seconds(tool.cpuMs)} | ${tool.maxRssMb.toFixed(0)} MB | ${load(tool.othersLoad)} |`);
      const p = cli.tools.pressroom;
      const m = cli.tools.markdownlint;
      lines.push(`| pressroom ÷ markdownlint-cli2 | ${(p.wallMs / m.wallMs).toFixed(2)} | ${(p.cpuMs / m.cpuMs).toFixed(2)} | ${(p.maxRssMb / m.maxRssMb).toFixed(2)} | |`, '');
      targets.push(`${p.wallMs <= m.wallMs / 2 ? 'MET' : 'NOT MET'}: CLI wall at most half of markdownlint-cli2's (${(p.wallMs / m.wallMs).toFixed(2)}×)`);
      targets.push(
        `${p.maxRssMb <= m.maxRssMb ? 'MET' : 'NOT MET'}: CLI peak memory no more than markdownlint-cli2's (${p.maxRssMb.toFixed(0)} MB vs ${m.maxRssMb.toFixed(0)} MB)`,
      );
    }
    if (lsp) {
      lines.push(`| Language server: change → diagnostics (${EDITS} single-character edits unless noted) | open | p50 | p95 | max |`, '| --- | ---: | ---: | ---: | ---: |');
      for (const l of lsp.latencies)
        lines.push(`| ${l.label}${l.edits !== EDITS ? `, ${l.edits} edits` : ''} | ${millis(l.openMs)} | ${millis(l.p50)} | ${millis(l.p95)} | ${millis(l.max)} |`);
      lines.push('');
      const [small, large] = lsp.latencies;
      targets.push(`${small.p95 <= 10 ? 'MET' : 'NOT MET'}: p95 ≤ 10 ms for the 5 KB release (${millis(small.p95)})`);
      targets.push(`${large.p95 <= 300 ? 'MET' : 'NOT MET'}: p95 ≤ 300 ms for the 1 MB document (${millis(large.p95)})`);
    }
    if (size) {
      lines.push('| Size and memory | |', '| --- | ---: |');
      lines.push(`| .vsix (production build, vsce package) | ${size.vsixBytes === null ? `not packaged: ${size.vsixError}` : kilobytes(size.vsixBytes)} |`);
      lines.push(`| dist/, production build (${size.dist.files.map((f) => `${f.name} ${kilobytes(f.bytes)}`).join(', ')}) | ${kilobytes(size.dist.bytes)} |`);
      lines.push(`| dist/, npm run build (with source maps) | ${kilobytes(size.devDist.bytes)} |`);
      lines.push(
        `| language server, resident memory with 100 open releases | ${size.server100 ? `${size.server100.rssMb.toFixed(0)} MB (peak ${size.server100.peakMb.toFixed(0)} MB)` : 'n/a'} |`,
      );
      if (size.server100) {
        const e = size.server100.edits;
        lines.push(`| language server, change → diagnostics in a ${e.label}: p50 / p95 / max over ${e.edits} edits | ${millis(e.p50)} / ${millis(e.p95)} / ${millis(e.max)} |`);
      }
      lines.push('');
      if (size.vsixBytes !== null) targets.push(`${size.vsixBytes < 1024 * 1024 ? 'MET' : 'NOT MET'}: .vsix under 1 MB (${kilobytes(size.vsixBytes)})`);
    }
    const report = `${lines.join('\n')}\nTargets:\n${targets.map((t) => `- ${t}`).join('\n')}\n`;
    process.stdout.write(`\n${report}`);
    const json = { date: started.toISOString(), machine, options: { rounds: ROUNDS, copies: COPIES, edits: EDITS, warmUpEdits: WARM_UP_EDITS }, cli, lsp, size, targets };
    writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
    log(`\nWritten to ${path.relative(process.cwd(), options.json) || options.json}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
