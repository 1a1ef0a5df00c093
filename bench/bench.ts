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
 *   4. Adversarial inputs at 256 KB and 1 MB: pressroom vs markdownlint-cli2, and pressroom's growth.
 *
 * Options: --rounds N (3), --copies N (50), --edits N (200), --only cli,lsp,size,adversarial,
 *          --json FILE (bench/results.json). Prints the tables as Markdown.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COPIES, EDITS, ONLY, ROOT, ROUNDS, WARM_UP_EDITS, kilobytes, log, megabytes, millis, options, seconds } from './common';
import { benchCli } from './cli-throughput';
import { buildBenchProgram, benchLsp } from './lsp-latency';
import { benchAdversarial } from './adversarial';
import { benchSize } from './sizes';

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
    const adversarial = ONLY.has('adversarial') ? await benchAdversarial(work) : null;

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
        lines.push(`| ${l.label}${l.edits !== EDITS && !l.requests ? `, ${l.edits} edits` : ''} | ${millis(l.openMs)} | ${millis(l.p50)} | ${millis(l.p95)} | ${millis(l.max)} |`);
      lines.push('');
      const [small, large] = lsp.latencies;
      const underLoad = lsp.latencies[lsp.latencies.length - 1];
      targets.push(`${small.p95 <= 10 ? 'MET' : 'NOT MET'}: p95 ≤ 10 ms for the 5 KB release (${millis(small.p95)})`);
      targets.push(`${large.p95 <= 300 ? 'MET' : 'NOT MET'}: p95 ≤ 300 ms for the 1 MB document (${millis(large.p95)})`);
      targets.push(
        `${underLoad.p95 <= 50 ? 'MET' : 'NOT MET'}: p95 ≤ 50 ms for the outline and hover of a small release while a 1 MB document is linted (${millis(underLoad.p95)})`,
      );
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
    if (adversarial) {
      lines.push(
        '| Adversarial input (front matter `type: press-release`), median of 2 | pressroom 1 MB | markdownlint-cli2 1 MB | ratio | pressroom 256 KB → 1 MB |',
        '| --- | ---: | ---: | ---: | ---: |',
      );
      for (const row of adversarial)
        lines.push(
          `| ${row.input} | ${seconds(row.pressroom1m)} | ${row.markdownlintTimedOut ? 'stopped at ' : ''}${seconds(row.markdownlint1m)} | ${row.markdownlintTimedOut ? '< ' : ''}${(row.pressroom1m / row.markdownlint1m).toFixed(2)}× | ${(row.pressroom1m / row.pressroom256).toFixed(1)}× |`,
        );
      lines.push('');
      const worstRatio = adversarial.reduce((worst, row) => (row.pressroom1m / row.markdownlint1m > worst.pressroom1m / worst.markdownlint1m ? row : worst));
      const worstGrowth = adversarial.reduce((worst, row) => (row.pressroom1m / row.pressroom256 > worst.pressroom1m / worst.pressroom256 ? row : worst));
      const ratio = worstRatio.pressroom1m / worstRatio.markdownlint1m;
      const growth = worstGrowth.pressroom1m / worstGrowth.pressroom256;
      targets.push(`${ratio <= 1.5 ? 'MET' : 'NOT MET'}: every 1 MB adversarial input at most 1.5× markdownlint-cli2's time (worst ${ratio.toFixed(2)}×, ${worstRatio.input})`);
      targets.push(`${growth <= 4.5 ? 'MET' : 'NOT MET'}: every 1 MB adversarial input at most 4.5× its 256 KB time (worst ${growth.toFixed(1)}×, ${worstGrowth.input})`);
    }
    const report = `${lines.join('\n')}\nTargets:\n${targets.map((t) => `- ${t}`).join('\n')}\n`;
    process.stdout.write(`\n${report}`);
    const json = {
      date: started.toISOString(),
      machine,
      options: { rounds: ROUNDS, copies: COPIES, edits: EDITS, warmUpEdits: WARM_UP_EDITS },
      cli,
      lsp,
      size,
      adversarial,
      targets,
    };
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
