/** 3. The .vsix and dist/ sizes, and the server's resident memory with 100 open releases. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { EDITS, ROOT, VSCE, corpusReleases, kilobytes, log, millis, percentile } from './common';
import { startLsp, editLatencies, type Latency } from './lsp-latency';

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

export async function benchSize(
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
