// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context.js';
import { installDomShims } from '../../testing/render-app.js';
import { theme } from '../../theme.js';
import { UserProfileFields } from './user-field-inputs.js';

afterEach(cleanup);

function show(errors: { role?: string } = {}) {
  installDomShims();
  const onChange = vi.fn();
  const { container } = render(
    <MantineProvider theme={theme} env="test">
      <I18nProvider initial="en">
        <UserProfileFields
          values={{ displayName: 'Ann', role: 'viewer', locale: 'nl' }}
          errors={errors}
          onChange={onChange}
          autoComplete="off"
        />
      </I18nProvider>
    </MantineProvider>,
  );
  const field = <E extends Element>(name: string) => {
    const found = container.querySelector<E>(`[name="${name}"]`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  };
  return { onChange, field };
}

describe('UserProfileFields', () => {
  it('names each field after its value and shows the value', () => {
    const { field } = show();
    const name = field<HTMLInputElement>('displayName');
    expect(name.value).toBe('Ann');
    expect(name.required).toBe(true);
    expect(name.autocomplete).toBe('off');
    expect(field<HTMLSelectElement>('role').value).toBe('viewer');
    expect(field<HTMLSelectElement>('locale').value).toBe('nl');
  });

  it('passes a change of one field on as a change of that value only', () => {
    const { onChange, field } = show();
    fireEvent.change(field('displayName'), { target: { value: 'Bea' } });
    fireEvent.change(field('role'), { target: { value: 'admin' } });
    fireEvent.change(field('locale'), { target: { value: 'fr' } });
    expect(onChange.mock.calls).toEqual([[{ displayName: 'Bea' }], [{ role: 'admin' }], [{ locale: 'fr' }]]);
  });

  it('marks a field with its error', () => {
    const { field } = show({ role: 'Choose a role.' });
    const role = field<HTMLSelectElement>('role');
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain('Choose a role.');
  });
});
