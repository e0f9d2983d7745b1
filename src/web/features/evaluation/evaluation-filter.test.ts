import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../shared/api/evaluation.schema.js';
import { compareNumbers, groupEvaluations } from './evaluation-filter.js';

const item = (number: string, evaluated = false): Evaluation => ({
  objectiveId: `id-${number}`,
  objectiveLineageId: `lineage-${number}`,
  number,
  title: `Doelstelling ${number}`,
  sectionNumber: number.split('.')[0] ?? '',
  year: 2020,
  computedStatus: 'on_track',
  evaluation: evaluated
    ? {
        done: 'x',
        bottlenecks: '',
        adjustments: '',
        status: 'achieved',
        computedStatusAtWriting: 'on_track',
        updatedAt: '2021-03-01T10:00:00Z',
        updatedBy: 'a@b.be',
      }
    : null,
});

describe('evaluation filter', () => {
  it('orders objective numbers part by part', () => {
    expect(['2.2.1.10', '10.2.1.1', '2.2.1.9', '2.2.1'].sort(compareNumbers)).toEqual([
      '2.2.1',
      '2.2.1.9',
      '2.2.1.10',
      '10.2.1.1',
    ]);
  });

  it('groups by section in plan order, filters by section and by "not yet evaluated", keeping the ones just written', () => {
    const items = [item('10.2.1.1'), item('2.2.1.2', true), item('2.2.1.1'), item('1.2.1.1', true)];
    expect(
      groupEvaluations(items, { section: '', notYetEvaluated: false }).map((group) => [
        group.sectionNumber,
        group.evaluations.map((e) => e.number),
      ]),
    ).toEqual([
      ['1', ['1.2.1.1']],
      ['2', ['2.2.1.1', '2.2.1.2']],
      ['10', ['10.2.1.1']],
    ]);
    expect(
      groupEvaluations(items, { section: '2', notYetEvaluated: true }).flatMap((group) =>
        group.evaluations.map((e) => e.number),
      ),
    ).toEqual(['2.2.1.1']);
    expect(
      groupEvaluations(items, { section: '2', notYetEvaluated: true }, new Set(['id-2.2.1.2'])).flatMap((group) =>
        group.evaluations.map((e) => e.number),
      ),
    ).toEqual(['2.2.1.1', '2.2.1.2']);
  });
});
