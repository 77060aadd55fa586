// The head of one assessment's page: its title, time limit, exercises, how many candidates were issued a pack,
// and Download all packs (one file per candidate, one after another, as when they were issued).
import { useState } from 'react';
import type { AssessmentItem } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';

export function AssessmentHeader({ packs, loaded }: { packs: AssessmentItem[]; loaded: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = packs[0];
  const downloadAll = async () => {
    setBusy(true);
    setError(null);
    try {
      for (const p of packs) {
        saveDownload(await window.assay.downloadPack({ assessmentId: p.id }));
        await new Promise((r) => requestAnimationFrame(r));
      }
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
          <button type="button" className="button" data-testid="download-all-packs" disabled={busy} onClick={() => void downloadAll()}>
            {busy && <span className="spinner" aria-hidden="true" />}Download all {packs.length} packs
          </button>
        )}
      </div>
      {first && (
        <p className="muted small" data-testid="assessment-meta">
          {first.timeLimitMinutes} min · {first.exercises.map((e) => e.title).join(' · ')} · {packs.length} candidate{packs.length === 1 ? '' : 's'} issued a
          personal pack · in progress is not known offline
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
