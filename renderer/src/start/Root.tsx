// Which seat this app is: the interviewer's (full library, grading, review) or the candidate's. The main process
// says so (environment().mode); nothing in the renderer can switch it.
import { useEffect, useState, type ReactNode } from 'react';
import type { EnvironmentInfo } from '../../../core/common/contract.ts';
import { InterviewerApp } from '../monaco/lazy.tsx';
import { CandidateRoot } from './CandidateRoot.tsx';
import './page.css';
import { errorText } from './files.ts';

export function Root({ practice }: { practice: (extra: ReactNode) => ReactNode }) {
  const [env, setEnv] = useState<EnvironmentInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    window.assay.environment({}).then(setEnv, (e: unknown) => setError(errorText(e)));
  }, []);
  if (error) return <main className="notice" role="alert"><h1>Assay could not start</h1><p>{error}</p></main>;
  if (!env) return <main className="notice" role="status"><h1>Loading…</h1></main>;
  if (env.mode === 'interviewer') return <InterviewerApp env={env} />;
  return <CandidateRoot practice={practice} />;
}
