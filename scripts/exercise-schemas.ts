// JSON Schemas for editors, generated from the zod schemas the loader and `assay check` use (z.toJSONSchema), so
// the two cannot disagree: exercises/schema/exercise.schema.json, cases.schema.json (hidden/cases.json) and
// defects.schema.json (hidden/defects.json of review exercises). `npm run schemas` rewrites them; a unit test
// fails when the committed files differ from what this generates. Editors map them by path (exercises/README.md,
// .vscode/settings.json); exercise.json may also name its schema with a "$schema" key, which the loader ignores.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ExerciseMeta, HiddenCase } from '../core/common/exercise.ts';
import { Defect } from '../core/node/grading/review.ts';

export const SCHEMA_DIR = join(import.meta.dirname, '..', 'exercises', 'schema');

function schema(type: z.core.$ZodType, id: string, title: string, description: string): Record<string, unknown> {
  // io: 'input' describes what a file may contain (fields with defaults are optional).
  const body = z.toJSONSchema(type, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: body.$schema, $id: id, title, description, ...body };
}

export function exerciseSchemas(): Record<string, Record<string, unknown>> {
  const meta = schema(
    ExerciseMeta,
    'exercise.schema.json',
    'Assay exercise.json',
    'Metadata of one exercise (exercises/README.md). Also: scoring.correctness + scoring.performance must be 100.',
  );
  // The "$schema" key an editor uses to find this file is allowed (the loader ignores unknown keys).
  (meta.properties as Record<string, unknown>).$schema = { type: 'string' };
  return {
    'exercise.schema.json': meta,
    'cases.schema.json': schema(
      z.array(HiddenCase),
      'cases.schema.json',
      'Assay hidden/cases.json',
      'Hidden and budget cases, decided outside the sandbox: only name, call, input and budgetMs enter it. Names are unique.',
    ),
    'defects.schema.json': schema(
      z.array(Defect),
      'defects.schema.json',
      'Assay hidden/defects.json',
      'The seeded defects of a review exercise: a comment of at least 15 characters on one of a defect\'s lines of changes.diff finds it.',
    ),
  };
}

export const render = (s: unknown) => `${JSON.stringify(s, null, 2)}\n`;

if (import.meta.main) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, s] of Object.entries(exerciseSchemas())) writeFileSync(join(SCHEMA_DIR, name), render(s));
  console.log(`wrote ${Object.keys(exerciseSchemas()).join(', ')} to ${SCHEMA_DIR}`);
}
