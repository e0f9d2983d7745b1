import { describe, expect, it } from 'vitest';
import { maxExportRows } from '../../../shared/api/list-export.schema.js';
import { checkRowCap, collectPages } from './list-export.js';

describe('collectPages', () => {
  it('pages through the whole list with the list’s own paging', async () => {
    const all = Array.from({ length: 1234 }, (_, index) => index);
    const asked: [number, number][] = [];
    const rows = await collectPages(async (limit, offset) => {
      asked.push([limit, offset]);
      return { items: all.slice(offset, offset + limit), total: all.length };
    });
    expect(rows).toEqual(all);
    expect(asked).toEqual([
      [500, 0],
      [500, 500],
      [500, 1000],
    ]);
  });

  it('refuses a list above the cap before reading it, with a stable code', async () => {
    let pages = 0;
    const tooMany = collectPages(async () => {
      pages++;
      return { items: [1], total: maxExportRows + 1 };
    });
    await expect(tooMany).rejects.toMatchObject({
      code: 'EXPORT_TOO_MANY_ROWS',
      details: { rows: maxExportRows + 1, max: maxExportRows },
    });
    expect(pages).toBe(1);
    expect(() => checkRowCap(maxExportRows)).not.toThrow();
    expect(() => checkRowCap(maxExportRows + 1)).toThrow('EXPORT_TOO_MANY_ROWS');
  });

  it('stops when the list shrinks while it is read', async () => {
    const rows = await collectPages(async (limit, offset) => ({ items: offset === 0 ? [1, 2] : [], total: 5 }), 2);
    expect(rows).toEqual([1, 2]);
  });
});
