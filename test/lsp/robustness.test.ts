import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { lint, presetConfig, RULES_BY_ID } from '../../server/src/engine/index';
import { adversarialInputs } from '../properties/adversarial';
import { fileUri, startTestServer, type TestServer } from './harness';

const RELEASE = `# Acme Opens a Solar Plant in Boulder

BOULDER, Colo., March 3, 2026 – Acme Energy today opened a 40-megawatt solar plant that will power 12,000 homes.

“This plant shows that clean power can be cheap power,” said Jane Doe, chief executive of Acme Energy.

## About Acme Energy

Acme Energy is a Colorado utility founded in 1998 that serves 400,000 customers.
`;

async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = await server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return (report as FullDocumentDiagnosticReport).items ?? [];
}

/** A server over a fresh temporary workspace with a `press/` folder; `close` stops it and removes the folder. */
async function serverInPressFolder(prefix: string, settings: Record<string, unknown>): Promise<{ dir: string; server: TestServer; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  mkdirSync(path.join(dir, 'press'));
  const server = await startTestServer({ pull: true, workspace: dir, settings });
  return {
    dir,
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('language server: strange requests and heavy documents', function () {
  this.timeout(240_000);
  let dir: string;
  let server: TestServer;
  let close: () => Promise<void>;
  before(async () => {
    // Over the default pressroom.maxDocumentSize (4 million characters), the 10 MB document below
    // would get only the "not linted" note: this server lints it.
    ({ dir, server, close } = await serverInPressFolder('pressroom-robust-', { pressroom: { maxDocumentSize: 16_000_000 } }));
  });
  after(() => close?.());

  it('answers requests for documents it was never sent with empty results', async () => {
    const uri = fileUri(path.join(dir, 'press', 'never-opened.md'));
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols === null || (Array.isArray(symbols) && symbols.length === 0));
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.ok(actions === null || (Array.isArray(actions) && actions.length === 0));
  });

  it('answers positions far outside a document sanely', async () => {
    const uri = fileUri(path.join(dir, 'press', 'short.md'));
    server.open(uri, RELEASE);
    await pull(server, uri);
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 100_000, character: 100_000 } });
    assert.equal(hover, null);
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 99_999, character: 0 }, end: { line: 100_000, character: 5 } },
      context: { diagnostics: [] },
    });
    // Past the end of the text no problem lies in the range: only the document-wide fix-all remains.
    const kinds = ((actions ?? []) as { kind?: string }[]).map((action) => action.kind);
    assert.ok(
      kinds.every((kind) => kind?.startsWith('source.')),
      JSON.stringify(actions),
    );
  });

  it('keeps up with a burst of edits and reports on the final text', async () => {
    const uri = fileUri(path.join(dir, 'press', 'burst.md'));
    server.open(uri, RELEASE);
    let text = RELEASE;
    let version = 1;
    // Type " TK" over and over after the dateline's dash, 48 changes in a row without waiting.
    let at = text.indexOf(' – Acme') + 3;
    assert.ok(at > 3, 'the release has the dateline this test types after');
    for (let i = 0; i < 48; i++) {
      const insert = i % 2 === 0 ? ' ' : 'TK';
      const line = text.slice(0, at).split('\n').length - 1;
      const character = at - text.lastIndexOf('\n', at - 1) - 1;
      text = text.slice(0, at) + insert + text.slice(at);
      at += insert.length;
      version++;
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: insert }],
      });
    }
    const diagnostics = await pull(server, uri);
    const expected = lint(text, { ...presetConfig(), releaseDetection: 'always' })
      .findings.map((f) => f.ruleId)
      .sort();
    assert.deepEqual(diagnostics.map((d) => String(d.code)).sort(), expected);
    assert.equal(server.child.exitCode, null);
  });

  it('lints a 10 MB document and goes on serving', async () => {
    const uri = fileUri(path.join(dir, 'press', 'huge.md'));
    const paragraph = 'The council said the new bridge will open in spring, and residents will be able to cross it on foot or by bike from the first day. ';
    let huge = RELEASE;
    while (huge.length < 10 * 1024 * 1024) huge += `\n## Section ${huge.length}\n\n${paragraph.repeat(20)}\n`;
    server.open(uri, huge);
    const started = Date.now();
    const diagnostics = await pull(server, uri);
    console.log(`      (10 MB document: diagnostics in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    // The release at its head still lacks a media contact, however long the rest.
    assert.ok(
      diagnostics.some((d) => d.code === 'require-media-contact'),
      JSON.stringify(diagnostics.map((d) => d.code)),
    );
    const small = fileUri(path.join(dir, 'press', 'after-huge.md'));
    server.open(small, RELEASE);
    assert.ok((await pull(server, small)).some((d) => d.code === 'require-media-contact'));
  });
});

describe('language server: a large document is linted off the request thread', function () {
  this.timeout(240_000);
  let dir: string;
  let server: TestServer;
  let close: () => Promise<void>;
  before(async () => {
    ({ dir, server, close } = await serverInPressFolder('pressroom-thread-', {}));
  });
  after(() => close?.());

  it('answers the outline and a hover of a small document while a 1 MB adversarial document is linted', async () => {
    const [name, adversarial] = adversarialInputs(1024 * 1024).find(([n]) => n === 'opening quotation marks before sentences')!;
    const big = fileUri(path.join(dir, 'press', 'pasted-transcript.md'));
    const small = fileUri(path.join(dir, 'press', 'small.md'));
    server.open(small, RELEASE);
    server.open(
      big,
      `${RELEASE}
${adversarial}
`,
    );
    const answers: string[] = [];
    const bigDiagnostics = pull(server, big).then((d) => {
      answers.push('diagnostics of the 1 MB document');
      return d;
    });
    const symbols = server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: small } }).then((s) => {
      answers.push('outline of the small document');
      return s;
    });
    const hover = server.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 2, character: 2 } }).then((h) => {
      answers.push('hover on the small document');
      return h;
    });
    const [outline, hovered, diagnostics] = await Promise.all([symbols, hover, bigDiagnostics]);
    assert.deepEqual(answers.slice(0, 2).sort(), ['hover on the small document', 'outline of the small document'], `order of answers: ${answers.join(' → ')} (${name})`);
    assert.ok(outline.length > 0, 'the small release has an outline');
    assert.ok(hovered, 'the dateline of the small release has a hover');
    assert.ok(
      diagnostics.some((d) => d.code === 'require-media-contact'),
      'the 1 MB document is linted in the end',
    );
  });

  it('lints the newest version when a large document changes during its lint', async () => {
    const big = fileUri(path.join(dir, 'press', 'changing.md'));
    const filler = adversarialInputs(512 * 1024).find(([n]) => n === 'reported speech')![1];
    server.open(
      big,
      `${RELEASE}
${filler}
`,
    );
    const first = pull(server, big);
    // The second version has its media contact: the lint of the first is given up for it.
    const contact = '\n## Media contact\n\nAnn Lee, ann@acme.example, +1 303 555 0100\n';
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: big, version: 2 },
      contentChanges: [{ text: `${RELEASE}\n${filler}\n${contact}` }],
    });
    await first;
    const diagnostics = await pull(server, big);
    assert.ok(!diagnostics.some((d) => d.code === 'require-media-contact'), JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(server.child.exitCode, null);
  });
});

describe('language server: a document over pressroom.maxDocumentSize', function () {
  this.timeout(60_000);
  it('gets one information diagnostic that says why it is not linted', async () => {
    const { dir, server, close } = await serverInPressFolder('pressroom-limit-', { pressroom: { maxDocumentSize: 2000 } });
    try {
      const uri = fileUri(path.join(dir, 'press', 'archive.md'));
      server.open(uri, RELEASE.repeat(10));
      const diagnostics = await pull(server, uri);
      assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
      assert.equal(diagnostics[0].severity, 3);
      assert.match(String(diagnostics[0].message), /does not lint this document: it is 4 KB, over the limit of 2 KB \(setting pressroom\.maxDocumentSize\)/);
      const small = fileUri(path.join(dir, 'press', 'short.md'));
      server.open(small, RELEASE);
      assert.ok((await pull(server, small)).some((d) => d.code === 'require-media-contact'));
    } finally {
      await close();
    }
  });
});

describe('a rule that throws', () => {
  it('is reported once as an error finding, and the other rules still run', () => {
    const rule = RULES_BY_ID.get('headline-style')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const result = lint(RELEASE, presetConfig());
      const crashed = result.findings.filter((f) => f.ruleId === 'headline-style');
      assert.equal(crashed.length, 1);
      assert.equal(crashed[0].severity, 'error');
      assert.match(crashed[0].message, /crashed.*boom/);
      assert.equal(result.crashes.length, 1);
      assert.ok(
        result.findings.some((f) => f.ruleId === 'require-media-contact'),
        'the other rules ran',
      );
    } finally {
      rule.check = original;
    }
  });
});
