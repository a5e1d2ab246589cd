import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from 'vitest';
import { GENERATED_FILES } from './outputs.js';

// The generated files are committed, so they can be read and reviewed. This test only compares:
// it never writes them (so `vitest -u`, which rewrites snapshots, cannot refresh them unseen).
test.each(GENERATED_FILES.map((file) => [relative(process.cwd(), file.path), file] as const))(
  '%s matches the zod schemas',
  async (name, file) => {
    const committed = readFileSync(file.path, 'utf8');
    const expected = await file.render();
    if (committed !== expected)
      expect.fail(`${name} is out of date with the schemas: run npm run codegen, then commit it.`);
  },
);
