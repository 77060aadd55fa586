// The interviewer's assessments: the catalog to build one from (exercises, roles, role profiles with their
// coverage matrices), exporting a candidate pack, and the packs exported so far (kept under
// <dataDir>/interviewer/packs, named by assessment id) so they can be downloaded again.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Assessment } from '../../common/assessment.ts';
import type { AssessmentItem, Catalog, FilePayload } from '../../common/lifecycle.ts';
import type { Request } from '../../common/contract.ts';
import { exportPack, PACK_EXTENSION } from '../assessment/pack.ts';
import { readPack } from '../assessment/pack-read.ts';
import { withdrawnFlag } from '../bundle/issued.ts';
import { libraryVersion } from '../assessment/library-version.ts';
import { coverageMatrix, loadProfiles } from '../library/profiles.ts';
import { loadRequirements } from '../library/requirements.ts';
import type { Library } from './library.ts';
import type { Register } from '../assessment/register.ts';
import { fileSlug, payload } from './files.ts';
import { AssessmentGroups } from './assessment-groups.ts';

export class Assessments {
  readonly #library: Library;
  readonly #dir: string;
  /** Submissions per assessment id, from the review store. */
  readonly #submissions: () => Map<string, number>;

  /** The register of issued packs: every exported pack is recorded there before it is handed out. */
  readonly #register: () => Register;
  readonly #groups: AssessmentGroups;

  constructor(library: Library, dataDir: string, submissions: () => Map<string, number>, register: () => Register) {
    this.#library = library;
    this.#register = register;
    this.#dir = join(dataDir, 'interviewer', 'packs');
    this.#groups = new AssessmentGroups(join(dataDir, 'interviewer'));
    this.#submissions = submissions;
  }

  catalog(): Catalog {
    const exercises = this.#library.summaries();
    const reqs = loadRequirements(this.#library.dir);
    const byId = exercises.map((e) => ({ id: e.id, competencies: e.competencies.map((c) => c.id) }));
    const profiles = existsSync(join(this.#library.dir, 'profiles.json')) ? loadProfiles(this.#library.dir) : [];
    const version = libraryVersion(this.#library.dir);
    return {
      exercises,
      roles: Object.entries(reqs.roles).map(([id, r]) => ({ id, title: r.title, language: r.language })),
      profiles: profiles.map((p) => ({ ...p, coverage: coverageMatrix(p.role, reqs, byId, p.exercises) })),
      library: { dir: this.#library.dir, commit: version.commit, dirty: version.dirty },
      problems: this.#library.problems(),
    };
  }

  export(req: Request<'exportPack'>): { assessment: AssessmentItem; file: FilePayload } {
    const a = this.#issueOne(req);
    return { assessment: this.#item(a, new Map()), file: this.download(a.id) };
  }

  /**
   * One assessment for many candidates: a personal pack each (own pack id, own register record), grouped under one
   * assessment id. The first pack is made before any other so a broken selection fails once, with nothing issued.
   */
  issueMany(req: Request<'issuePacks'>): { groupId: string; title: string; issued: AssessmentItem[]; files: FilePayload[] } {
    const groupId = randomUUID();
    const made: Assessment[] = [];
    const members: { packId: string; groupId: string; email: string | null }[] = [];
    try {
      for (const c of req.candidates) {
        const a = this.#issueOne({ title: req.title, exerciseIds: req.exerciseIds, profileId: req.profileId, timeLimitMinutes: req.timeLimitMinutes, candidateName: c.name });
        made.push(a);
        members.push({ packId: a.id, groupId, email: c.email?.trim() || null });
      }
    } finally {
      // packs already issued and registered stay grouped even when a later one failed
      if (members.length) this.#groups.add(members);
    }
    const groups = this.#groups.read();
    return {
      groupId,
      title: made[0]?.title ?? '',
      issued: made.map((a) => this.#item(a, groups)),
      files: made.map((a) => this.download(a.id)),
    };
  }

  #issueOne(req: Request<'exportPack'>): Assessment {
    mkdirSync(this.#dir, { recursive: true });
    const tmp = join(this.#dir, `new-${randomUUID()}${PACK_EXTENSION}.part`);
    const out = exportPack({
      libraryDir: this.#library.dir,
      exerciseIds: req.exerciseIds,
      profileId: req.profileId,
      title: req.title,
      candidateName: req.candidateName,
      timeLimitMinutes: req.timeLimitMinutes,
      out: tmp,
    });
    const path = join(this.#dir, `${out.assessment.id}${PACK_EXTENSION}`);
    this.#register().issue(out.record, out.digest);
    renameSync(tmp, path);
    return out.assessment;
  }

  list(): AssessmentItem[] {
    if (!existsSync(this.#dir)) return [];
    const groups = this.#groups.read();
    return readdirSync(this.#dir)
      .filter((n) => n.endsWith(PACK_EXTENSION))
      .map((n) => this.#item(readPack(join(this.#dir, n)).assessment, groups))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Why this pack must not be sent (again): it was withdrawn. Null when it may be. */
  refusal(assessmentId: string): string | null {
    const entry = this.#register().get(assessmentId);
    if (!entry?.record.withdrawn) return null;
    return `${entry.record.candidateName}'s ${withdrawnFlag(entry.record.withdrawn).message}; reinstate it to send it again`;
  }

  download(assessmentId: string): FilePayload {
    const refused = this.refusal(assessmentId);
    if (refused) throw new Error(refused);
    const f = this.packFile(assessmentId);
    return payload(f.fileName, 'application/octet-stream', f.bytes);
  }

  /** Whether a pack was exported under this id (ids are contract-checked: letters, digits and dashes only). */
  has(assessmentId: string): boolean {
    return existsSync(this.#packPath(assessmentId));
  }

  /** The exported pack's bytes and the file name it is saved under (candidate and title, slugged). */
  packFile(assessmentId: string): { fileName: string; bytes: Buffer } {
    const path = this.#packPath(assessmentId);
    if (!existsSync(path)) throw new Error(`no exported assessment ${assessmentId}`);
    return { fileName: packFileName(readPack(path).assessment), bytes: readFileSync(path) };
  }

  #packPath(assessmentId: string): string {
    return join(this.#dir, `${assessmentId}${PACK_EXTENSION}`);
  }

  #item(a: Assessment, groups: Map<string, { groupId: string; email: string | null }>): AssessmentItem {
    const g = groups.get(a.id);
    return {
      id: a.id,
      groupId: g?.groupId ?? a.id,
      email: g?.email ?? null,
      title: a.title,
      candidateName: a.candidateName,
      roleId: a.roleId,
      timeLimitMinutes: a.timeLimitMinutes,
      createdAt: a.createdAt,
      exercises: a.exercises.map((e) => ({ id: e.id, title: e.title })),
      fileName: packFileName(a),
      submissions: this.#submissions().get(a.id) ?? 0,
      withdrawn: this.#register().get(a.id)?.record.withdrawn ?? null,
    };
  }
}

export function packFileName(a: Assessment): string {
  return `${fileSlug(a.candidateName)}-${fileSlug(a.title)}${PACK_EXTENSION}`;
}
