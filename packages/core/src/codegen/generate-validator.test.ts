import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { expect, test } from 'vitest';
import { generateValidator } from './generate-validator.js';

const GENERATED = fileURLToPath(new URL('../validation/validate-timeline.generated.ts', import.meta.url));

// The generated validator is committed, so it can be read and reviewed; this keeps it in step
// with the schemas. After changing a schema, run `npx vitest run --project core -u`.
test('the generated validator matches the zod schemas', async () => {
  const options = { ...(await resolveConfig(GENERATED)), filepath: GENERATED };
  await expect(await format(generateValidator(), options)).toMatchFileSnapshot(GENERATED);
});
