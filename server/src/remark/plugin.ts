/**
 * remark-pressroom: Pressroom as a unified plugin. It lints the document remark has parsed, read
 * from remark's tree, and reports each finding as a vfile message, as remark-lint's rules do. An
 * adapter: the engine decides what is found; this maps it to vfile.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toMessages } from '../cli/results';
import { type ConfigLayer, type ConfigObject, lint, readTree, ruleDocsUrl, validateConfig } from '../engine/index';
import { ConfigResolver, configLayers } from '../node/config-files';

/** The plugin's options: a configuration object, as written in `.pressroomrc.json`. */
export type Options = ConfigObject;

/**
 * With options, they are the configuration (presets and relative paths in `extends` resolved from
 * the working directory); without, each file gets the configuration `pressroom lint` would give it
 * (the nearest `.pressroomrc.json` or `package.json#pressroom`). A bad configuration throws a
 * ConfigError when the plugin is attached, naming the value at fault.
 */
export default function remarkPressroom(options?: Options | null) {
  const resolver = new ConfigResolver();
  const source = 'remark-pressroom options';
  const given: ConfigLayer[] | null = options == null ? null : configLayers(validateConfig(options, source), source, process.cwd());
  return (tree: Root, file: VFile): void => {
    const text = String(file);
    const layers = given ?? (file.path ? resolver.projectLayers(path.resolve(file.cwd, file.path)) : []);
    // A tree without positions, or rewritten by a plugin before this one, is not the text's: the
    // text is parsed again instead.
    const document = readTree(text, tree) ?? undefined;
    const { findings } = lint(text, resolver.resolve(layers), { document });
    // Lines and columns exactly as `pressroom lint` reports them (one mapping, byte-order mark included).
    toMessages(text, findings).forEach((reported, i) => {
      const finding = findings[i];
      const message = file.message(reported.message, {
        place: {
          start: { line: reported.line, column: reported.column, offset: finding.start },
          end: { line: reported.endLine, column: reported.endColumn, offset: finding.end },
        },
        ruleId: finding.ruleId,
        source: 'pressroom',
      });
      message.fatal = finding.severity === 'error';
      message.url = ruleDocsUrl(finding.ruleId);
      if (finding.fix) message.expected = [finding.fix.text];
    });
  };
}
