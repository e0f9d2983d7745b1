// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { notifications, notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNotify } from './use-notify.js';

vi.mock('../i18n/i18n-context.js', () => ({ useI18n: () => ({ t: { app: { close: 'Sluiten' } } }) }));

afterEach(() => {
  cleanup();
  act(() => notifications.clean());
});

const shown = () => notificationsStore.getState().notifications.map((n) => n.message);

describe('useNotify', () => {
  it('shows the same words in the same tone once, however often they are asked for', () => {
    const { result } = renderHook(() => useNotify());
    act(() => {
      result.current('Opgeslagen', 'success');
      result.current('Opgeslagen', 'success');
      result.current('Opgeslagen', 'error');
      result.current('Verwijderd', 'success');
    });
    expect(shown()).toEqual(['Opgeslagen', 'Opgeslagen', 'Verwijderd']);
  });

  it('shows one message per id, whatever its words', () => {
    const { result } = renderHook(() => useNotify());
    act(() => {
      result.current('1 registratie bewaard op de telefoon', 'info', 'saved-on-phone');
      result.current('2 registraties bewaard op de telefoon', 'info', 'saved-on-phone');
    });
    expect(shown()).toEqual(['1 registratie bewaard op de telefoon']);
  });
});
