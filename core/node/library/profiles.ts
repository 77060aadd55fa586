// Role profiles (exercises/profiles.json): a default assessment per role and its coverage matrix
// (requirement -> exercises of the assessment / of the whole library that assess it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CoverageRowView } from '../../common/lifecycle.ts';
import type { RequirementsFile } from './requirements.ts';

export const Profile = z.object({
  id: z.string(),
  role: z.string(),
  title: z.string(),
  language: z.enum(['go', 'ruby']),
  minutes: z.number().int().positive(),
  exercises: z.array(z.string()).min(1),
});
export type Profile = z.infer<typeof Profile>;

export const ProfilesFile = z.object({ schema: z.literal('assay.profiles/1'), profiles: z.array(Profile).min(1) });

export function loadProfiles(libraryDir: string): Profile[] {
  const path = join(libraryDir, 'profiles.json');
  const parsed = ProfilesFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.profiles;
}

/** A requirement line with the exercises that assess it (the shape the app and scorecards show). */
export type CoverageRow = CoverageRowView;

/** The coverage matrix of one role: a row per requirement line of that role's job description. */
export function coverageMatrix(
  role: string,
  reqs: RequirementsFile,
  exercises: { id: string; competencies: string[] }[],
  assessment: string[],
): CoverageRow[] {
  const inAssessment = new Set(assessment);
  return reqs.requirements
    .filter((r) => r.id.startsWith(`${role}-`))
    .map((r) => {
      const hits = exercises.filter((e) => e.competencies.includes(r.id)).map((e) => e.id);
      return {
        requirement: r.id,
        text: r.text,
        assessable: r.assessable,
        ...(r.reason ? { reason: r.reason } : {}),
        inAssessment: hits.filter((id) => inAssessment.has(id)),
        inLibrary: hits,
      };
    });
}
