// Interviewer settings: which exercise library is in use (path, version, mode), with Change (another folder) and
// Stop using (back to candidate mode). When ASSAY_MODE / --mode fixed the mode at start, it says so.
import { useState } from 'react';
import type { LibrarySetting } from '../../../core/common/contract.ts';
import { LibraryPicker } from '../start/LibraryPicker.tsx';
import { errorText } from '../start/files.ts';
import { useLoad } from './useLoad.ts';

function versionText(s: LibrarySetting): string {
  const v = s.version;
  if (!v) return 'unknown';
  if (v.commit) return `git ${v.commit.slice(0, 8)}${v.dirty ? ' (modified)' : ''}`;
  return `content ${v.hash.slice(0, 12)}`;
}

export function SettingsView() {
  const setting = useLoad(() => window.assay.librarySetting({}));
  const [changing, setChanging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const s = setting.value;

  const stop = async () => {
    setError(null);
    try {
      await window.assay.clearLibrary({});
      // A fresh load without the interviewer's #/route (no hash change first, which would fetch interviewer data).
      location.replace(location.pathname + location.search);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section className="iv-settings" aria-labelledby="settings-title" data-testid="settings">
      <h1 id="settings-title">Settings</h1>
      {setting.error && <p className="form-error" role="alert">⚠ {setting.error}</p>}
      {s && (
        <>
          <h2 className="section-title">Exercise library</h2>
          <dl>
            <dt>Folder</dt>
            <dd data-testid="settings-library">{s.libraryDir}</dd>
            <dt>Version</dt>
            <dd>{versionText(s)}</dd>
            <dt>Exercises</dt>
            <dd>
              {s.exercises} {s.full ? '(full: hidden tests and reference solutions)' : '(candidate-safe: no hidden tests)'}
            </dd>
            <dt>Mode</dt>
            <dd data-testid="settings-mode">
              {s.mode === 'interviewer' ? 'Interviewer' : 'Candidate'}
              {s.modeFixed ? ' (fixed when the app was started; settings cannot change it)' : ''}
            </dd>
          </dl>
          {s.problem && <p className="form-error" role="alert">⚠ The chosen library cannot be used: {s.problem}</p>}
          <div className="library-picker-actions">
            <button type="button" className="button" onClick={() => setChanging((c) => !c)} data-testid="settings-change">
              Change…
            </button>
            {s.chosen && !s.modeFixed && (
              <button type="button" className="button button-danger" onClick={() => void stop()} data-testid="settings-stop">
                Stop using this library
              </button>
            )}
          </div>
          {changing && <LibraryPicker initial={s.libraryDir} label="Use this library instead" />}
          {error && <p className="form-error" role="alert">⚠ {error}</p>}
        </>
      )}
    </section>
  );
}
