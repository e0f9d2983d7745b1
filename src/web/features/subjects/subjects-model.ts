/** The subjects page's view: filtered, grouped per register, in a stable order. Pure. */
import type { Subject } from '../../../shared/subjects/subject.js';

export interface SubjectFilter {
  typeKey: string;
  search: string;
  onlyProposed: boolean;
}

export interface SubjectGroup {
  typeKey: string;
  subjects: Subject[];
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nl-BE');

/** Section numbers in plan order ("2" before "10"), subjects without a section last, then by name. */
function compare(a: Subject, b: Subject): number {
  if (a.sectionNumber !== b.sectionNumber) {
    if (a.sectionNumber === null) return 1;
    if (b.sectionNumber === null) return -1;
    return a.sectionNumber.localeCompare(b.sectionNumber, 'nl-BE', { numeric: true });
  }
  return a.name.localeCompare(b.name, 'nl-BE');
}

export function groupSubjects(
  subjects: Subject[],
  filter: SubjectFilter,
  registerName: (typeKey: string) => string,
): SubjectGroup[] {
  const search = fold(filter.search.trim());
  const kept = subjects.filter(
    (subject) =>
      (!filter.typeKey || subject.typeKey === filter.typeKey) &&
      (!filter.onlyProposed || (subject.state === 'proposed' && subject.active)) &&
      (!search || fold(subject.name).includes(search)),
  );
  const groups = new Map<string, Subject[]>();
  for (const subject of kept) groups.set(subject.typeKey, [...(groups.get(subject.typeKey) ?? []), subject]);
  return [...groups.entries()]
    .map(([typeKey, list]) => ({ typeKey, subjects: list.sort(compare) }))
    .sort((a, b) => registerName(a.typeKey).localeCompare(registerName(b.typeKey), 'nl-BE'));
}

/** Where a subject can be merged into: another active subject of the same register. */
export function mergeTargets(subjects: Subject[], subject: Subject): Subject[] {
  return subjects
    .filter(
      (other) =>
        other.id !== subject.id && other.typeKey === subject.typeKey && other.active && other.mergedIntoId === null,
    )
    .sort(compare);
}
