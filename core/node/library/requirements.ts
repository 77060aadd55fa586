// The requirements map (exercises/requirements.json): every line of both job descriptions with a stable id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const Requirement = z.object({
  id: z.string(),
  role: z.string(),
  source: z.string(),
  section: z.string(),
  text: z.string(),
  assessable: z.boolean(),
  reason: z.string().optional(),
  assessedBy: z.string().optional(),
});
export type Requirement = z.infer<typeof Requirement>;

export const RequirementsFile = z.object({
  schema: z.literal('assay.requirements/1'),
  roles: z.record(z.string(), z.object({ title: z.string(), language: z.string(), source: z.string() })),
  requirements: z.array(Requirement),
});
export type RequirementsFile = z.infer<typeof RequirementsFile>;

export function loadRequirements(libraryDir: string): RequirementsFile {
  const path = join(libraryDir, 'requirements.json');
  const parsed = RequirementsFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  const file = parsed.data;
  for (const r of file.requirements) {
    if (!r.assessable && !r.reason) throw new Error(`${path}: ${r.id} is not assessable but gives no reason`);
  }
  return file;
}
