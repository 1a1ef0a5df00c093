import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRESET_NAMES } from '../../server/src/engine/index';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// The commands are registered where the desktop and the web extension share them.
const client = readFileSync(path.join(ROOT, 'client', 'src', 'activate.ts'), 'utf8');

describe('extension manifest', () => {
  it('activates on Markdown only and runs in untrusted workspaces', () => {
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.main, './dist/client.js');
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]) <= 91, 'engines.vscode no newer than ^1.91.0');
  });

  it('contributes every setting with a description and the server’s defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(properties).sort(), [
      'pressroom.detect',
      'pressroom.enable',
      'pressroom.include',
      'pressroom.maxDocumentSize',
      'pressroom.preset',
      'pressroom.rules',
      'pressroom.run',
      'pressroom.trace.server',
    ]);
    for (const [key, spec] of Object.entries<Record<string, unknown>>(properties)) {
      assert.ok(spec.description || spec.markdownDescription, `${key} has a description`);
      assert.ok('default' in spec, `${key} has a default`);
      const name = key.slice('pressroom.'.length) as keyof typeof DEFAULT_SETTINGS;
      if (name in DEFAULT_SETTINGS) assert.deepEqual(spec.default, DEFAULT_SETTINGS[name], `${key}: the client's default is the server's`);
    }
    assert.deepEqual(properties['pressroom.preset'].enum, PRESET_NAMES);
  });

  it('contributes the commands the client registers, and only those', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...client.matchAll(/register\('(pressroom\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(contributed, registered);
    assert.deepEqual(
      manifest.contributes.commands.map((c: { title: string; category: string }) => `${c.category}: ${c.title}`),
      [
        'Pressroom: New Press Release',
        'Pressroom: Fix All Problems',
        'Pressroom: Insert Missing Parts',
        'Pressroom: Lint Workspace',
        'Pressroom: Show Output',
        'Pressroom: Restart Server',
      ],
    );
  });
});
