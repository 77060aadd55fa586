// Before Start: the assessment's instructions and exercise list. The clock starts only when Start is pressed.
import { useMemo } from 'react';
import type { PackPreview } from '../../../core/common/lifecycle.ts';
import { renderPrompt } from '../state/prompt.ts';
import { languageTitle, typeTitle } from '../state/exercises.ts';
import { ModeBadge } from '../start/ModeBadge.tsx';
import { withoutLeadingTitle } from './intro.ts';
import type { Candidate } from './useCandidate.ts';
import '../start/page.css';
import './session.css';

export function PackIntro({ pack, candidate }: { pack: PackPreview; candidate: Candidate }) {
  const html = useMemo(() => renderPrompt(withoutLeadingTitle(pack.instructions, pack.title)), [pack.instructions, pack.title]);
  return (
    <main className="page" aria-labelledby="intro-title">
      <header className="page-header">
        <span className="page-brand">Assay</span>
        <ModeBadge mode="candidate" />
      </header>
      <div className="page-body intro">
        <section className="intro-main">
          <h1 id="intro-title" data-testid="intro-title">
            {pack.title}
          </h1>
          <p className="intro-meta">
            For <strong>{pack.candidateName}</strong> · time limit <strong>{pack.timeLimitMinutes} min</strong> ·{' '}
            {pack.exercises.length} exercise{pack.exercises.length === 1 ? '' : 's'}
          </p>
          <div className="markdown intro-instructions" data-testid="instructions" dangerouslySetInnerHTML={{ __html: html }} />
        </section>
        <aside className="intro-side" aria-label="Exercises">
          <h2 className="section-title">Exercises</h2>
          <ol className="intro-exercises" data-testid="intro-exercises">
            {pack.exercises.map((e) => (
              <li key={e.id}>
                <strong>{e.title}</strong>
                <span className="muted">
                  {languageTitle(e.language)} · {typeTitle(e.type)} · {e.difficulty} · ≈ {e.minutes} min
                </span>
              </li>
            ))}
          </ol>
          <button type="button" className="button button-primary button-large" data-testid="start-button" disabled={candidate.busy} onClick={() => void candidate.start()}>
            Start — the {pack.timeLimitMinutes}-minute clock begins
          </button>
          <button type="button" className="button button-quiet" disabled={candidate.busy} onClick={() => void candidate.discard()}>
            Open a different pack
          </button>
          {candidate.error && (
            <p className="form-error" role="alert">
              ⚠ {candidate.error}
            </p>
          )}
        </aside>
      </div>
    </main>
  );
}
