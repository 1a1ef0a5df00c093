import { ErrorCodes, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter, type PartialMessageInfo } from 'vscode-languageserver/node';

type Event<T> = MessageReader['onError'] extends (listener: (e: Error) => unknown) => Disposable ? (listener: (e: T) => unknown) => Disposable : never;

/** Methods whose params the handlers read: null or a primitive there is an invalid request. */
const NEEDS_PARAMS = /^(?:textDocument\/|pressroom\/|workspace\/executeCommand$)/;

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object';
}

/**
 * Wraps a message reader so that what JSON-RPC calls malformed gets its error response — a body
 * that is not JSON (-32700 Parse error), a message that is neither request, response nor
 * notification (-32600 Invalid Request), params of the wrong shape (-32602) — and the
 * server keeps serving. vscode-jsonrpc on its own drops the first two with a log line.
 */
export class GuardedReader implements MessageReader {
  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  get onError(): Event<Error> {
    return this.inner.onError;
  }

  get onClose(): Event<void> {
    return this.inner.onClose;
  }

  get onPartialMessage(): Event<PartialMessageInfo> {
    return this.inner.onPartialMessage;
  }

  private reply(id: number | string | null, code: number, message: string): void {
    void this.writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message).catch(() => undefined);
  }

  listen(callback: DataCallback): Disposable {
    const errors = this.inner.onError((error) => {
      this.log(`unreadable message: ${error.message}`);
      this.reply(null, ErrorCodes.ParseError, `Parse error: ${error.message}`);
    });
    const listening = this.inner.listen((message: Message) => {
      const raw: unknown = message;
      if (!isObject(raw) || Array.isArray(raw)) {
        this.reply(null, ErrorCodes.InvalidRequest, 'Invalid Request: a message must be a JSON object (batches are not supported)');
        return;
      }
      const id = raw.id;
      const validId = typeof id === 'number' || typeof id === 'string';
      const method = raw.method;
      if ('method' in raw) {
        if (typeof method !== 'string') {
          this.reply(validId ? id : null, ErrorCodes.InvalidRequest, 'Invalid Request: "method" must be a string');
          return;
        }
        if (validId && NEEDS_PARAMS.test(method) && !isObject(raw.params)) {
          this.reply(id, ErrorCodes.InvalidParams, `Invalid params: ${method} takes an object`);
          return;
        }
      } else if (!('result' in raw) && !('error' in raw)) {
        this.reply(validId ? id : null, ErrorCodes.InvalidRequest, 'Invalid Request: a message needs a "method", or a "result" or "error"');
        return;
      }
      callback(message);
    });
    return {
      dispose: () => {
        errors.dispose();
        listening.dispose();
      },
    };
  }

  dispose(): void {
    this.inner.dispose();
  }
}
