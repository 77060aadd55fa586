// The library grouped the way an interviewer picks: by the role an exercise assesses, then by type.
import type { ExerciseSummary, ExerciseType } from '../../../../core/common/exercise.ts';
import type { Catalog } from '../../../../core/common/lifecycle.ts';
import { typeTitle } from '../../state/exercises.ts';

export interface RoleSection {
  role: string;
  title: string;
  types: { type: ExerciseType; title: string; exercises: ExerciseSummary[] }[];
}

const TYPES: ExerciseType[] = ['implement', 'fix', 'write-tests', 'review'];

export function byRoleAndType(catalog: Pick<Catalog, 'exercises' | 'roles'>): RoleSection[] {
  const sections: RoleSection[] = [];
  // Requirement ids are prefixed by their role's key (sbd-…, dev-…).
  const roleOf = (e: ExerciseSummary) => catalog.roles.find((r) => e.competencies.some((c) => c.id.startsWith(`${r.id}-`)))?.id ?? '';
  for (const role of [...catalog.roles.map((r) => r.id), '']) {
    const mine = catalog.exercises.filter((e) => roleOf(e) === role);
    if (!mine.length) continue;
    const title = catalog.roles.find((r) => r.id === role)?.title ?? 'Other';
    const types = TYPES.map((type) => ({
      type,
      title: typeTitle(type),
      exercises: mine.filter((e) => e.type === type).sort((a, b) => a.title.localeCompare(b.title)),
    })).filter((t) => t.exercises.length);
    sections.push({ role, title, types });
  }
  return sections;
}
