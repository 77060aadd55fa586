// Which packs were issued together as one assessment (title, exercises, time limit → many candidates), and the
// email each candidate's list line gave. Kept by this interviewer under <dataDir>/interviewer/groups.json; the
// packs themselves and their register records are unchanged, so a pack issued alone is its own assessment.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeAtomic } from '../fs/atomic-write.ts';

const PackId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
const GroupFile = z
  .object({
    schema: z.literal('assay.assessment-groups/1'),
    packs: z.array(z.object({ packId: PackId, groupId: PackId, email: z.string().max(200).nullable() }).strict()),
  })
  .strict();
type Member = z.output<typeof GroupFile>['packs'][number];

export class AssessmentGroups {
  readonly #path: string;

  constructor(dir: string) {
    this.#path = join(dir, 'groups.json');
  }

  /** packId → its group and email. An unreadable file is reported, not silently replaced. */
  read(): Map<string, Member> {
    const out = new Map<string, Member>();
    if (!existsSync(this.#path)) return out;
    const parsed = GroupFile.safeParse(JSON.parse(readFileSync(this.#path, 'utf8')));
    if (!parsed.success) throw new Error(`${this.#path} is damaged (${parsed.error.issues[0]?.message ?? 'invalid'}); move it aside to continue`);
    for (const m of parsed.data.packs) out.set(m.packId, m);
    return out;
  }

  add(members: readonly Member[]): void {
    const all = this.read();
    for (const m of members) all.set(m.packId, m);
    writeAtomic(this.#path, `${JSON.stringify({ schema: 'assay.assessment-groups/1', packs: [...all.values()] }, null, 1)}\n`);
  }
}
