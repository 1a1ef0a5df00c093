import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
// ../shared beside the project: the helper counts from its own folder, and the bundle (out/e2e/) is as deep.
import { UN_RELEASE, requireCorpus } from '../../helpers/shared';
import { closeAllEditors, open, waitFor } from './helpers';

/** The corpus label of a release (schema: ../shared/corpus/README.md), the parts this test needs. */
interface Label {
  parts: {
    headline: { line: number; text: string } | null;
    dateline: { line: number; city: string; date: string } | null;
    quotes: { line: number; speaker: string | null }[];
    background: { line: number } | null;
    boilerplate: { line: number; organization: string }[];
    mediaContacts: { line: number; name: string | null }[];
  };
}

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

/** Check 4: the outline of a real UN release, against its label. */
export function outlineSuite(): void {
  describe('outline', () => {
    after(closeAllEditors);

    it('lists the parts of the UN release in ../shared/corpus/un-pve-oslo-2018.md', async function () {
      requireCorpus(this);
      const label = JSON.parse(readFileSync(UN_RELEASE.replace(/\.md$/, '.json'), 'utf8')) as Label;
      const uri = vscode.Uri.file(UN_RELEASE);
      await open(uri);
      const symbols = await waitFor('the outline of the UN release', async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
        return found && found.length > 0 ? flatten(found) : undefined;
      });
      const listing = symbols.map((s) => `${s.range.start.line + 1} ${s.detail}: ${s.name}`).join('\n');
      const at = (detail: string, line: number): vscode.DocumentSymbol => {
        const symbol = symbols.find((s) => s.detail === detail && s.range.start.line === line - 1);
        assert.ok(symbol, `no ${detail} on line ${line} in the outline:\n${listing}`);
        return symbol;
      };
      const { parts } = label;

      assert.ok(parts.headline && parts.dateline && parts.background);
      assert.ok(at('headline', parts.headline.line).name.startsWith(parts.headline.text.slice(0, 40)));
      assert.equal(at('dateline', parts.dateline.line).name, `${parts.dateline.city} · ${parts.dateline.date}`);
      for (const quote of parts.quotes)
        assert.ok(at('quote', quote.line).name.endsWith(`— ${quote.speaker}`), `the quote on line ${quote.line} is ${quote.speaker}'s:\n${listing}`);
      at('background', parts.background.line);
      for (const about of parts.boilerplate) assert.equal(at('boilerplate', about.line).name, `About ${about.organization}`);
      for (const contact of parts.mediaContacts) {
        assert.ok(
          symbols.some((s) => s.name === contact.name && s.range.start.line === contact.line - 1),
          `no media contact ${contact.name} on line ${contact.line}:\n${listing}`,
        );
      }
      console.log(`      ${symbols.length} symbols in the outline of ${UN_RELEASE.split('/').slice(-1)[0]}`);
    });
  });
}
