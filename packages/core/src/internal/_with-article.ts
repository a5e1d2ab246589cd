/** "a person", "an actor": the indefinite article English wants before `word`. */
export function _withArticle(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
