// Writes the YAML (and, once it exists, CSV) versions of the shipped examples from the JSON ones,
// so they stay the same timeline. Run after changing examples/*.json: `node scripts/write-examples.mjs`
// (after `npm run build`); src/formats/*/ tests fail until they are in step again.
import { readFileSync, writeFileSync } from 'node:fs';
import { stringifyTimelineYaml } from '../dist/formats/yaml/index.js';

const NAME = 'istanbul-2025-06-02';
const json = JSON.parse(readFileSync(new URL(`../examples/${NAME}.json`, import.meta.url), 'utf8'));
writeFileSync(
  new URL(`../examples/${NAME}.yaml`, import.meta.url),
  stringifyTimelineYaml(json, [
    'yaml-language-server: $schema=../schema.json',
    'The Istanbul talks of 2 June 2025 as YAML: the same timeline as istanbul-2025-06-02.json.',
    'Validate it with `npx parley validate istanbul-2025-06-02.yaml`.',
  ]),
);

// The CSV example, as a spreadsheet would export it.
const { stringifyTimelineCsv } = await import('../dist/formats/csv/index.js');
writeFileSync(new URL(`../examples/${NAME}.csv`, import.meta.url), stringifyTimelineCsv(json));
