// The head of one assessment's page: its title, time limit, exercises, how many candidates were issued a pack,
// and Download all packs: the desktop app asks for one folder and saves every pack there; the browser saves one
// download per candidate, one after another, as when they were issued. Withdrawn packs are left out (the handlers
// refuse them): sending them again is what withdrawing prevents.
import { useState } from 'react';
import type { AssessmentItem } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import { saveAllPacks } from './state/save-packs.ts';

export function AssessmentHeader({ packs, loaded }: { packs: AssessmentItem[]; loaded: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const first = packs[0];
  const sendable = packs.filter((p) => !p.withdrawn);
  const withdrawn = packs.length - sendable.length;
  const downloads = async () => {
    for (const p of sendable) {
      saveDownload(await window.assay.downloadPack({ assessmentId: p.id }));
      await new Promise((r) => requestAnimationFrame(r));
    }
  };
  const downloadAll = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const out = await saveAllPacks(window.assay.savePacks, sendable.map((p) => p.id), downloads);
      if (out.how === 'folder') setSaved(out.notice);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <div className="iv-title-row">
        <h1 id="candidates-title" data-testid="assessment-title-heading">
          {first ? first.title : loaded ? 'Assessment not found' : 'Assessment'}
        </h1>
        {first && (
          <button
            type="button"
            className="button"
            data-testid="download-all-packs"
            disabled={busy || sendable.length === 0}
            title={withdrawn ? `${withdrawn} withdrawn pack${withdrawn === 1 ? ' is' : 's are'} left out` : undefined}
            onClick={() => void downloadAll()}
          >
            {busy && <span className="spinner" aria-hidden="true" />}
            {sendable.length === 0 ? 'No pack to download' : sendable.length === 1 ? 'Download the pack' : `Download all ${sendable.length} packs`}
          </button>
        )}
      </div>
      {first && (
        <p className="muted small" data-testid="assessment-meta">
          {first.timeLimitMinutes} min · {first.exercises.map((e) => e.title).join(' · ')} · {packs.length} candidate{packs.length === 1 ? '' : 's'} issued a
          personal pack{withdrawn ? ` (${withdrawn} withdrawn)` : ''} · in progress is not known offline
        </p>
      )}
      {saved && (
        <p role="status" data-testid="packs-saved">
          <span className="tone-ok">✓</span> {saved}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          ⚠ {error}
        </p>
      )}
    </>
  );
}
