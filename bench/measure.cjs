'use strict';
/**
 * Runs a Node.js program in this process and, when it exits, writes what it cost as JSON to the
 * file named by BENCH_USAGE_FILE: CPU time (user + system, all threads) and peak resident memory
 * (the whole process, worker threads included), from process.resourceUsage().
 *
 *   node bench/measure.cjs <program.js|.mjs|.cjs> [args…]
 *
 * The program sees the arguments after its own name as process.argv.slice(2), as if started alone.
 */
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const usageFile = process.env.BENCH_USAGE_FILE;
const program = path.resolve(process.argv[2]);
process.argv = [process.argv[0], program, ...process.argv.slice(3)];

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  const report = {
    exitCode: code,
    userMs: usage.userCPUTime / 1000,
    systemMs: usage.systemCPUTime / 1000,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: usage.maxRSS,
  };
  if (usageFile) writeFileSync(usageFile, JSON.stringify(report));
});

if (/\.mjs$/.test(program)) import(pathToFileURL(program).href);
else require(program);
