// One exercise's final code beside another candidate's or the reference solution, matched regions highlighted
// (marked ≡ and tinted, so the match does not rest on colour alone).
import { useEffect, useMemo, useState } from 'react';
import type { CandidateRow } from '../../../core/common/lifecycle.ts';
import type { SimilarityPair } from '../../../core/common/assessment.ts';
import { useLoad } from './useLoad.ts';
import { closestPeer, markedLines, type CodeLine } from './state/compare.ts';
import './compare.css';

function Pane({ title, lines, testId }: { title: string; lines: CodeLine[]; testId: string }) {
  return (
    <figure className="iv-compare-pane" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <pre tabIndex={0} aria-label={`${title}, ${lines.filter((l) => l.matched).length} matched lines`}>
        {lines.map((l) => (
          <div key={l.n} className={l.matched ? 'iv-line iv-line-match' : 'iv-line'} data-matched={l.matched}>
            <span className="iv-line-n" aria-hidden="true">
              {l.matched ? '≡' : ' '} {String(l.n).padStart(3)}
            </span>
            {l.text || ' '}
          </div>
        ))}
      </pre>
    </figure>
  );
}

export interface CompareViewProps {
  digest: string;
  exerciseId: string;
  rows: CandidateRow[];
  similar: SimilarityPair[];
}

export function CompareView({ digest, exerciseId, rows, similar }: CompareViewProps) {
  const others = useMemo(() => rows.filter((r) => r.digest !== digest && r.exercises.some((e) => e.id === exerciseId)), [rows, digest, exerciseId]);
  const [target, setTarget] = useState<string>('reference');
  useEffect(() => setTarget(closestPeer(similar, digest, exerciseId) ?? 'reference'), [similar, digest, exerciseId]);
  const cmp = useLoad(() => window.assay.compareCode({ exerciseId, a: digest, b: target === 'reference' ? null : target }), [digest, exerciseId, target]);
  const files = cmp.value ? Object.keys(cmp.value.a.files).sort() : [];
  return (
    <section className="iv-compare" aria-labelledby={`compare-${exerciseId}`} data-testid="compare">
      <div className="iv-title-row">
        <h3 id={`compare-${exerciseId}`}>Similarity side by side</h3>
        <label className="iv-compare-pick">
          <span>Compare with</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="compare-target">
            <option value="reference">the reference solution</option>
            {others.map((r) => (
              <option key={r.digest} value={r.digest}>
                {r.candidate}
              </option>
            ))}
          </select>
        </label>
        {cmp.value && (
          <span className={cmp.value.score >= 0.45 ? 'tone-warn' : 'muted'} data-testid="compare-score">
            {cmp.value.score >= 0.45 ? '⚠ ' : ''}
            {Math.round(cmp.value.score * 100)}% of fingerprints shared (starter code excluded) · {cmp.value.regions.length} matched region
            {cmp.value.regions.length === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {cmp.error && (
        <p className="form-error" role="alert">
          ⚠ {cmp.error}
        </p>
      )}
      {cmp.value &&
        files.map((f) => (
          <div key={f} className="iv-compare-grid">
            <Pane title={`${cmp.value!.a.label} · ${f}`} lines={markedLines(cmp.value!.a.files, f, cmp.value!.regions, 'a')} testId="compare-a" />
            <Pane title={`${cmp.value!.b.label} · ${f}`} lines={markedLines(cmp.value!.b.files, f, cmp.value!.regions, 'b')} testId="compare-b" />
          </div>
        ))}
    </section>
  );
}
