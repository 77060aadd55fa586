// Points the app at an exercise library folder: a path field, Browse… where the app has a native folder dialog
// (Electron), and Use. The main process checks the folder and says why it cannot be used; on success the page
// reloads so the app comes back in the mode that library gives (a full library → interviewer).
import { useEffect, useState } from 'react';
import { errorText } from './files.ts';
import './library.css';

export function LibraryPicker({ initial = '', label = 'Use this library' }: { initial?: string; label?: string }) {
  const [path, setPath] = useState(initial);
  const [canBrowse, setCanBrowse] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    window.assay.librarySetting({}).then((s) => setCanBrowse(s.canChooseFolder), () => setCanBrowse(false));
  }, []);

  const browse = async () => {
    const r = await window.assay.chooseFolder({}).catch((e: unknown) => (setError(errorText(e)), null));
    if (r?.path) setPath(r.path);
  };
  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      await window.assay.setLibrary({ path: path.trim() });
      location.reload();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <form className="library-picker" onSubmit={(e) => (e.preventDefault(), void use())}>
      <label className="library-picker-field">
        <span>Library folder</span>
        <input
          type="text"
          value={path}
          spellCheck={false}
          placeholder="/path/to/exercises"
          data-testid="library-path"
          onChange={(e) => setPath(e.currentTarget.value)}
        />
      </label>
      <div className="library-picker-actions">
        {canBrowse && (
          <button type="button" className="button" onClick={() => void browse()} disabled={busy}>
            Browse…
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy || !path.trim()} data-testid="library-use">
          {busy ? 'Checking…' : label}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="library-error">
          ⚠ {error}
        </p>
      )}
    </form>
  );
}
