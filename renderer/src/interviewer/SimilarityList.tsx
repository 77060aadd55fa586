// Submissions of the same exercise that share much code (token winnowing), with the matching line regions.
import type { SimilarityPair } from '../../../core/common/assessment.ts';

export function SimilarityList({ pairs }: { pairs: SimilarityPair[] }) {
  return (
    <section className="iv-section" aria-labelledby="similar-title" data-testid="similarity">
      <h2 id="similar-title">Similar submissions</h2>
      {!pairs.length ? (
        <p className="muted small">No pair of submissions is above the similarity threshold (45% shared fingerprints, starter code excluded).</p>
      ) : (
        <ul className="iv-similar">
          {pairs.map((p, i) => (
            <li key={i}>
              <span className="tone-warn">⚠ {Math.round(p.score * 100)}% similar</span> · {p.exerciseId}: <strong>{p.a.label}</strong> and <strong>{p.b.label}</strong>
              <ul className="small">
                {p.regions.slice(0, 5).map((r, j) => (
                  <li key={j}>
                    {r.a.file} lines {r.a.startLine}–{r.a.endLine} ↔ {r.b.file} lines {r.b.startLine}–{r.b.endLine}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
