/** 1. CLI throughput: pressroom, markdownlint-cli2 and the parse-only floor on one corpus, alternating. */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI, COPIES, MARKDOWNLINT, MEASURE, ROOT, ROUNDS, corpusReleases, log, median, megabytes, seconds } from './common';
import { buildBenchProgram } from './lsp-latency';

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  exitCode: number;
  /** The share of the machine's CPU that other processes used meanwhile (0–1), from /proc/stat; null elsewhere. */
  othersLoad: number | null;
  /** Stopped at the time limit. */
  timedOut?: boolean;
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
export function measure(program: string, args: string[], cwd: string, out: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 0): Promise<Run> {
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
    // A tool stuck on an input (markdownlint-cli2 on 1 MB of HTML comments) is stopped: its time is the limit.
    let timedOut = false;
    const stopAtLimit = (): void => {
      timedOut = true;
      child.kill('SIGKILL');
    };
    const timer = timeoutMs > 0 ? setTimeout(stopAtLimit, timeoutMs) : null;
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (timedOut) {
        closeSync(stdout);
        closeSync(stderr);
        return resolve({ wallMs, cpuMs: wallMs, maxRssKb: 0, exitCode: -1, othersLoad: null, timedOut: true });
      }
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

export async function benchCli(work: string): Promise<{ files: number; bytes: number; threads: number; tools: Record<string, ToolSummary> }> {
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
