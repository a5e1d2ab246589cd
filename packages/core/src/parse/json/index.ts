export { LineCounter, type LinePos } from './line-counter.js';
export { JsonPositions } from './json-positions.js';
export {
  parseJson,
  type JsonLimits,
  type JsonPath,
  type JsonSyntaxIssue,
  type ParseJsonResult,
} from './parse-json.js';
