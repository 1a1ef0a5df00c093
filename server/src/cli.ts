import { main } from './cli/main';

declare const PRESSROOM_VERSION: string;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  cwd: process.cwd(),
  env: process.env,
  version: typeof PRESSROOM_VERSION === 'string' ? PRESSROOM_VERSION : '0.0.0-dev',
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pressroom: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
