// Which seat this app is in, said in words: the candidate's (no hidden material) or the interviewer's.
export function ModeBadge({ mode }: { mode: 'candidate' | 'interviewer' }) {
  return (
    <span className={`mode-badge mode-${mode}`} data-testid="mode-badge" data-mode={mode}>
      {mode === 'candidate' ? 'Candidate mode' : 'Interviewer mode · hidden tests on this computer'}
    </span>
  );
}
