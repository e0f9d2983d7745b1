import { Textarea, type TextareaProps } from '@mantine/core';

/** A free text (a note, a summary): a text area that grows with what is typed, from `minRows` lines (two). */
export function LongTextField({
  onChange,
  minRows = 2,
  ...rest
}: Omit<TextareaProps, 'onChange' | 'autosize'> & { value: string; onChange: (text: string) => void }) {
  return <Textarea {...rest} autosize minRows={minRows} onChange={(e) => onChange(e.currentTarget.value)} />;
}
