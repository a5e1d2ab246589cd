// A module resolve hook that fails any import of zod, to prove a command never loads it.
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/\/node_modules\/zod\//.test(result.url)) throw new Error(`zod was loaded (${specifier})`);
  return result;
}
