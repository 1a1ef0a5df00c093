/**
 * The entry VS Code loads from `extensionTestsPath` (test-electron and the offline code-server runner
 * alike): runs the real-editor suite with mocha inside the extension host and settles when it ends.
 * A rejection is what the workbench turns into a failing exit code.
 */
import Mocha from 'mocha';
import { activationSuite } from './activation.e2e';
import { diagnosticsSuite } from './diagnostics.e2e';
import { fixOnSaveSuite } from './fix-on-save.e2e';
import { newReleaseSuite } from './new-release.e2e';
import { outlineSuite } from './outline.e2e';
import { SUITE_STARTED } from './handshake';
import { relintSuite } from './relint.e2e';

export function run(): Promise<void> {
  console.log(SUITE_STARTED);
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: Boolean(process.env.PRESSROOM_E2E_COLOR), reporter: 'spec' });
  const grep = process.env.PRESSROOM_E2E_GREP;
  if (grep) mocha.grep(grep);
  // Define describe/it/before… on the global object, as mocha does before it loads a spec file.
  mocha.suite.emit('pre-require', globalThis, 'pressroom-e2e', mocha);
  // Activation first: it needs a window where no Markdown file has been opened yet.
  activationSuite();
  diagnosticsSuite();
  fixOnSaveSuite();
  outlineSuite();
  newReleaseSuite();
  relintSuite();
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} real-editor test${failures === 1 ? '' : 's'} failed.`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
