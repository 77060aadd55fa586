// Mutation fuzz: a valid issued bundle, random structural mutations (drop, duplicate, rename, add, reorder, change
// limits and hashes, odd keys, odd strings), every hash recomputed, then import and grade, 1,000 times. Never a
// crash or an unhandled rejection; never a higher score than the honest bundle's without a flag the interviewer
// sees. Grading is real but memoized per (exercise, limits, code), so it is cheap after the first few inputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeBundle } from '../../../core/node/bundle/read.ts';
import { ContainerError } from '../../../core/node/container/container.ts';
import { Register } from '../../../core/node/assessment/register.ts';
import { scoreBundles } from '../../../core/node/scorecard/score-bundles.ts';
import { renderCsv } from '../../../core/node/scorecard/csv.ts';
import { renderHtml } from '../../../core/node/scorecard/html.ts';
import { renderMarkdown } from '../../../core/node/scorecard/markdown.ts';
import { replayTo } from '../../../core/node/session/replay.ts';
import { cleanup, makeLibrary, readRaw, reseal, tempDir, type RawDoc } from '../../unit/assessment/helpers.ts';
import { issuedBundle, memoGrader } from '../../unit/assessment/issued-helpers.ts';

type Json = Record<string, any>;
const ITERATIONS = 1000;
const ODD = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', '\f', '\u202e\u2066', '"\'<>&;=1+1', 'x'.repeat(5000), '\u0000\u0007\u001b[2J'];
const ODD_IDS = ['constructor', 'go-log-sections-x', 'ruby-other-one', 'aaa'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const entry = (doc: RawDoc, path: string) => doc.entries.find((e) => e.path === path);
const sub = (doc: RawDoc): Json => JSON.parse(String(entry(doc, 'submission.json')!.content));
const setSub = (doc: RawDoc, v: Json) => void (entry(doc, 'submission.json')!.content = JSON.stringify(v));

type Mutation = (d: RawDoc, r: () => number) => void;
const pick = <T,>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

const MUTATIONS: Record<string, Mutation> = {
  dropExercise: (d, r) => {
    const s = sub(d);
    const id = pick(s.exercises as Json[], r).id;
    s.exercises = s.exercises.filter((e: Json) => e.id !== id);
    if (r() < 0.8) s.assessment.exercises = s.assessment.exercises.filter((e: Json) => e.id !== id);
    setSub(d, s);
    if (r() < 0.8) d.entries = d.entries.filter((e) => !String(e.path).includes(`/${id}/`) && !String(e.path).includes(`/${id}.json`));
  },
  duplicateExercise: (d, r) => {
    const s = sub(d);
    const i = Math.floor(r() * s.exercises.length);
    s.exercises.push(s.exercises[i]);
    if (r() < 0.7) s.assessment.exercises.push(s.assessment.exercises[i]);
    setSub(d, s);
  },
  renameExercise: (d, r) => {
    const s = sub(d);
    const i = Math.floor(r() * s.exercises.length);
    const from = s.exercises[i].id;
    const to = pick(ODD_IDS, r);
    s.exercises[i].id = to;
    const a = s.assessment.exercises.find((e: Json) => e.id === from);
    if (a) a.id = to;
    setSub(d, s);
    for (const e of d.entries) e.path = String(e.path).replace(`/${from}/`, `/${to}/`).replace(`/${from}.json`, `/${to}.json`);
  },
  addExercise: (d, r) => {
    const s = sub(d);
    const src = pick(s.exercises as Json[], r);
    const id = pick(ODD_IDS, r);
    s.exercises.push({ ...src, id });
    s.assessment.exercises.push({ ...s.assessment.exercises.find((e: Json) => e.id === src.id), id });
    setSub(d, s);
    for (const e of [...d.entries]) {
      const p = String(e.path);
      if (p.includes(`/${src.id}/`) || p.includes(`/${src.id}.json`)) d.entries.push({ ...e, path: p.replace(src.id, id) });
    }
  },
  reorder: (d) => {
    const s = sub(d);
    s.exercises.reverse();
    s.assessment.exercises.reverse();
    setSub(d, s);
  },
  changeTimeLimit: (d, r) => {
    const s = sub(d);
    s.assessment.timeLimitMinutes = pick([1, 44, 46, 600, 1440], r);
    if (r() < 0.7) s.deadline = s.startedAt + s.assessment.timeLimitMinutes * 60_000;
    if (r() < 0.5) s.submittedAt = s.startedAt + Math.floor(r() * 600) * 60_000;
    setSub(d, s);
  },
  changeHash: (d, r) => {
    const s = sub(d);
    const i = Math.floor(r() * s.exercises.length);
    s.exercises[i].contentHash = 'f'.repeat(64);
    if (r() < 0.7 && s.assessment.exercises[i]) s.assessment.exercises[i].contentHash = 'f'.repeat(64);
    setSub(d, s);
  },
  changePackId: (d, r) => {
    const s = sub(d);
    s.assessment.id = pick(['00000000-forged', 'constructor-xx', '__proto__aa'.replace(/_/g, 'a')], r);
    setSub(d, s);
  },
  oddCandidate: (d, r) => {
    const s = sub(d);
    s.assessment.candidateName = `${pick(ODD, r)}Mallory${pick(ODD, r)}`.slice(0, 200) || 'x';
    s.assessment.title = `${pick(ODD, r)}`.slice(0, 200) || 't';
    setSub(d, s);
  },
  renameFile: (d, r) => {
    const s = sub(d);
    const ex = pick(s.exercises as Json[], r);
    const from = ex.editable[0];
    const to = pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'a.go'], r);
    ex.editable[0] = to;
    setSub(d, s);
    const code = entry(d, `code/${ex.id}/${from}`);
    if (code) code.path = `code/${ex.id}/${to}`;
    const snaps = entry(d, `snapshots/${ex.id}.json`);
    if (snaps && r() < 0.7) snaps.content = String(snaps.content).replaceAll(JSON.stringify(from), JSON.stringify(to));
  },
  oddSnapshotKey: (d, r) => {
    const snaps = d.entries.find((e) => String(e.path).startsWith('snapshots/'));
    if (!snaps) return;
    const list = JSON.parse(String(snaps.content)) as Json[];
    const s = pick(list, r);
    s.changes = JSON.parse(`{${JSON.stringify(pick(ODD.slice(0, 5), r))}: [["evil"]], ${JSON.stringify(s.changes).slice(1)}`);
    snaps.content = JSON.stringify(list);
  },
  oddActivity: (d, r) => {
    const a = entry(d, 'activity.json')!;
    const list = JSON.parse(String(a.content)) as Json[];
    const t = list[1]?.t ?? 0;
    list.splice(1, 0, pick<Json>([
      { type: 'session_started', t, deadline: t + 1 },
      { type: 'session_resumed', t, after: 'submitted' },
      { type: 'submitted', t, reason: 'manual' },
      { type: 'paste', t, exerciseId: 'constructor', file: pick(ODD, r), chars: 1, lines: 1 },
    ], r));
    a.content = JSON.stringify(list);
  },
  dropResults: (d) => void (d.entries = d.entries.filter((e) => !String(e.path).startsWith('results/'))),
};

let lib: string;
let register: Register;
let honest: RawDoc;
let honestScore: number;
const grader = memoGrader();

beforeAll(async () => {
  lib = makeLibrary();
  register = new Register(join(tempDir(), 'register'));
  const b = issuedBundle(lib, register);
  honest = readRaw(b.path);
  const read = decodeBundle(readFileSync(b.path));
  const { scorecards } = await scoreBundles([{ ...read, rubric: null }], lib, { register, gradeExercise: grader.grade });
  honestScore = scorecards[0]!.overall.score!;
}, 120_000);
afterAll(cleanup);

describe('mutation fuzz', () => {
  it(`${ITERATIONS} mutated bundles: no crash, never a higher score unflagged`, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const outcomes = new Map<string, number>();
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    const names = Object.keys(MUTATIONS);
    try {
      for (let it = 0; it < ITERATIONS; it++) {
        const r = rng(it + 1);
        const doc = structuredClone(honest);
        const applied: string[] = [];
        for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
          const name = pick(names, r);
          applied.push(name);
          MUTATIONS[name]!(doc, r);
        }
        reseal(doc);
        const what = `#${it} ${applied.join('+')}`;
        let read;
        try {
          read = decodeBundle(gzipSync(JSON.stringify(doc)));
        } catch (e) {
          expect(e, what).toBeInstanceOf(ContainerError);
          expect((e as Error).message.length, what).toBeGreaterThan(0);
          count('rejected on import');
          continue;
        }
        for (const [id, snaps] of Object.entries(read.bundle.snapshots)) {
          try {
            replayTo(snaps, snaps.length - 1);
          } catch (e) {
            expect((e as Error).constructor.name, `${what} ${id}`).toMatch(/DiffError|RangeError/);
          }
        }
        const { scorecards, failures } = await scoreBundles([{ ...read, rubric: null }], lib, { register, gradeExercise: grader.grade });
        if (failures.length) {
          expect(failures[0]!.error.length, what).toBeGreaterThan(0);
          count('rejected when grading');
          continue;
        }
        const card = scorecards[0]!;
        renderHtml(card);
        renderMarkdown(card);
        renderCsv([card]);
        const seen = [...card.flags, ...card.exercises.flatMap((e) => e.flags)].filter((f) => f.severity !== 'info');
        if ((card.overall.score ?? 0) > honestScore) expect(seen.length, `${what}: ${card.overall.score} > ${honestScore} without a flag`).toBeGreaterThan(0);
        expect(card.exercises.map((e) => e.id), what).toEqual(['go-log-sections', 'ruby-reference-extractor']);
        count(seen.length ? 'graded, flagged' : 'graded, unflagged');
      }
      await new Promise((res) => setImmediate(res));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    console.log(`mutation fuzz: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; distinct real gradings ${grader.runs()}`);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(ITERATIONS);
  }, 300_000);
});
