// Building an assessment: a role profile (its exercises and coverage matrix) or exercises picked by hand, a
// time limit and one candidate's name → Export pack, or a list of candidates → Issue packs: a personal pack each,
// grouped under one assessment. Each pack is saved as its own download named for the candidate (no zip without a
// new dependency; one file per candidate works the same in Electron and the browser, and the candidate app opens
// it unchanged); every pack can be downloaded again from the assessment's page.
import { useMemo, useState } from 'react';
import type { Catalog } from '../../../core/common/lifecycle.ts';
import { errorText, saveDownload } from '../start/files.ts';
import { CoverageMatrix } from './CoverageMatrix.tsx';
import { ExercisePicker } from './ExercisePicker.tsx';
import { formProblem, selectionCoverage, toggle, totalMinutes } from './state/picker.ts';
import { exportAdvice, isPlaceholder, timeWarning } from './state/builder.ts';
import { LibraryProblems } from './LibraryProblems.tsx';
import type { Route } from './state/route.ts';
import { CandidateListField } from './CandidateListField.tsx';
import { parseCandidateList } from './state/candidate-list.ts';
import { saveAllPacks, type SaveOutcome } from './state/save-packs.ts';

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
  const [who, setWho] = useState<'one' | 'many'>('one');
  const [listText, setListText] = useState('');
  const list = useMemo(() => parseCandidateList(listText), [listText]);
  const [issued, setIssued] = useState<{ groupId: string; names: string[]; saved: SaveOutcome } | null>(null);
  const titles = useMemo(() => Object.fromEntries(catalog.exercises.map((e) => [e.id, e.title])), [catalog.exercises]);
  const suggested = source === 'profile' ? (profile?.minutes ?? 0) : totalMinutes(catalog.exercises, picked);
  const minutes = form.minutes || String(suggested || '');
  const problem =
    who === 'one'
      ? formProblem({ ...form, minutes }, ids.length)
      : list.candidates.length
        ? formProblem({ ...form, candidateName: list.candidates[0]!.name, minutes }, ids.length)
        : 'Add at least one candidate to the list.';
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

  const issuePacks = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await window.assay.issuePacks({
        candidates: list.candidates,
        timeLimitMinutes: Number(minutes),
        ...(form.title.trim() ? { title: form.title.trim() } : {}),
        ...(source === 'profile' ? { profileId } : { exerciseIds: picked }),
      });
      const names = out.issued.map((a) => a.candidateName);
      // The desktop app: one folder for every pack. The browser: one download per candidate, one after another
      // (browsers drop downloads started in the same task). The packs are issued whether or not saving works.
      try {
        const saved = await saveAllPacks(window.assay.savePacks, out.issued.map((a) => a.id), async () => {
          for (const f of out.files) {
            saveDownload(f);
            await new Promise((r) => requestAnimationFrame(r));
          }
        });
        setIssued({ groupId: out.groupId, names, saved });
      } catch (e) {
        setIssued({ groupId: out.groupId, names, saved: { how: 'cancelled' } });
        throw e;
      }
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
      <div className="iv-segmented" role="radiogroup" aria-label="Issue to">
        <label>
          <input type="radio" name="who" checked={who === 'one'} onChange={() => setWho('one')} /> One candidate
        </label>
        <label>
          <input type="radio" name="who" data-testid="who-many" checked={who === 'many'} onChange={() => setWho('many')} /> Several candidates
        </label>
      </div>
      {who === 'many' && <CandidateListField text={listText} onText={setListText} />}
      <div className="iv-form">
        {who === 'one' && (
          <label className="iv-field">
            <span>Candidate's name</span>
            <input data-testid="candidate-name" value={form.candidateName} onChange={(e) => setForm({ ...form, candidateName: e.target.value })} />
          </label>
        )}
        <label className="iv-field">
          <span>Title (optional)</span>
          <input data-testid="assessment-title" value={form.title} placeholder={profile && source === 'profile' ? profile.title : 'Technical interview'} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        </label>
        <label className="iv-field iv-field-short">
          <span>Time limit (minutes)</span>
          <input data-testid="time-limit" type="number" min={1} max={1440} step={1} value={minutes} onChange={(e) => setForm({ ...form, minutes: e.target.value })} />
        </label>
        {who === 'one' ? (
          <button type="button" className="button button-primary" data-testid="export-pack" disabled={busy || problem !== null} onClick={() => void exportPack()}>
            {busy && <span className="spinner" aria-hidden="true" />}Export pack
          </button>
        ) : (
          <button type="button" className="button button-primary" data-testid="issue-packs" disabled={busy || problem !== null} onClick={() => void issuePacks()}>
            {busy && <span className="spinner" aria-hidden="true" />}Issue {list.candidates.length} pack{list.candidates.length === 1 ? '' : 's'}
          </button>
        )}
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
      {issued && (
        <p role="status" data-testid="issue-done">
          <span className="tone-ok">✓</span> Issued {issued.names.length} personal packs ({issued.names.join(', ')}), each recorded in the register and
          {issued.saved.how === 'folder' ? (
            <>
              {' '}named for the candidate. <span data-testid="packs-saved">{issued.saved.notice}.</span>
            </>
          ) : issued.saved.how === 'cancelled' ? (
            ' named for the candidate. They were not saved: download them from the assessment.'
          ) : (
            ' saved as its own download named for the candidate.'
          )}{' '}
          <a href={`#/assessments/${issued.groupId}`} data-testid="open-assessment" onClick={(e) => (e.preventDefault(), go({ view: 'assessment', groupId: issued.groupId }))}>
            Open the assessment
          </a>{' '}
          to follow who has submitted.
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
