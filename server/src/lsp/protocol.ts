/**
 * The few requests the Pressroom client adds to LSP. Constants and types only, so the client can
 * import this file without pulling the engine into its bundle.
 */

/** `pressroom/parts`: the parts of a release present and missing (the language status item). */
export const PARTS_REQUEST = 'pressroom/parts';
export interface PartsParams {
  textDocument: { uri: string };
}
export interface PartStatus {
  /** A part the configuration requires, as writers call it (`headline`, `media contact`: engine/parts.ts). */
  name: string;
  present: boolean;
  /** How many there are, for the parts a release can have several of. */
  count?: number;
  /** 0-based line where the part starts, when present. */
  line?: number;
}
export interface PartsResult {
  /** Whether the server lints this document (enabled, included or detected as a release). */
  linted: boolean;
  /** Why it is (or is not) linted: `include`, `front matter`, `detected`, `likely release` (taken for one on little evidence: its release checks are warnings), `possible release` (its release checks are conditional warnings), `not a release`, `disabled`. */
  reason: string;
  parts: PartStatus[];
}

/** `pressroom/newRelease`: the text of a new release, dated today in the project's dateline style. */
export const NEW_RELEASE_REQUEST = 'pressroom/newRelease';
export interface NewReleaseParams {
  /** A folder (or file) whose configuration decides the dateline style; none for the defaults. */
  uri?: string;
  /** Today's date as the user sees it, `YYYY-MM-DD` (the client's clock and time zone). */
  today?: string;
}
export interface NewReleaseResult {
  text: string;
  datelineStyle: 'any' | 'ap' | 'international';
}

/** `pressroom/lintFiles`: lints files from disk and publishes their diagnostics (Lint Workspace). */
export const LINT_FILES_REQUEST = 'pressroom/lintFiles';
export interface LintFilesParams {
  uris: string[];
}
export interface LintFilesResult {
  /** Files linted as releases. */
  linted: number;
  /** Files skipped: not included and not detected as releases, unreadable, or open in an editor. */
  skipped: number;
  problems: number;
}

/** The configuration files looked for in each folder, nearest first (the CLI, the server and the web client). */
export const CONFIG_FILE_NAMES = ['.pressroomrc.json', '.pressroomrc.jsonc', 'package.json'];

/**
 * `pressroom/configurationFiles` (client → server, web only): every configuration file of the
 * workspace, read by the client through `workspace.fs`, since a web worker has no file system.
 * Sent after start and whenever one of them changes; each notification replaces the last.
 */
export const CONFIGURATION_FILES_NOTIFICATION = 'pressroom/configurationFiles';
export interface ConfigurationFilesParams {
  files: { uri: string; text: string }[];
}

/** Commands the server executes (workspace/executeCommand); arguments: `[uri]`. */
export const FIX_ALL_COMMAND = 'pressroom.server.fixAll';
export const INSERT_MISSING_PARTS_COMMAND = 'pressroom.server.insertMissingParts';

/** The diagnostic source and the code action kind for fix-all on save. */
export const SOURCE = 'pressroom';
export const FIX_ALL_KIND = 'source.fixAll.pressroom';
