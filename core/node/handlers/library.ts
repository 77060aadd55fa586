// The exercise library as the handlers see it: an id → directory index built from findExerciseDirs, summaries
// with requirement texts from <libraryDir>/requirements.json, and fresh loads by id (exercises are small, and
// reloading means an author's edits show up without restarting). Broken exercises are skipped and logged.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseSummary } from '../../common/exercise.ts';
import { findExerciseDirs, loadExercise, type LoadedExercise } from '../library/load.ts';

interface Requirement {
  id: string;
  role: string;
  text: string;
}

export class Library {
  readonly dir: string;
  private readonly log: (msg: string) => void;
  private index = new Map<string, string>();
  /** Exercises of the last scan that do not load (or reuse an id), with why: shown in the library screen. */
  private broken: { dir: string; error: string }[] = [];

  constructor(dir: string, log: (msg: string) => void) {
    this.dir = dir;
    // The library is rescanned on every listing; say each distinct problem once, not on every rescan.
    const said = new Set<string>();
    this.log = (msg) => {
      if (said.has(msg)) return;
      said.add(msg);
      log(msg);
    };
  }

  /** Rescans the library; returns every exercise that loads, in directory order. */
  list(): LoadedExercise[] {
    const loaded: LoadedExercise[] = [];
    const index = new Map<string, string>();
    const broken: { dir: string; error: string }[] = [];
    if (!existsSync(this.dir)) this.log(`exercise library ${this.dir} does not exist`);
    const dirs = existsSync(this.dir) ? findExerciseDirs(this.dir) : [];
    for (const dir of dirs) {
      let ex: LoadedExercise;
      try {
        ex = loadExercise(dir);
      } catch (e) {
        this.log(`skipping broken exercise ${(e as Error).message}`);
        broken.push({ dir, error: (e as Error).message });
        continue;
      }
      const seen = index.get(ex.meta.id);
      if (seen) {
        this.log(`skipping exercise ${dir}: id ${ex.meta.id} is already used by ${seen}`);
        broken.push({ dir, error: `id ${ex.meta.id} is already used by ${seen}` });
        continue;
      }
      index.set(ex.meta.id, dir);
      loaded.push(ex);
    }
    this.index = index;
    this.broken = broken;
    return loaded;
  }

  /** The exercises the last scan skipped, with the reason (rescan with list() first for a fresh answer). */
  problems(): { dir: string; error: string }[] {
    return this.broken.slice();
  }

  /** Loads one exercise by id; throws a readable error for an unknown or broken one. */
  load(id: string): LoadedExercise {
    if (!this.index.has(id)) this.list();
    const dir = this.index.get(id);
    if (!dir) throw new Error(`no exercise with id ${id} in ${this.dir}`);
    const ex = loadExercise(dir);
    if (ex.meta.id !== id) throw new Error(`exercise ${dir} changed its id to ${ex.meta.id}`);
    return ex;
  }

  /** Summaries of every loadable exercise, for the picker. */
  summaries(): ExerciseSummary[] {
    const reqs = this.requirements();
    return this.list().map((ex) => this.summarize(ex, reqs));
  }

  summary(ex: LoadedExercise): ExerciseSummary {
    return this.summarize(ex, this.requirements());
  }

  private summarize(ex: LoadedExercise, reqs: Map<string, Requirement>): ExerciseSummary {
    const { id, title, language, type, difficulty, minutes, competencies } = ex.meta;
    return {
      id,
      title,
      language,
      type,
      difficulty,
      minutes,
      competencies: competencies.map((cid) => {
        const r = reqs.get(cid);
        if (!r) this.log(`exercise ${id}: competency ${cid} is not in requirements.json`);
        return { id: cid, text: r?.text ?? cid, role: r?.role ?? '' };
      }),
    };
  }

  private requirements(): Map<string, Requirement> {
    const path = join(this.dir, 'requirements.json');
    if (!existsSync(path)) return new Map();
    try {
      const doc = JSON.parse(readFileSync(path, 'utf8')) as { requirements?: Requirement[] };
      return new Map((doc.requirements ?? []).map((r) => [r.id, r]));
    } catch (e) {
      this.log(`cannot read ${path}: ${(e as Error).message}`);
      return new Map();
    }
  }
}
