// Writes schema.json from the built package, so the shipped JSON Schema always matches the zod schemas.
import { writeFileSync } from 'node:fs';
import { timelineJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../schema.json', import.meta.url),
  `${JSON.stringify(timelineJsonSchema(), null, 2)}\n`,
);
