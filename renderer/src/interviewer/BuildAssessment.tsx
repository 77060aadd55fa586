// Building an assessment: a role profile (its exercises and coverage matrix) or exercises picked by hand, a
// time limit and the candidate's name → Export pack (saved as a download; also listed under Assessments).
import { useMemo, useState } from 'react';
import type { Catalog } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import { CoverageMatrix } from './CoverageMatrix.tsx';
import { ExercisePicker } from './ExercisePicker.tsx';
import { formProblem, selectionCoverage, toggle, totalMinutes } from './state/picker.ts';
import { exportAdvice, isPlaceholder, timeWarning } from './state/builder.ts';
import { LibraryProblems } from './LibraryProblems.tsx';
import type { Route } from './state/route.ts';

export function BuildAssessment({ catalog, go }: { catalog: Catalog; go(r: Route): void }) {
  const [source, setSource] = useState<'profile' | 'manual'>(catalog.profiles.length ? 'profile' : 'manual');
  const [profileId, setProfileId] = useState(catalog.profiles[0]?.id ?? '');
  const [picked, setPicked] = useState<string[]>([]);
  const profile = catalog.profiles.find((p) => p.id === profileId);
  const ids = source === 'profile' ? (profile?.exercises ?? []) : picked;
  const [form, setForm] = useState({ title: '', candidateName: '', minutes: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const titles = useMemo(() => Object.fromEntries(catalog.exercises.map((e) => [e.id, e.title])), [catalog.exercises]);
  const suggested = source === 'profile' ? (profile?.minutes ?? 0) : totalMinutes(catalog.exercises, picked);
  const minutes = form.minutes || String(suggested || '');
  const problem = formProblem({ ...form, minutes }, ids.length);
  const exerciseMinutes = totalMinutes(catalog.exercises, ids);
  const tooShort = timeWarning(Number(minutes), exerciseMinutes);
  const advice = error ? exportAdvice(error, catalog.problems ?? []) : null;

  const exportPack = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await window.assay.exportPack({
        candidateName: form.candidateName,
        timeLimitMinutes: Number(minutes),
        ...(form.title.trim() ? { title: form.title.trim() } : {}),
        ...(source === 'profile' ? { profileId } : { exerciseIds: picked }),
      });
      saveDownload(out.file);
      setDone(out.file.fileName);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="build-title" className="iv-build">
      <h1 id="build-title">New assessment</h1>
      <LibraryProblems problems={catalog.problems ?? []} libraryDir={catalog.library.dir} />
      <div className="iv-form">
        <label className="iv-field">
          <span>Candidate's name</span>
          <input data-testid="candidate-name" value={form.candidateName} onChange={(e) => setForm({ ...form, candidateName: e.target.value })} />
        </label>
        <label className="iv-field">
          <span>Title (optional)</span>
          <input data-testid="assessment-title" value={form.title} placeholder={profile && source === 'profile' ? profile.title : 'Technical interview'} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        </label>
        <label className="iv-field iv-field-short">
          <span>Time limit (minutes)</span>
          <input data-testid="time-limit" type="number" min={1} max={1440} step={1} value={minutes} onChange={(e) => setForm({ ...form, minutes: e.target.value })} />
        </label>
        <button type="button" className="button button-primary" data-testid="export-pack" disabled={busy || problem !== null} onClick={() => void exportPack()}>
          {busy && <span className="spinner" aria-hidden="true" />}Export pack
        </button>
      </div>
      {problem && <p className="muted small">{problem}</p>}
      {tooShort && (
        <p className="tone-warn small" role="status" data-testid="time-warning">
          <span aria-hidden="true">⚠</span> {tooShort}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          ⚠ {error}
          {advice && <span className="iv-advice"> {advice}</span>}
        </p>
      )}
      {done && (
        <p role="status" data-testid="export-done">
          <span className="tone-ok">✓</span> Saved <code>{done}</code> to your downloads folder (the browser's or the app's save dialog chose
          where). Send it to the candidate; it is also listed, with Download pack, under{' '}
          <a href="#/assessments" onClick={(e) => (e.preventDefault(), go({ view: 'assessments' }))}>
            Assessments
          </a>
          .
        </p>
      )}
      <div className="iv-segmented" role="radiogroup" aria-label="Choose exercises">
        <label>
          <input type="radio" name="source" checked={source === 'profile'} onChange={() => setSource('profile')} disabled={!catalog.profiles.length} /> Role profile
        </label>
        <label>
          <input type="radio" name="source" data-testid="source-manual" checked={source === 'manual'} onChange={() => setSource('manual')} /> Pick exercises
        </label>
      </div>
      {source === 'profile' && profile && (
        <div className="iv-section">
          <label className="iv-field">
            <span>Role profile</span>
            <select value={profileId} onChange={(e) => setProfileId(e.target.value)} data-testid="profile-select">
              {catalog.profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} ({p.language === 'go' ? 'Go' : 'Ruby'}, {p.minutes} min)
                </option>
              ))}
            </select>
          </label>
          <ol className="iv-chosen">
            {profile.exercises.map((id) => (
              <li key={id}>{titles[id] ?? id}</li>
            ))}
          </ol>
          <CoverageMatrix rows={profile.coverage} titles={titles} />
        </div>
      )}
      {source === 'manual' && (
        <div className="iv-section">
          <ExercisePicker catalog={catalog} selected={picked} onToggle={(id) => setPicked((s) => toggle(s, id))} />
          {picked.length > 0 && (
            <div className="iv-section">
              <h2>What this selection assesses</h2>
              <ul className="small">
                {selectionCoverage(catalog.exercises, picked).filter((r) => !isPlaceholder(r.text)).map((r) => (
                  <li key={r.id}>
                    {r.text} <span className="muted">— {r.by.map((id) => titles[id]).join(', ')}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
