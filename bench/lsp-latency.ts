/** 2. Language server latency: single-character edits, change → diagnostics of that version. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
import { adversarialInputs } from '../test/properties/adversarial';
import { EDITS, LINT_WORKER, ROOT, SERVER, WARM_UP_EDITS, corpusReleases, kilobytes, log, megabytes, millis, percentile, random } from './common';

interface LspClient {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  /** Resolves when the server publishes diagnostics for `uri` at `version` (or later). */
  diagnostics(uri: string, version: number): Promise<void>;
  stop(): Promise<void>;
}

export async function startLsp(serverJs: string, workspace: string, env: NodeJS.ProcessEnv = {}): Promise<LspClient> {
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
export async function editLatencies(client: LspClient, uri: string, text: string, edits: number, seed: number): Promise<{ latencies: number[]; openMs: number }> {
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

export interface Latency {
  /** The samples are requests, not edits. */
  requests?: boolean;
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
export async function buildBenchProgram(work: string, name: 'lsp-server' | 'parse-floor'): Promise<string> {
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

/**
 * Requests on a small release while a 1 MB adversarial document is linted: the outline and a hover,
 * one after the other, from the change that starts the long lint until its diagnostics arrive.
 */
async function latencyUnderLoad(workspace: string, small: string): Promise<Latency> {
  const big = path.join(workspace, 'press-releases', 'under-load-big.md');
  const release = path.join(workspace, 'press-releases', 'under-load-small.md');
  const [name, adversarial] = adversarialInputs(1024 * 1024).find(([n]) => n === 'opening quotation marks before sentences')!;
  const bigText = `${small}\n${adversarial}\n`;
  writeFileSync(big, bigText);
  writeFileSync(release, small);
  const client = await startLsp(SERVER, workspace);
  const latencies: number[] = [];
  try {
    const [bigUri, smallUri] = [pathToFileURL(big).href, pathToFileURL(release).href];
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: smallUri, languageId: 'markdown', version: 1, text: small } });
    await client.diagnostics(smallUri, 1);
    const started = performance.now();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: bigText } });
    await client.diagnostics(bigUri, 1);
    const openMs = performance.now() - started;
    for (let version = 2; version <= 6; version++) {
      // Each version of the large document is linted anew on the lint thread; meanwhile, ask.
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: bigUri, version },
        contentChanges: [{ text: `${bigText}${version}` }],
      });
      let done = false;
      const linted = client.diagnostics(bigUri, version).then(() => (done = true));
      while (!done) {
        for (const method of ['textDocument/documentSymbol', 'textDocument/hover']) {
          const asked = performance.now();
          await client.connection.sendRequest(method, { textDocument: { uri: smallUri }, position: { line: 2, character: 2 } });
          latencies.push(performance.now() - asked);
        }
      }
      await linted;
    }
    log(`  ${latencies.length} requests while the 1 MB “${name}” document was linted`);
    return {
      label: `outline and hover of the 5 KB release while a 1 MB adversarial document is linted (dist/server.js), ${latencies.length} requests`,
      requests: true,
      bytes: Buffer.byteLength(small),
      edits: latencies.length,
      openMs,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
    };
  } finally {
    await client.stop();
  }
}

export async function benchLsp(work: string): Promise<{ latencies: Latency[] }> {
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
    { server: benchServer, env: { PRESSROOM_DEBOUNCE_MS: '0', PRESSROOM_LINT_WORKER: LINT_WORKER }, what: 'debounce 0 (server processing)', edits: EDITS, documents },
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
  log('LSP: requests on a small release while a 1 MB adversarial document is linted…');
  results.push(await latencyUnderLoad(workspace, small.text));
  return { latencies: results };
}
