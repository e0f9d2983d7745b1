import { describe, expect, it } from 'vitest';
import { trendRows } from './trends.js';

const days = { current: 366, previous: 365, lastYear: 365 };

describe('trendRows', () => {
  it('flags a real rise and leaves noise alone', () => {
    const rows = trendRows({
      current: [
        { wijkCode: 'W03', category: 'noise', n: 180 },
        { wijkCode: 'W01', category: 'litter', n: 22 },
      ],
      previous: [
        { wijkCode: 'W03', category: 'noise', n: 90 },
        { wijkCode: 'W01', category: 'litter', n: 18 },
      ],
      lastYear: [
        { wijkCode: 'W03', category: 'noise', n: 90 },
        { wijkCode: 'W01', category: 'litter', n: 18 },
      ],
      days,
    });
    const noise = rows.find((r) => r.wijkCode === 'W03' && r.category === 'noise');
    const litter = rows.find((r) => r.wijkCode === 'W01' && r.category === 'litter');
    expect(noise?.vsPrevious).toMatchObject({ flagged: true, direction: 'up', count: 90 });
    expect(litter?.vsPrevious.flagged).toBe(false);
    expect(rows.find((r) => r.wijkCode === null && r.category === 'noise')?.current).toBe(180);
  });
  it('counts unplaced events for the municipality but not as a wijk', () => {
    const rows = trendRows({ current: [{ wijkCode: '', category: 'drugs', n: 7 }], previous: [], lastYear: [], days });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ wijkCode: null, current: 7 });
  });
});
