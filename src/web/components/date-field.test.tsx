// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/i18n/locale.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { installDomShims } from '../testing/render-app.js';
import { theme } from '../theme.js';
import { DateField } from './date-field.js';

afterEach(cleanup);

const seen: string[] = [];

function Harness({ initial, min, max }: { initial: string; min?: string; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField
        label="Datum"
        value={value}
        min={min}
        max={max}
        onChange={(day) => {
          seen.push(day);
          setValue(day);
        }}
      />
      <output data-testid="value">{value}</output>
      <button type="button" onClick={() => setValue('2020-12-31')}>
        reset
      </button>
    </>
  );
}

function show(initial = '', locale: Locale = 'nl', bounds: { min?: string; max?: string } = {}) {
  installDomShims();
  seen.length = 0;
  render(
    <MantineProvider theme={theme} env="test">
      <I18nProvider initial={locale}>
        <Harness initial={initial} {...bounds} />
      </I18nProvider>
    </MantineProvider>,
  );
  return screen.getByLabelText<HTMLInputElement>('Datum');
}

const value = () => screen.getByTestId('value').textContent;

describe('DateField', () => {
  it('shows an ISO value as dd/mm/yyyy in every language', () => {
    for (const locale of ['nl', 'fr', 'en'] as const) {
      const input = show('2026-02-03', locale);
      expect(input.value).toBe('03/02/2026');
      expect(input.type).toBe('text');
      cleanup();
    }
  });

  it('turns typed dd/mm/yyyy into the ISO value and tidies the text on leaving', () => {
    const input = show();
    fireEvent.change(input, { target: { value: '3/2/2026' } });
    expect(value()).toBe('2026-02-03');
    fireEvent.blur(input);
    expect(input.value).toBe('03/02/2026');
    fireEvent.change(input, { target: { value: '12.01.2026' } });
    expect(value()).toBe('2026-01-12');
    fireEvent.change(input, { target: { value: '05-06-2020' } });
    expect(value()).toBe('2020-06-05');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('refuses 31/02 with a localized error tied to the input, and hands on no value', () => {
    const input = show('2026-02-03');
    fireEvent.change(input, { target: { value: '31/02/2026' } });
    expect(value()).toBe('');
    expect(screen.queryByText('Deze datum bestaat niet.')).toBeNull(); // not while typing
    fireEvent.blur(input);
    const error = screen.getByText('Deze datum bestaat niet.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(input.validationMessage).toBe('Deze datum bestaat niet.');
    expect(input.value).toBe('31/02/2026'); // the text stays for the user to correct

    fireEvent.change(input, { target: { value: '28/02/2026' } });
    fireEvent.blur(input);
    expect(value()).toBe('2026-02-28');
    expect(screen.queryByText('Deze datum bestaat niet.')).toBeNull();
    expect(input.validationMessage).toBe('');
  });

  it('explains the format in French and checks the bounds', () => {
    const input = show('', 'fr', { min: '2020-01-01', max: '2020-12-31' });
    fireEvent.change(input, { target: { value: '3/2/20' } });
    fireEvent.blur(input);
    expect(screen.getByText('Écrivez la date sous la forme jj/mm/aaaa, par exemple 03/02/2026.')).toBeDefined();
    fireEvent.change(input, { target: { value: '01/01/2021' } });
    fireEvent.blur(input);
    expect(screen.getByText('Choisissez une date jusqu’au 31/12/2020 inclus.')).toBeDefined();
    expect(value()).toBe('2021-01-01');
  });

  it('follows a value set from outside', () => {
    const input = show('2026-02-03');
    fireEvent.click(screen.getByRole('button', { name: 'reset' }));
    expect(input.value).toBe('31/12/2020');
    expect(seen).toEqual([]);
  });
});
