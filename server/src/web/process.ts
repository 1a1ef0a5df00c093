/** The `process` the bundled Node-minded libraries look at (picomatch, path-browserify), in a web worker. */
export const process = { platform: 'web', cwd: (): string => '/', env: {} as Record<string, string | undefined> };
