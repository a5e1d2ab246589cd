// A module resolve hook that fails any import from the packages forbid.mjs passes it.
let forbidden = [];

export function initialize(data) {
  forbidden = data.packages;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  for (const name of forbidden)
    if (result.url.includes(`/node_modules/${name}/`)) throw new Error(`${name} was loaded (${specifier})`);
  return result;
}
