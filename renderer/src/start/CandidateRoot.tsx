// The candidate seat: no pack → the start screen (or, when this install has practice exercises, the practice
// workspace with "Open assessment pack…" in its top bar); a pack opened → its instructions; a session → the
// workspace bound to it; submitted → the submission file.
import { useEffect, useState, type ReactNode } from 'react';
import { useCandidate } from '../session/useCandidate.ts';
import { PackIntro } from '../session/PackIntro.tsx';
import { SessionApp } from '../monaco/lazy.tsx';
import { Submitted } from '../session/Submitted.tsx';
import { StartScreen, PACK_ACCEPT } from './StartScreen.tsx';

export function CandidateRoot({ practice }: { practice: (extra: ReactNode) => ReactNode }) {
  const candidate = useCandidate();
  const [hasPractice, setHasPractice] = useState<boolean | null>(null);
  const phase = candidate.status?.phase;
  useEffect(() => {
    if (phase !== 'none') return;
    window.assay.listExercises({}).then((l) => setHasPractice(l.length > 0), () => setHasPractice(false));
  }, [phase]);

  const s = candidate.status;
  if (!s) {
    return candidate.error ? (
      <main className="notice" role="alert"><h1>Assay could not start</h1><p>{candidate.error}</p></main>
    ) : (
      <main className="notice" role="status"><h1>Loading…</h1></main>
    );
  }
  if (s.phase === 'ready') return <PackIntro pack={s.pack} candidate={candidate} />;
  if (s.phase === 'active') return <SessionApp key={s.pack.digest} candidate={candidate} status={s} />;
  if (s.phase === 'submitted') return <Submitted status={s} candidate={candidate} />;
  if (hasPractice === null) return <main className="notice" role="status"><h1>Loading…</h1></main>;
  if (!hasPractice) return <StartScreen candidate={candidate} />;
  return practice(<OpenPackButton onFile={(f) => void candidate.openPack(f)} error={candidate.error} />);
}

function OpenPackButton({ onFile, error }: { onFile(f: File): void; error: string | null }) {
  return (
    <label className="button button-quiet topbar-open-pack" title={error ?? 'Open an assessment pack from your interviewer'}>
      {error ? '⚠ ' : ''}Open assessment pack…
      <input type="file" hidden accept={PACK_ACCEPT} data-testid="open-pack-input" onChange={(e) => e.currentTarget.files?.[0] && onFile(e.currentTarget.files[0])} />
    </label>
  );
}
