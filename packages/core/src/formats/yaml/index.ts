// @parley/core/yaml: read and write timelines as YAML. A separate entry point, so pages that
// only show a timeline never load a YAML parser.
export { parseTimelineYaml, safeParseTimelineYaml, YAML_MAX_ALIAS_COUNT } from './parse-timeline-yaml.js';
export { stringifyTimelineYaml } from './stringify-timeline-yaml.js';
