// Candidate sessions played through the real candidate-mode handler table in this process, with a clock the
// test moves (so "slow" is 40 minutes without waiting 40 minutes): each opens its pack, edits, optionally pastes
// and runs, and submits; the bundle file is written where the interviewer's page can import it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../../../core/node/handlers.ts';
import type { HandlerContext } from '../../../core/node/handler-table.ts';
import { JsonFileStore } from '../../../core/node/store/json-file.ts';

const ctx: HandlerContext = { emit: () => {} };

export interface Script {
  /** Saves in order, each `afterMs` after the previous step: a frame of the replay each. */
  edits: { afterMs: number; files: Record<string, string> }[];
  paste?: { file: string; text: string };
  run?: boolean;
  awayMs?: number;
}

/** Plays one candidate session for a pack (base64) and writes its bundle into outDir; returns the file path. */
export async function playSession(dir: string, packData: string, exerciseId: string, script: Script, outDir: string): Promise<string> {
  let now = Date.parse('2026-03-02T09:00:00Z');
  const shutdown = new AbortController();
  const empty = join(dir, 'no-library');
  mkdirSync(empty, { recursive: true });
  const h = createHandlers({
    libraryDir: empty,
    store: new JsonFileStore(join(dir, 'store.json')),
    mode: 'candidate',
    dataDir: dir,
    clock: () => now,
    shutdown: shutdown.signal,
    log: () => {},
  });
  try {
    const ready = await h.openPack({ fileName: 'pack.assay-pack', data: packData }, ctx);
    if (ready.phase !== 'ready') throw new Error(`pack not ready: ${ready.phase}`);
    await h.startSession({ digest: ready.pack.digest }, ctx);
    await h.switchExercise({ exerciseId }, ctx);
    for (const [i, edit] of script.edits.entries()) {
      now += edit.afterMs;
      if (i === script.edits.length - 1 && script.paste) {
        await h.recordPaste({ exerciseId, file: script.paste.file, text: script.paste.text }, ctx);
      }
      await h.saveWorkspace({ exerciseId, files: edit.files }, ctx);
      if (i === 0 && script.awayMs) {
        await h.recordFocus({ focused: false }, ctx);
        now += script.awayMs;
        await h.recordFocus({ focused: true }, ctx);
      }
    }
    if (script.run) {
      const files = script.edits.at(-1)!.files;
      await h.runTests({ runId: `seed-run-${Math.random().toString(36).slice(2, 10)}`, exerciseId, files }, ctx);
    }
    now += 30_000;
    await h.submitSession({}, ctx);
    const file = await h.downloadSubmission({}, ctx);
    const out = join(outDir, file.fileName);
    writeFileSync(out, Buffer.from(file.data, 'base64'));
    return out;
  } finally {
    shutdown.abort();
  }
}
