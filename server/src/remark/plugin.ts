/**
 * remark-pressroom: Pressroom as a unified plugin. It lints the document remark has parsed, read
 * from remark's tree, and reports each finding as a vfile message, as remark-lint's rules do. An
 * adapter: the engine decides what is found; this maps it to vfile.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { type ConfigLayer, type ConfigObject, LineIndex, lint, readTree, ruleDocsUrl, validateConfig } from '../engine/index';
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
    const lines = new LineIndex(text);
    for (const finding of lint(text, resolver.resolve(layers), { document }).findings) {
      const start = lines.position(finding.start);
      const end = lines.position(finding.end);
      const message = file.message(finding.message, {
        place: { start: { ...start, offset: finding.start }, end: { ...end, offset: finding.end } },
        ruleId: finding.ruleId,
        source: 'pressroom',
      });
      message.fatal = finding.severity === 'error';
      message.url = ruleDocsUrl(finding.ruleId);
      if (finding.fix) message.expected = [finding.fix.text];
    }
  };
}
