/** Names that reach an object's prototype; refused so no parsed document can pollute one. */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
