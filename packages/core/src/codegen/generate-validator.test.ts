import { expect, test } from 'vitest';
import { generateValidator } from './generate-validator.js';

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
