// The library setting: which exercise folder the app uses, kept in the KeyValueStore, and the mode that follows
// from it (a full library → interviewer; none or a candidate-safe one → candidate). An explicit mode given at
// start (ASSAY_MODE, --mode) always wins. Choosing or clearing the library re-creates the handler table behind
// the same object, so the change takes effect on the next call without a restart. A folder that fails the
// checks changes nothing.
import { methods, type LibrarySetting, type Method } from '../../common/contract.ts';
import type { Handlers } from '../handler-table.ts';
import type { KeyValueStore } from '../store/types.ts';
import { inspectLibrary, type LibraryCheck } from '../library/inspect.ts';
import { libraryVersion } from '../assessment/library-version.ts';

export type SettingsMethods = 'librarySetting' | 'setLibrary' | 'clearLibrary' | 'chooseFolder';
export type Mode = 'candidate' | 'interviewer';

export const LIBRARY_KEY = 'settings.libraryDir';

export interface SettingsDeps {
  /** The app's own library (bundled, or ASSAY_LIBRARY / --library), used when none is chosen. */
  libraryDir: string;
  store: KeyValueStore;
  /** Fixed at start; settings then cannot change the mode. */
  mode?: Mode;
  chooseFolder?: () => Promise<string | null>;
  log: (msg: string) => void;
}

type Table = Omit<Handlers, SettingsMethods>;

interface Effective {
  libraryDir: string;
  mode: Mode;
  chosen: string | null;
  problem: string | null;
}

export function withLibrarySettings(deps: SettingsDeps, build: (libraryDir: string, mode: Mode) => Table): Handlers {
  const resolve = (): Effective => {
    const stored = deps.store.get(LIBRARY_KEY);
    const chosen = typeof stored === 'string' ? stored : null;
    if (chosen) {
      try {
        const check = inspectLibrary(chosen);
        return { libraryDir: chosen, mode: deps.mode ?? (check.full ? 'interviewer' : 'candidate'), chosen, problem: null };
      } catch (e) {
        const problem = (e as Error).message;
        deps.log(`the library chosen in settings cannot be used (${problem}); using ${deps.libraryDir}`);
        return { libraryDir: deps.libraryDir, mode: deps.mode ?? 'candidate', chosen, problem };
      }
    }
    return { libraryDir: deps.libraryDir, mode: deps.mode ?? 'candidate', chosen: null, problem: null };
  };
  let now = resolve();
  let table = build(now.libraryDir, now.mode);
  const apply = () => {
    now = resolve();
    table = build(now.libraryDir, now.mode);
    return describe();
  };

  const describe = (): LibrarySetting => {
    let check: LibraryCheck | null = null;
    try {
      check = inspectLibrary(now.libraryDir);
    } catch {
      // The app's own library may be empty (a candidate's install): nothing to describe.
    }
    return {
      mode: now.mode,
      modeFixed: deps.mode !== undefined,
      chosen: now.chosen,
      problem: now.problem,
      libraryDir: now.libraryDir,
      exercises: check?.exercises ?? 0,
      full: check?.full ?? false,
      version: check ? libraryVersion(now.libraryDir) : null,
      canChooseFolder: deps.chooseFolder !== undefined,
    };
  };

  const busyProblem = async (): Promise<string | null> => {
    if (now.mode !== 'candidate') return null;
    const status = await table.candidateStatus({}, { emit: () => {} }).catch(() => null);
    return status?.phase === 'active' ? 'an assessment is in progress: submit it before changing the library' : null;
  };

  const delegated = {} as Record<string, unknown>;
  for (const name of Object.keys(methods) as Method[]) {
    delegated[name] = (req: never, ctx: never) => (table as Record<string, (r: never, c: never) => unknown>)[name]!(req, ctx);
  }
  const settings: Pick<Handlers, SettingsMethods> = {
    librarySetting: async () => describe(),
    setLibrary: async ({ path }) => {
      const busy = await busyProblem();
      if (busy) throw new Error(busy);
      const check = inspectLibrary(path);
      if (deps.mode === 'interviewer' && !check.full) {
        throw new Error(`${path} has no hidden tests or reference solutions, and this app is fixed to interviewer mode`);
      }
      deps.store.set(LIBRARY_KEY, path);
      return apply();
    },
    clearLibrary: async () => {
      const busy = await busyProblem();
      if (busy) throw new Error(busy);
      deps.store.delete(LIBRARY_KEY);
      return apply();
    },
    chooseFolder: async () => ({ path: deps.chooseFolder ? await deps.chooseFolder() : null }),
  };
  return { ...(delegated as Table), ...settings };
}
