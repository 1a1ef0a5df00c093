import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../server/src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as the `pressroom` binary would, with captured output. */
export async function runCli(args: string[], options: { cwd: string; stdin?: string | Uint8Array }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    cwd: options.cwd,
    env: {},
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function temporaryFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pressroom-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
