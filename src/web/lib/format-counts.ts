type CountKey<R> = { [K in keyof R]: R[K] extends number ? K : never }[keyof R] & string;

/** The named figures of a result, each written for the reader by `number`: the placeholders of a text about it. */
export function formatCounts<R, K extends CountKey<R>>(
  result: R,
  keys: readonly K[],
  number: (value: number) => string,
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, number(result[key] as number)])) as Record<K, string>;
}
