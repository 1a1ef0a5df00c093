import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  FullDocumentDiagnosticReport,
  Hover,
  MarkupContent,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { lint, presetConfig, ruleDocsUrl } from '../../server/src/engine/index';
import { temporaryFolder } from '../helpers/cli';
import { requireCorpus, UN_RELEASE } from '../helpers/shared';
import { applyEdits, editsFor, fileUri, startTestServer, type TestServer } from './harness';
import { CLEAN_RELEASE } from '../helpers/releases';
import { ACME_PROFILE } from '../helpers/profile';

/** The UN release the project started from, with its "Media enquiries…" paragraph removed. */
function unWithoutContact(): string {
  const text = readFileSync(UN_RELEASE, 'utf8');
  const without = text.replace(/^Media enquiries[^\n]*\n?/m, '');
  assert.notEqual(without, text, 'the UN release has its "Media enquiries" paragraph');
  return without;
}

const RELEASE = CLEAN_RELEASE;

const README = `# widget-tools

A small library of helpers for widgets.

## Install

\`\`\`
npm install widget-tools
\`\`\`

## Usage

Call \`makeWidget()\` and pass it a size. We use it in our own projects every day.
`;

async function pullDiagnostics(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = await server.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return (report as FullDocumentDiagnosticReport).items;
}

function codeActions(server: TestServer, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
}

/** Sends a workspace edit's changes as incremental didChange events, as an editor does. */
function changeWithEdits(server: TestServer, uri: string, version: number, edits: TextEdit[]): void {
  // Applied from the end so that earlier ranges stay valid.
  const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  void server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
  });
}

describe('language server over stdio', function () {
  this.timeout(30000);

  describe('a client with pull diagnostics (VS Code)', () => {
    let server: TestServer;
    let dir: string;
    let cleanup: () => void;
    before(async () => {
      ({ dir, cleanup } = temporaryFolder());
      server = await startTestServer({ pull: true, workspace: dir, settings: {} });
    });
    after(async () => {
      await server?.close();
      cleanup?.();
    });

    describe('the UN release without its media contact', () => {
      let uri: string;
      let text: string;
      before(function () {
        requireCorpus(this);
        text = unWithoutContact();
        uri = fileUri(path.join(dir, 'un-pve-oslo-2018.md'));
        server.open(uri, text);
      });

      it('reports require-media-contact with the rule id as code, a docs link and a zero-width range at the insertion point', async () => {
        const diagnostics = await pullDiagnostics(server, uri);
        const missing = diagnostics.find((d) => d.code === 'require-media-contact');
        assert.ok(missing, `require-media-contact among ${diagnostics.map((d) => d.code).join(', ')}`);
        assert.equal(missing.source, 'pressroom');
        assert.equal(missing.severity, 1);
        assert.deepEqual(missing.codeDescription, { href: ruleDocsUrl('require-media-contact') });
        assert.deepEqual(missing.range.start, missing.range.end, 'a missing part is a zero-width range');
        const lines = text.split('\n');
        assert.deepEqual(missing.range.start, { line: lines.length - 1, character: lines[lines.length - 1].length }, 'where the contact goes: the end');
        assert.ok(
          missing.relatedInformation?.some((r) => /boilerplate/.test(r.message)),
          'points at the part it goes after',
        );
        for (const diagnostic of diagnostics) {
          assert.equal(typeof diagnostic.code, 'string');
          assert.equal(diagnostic.codeDescription?.href, ruleDocsUrl(String(diagnostic.code)));
        }
      });

      it('offers a quick fix that inserts the contact skeleton', async () => {
        const diagnostics = await pullDiagnostics(server, uri);
        const missing = diagnostics.find((d) => d.code === 'require-media-contact')!;
        const actions = await codeActions(server, uri, [missing]);
        const quickFix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.some((d) => d.code === 'require-media-contact') && /Insert/.test(a.title));
        assert.ok(quickFix, `a quick fix among ${actions.map((a) => a.title).join(' | ')}`);
        const fixed = applyEdits(text, editsFor(quickFix.edit!, uri));
        assert.match(fixed.slice(text.length - 1), /## Media contact\n\n\[Full Name\], \[Title\] {2}\n\[Email\] {2}\n\[Phone\]\n$/);
        assert.equal(lint(fixed).findings.filter((f) => f.ruleId === 'require-media-contact').length, 0);
        const titles = actions.map((a) => a.title);
        assert.ok(titles.includes('Disable require-media-contact for this line'));
        assert.ok(titles.includes('Disable require-media-contact for this file'));
      });

      it('lists the parts of the release as document symbols', async () => {
        const symbols = await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        const details = symbols.map((s) => s.detail);
        for (const part of ['headline', 'dateline', 'lead', 'quote', 'background', 'boilerplate']) assert.ok(details.includes(part), `${part} in ${details.join(', ')}`);
        assert.ok(!details.includes('media contact'), 'the removed contact is not listed');
        const quotes = symbols.filter((s) => s.detail === 'quote').map((s) => s.name);
        assert.ok(
          quotes.some((q) => q.endsWith('— Achim Steiner')),
          quotes.join(' | '),
        );
        assert.equal(symbols.find((s) => s.detail === 'dateline')?.name, 'Oslo · 2018-05-23');
        assert.equal(symbols.find((s) => s.detail === 'boilerplate')?.name, 'About United Nations Office of Counter-Terrorism');
      });

      it('shows the date with its weekday and style on hover over the dateline', async () => {
        const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 8 } });
        const value = (hover?.contents as MarkupContent).value;
        assert.match(value, /Wednesday, 23 May 2018/);
        // In a writer's words: no ISO date in brackets.
        assert.doesNotMatch(value, /2018-05-23/);
        assert.match(value, /international \(day month year\)/);
      });

      it('returns source.fixAll.pressroom edits that, applied, leave no fixable problem', async () => {
        const actions = await codeActions(server, uri, [], ['source.fixAll.pressroom']);
        assert.equal(actions.length, 1);
        assert.equal(actions[0].kind, 'source.fixAll.pressroom');
        const edits = editsFor(actions[0].edit!, uri);
        const fixed = applyEdits(text, edits);
        assert.deepEqual(
          lint(fixed).findings.filter((f) => f.fix),
          [],
          'no fixable finding left',
        );
        // The editor applies the edits (incremental sync) and asks again: nothing left to fix.
        changeWithEdits(server, uri, 2, edits);
        const diagnostics = await pullDiagnostics(server, uri);
        assert.ok(!diagnostics.some((d) => d.code === 'require-media-contact'));
        assert.deepEqual(await codeActions(server, uri, [], ['source.fixAll.pressroom']), []);
      });

      it('shows the normalised phone and email on hover over a contact', async () => {
        const original = readFileSync(UN_RELEASE, 'utf8');
        const contactUri = fileUri(path.join(dir, 'un-original.md'));
        server.open(contactUri, original);
        const lines = original.split('\n');
        const line = lines.findIndex((l) => l.startsWith('Media enquiries'));
        const character = lines[line].indexOf('+47');
        const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: contactUri }, position: { line, character: character + 2 } });
        const value = (hover?.contents as MarkupContent).value;
        // As dialled from abroad, not E.164.
        assert.match(value, /Phone: \+47 41 54 38 40 \(a valid number, as dialled from abroad\)/);
        assert.doesNotMatch(value, /E\.164/);
        assert.match(value, /endre\.stangeby@undp\.org/);
        void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: contactUri } });
      });
    });

    it('leaves a README alone: no diagnostics, no outline', async () => {
      const uri = fileUri(path.join(dir, 'README.md'));
      server.open(uri, README);
      assert.deepEqual(await pullDiagnostics(server, uri), []);
      assert.deepEqual(await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
      assert.deepEqual(await codeActions(server, uri, [], ['source.fixAll.pressroom']), []);
    });

    it('lints a file under press/ as a release even when it does not look like one', async () => {
      const uri = fileUri(path.join(dir, 'press', 'draft.md'));
      server.open(uri, 'Some notes about the launch.\n');
      const codes = (await pullDiagnostics(server, uri)).map((d) => d.code);
      assert.ok(codes.includes('require-dateline') && codes.includes('require-media-contact'), codes.join(', '));
    });

    it('offers the actions of the problem under the cursor only, not of a TK elsewhere on its line', async () => {
      const uri = fileUri(path.join(dir, 'press', 'tk.md'));
      server.open(uri, RELEASE.replace('plant that will power', 'plant that will power TK'));
      const [placeholder] = (await pullDiagnostics(server, uri)).filter((d) => d.code === 'no-placeholder');
      assert.ok(placeholder);
      const line = placeholder.range.start.line;
      const atLineStart = { start: { line, character: 0 }, end: { line, character: 0 } };
      const elsewhere = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: atLineStart,
        context: { diagnostics: [placeholder] },
      });
      assert.deepEqual(
        elsewhere.filter((a) => /no-placeholder/.test(a.title)).map((a) => a.title),
        [],
      );
      const onIt = await codeActions(server, uri, [placeholder]);
      assert.ok(onIt.some((a) => a.title === 'Disable no-placeholder for this line'));
    });

    it('offers "Fix all <rule> problems" when a rule has several fixes, and disable comments that work', async () => {
      const uri = fileUri(path.join(dir, 'press', 'broken.md'));
      const text = RELEASE.replace('plant that will power', 'plant that\n\nwill power').replace('founded in 1998 that serves', 'founded in 1998\n\nthat serves');
      server.open(uri, text);
      const diagnostics = (await pullDiagnostics(server, uri)).filter((d) => d.code === 'broken-paragraph');
      assert.equal(diagnostics.length, 2);
      const actions = await codeActions(server, uri, [diagnostics[0]]);
      const fixAllRule = actions.find((a) => a.title === 'Fix all broken-paragraph problems');
      assert.ok(fixAllRule, actions.map((a) => a.title).join(' | '));
      const fixed = applyEdits(text, editsFor(fixAllRule.edit!, uri));
      assert.equal(lint(fixed).findings.filter((f) => f.ruleId === 'broken-paragraph').length, 0);

      for (const title of ['Disable broken-paragraph for this line', 'Disable broken-paragraph for this file']) {
        const action = actions.find((a) => a.title === title);
        assert.ok(action, title);
        const disabled = applyEdits(text, editsFor(action.edit!, uri));
        assert.match(disabled, /<!-- pressroom-disable(?:-next-line)? broken-paragraph -->/);
        const config = { ...presetConfig(), releaseDetection: 'always' as const };
        const remaining = lint(disabled, config).findings.filter((f) => f.ruleId === 'broken-paragraph').length;
        assert.equal(remaining, title.endsWith('line') ? 1 : 0, `${title}:\n${disabled}`);
        const others = (t: string): string[] =>
          lint(t, config)
            .findings.filter((f) => f.ruleId !== 'broken-paragraph')
            .map((f) => f.ruleId);
        assert.deepEqual(others(disabled), others(text), 'the comment changes nothing else');
      }
    });

    it('debounces pulls: a request superseded by a newer change is cancelled, the newest answers soon after the pause', async () => {
      const uri = fileUri(path.join(dir, 'press', 'typing.md'));
      server.open(uri, RELEASE);
      await pullDiagnostics(server, uri);
      const source = new CancellationTokenSource();
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: RELEASE.replace('## Media contact', '## Contacts') }],
      });
      const first = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token).then(
        () => null,
        (error: { code: number }) => error,
      );
      await new Promise((r) => setTimeout(r, 30));
      // The client cancels the stale pull when the next keystroke arrives, then pulls again.
      source.cancel();
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ text: RELEASE.replace(/^## Media contact[\s\S]*$/m, '') }],
      });
      const typed = Date.now();
      const second = await pullDiagnostics(server, uri);
      const latency = Date.now() - typed;
      assert.equal((await first)?.code, -32800, 'the stale pull is cancelled');
      assert.ok(
        second.some((d) => d.code === 'require-media-contact'),
        'the answer is for the newest text',
      );
      // The debounce is 150 ms; the bound is loose because other test runs may share the machine.
      console.log(`      (pull answered ${latency} ms after the last change)`);
      assert.ok(latency >= 100 && latency < 1000, `answered ${latency} ms after the last change`);
    });

    it('lints files from disk for Lint Workspace: releases into the Problems view, the rest skipped', async () => {
      mkdirSync(path.join(dir, 'press'), { recursive: true });
      const release = path.join(dir, 'press', 'on-disk.md');
      const readme = path.join(dir, 'NOTES.md');
      writeFileSync(release, RELEASE.replace(/^“.*\n\n/m, ''));
      writeFileSync(readme, README);
      const since = server.published.length;
      const result = await server.connection.sendRequest<{ linted: number; skipped: number; problems: number }>('pressroom/lintFiles', {
        uris: [fileUri(release), fileUri(readme), fileUri(path.join(dir, 'missing.md'))],
      });
      assert.deepEqual(result, { linted: 1, skipped: 2, problems: 1 });
      const published = await server.nextDiagnostics(fileUri(release), () => true, 5000, since);
      assert.deepEqual(
        published.diagnostics.map((d) => d.code),
        ['require-quote'],
      );
      assert.ok(!server.published.slice(since).some((p) => p.uri === fileUri(readme)));
      // Opening the file hands it over to pull diagnostics: the pushed copy is cleared.
      const beforeOpen = server.published.length;
      server.open(fileUri(release), readFileSync(release, 'utf8'));
      const cleared = await server.nextDiagnostics(fileUri(release), () => true, 5000, beforeOpen);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('keeps positions and fixes right in a CRLF document with a byte-order mark', async () => {
      const uri = fileUri(path.join(dir, 'press', 'windows.md'));
      const text = `\uFEFF${RELEASE.replace(/^## Media contact[\s\S]*$/m, '').replace(/\n/g, '\r\n')}`;
      server.open(uri, text);
      const diagnostics = await pullDiagnostics(server, uri);
      const missing = diagnostics.find((d) => d.code === 'require-media-contact')!;
      const lines = text.split('\r\n');
      assert.deepEqual(missing.range.start, { line: lines.length - 1, character: 0 });
      const headline = (await server.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).find((s) => s.detail === 'headline')!;
      assert.deepEqual(headline.selectionRange.start, { line: 0, character: 1 }, 'after the byte-order mark');
      const [fixAll] = await codeActions(server, uri, [], ['source.fixAll.pressroom']);
      const fixed = applyEdits(text, editsFor(fixAll.edit!, uri));
      assert.ok(fixed.startsWith('\uFEFF# Acme'));
      assert.ok(!/[^\r]\n/.test(fixed), 'only CRLF line breaks');
      assert.deepEqual(
        lint(fixed, { ...presetConfig(), releaseDetection: 'always' }).findings.filter((f) => f.fix),
        [],
      );
    });

    it('answers a malformed request with an error and keeps serving', async () => {
      await assert.rejects(server.connection.sendRequest('textDocument/documentSymbol', {}), (error: { code: number }) => error.code === -32602);
      await assert.rejects(
        server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: -1 } }),
        (error: { code: number }) => error.code === -32602,
      );
      await assert.rejects(server.connection.sendRequest('textDocument/diagnostic', { textDocument: 42 }), (error: { code: number }) => error.code === -32602);
      await assert.rejects(server.connection.sendRequest('pressroom/noSuchThing', {}), (error: { code: number }) => error.code === -32601);
      // Bytes that are not JSON at all, straight onto the wire: a Parse error response.
      let raw = '';
      const listener = (chunk: Buffer): void => {
        raw += chunk.toString();
      };
      server.child.stdout.on('data', listener);
      const body = '{"jsonrpc":"2.0","id":99,"method":';
      server.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const uri = fileUri(path.join(dir, 'press', 'still-serving.md'));
      server.open(uri, RELEASE);
      const diagnostics = await pullDiagnostics(server, uri);
      server.child.stdout.off('data', listener);
      assert.match(raw, /"id":null,"error":\{"code":-32700/);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        [],
      );
      assert.equal(server.child.exitCode, null, 'the server is still running');
    });

    it('answers the client’s own requests: parts, a new release, insert missing parts', async () => {
      const uri = fileUri(path.join(dir, 'press', 'parts.md'));
      const text = RELEASE.replace(/## Background[\s\S]*?(?=## About)/, '');
      server.open(uri, text);
      const parts = await server.connection.sendRequest<{ linted: boolean; parts: { name: string; present: boolean }[] }>('pressroom/parts', { textDocument: { uri } });
      assert.equal(parts.linted, true);
      // Only the parts the configuration requires: `recommended` leaves the end mark optional, so
      // the status never says it is missing while the linter is silent about it (#14).
      assert.deepEqual(
        parts.parts.filter((p) => !p.present).map((p) => p.name),
        ['background'],
      );
      assert.ok(!parts.parts.some((p) => p.name === 'end mark'), 'the end mark is not required under recommended');

      const created = await server.connection.sendRequest<{ text: string; datelineStyle: string }>('pressroom/newRelease', { today: '2026-03-03' });
      assert.match(created.text, /^\[City\], March 3, 2026 – /m);
      const newUri = fileUri(path.join(dir, 'new.md'));
      server.open(newUri, created.text);
      const codes = (await pullDiagnostics(server, newUri)).map((d) => d.code);
      assert.ok(codes.includes('no-placeholder'), 'the placeholders are flagged');
      assert.deepEqual(
        codes.filter((c) => String(c).startsWith('require-')),
        [],
        'a new release lacks no part',
      );

      const before = server.appliedEdits.length;
      const outcome = await server.connection.sendRequest<{ applied: boolean }>('workspace/executeCommand', { command: 'pressroom.server.insertMissingParts', arguments: [uri] });
      assert.equal(outcome.applied, true);
      const inserted = applyEdits(text, editsFor(server.appliedEdits[before], uri));
      assert.deepEqual(
        lint(inserted, undefined)
          .findings.filter((f) => f.ruleId.startsWith('require-'))
          .map((f) => f.ruleId),
        [],
      );
      assert.match(inserted, /## Background/);
    });

    it('completes the parts of a release as snippets from the folder’s profile, replacing the prefix typed', async () => {
      const folder = path.join(dir, 'profiled');
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, '.pressroomrc.json'), JSON.stringify({ organization: ACME_PROFILE }));
      const uri = fileUri(path.join(folder, 'draft.md'));
      server.open(uri, '# Acme Opens a Works\n\nmedia-c');
      const items = await server.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 7 } });
      assert.deepEqual(
        items.map((i) => i.label),
        ['press-release', 'dateline', 'quote', 'background', 'boilerplate', 'media-contact', 'end-mark'],
      );
      const contact = items.find((i) => i.label === 'media-contact')!;
      const edit = contact.textEdit as TextEdit;
      assert.deepEqual(edit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
      assert.match(edit.newText, /Jane Doe, Press Officer {2}\npress@acme\.example {2}\n\+1 303 555 0100/);
      // The end mark as the writer reads it, not as Markdown escapes it.
      const endMark = items.find((i) => i.label === 'end-mark')!;
      assert.equal(endMark.labelDetails?.description, 'End mark ###');
      assert.equal((endMark.textEdit as TextEdit).newText, '\\\\#\\\\#\\\\#$0');
      const release = items.find((i) => i.label === 'press-release')!;
      assert.match((release.textEdit as TextEdit).newText, /^DENVER, \w+\.? \d{1,2}, \d{4} – /m);
      const created = await server.connection.sendRequest<{ text: string }>('pressroom/newRelease', { uri, today: '2026-03-03' });
      assert.match(created.text, /^DENVER, March 3, 2026 – /m);
      assert.ok(created.text.includes(ACME_PROFILE.boilerplate));
    });
  });

  describe('a push-only client (Neovim, Helix)', () => {
    let server: TestServer;
    let dir: string;
    let cleanup: () => void;
    before(async () => {
      ({ dir, cleanup } = temporaryFolder());
      server = await startTestServer({ pull: false, workspace: dir });
    });
    after(async () => {
      await server?.close();
      cleanup?.();
    });

    it('gets diagnostics pushed on open, once typing pauses, and cleared on close', async function () {
      requireCorpus(this);
      const text = unWithoutContact();
      const uri = fileUri(path.join(dir, 'un.md'));
      server.open(uri, text);
      const opened = await server.nextDiagnostics(uri, (p) => p.version === 1);
      const missing = opened.diagnostics.find((d) => d.code === 'require-media-contact');
      assert.ok(missing);
      assert.equal(missing.codeDescription?.href, ruleDocsUrl('require-media-contact'));

      // Five keystrokes in quick succession: one lint, for the last version, soon after it.
      const since = server.published.length;
      const lines = text.split('\n');
      const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
      const typed = 'Media contact: Jo Bloggs, jo@example.org';
      let last = 0;
      for (let i = 0; i < 5; i++) {
        const piece = i === 0 ? typed.slice(0, typed.length - 4) : typed[typed.length - 5 + i];
        const at = i === 0 ? end : { line: end.line, character: typed.length - 5 + i };
        void server.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 2 + i },
          contentChanges: [{ range: { start: at, end: at }, text: piece }],
        });
        last = Date.now();
        await new Promise((r) => setTimeout(r, 20));
      }
      const final = await server.nextDiagnostics(uri, () => true, 5000, since);
      const latency = Date.now() - last;
      assert.equal(final.version, 6, 'only the last version is linted');
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(
        server.published
          .slice(since)
          .filter((p) => p.uri === uri)
          .map((p) => p.version),
        [6],
        'stale versions were never linted',
      );
      console.log(`      (diagnostics pushed ${latency} ms after the last keystroke)`);
      assert.ok(latency < 1000, `diagnostics ${latency} ms after the last keystroke`);
      assert.ok(!final.diagnostics.some((d) => d.code === 'require-media-contact'), 'the typed contact counts');

      const beforeClose = server.published.length;
      void server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const cleared = await server.nextDiagnostics(uri, () => true, 5000, beforeClose);
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('reports a broken configuration file as one diagnostic on it and a message, and picks up the fix', async () => {
      const folder = path.join(dir, 'configured');
      mkdirSync(folder, { recursive: true });
      const configFile = path.join(folder, '.pressroomrc.json');
      writeFileSync(configFile, '{\n  "rules": {\n    "require-quote": "eror"\n  }\n}\n');
      const uri = fileUri(path.join(folder, 'release.md'));
      server.open(uri, RELEASE.replace(/^“.*\n\n/m, ''));
      const configDiagnostics = await server.nextDiagnostics(fileUri(configFile), (p) => p.diagnostics.length > 0);
      assert.equal(configDiagnostics.diagnostics.length, 1);
      assert.match(String(configDiagnostics.diagnostics[0].message), /require-quote/);
      assert.equal(configDiagnostics.diagnostics[0].range.start.line, 2, 'on the rule’s line');
      const release = await server.nextDiagnostics(uri);
      assert.ok(
        release.diagnostics.some((d) => d.code === 'require-quote'),
        'the release is still linted, with the defaults',
      );
      assert.ok(
        server.messages.some((m) => /require-quote/.test(m.message)),
        'and the user is told',
      );

      // Half-typed, saved again and again: the diagnostic follows, the writer is told only once.
      const told = server.messages.length;
      for (const halfTyped of ['{\n  "rules": {\n    "require-quote": \n', '{\n  "rules": {\n    "require-quote": "of"\n  }\n}\n']) {
        const before = server.published.length;
        writeFileSync(configFile, halfTyped);
        void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 2 }] });
        const updated = await server.nextDiagnostics(fileUri(configFile), (p) => p.diagnostics.length > 0, 5000, before);
        assert.equal(updated.diagnostics.length, 1);
        await server.nextDiagnostics(uri, () => true, 5000, before);
      }
      assert.equal(server.messages.length, told, 'no second message for the same file');

      const since = server.published.length;
      writeFileSync(configFile, '{ "rules": { "require-quote": "off" } }\n');
      void server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configFile), type: 2 }] });
      const clearedConfig = await server.nextDiagnostics(fileUri(configFile), (p) => p.diagnostics.length === 0, 5000, since);
      assert.deepEqual(clearedConfig.diagnostics, []);
      const relinted = await server.nextDiagnostics(uri, () => true, 5000, since);
      assert.ok(!relinted.diagnostics.some((d) => d.code === 'require-quote'), 'the new configuration applies');
      assert.equal(server.child.exitCode, null);
    });

    it('follows the settings: run onSave, detect include-only, enable, and re-lints when they change', async () => {
      const settings: Record<string, unknown> = { run: 'onSave', detect: 'include-only' };
      const other = await startTestServer({ pull: false, workspace: dir, settings });
      try {
        const included = fileUri(path.join(dir, 'press', 'settings.md'));
        const detected = fileUri(path.join(dir, 'elsewhere', 'settings.md'));
        other.open(included, RELEASE);
        other.open(detected, RELEASE.replace(/^“.*\n\n/m, ''));
        const first = await other.nextDiagnostics(included);
        assert.deepEqual(
          first.diagnostics.map((d) => d.code),
          [],
          'the included release is clean',
        );
        assert.deepEqual((await other.nextDiagnostics(detected)).diagnostics, [], 'include-only: a release outside the globs is left alone');

        // onSave: typing does not lint; saving does.
        let since = other.published.length;
        void other.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: included, version: 2 },
          contentChanges: [{ text: RELEASE.replace(/^“.*\n\n/m, '') }],
        });
        await new Promise((r) => setTimeout(r, 400));
        assert.deepEqual(
          other.published.slice(since).filter((p) => p.uri === included),
          [],
          'no lint while typing',
        );
        void other.connection.sendNotification('textDocument/didSave', { textDocument: { uri: included } });
        const saved = await other.nextDiagnostics(included, () => true, 5000, since);
        assert.deepEqual(
          saved.diagnostics.map((d) => d.code),
          ['require-quote'],
        );

        // A settings change re-lints the open documents.
        since = other.published.length;
        settings.enable = false;
        void other.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const disabled = await other.nextDiagnostics(included, () => true, 5000, since);
        assert.deepEqual(disabled.diagnostics, []);
      } finally {
        await other.close();
      }
    });

    it('computes fix-all edits on codeAction/resolve when the client resolves them', async () => {
      const other = await startTestServer({ pull: false, workspace: dir, settings: {}, resolveEdits: true });
      try {
        const uri = fileUri(path.join(dir, 'press', 'lazy.md'));
        const text = RELEASE.replace(/^“.*\n\n/m, '');
        other.open(uri, text);
        await other.nextDiagnostics(uri);
        const [action] = await other.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll'] },
        });
        assert.equal(action.kind, 'source.fixAll.pressroom');
        assert.equal(action.edit, undefined, 'no edit until resolved');
        const resolved = await other.connection.sendRequest<CodeAction>('codeAction/resolve', action);
        const fixed = applyEdits(text, editsFor(resolved.edit!, uri));
        assert.deepEqual(
          lint(fixed, { ...presetConfig(), releaseDetection: 'always' }).findings.filter((f) => f.fix),
          [],
        );
      } finally {
        await other.close();
      }
    });

    it('honours settings from initializationOptions when the client has no workspace/configuration (Helix passes { pressroom: … })', async () => {
      const other = await startTestServer({
        pull: false,
        workspace: dir,
        initializationOptions: { pressroom: { rules: { 'require-end-mark': 'error', 'require-quote': 'off' } } },
      });
      try {
        const uri = fileUri(path.join(dir, 'press', 'x.md'));
        other.open(uri, RELEASE.replace(/^“.*\n\n/m, ''));
        const codes = (await other.nextDiagnostics(uri)).diagnostics.map((d) => d.code);
        assert.ok(codes.includes('require-end-mark') && !codes.includes('require-quote'), codes.join(', '));
      } finally {
        await other.close();
      }
    });
  });
});
