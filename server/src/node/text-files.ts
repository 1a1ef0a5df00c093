/**
 * Reading and writing the user's text files safely, for the CLI and the server alike: a file too
 * large, binary or not UTF-8 is refused with a reason, never read as garbage; a write never
 * leaves half a file.
 */
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';

/** A file or pattern that cannot be linted: the CLI prints it and exits 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}

/** Larger files are refused with a clear message rather than read into memory. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    let extra: number;
    let min: number;
    if (byte < 0x80) {
      i++;
      continue;
    }
    if (byte >= 0xc2 && byte <= 0xdf) [extra, min] = [1, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [extra, min] = [2, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    let code = byte & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/**
 * A file to lint: its bytes, checked to be UTF-8 text. They stay bytes, outside the JavaScript heap,
 * until the file is linted: holding every input as a string would keep the heap large all run.
 */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  mode: number;
}

/** Refuses binary and malformed input with a clear reason; well-formed UTF-8 passes unchanged. */
export function checkText(bytes: Uint8Array, name: string): Uint8Array {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(name, `looks like a binary file (a NUL byte at offset ${nul}), not Markdown text`);
  if (isUtf8(bytes)) return bytes;
  const bad = firstInvalidUtf8(bytes);
  const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
  throw new InputError(name, `is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad}, line ${line}); save it as UTF-8`);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text of bytes that checkText accepted; a byte-order mark is kept, as the engine expects. */
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

export function readSourceFile(file: string, display: string): SourceFile {
  let stats: ReturnType<typeof statSync>;
  let bytes: Buffer;
  try {
    stats = statSync(file);
    if (stats.size > MAX_FILE_BYTES) throw new InputError(display, `is ${stats.size} bytes; files over ${MAX_FILE_BYTES} bytes are not linted`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'is a folder', ENOENT: 'no such file', EIO: 'input/output error' };
    const reason = (code && reasons[code]) ?? String((error as Error).message);
    throw new InputError(display, `cannot be read (${reason})`);
  }
  return { path: file, bytes: checkText(bytes, display), mode: stats.mode };
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file; keeps the mode. */
export function writeFileAtomically(file: string, text: string, mode?: number): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.pressroom-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    if (mode !== undefined) chmodSync(temporary, mode & 0o7777);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw new InputError(file, `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
