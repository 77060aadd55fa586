// The candidates to issue an assessment to: typed or pasted one per line ("Name" or "Name, email"), or read from
// a list file (.txt or .csv); lines that cannot be used are listed with why.
import { useId } from 'react';
import { parseCandidateList, type CandidateList } from './state/candidate-list.ts';

export function CandidateListField({ text, onText }: { text: string; onText(t: string): void }) {
  const id = useId();
  const list: CandidateList = parseCandidateList(text);
  const readFile = async (f: File | undefined) => {
    if (!f) return;
    const body = await f.text();
    onText(text.trim() ? `${text.trimEnd()}\n${body}` : body);
  };
  return (
    <div className="iv-field iv-candidate-list">
      <label htmlFor={`${id}-list`}>Candidates, one per line (optionally “Name, email”)</label>
      <textarea id={`${id}-list`} data-testid="candidate-list" rows={5} value={text} placeholder={'Ada Lovelace, ada@example.com\nGrace Hopper'} aria-describedby={`${id}-count`} onChange={(e) => onText(e.target.value)} />
      <span className="iv-list-row small">
        <span id={`${id}-count`} data-testid="candidate-count" aria-live="polite">
          {list.candidates.length} candidate{list.candidates.length === 1 ? '' : 's'}
        </span>
        <label className="button button-quiet">
          Import a list file…
          <input type="file" className="visually-hidden" data-testid="candidate-list-file" accept=".txt,.csv,text/plain,text/csv" onChange={(e) => void readFile(e.target.files?.[0])} />
        </label>
      </span>
      {list.problems.length > 0 && (
        <ul className="tone-warn small" data-testid="candidate-list-problems">
          {list.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
