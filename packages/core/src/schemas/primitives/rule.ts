import * as z from 'zod/mini';
import { localizeIssue } from '../../errors/localize-issue.js';
import { RULES, type Rule, type RuleName } from '../../rules/index.js';

/** Which zod check runs which named rule; read by the validator generator, set only by `rule`. */
export const ruleNames = new WeakMap<object, RuleName>();

/**
 * Runs one of Parley's named rules as a zod check. The rule's issues become zod custom issues
 * carrying Parley's code (and hint) in `params`, where the error wording reads them.
 */
export function rule<T>(name: RuleName) {
  const run = RULES[name] as Rule<T>;
  const check = z.superRefine<T>((value, ctx) =>
    run(value, (issue) => {
      const { message, hint } = localizeIssue({ ...issue, path: issue.path ?? [] });
      ctx.addIssue({
        code: 'custom',
        input: value,
        message,
        ...(issue.path ? { path: [...issue.path] } : {}),
        params: { parley: issue.code, ...(hint ? { hint } : {}) },
      });
    }),
  );
  ruleNames.set(check, name);
  return check;
}
