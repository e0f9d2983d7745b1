import type { ChangeEvent } from 'react';

type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * The props that tie a text input (or a native select, whose options are of the value's type) to one key of a
 * form's values: its name, value, error and change handler.
 * `const bind = textBinder(values, set, errors)` then `<TextInput {...bind('title')} />`.
 */
export function textBinder<V extends object>(
  values: V,
  set: <K extends TextKey<V>>(key: K, value: V[K]) => void,
  errors: Partial<Record<string, string | undefined>> = {},
) {
  return <K extends TextKey<V>>(key: K) => ({
    name: key,
    value: values[key] as string,
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      set(key, event.currentTarget.value as V[K]),
  });
}
