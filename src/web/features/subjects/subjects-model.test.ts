import { describe, expect, it } from 'vitest';
import { fakeSubject } from '../../testing/fixtures.js';
import { groupSubjects, mergeTargets } from './subjects-model.js';

const subject = fakeSubject;

describe('the subjects page model', () => {
  const list = [
    subject('a', 'Werkgroep VVSG', { sectionNumber: '10' }),
    subject('b', 'CPR', { sectionNumber: '2', state: 'proposed' }),
    subject('c', 'Ander overleg'),
    subject('d', 'Toezicht inbraak', { typeKey: 'supervision', sectionNumber: '11' }),
    subject('e', 'Oude CPR', { sectionNumber: '2', active: false, mergedIntoId: 'b' }),
  ];
  const names: Record<string, string> = { meeting: 'Vergadering', supervision: 'Toezichtmoment' };

  it('groups per register by name, sections in plan order, subjects without a section last', () => {
    const groups = groupSubjects(list, { typeKey: '', search: '', onlyProposed: false }, (key) => names[key] ?? key);
    expect(groups.map((g) => g.typeKey)).toEqual(['supervision', 'meeting']);
    expect(groups[1]?.subjects.map((s) => s.id)).toEqual(['b', 'e', 'a', 'c']);
  });

  it('filters by register, by name without accents or case, and on proposed active subjects', () => {
    expect(
      groupSubjects(list, { typeKey: 'supervision', search: '', onlyProposed: false }, (k) => k).flatMap((g) =>
        g.subjects.map((s) => s.id),
      ),
    ).toEqual(['d']);
    expect(
      groupSubjects(list, { typeKey: '', search: 'cpr', onlyProposed: false }, (k) => k).flatMap((g) =>
        g.subjects.map((s) => s.id),
      ),
    ).toEqual(['b', 'e']);
    expect(
      groupSubjects([subject('f', 'Overleg één')], { typeKey: '', search: 'EEN', onlyProposed: false }, (k) => k),
    ).toHaveLength(1);
    expect(
      groupSubjects(list, { typeKey: '', search: '', onlyProposed: true }, (k) => k).flatMap((g) =>
        g.subjects.map((s) => s.id),
      ),
    ).toEqual(['b']);
  });

  it('merges only into another active subject of the same register', () => {
    expect(mergeTargets(list, list[0]!).map((s) => s.id)).toEqual(['b', 'c']);
    expect(mergeTargets(list, list[3]!)).toEqual([]);
  });
});
