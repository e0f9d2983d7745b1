/** What the volunteer register knows about one volunteer (no name needed for the figures). */
interface VolunteerFacts {
  startedOn: string;
  endedOn: string | null;
  trainedOn: string | null;
  intervisions: readonly { month: string; attended: boolean }[];
}

interface VolunteerFigures {
  engaged: number;
  newInYear: number;
  engagedOverAYear: number;
  ratio: number | null;
  trained: number;
  intervisionMonths: number;
  attendanceRate: number | null;
}

/**
 * The plan's figures for neighbour mediation volunteers in a year: volunteers engaged, those who started that
 * year, those engaged for more than a year by its end, and the ratio new : engaged longer than a year.
 */
export function volunteerFigures(volunteers: readonly VolunteerFacts[], year: number): VolunteerFigures {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const engaged = volunteers.filter((v) => v.startedOn <= end && (v.endedOn === null || v.endedOn >= start));
  const newInYear = engaged.filter((v) => v.startedOn >= start).length;
  const engagedOverAYear = engaged.filter((v) => v.startedOn <= `${year - 1}-12-31`).length;
  const records = engaged.flatMap((v) => v.intervisions.filter((i) => i.month.startsWith(`${year}-`)));
  const attended = records.filter((r) => r.attended);
  return {
    engaged: engaged.length,
    newInYear,
    engagedOverAYear,
    ratio: engagedOverAYear === 0 ? null : Math.round((newInYear / engagedOverAYear) * 100) / 100,
    trained: engaged.filter((v) => v.trainedOn !== null && v.trainedOn <= end).length,
    intervisionMonths: new Set(attended.map((r) => r.month)).size,
    attendanceRate: records.length === 0 ? null : Math.round((attended.length / records.length) * 100) / 100,
  };
}
