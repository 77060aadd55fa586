// A role's competencies: the assessable requirements of its job description (ids prefixed by the role key, as in
// library/profiles.ts). They are the rubric rows and the competency matrix of a scorecard.
import type { Requirement, RequirementsFile } from '../library/requirements.ts';

export function roleCompetencies(reqs: RequirementsFile, roleId: string): Requirement[] {
  if (!reqs.roles[roleId]) throw new Error(`unknown role ${JSON.stringify(roleId)} (known: ${Object.keys(reqs.roles).join(', ')})`);
  return reqs.requirements.filter((r) => r.assessable && r.id.startsWith(`${roleId}-`));
}

/** Without a role: the requirements the exercises assess, in requirements.json order. */
export function exerciseCompetencies(reqs: RequirementsFile, competencyIds: Iterable<string>): Requirement[] {
  const wanted = new Set(competencyIds);
  return reqs.requirements.filter((r) => wanted.has(r.id));
}
