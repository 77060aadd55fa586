// The handler table: one implementation per method of core/common/contract.ts. Electron (electron/ipc.ts) and
// the browser harness (scripts/harness.ts) both register exactly this table through dispatch(), so the UI tests
// exercise the code the desktop app runs. Requests arrive already validated by the contract's zod schemas.
import type { Handlers } from './handler-table.ts';
import type { ClockOption } from './session/clock.ts';
import { candidateFiles } from './library/load.ts';
import { runVisible } from './runner/run-visible.ts';
import { detectToolchains } from './toolchains.ts';
import { detectIsolation } from './sandbox/detect.ts';
import type { KeyValueStore } from './store/types.ts';
import type { PdfPrinter } from './scorecard/pdf.ts';
import { Library } from './handlers/library.ts';
import { Workspaces } from './handlers/workspace.ts';
import { Runs } from './handlers/runs.ts';
import { lifecycle } from './handlers/lifecycle.ts';
import { withLibrarySettings, type Mode, type SettingsMethods } from './handlers/library-setting.ts';

export interface HandlerDeps {
  /** The app's own library, used until the user chooses another in settings (setLibrary). */
  libraryDir: string;
  store: KeyValueStore;
  /** Fixes the mode (ASSAY_MODE, --mode). Unset: interviewer when the library chosen in settings is a full one,
   *  else candidate (the candidate build ships no hidden material). */
  mode?: Mode;
  /** The native folder dialog behind `chooseFolder` (Electron supplies it; elsewhere it answers null). */
  chooseFolder?: () => Promise<string | null>;
  /** The native dialog choosing where savePacks writes many packs (Electron supplies it; elsewhere 'unavailable'). */
  chooseSaveFolder?: (count: number) => Promise<string | null>;
  /** Sandbox requirement for runs: 'prefer-full' falls back to reduced isolation (shown in the status bar). */
  require?: 'full' | 'prefer-full';
  /** Concurrent runs allowed; default 2. */
  maxRuns?: number;
  /** Aborting it cancels every run in flight and refuses new ones (app quit, harness close). */
  shutdown?: AbortSignal;
  /** Where non-fatal problems go (broken exercise, malformed saved workspace). Default console.warn. */
  log?: (msg: string) => void;
  /** Where the assessment lifecycle keeps its files (candidate session; interviewer packs and submissions). */
  dataDir?: string;
  /** The session's clocks (tests, harness; core/node/session/clock.ts); default the system's. */
  clock?: ClockOption;
  /** Prints scorecard PDFs: Electron passes webContents.printToPDF (electron/pdf.ts); default headless Chromium. */
  printPdf?: PdfPrinter;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const log = deps.log ?? ((msg: string) => console.warn(`assay: ${msg}`));
  return withLibrarySettings({ ...deps, log }, (libraryDir, mode) => createTable({ ...deps, libraryDir, mode, log }));
}

function createTable(deps: HandlerDeps & { mode: Mode; log: (msg: string) => void }): Omit<Handlers, SettingsMethods> {
  const log = deps.log;
  const library = new Library(deps.libraryDir, log);
  const workspaces = new Workspaces(deps.store, log);
  const runs = new Runs(deps.maxRuns ?? 2, deps.shutdown);
  const life = lifecycle({
    mode: deps.mode,
    dataDir: deps.dataDir,
    library,
    require: deps.require ?? 'prefer-full',
    shutdown: deps.shutdown,
    log,
    clock: deps.clock,
    printPdf: deps.printPdf,
    chooseSaveFolder: deps.chooseSaveFolder,
  });

  // While a candidate session exists, the workspace methods address the pack's exercises, not the library.
  return {
    listExercises: async () => life.session()?.summaries() ?? library.summaries(),

    openExercise: async ({ id }) => {
      const session = life.session();
      if (session) return session.view(id);
      const ex = library.load(id);
      return { summary: library.summary(ex), prompt: ex.prompt, files: candidateFiles(ex) };
    },

    loadWorkspace: async ({ exerciseId }) => life.session()?.load(exerciseId) ?? workspaces.load(library.load(exerciseId)),

    saveWorkspace: async ({ exerciseId, files }) =>
      life.session()?.save(exerciseId, files) ?? workspaces.save(library.load(exerciseId), files),

    resetWorkspace: async ({ exerciseId }) => life.session()?.reset(exerciseId) ?? workspaces.reset(library.load(exerciseId)),

    runTests: async ({ runId, exerciseId, files }, ctx) => {
      const session = life.session();
      const ex = session ? session.loaded(exerciseId) : library.load(exerciseId);
      const report = await runs.start(runId, (signal) =>
        runVisible(ex, files, {
          runId,
          signal,
          onEvent: (e) => ctx.emit('runEvent', e),
          require: deps.require ?? 'prefer-full',
        }),
      );
      session?.recordRun(exerciseId, report);
      return report;
    },

    cancelRun: async ({ runId }) => ({ cancelled: runs.cancel(runId) }),

    environment: async () => {
      const [toolchains, iso] = await Promise.all([detectToolchains(), detectIsolation()]);
      return {
        toolchains,
        isolation: iso.isolation,
        isolationDetail: iso.detail,
        mode: deps.mode,
        libraryDir: deps.libraryDir,
      };
    },

    ...life.handlers,
  };
}
