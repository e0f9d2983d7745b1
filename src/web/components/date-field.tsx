import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { type FocusEvent, useEffect, useRef, useState } from 'react';
import {
  type DayInputProblem,
  dayInputProblem,
  dayInputValue,
  formatDayInput,
  parseDayInput,
} from '../../shared/calendar/day-input.js';
import { formatDate } from '../../shared/i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

export interface DateFieldProps extends Omit<
  TextInputProps,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max'
> {
  /** The ISO day (`2026-02-03`) or '' when there is none. */
  value: string;
  /** Called with the ISO day, or with '' when the text is empty or not a day (as a native date input does). */
  onChange: (day: string) => void;
  /** Earliest allowed ISO day (inclusive). */
  min?: string;
  /** Latest allowed ISO day (inclusive). */
  max?: string;
}

const pickerStyle = {
  position: 'absolute',
  right: 0,
  bottom: 0,
  width: 1,
  height: 1,
  padding: 0,
  border: 0,
  opacity: 0,
  pointerEvents: 'none',
} as const;

function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}

/**
 * The one date input: shows and reads dd/mm/yyyy in every language (never the browser's mm/dd/yyyy), accepts
 * `3/2/2026`, `03-02-2026`, `03.02.2026` and a pasted ISO day, and hands on the ISO day. A day that does not exist
 * or lies outside min/max gets a localized error (after leaving the field, or when the form is submitted: the input
 * carries it as its custom validity). The calendar button opens the browser's own date picker.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  error,
  onBlur,
  placeholder,
  readOnly,
  disabled,
  ...rest
}: DateFieldProps) {
  const { t, fill, locale } = useI18n();
  const [text, setText] = useState(() => formatDayInput(value));
  const [seen, setSeen] = useState(value);
  const [shown, setShown] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);

  // The value changed from outside (a reset, a loaded record): show it, unless it is what the text already says.
  if (value !== seen) {
    setSeen(value);
    if (value !== dayInputValue(text)) setText(formatDayInput(value));
  }

  const problem = dayInputProblem(text, { min, max });
  const messageOf = (kind: DayInputProblem): string => {
    switch (kind) {
      case 'format':
        return t.dateField.format;
      case 'impossible':
        return t.dateField.impossible;
      case 'before-min':
        return fill(t.dateField.beforeMin, { date: formatDate(min ?? '', locale) });
      case 'after-max':
        return fill(t.dateField.afterMax, { date: formatDate(max ?? '', locale) });
    }
  };
  const message = problem ? messageOf(problem) : '';

  useEffect(() => {
    inputRef.current?.setCustomValidity(message);
  }, [message]);

  const emit = (next: string) => {
    if (next !== value) onChange(next);
  };

  const type = (next: string) => {
    setText(next);
    setShown(false);
    emit(dayInputValue(next));
  };

  const leave = (event: FocusEvent<HTMLInputElement>) => {
    setShown(true);
    const input = parseDayInput(text);
    if (input.status === 'day') setText(formatDayInput(input.day));
    onBlur?.(event);
  };

  const openPicker = () => {
    const picker = pickerRef.current;
    try {
      picker?.showPicker();
    } catch {
      inputRef.current?.focus();
    }
  };

  const editable = !readOnly && !disabled;
  const picker = editable ? (
    <>
      <ActionIcon variant="subtle" color="gray" onClick={openPicker} aria-label={t.dateField.openCalendar}>
        <CalendarIcon />
      </ActionIcon>
      <input
        ref={pickerRef}
        type="date"
        tabIndex={-1}
        aria-hidden
        aria-label={t.dateField.openCalendar}
        style={pickerStyle}
        min={min}
        max={max}
        value={problem ? '' : dayInputValue(text)}
        onChange={(event) => {
          const day = event.currentTarget.value;
          setText(formatDayInput(day));
          setShown(true);
          emit(day);
        }}
      />
    </>
  ) : undefined;

  return (
    <TextInput
      {...rest}
      ref={inputRef}
      type="text"
      autoComplete="off"
      placeholder={placeholder ?? t.dateField.placeholder}
      readOnly={readOnly}
      disabled={disabled}
      value={text}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={leave}
      onInvalid={() => setShown(true)}
      error={(shown && message) || error}
      rightSection={picker}
      rightSectionPointerEvents="all"
    />
  );
}
