import { stringify } from 'yaml';
import type { Timeline } from '../../schemas/timeline.js';

/**
 * Writes a timeline as YAML that `parseTimelineYaml` reads back to an equal value: block style,
 * two-space indent, no line folding (so quotes stay on one line), and no anchors or aliases.
 *
 * @param timeline - A timeline, e.g. from `parseTimeline`.
 * @param header - Optional comment lines written first, e.g. a `yaml-language-server` schema line.
 * @example stringifyTimelineYaml({ id: 't', title: 'Talks', events: [] }) //=> 'id: t\ntitle: Talks\nevents: []\n'
 */
export function stringifyTimelineYaml(timeline: Timeline, header?: readonly string[]): string {
  const body = stringify(timeline, { lineWidth: 0, aliasDuplicateObjects: false, indent: 2 });
  const comments = (header ?? []).map((line) => `# ${line}`.trimEnd()).join('\n');
  return comments ? `${comments}\n${body}` : body;
}
