/** "1 rule", "3 rules": a number with its noun (nouns here all add an s). */
export function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
