/** Names that reach an object's prototype; refused so no parsed document can pollute one. */
export function _isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** Why such a name is refused: the same words from the JSON reader and from the validator. */
export function _forbiddenKeyMessage(key: string): string {
  return `The property name ${JSON.stringify(key)} is not allowed: "__proto__", "constructor" and "prototype" are refused for safety, as they can be used to tamper with objects.`;
}
