// Building an assessment: the exercises picked by hand (in candidate order) or taken from a role profile, what
// they add up to, and which requirements they assess.
import type { ExerciseSummary } from '../../../../core/common/exercise.ts';

export function toggle(selected: string[], id: string): string[] {
  return selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id];
}

export function totalMinutes(exercises: ExerciseSummary[], ids: string[]): number {
  return ids.reduce((n, id) => n + (exercises.find((e) => e.id === id)?.minutes ?? 0), 0);
}

/** Requirement id → exercises of the selection that assess it, in requirement order of first appearance. */
export function selectionCoverage(exercises: ExerciseSummary[], ids: string[]): { id: string; text: string; by: string[] }[] {
  const rows = new Map<string, { id: string; text: string; by: string[] }>();
  for (const id of ids) {
    const ex = exercises.find((e) => e.id === id);
    for (const c of ex?.competencies ?? []) {
      const row = rows.get(c.id) ?? { id: c.id, text: c.text, by: [] };
      row.by.push(id);
      rows.set(c.id, row);
    }
  }
  return [...rows.values()];
}

export interface PackForm {
  title: string;
  candidateName: string;
  minutes: string;
}

/** The problem with the form, in words, or null when it can be exported. */
export function formProblem(f: PackForm, exerciseCount: number): string | null {
  if (!f.candidateName.trim()) return "Enter the candidate's name.";
  const m = Number(f.minutes);
  if (!Number.isInteger(m) || m < 1 || m > 1440) return 'The time limit is a whole number of minutes (1 to 1440).';
  if (exerciseCount === 0) return 'Choose at least one exercise.';
  return null;
}
