// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../../shared/api/search.schema.js';
import { fakeMe, fakeServer, renderApp } from '../../testing/render-app.js';

const result: SearchResult = {
  q: 'bru',
  groups: [
    {
      kind: 'complaint',
      more: false,
      hits: [
        { id: 'c1', kind: 'complaint', title: 'OV-2020-AAAAA', detail: 'graffiti · Bruul', href: '/nowhere/one' },
        { id: 'c2', kind: 'complaint', title: 'OV-2020-BBBBB', detail: null, href: '/nowhere/two' },
      ],
    },
    {
      kind: 'partner',
      more: true,
      hits: [{ id: 'p1', kind: 'partner', title: 'Brugge vzw', detail: 'non_profit', href: '/nowhere/three' }],
    },
  ],
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SearchBox', () => {
  it('searches after two characters, moves with the arrow keys, opens with Enter and closes with Escape', async () => {
    const asked: string[] = [];
    fakeServer((_method, url) => {
      if (url === '/api/auth/me') return { status: 200, body: fakeMe };
      if (url.startsWith('/api/search')) {
        asked.push(url);
        return { status: 200, body: result };
      }
      return { status: 404, body: { error: { code: 'ROUTE_NOT_FOUND', message: 'Not found' } } };
    });
    renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Zoeken' });
    fireEvent.change(box, { target: { value: 'b' } });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(asked).toEqual([]);
    fireEvent.change(box, { target: { value: 'bru' } });
    await screen.findByRole('option', { name: /OV-2020-AAAAA/ });
    expect(asked).toEqual(['/api/search?q=bru']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Meldingen' })).toBeDefined();
    expect(screen.getByRole('option', { name: /Brugge vzw\s*· vzw/ })).toBeDefined();

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = screen.getByRole('option', { name: /OV-2020-BBBBB/ });
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' }); // wraps to the first
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /OV-2020-AAAAA/ }).id);
    fireEvent.keyDown(box, { key: 'ArrowUp' }); // wraps to the last
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getByRole('option', { name: /Brugge/ }).id);

    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('bru');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');

    fireEvent.change(box, { target: { value: 'bru' } });
    await screen.findByRole('option', { name: /OV-2020-AAAAA/ });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    // The second hit's page (unknown here: the not-found page) opens, and the box is emptied and closed.
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeDefined();
    await waitFor(() => expect((box as HTMLInputElement).value).toBe(''));
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });
});
