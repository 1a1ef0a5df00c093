/**
 * The language server's lint thread (dist/server.js started as a worker thread): lints one document at a time
 * for the server, which stays free to answer other requests meanwhile. It keeps each document's
 * parse cache, so an edit re-parses only the chunks it touched, as a lint in place does. It reads
 * and writes nothing.
 */
import { parentPort } from 'node:worker_threads';
import { lint, ParseCache, type ResolvedConfig } from '../engine/index';

export type LintThreadMessage = { kind: 'lint'; id: number; uri: string; text: string; config: ResolvedConfig } | { kind: 'forget'; uri: string };

/** The documents whose parse cache is kept, the most recently linted first. */
const CACHED_DOCUMENTS = 8;
const caches = new Map<string, ParseCache>();

function cacheFor(uri: string): ParseCache {
  const cache = caches.get(uri) ?? new ParseCache();
  caches.delete(uri);
  caches.set(uri, cache);
  if (caches.size > CACHED_DOCUMENTS) caches.delete(caches.keys().next().value!);
  return cache;
}

/** Answers the server's lint requests, on the worker thread this runs in. */
export function serveLintRequests(): void {
  parentPort!.on('message', (message: LintThreadMessage) => {
    if (message.kind === 'forget') {
      caches.delete(message.uri);
      return;
    }
    const { id, uri, text, config } = message;
    try {
      const result = lint(text, config, { parseCache: cacheFor(uri) });
      // A crashed rule's error crosses to the server as its message and stack.
      const crashes = result.crashes.map((c) => ({
        ruleId: c.ruleId,
        error: c.error instanceof Error ? { name: c.error.name, message: c.error.message, stack: c.error.stack } : String(c.error),
      }));
      parentPort!.postMessage({ id, result: { ...result, crashes } });
    } catch (error) {
      parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
