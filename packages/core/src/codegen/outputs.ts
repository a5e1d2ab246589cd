import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { timelineJsonSchema } from '../json-schema/timeline-json-schema.js';
import { _renderDataModel } from '../json-schema/render-data-model.js';
import { generateValidator } from './generate-validator.js';

/** A file written from the schemas by `npm run codegen`, and checked against them by a test. */
export interface GeneratedFile {
  /** Absolute path of the committed file. */
  readonly path: string;
  /** What the file must contain, as the schemas stand now. */
  render(): Promise<string>;
}

const at = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/** Formatted as the repository's Prettier settings say, so the committed file passes `npm run lint`. */
async function prettier(text: string, path: string): Promise<string> {
  return format(text, { ...(await resolveConfig(path)), filepath: path });
}

const VALIDATOR = at('../validation/validate-timeline.generated.ts');
const DATA_MODEL = at('../../../../docs/data-model.md');

/** Every generated file: the validator the parser runs, and the data-model reference. */
export const GENERATED_FILES: readonly GeneratedFile[] = [
  { path: VALIDATOR, render: () => prettier(generateValidator(), VALIDATOR) },
  { path: DATA_MODEL, render: () => Promise.resolve(_renderDataModel(timelineJsonSchema())) },
];
