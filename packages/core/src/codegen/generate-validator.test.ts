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

test('refuses a schema it could not check as zod does, rather than dropping a check', async () => {
  const z = await import('zod/mini');
  const { ref } = await import('../schemas/primitives/id.js');
  const { rule } = await import('../schemas/primitives/rule.js');
  const count = z.union([z.number(), z.string()]).check(rule('countryCode'));
  expect(() => generateValidator(z.strictObject({ count }))).toThrow(/cannot check "custom" on a union/);
  const optional = z.optional(z.string()).check(z.refine(() => true));
  expect(() => generateValidator(z.strictObject({ optional }))).toThrow(/cannot check/);
  const loose = z.object({ name: z.string() });
  expect(() => generateValidator(loose)).toThrow(/Only strict objects/);
  const either = z.union([ref('actor', 'An actor.'), z.number()]);
  expect(() => generateValidator(z.strictObject({ either }))).toThrow(/References inside a plain union/);
});
