/**
 * `node:module` in the web worker (vscode.dev, github.dev): there is no node_modules to resolve a
 * shared configuration package from, and the resolver says so instead of finding nothing.
 */
export function createRequire(_from: string): { resolve(request: string): string } {
  return {
    resolve(request: string): string {
      throw Object.assign(new Error(`installed packages are not read on the web (vscode.dev, github.dev), so "${request}" cannot be extended there`), { code: 'PRESSROOM_WEB' });
    },
  };
}
