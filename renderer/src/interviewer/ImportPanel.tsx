// Importing submission bundles (one or many, chosen or dropped): each is validated on its own; a bad file gets
// a clear error and changes nothing else.
import { useState } from 'react';
import type { ImportOutcome } from '../../../core/common/lifecycle.ts';
import { DropZone } from '../start/DropZone.tsx';
import { errorText, readUpload } from '../start/files.ts';

export function ImportPanel({ onImported }: { onImported(): void }) {
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const importAll = async (files: File[]) => {
    setBusy(true);
    const out: ImportOutcome[] = [];
    for (const f of files) {
      try {
        if (f.name.endsWith('.assay-record.json')) {
          // another interviewer's register record: its packs' bundles can then be graded (and say so)
          const r = await window.assay.importPackRecord(await readUpload(f));
          out.push({ fileName: f.name, ok: true, digest: '', candidate: `the record of ${r.candidateName}'s pack (issued by another interviewer)`, duplicate: false, warnings: [] });
        } else out.push(await window.assay.importBundle(await readUpload(f)));
      } catch (e) {
        out.push({ fileName: f.name, ok: false, code: 'refused', error: errorText(e) });
      }
    }
    setOutcomes(out);
    setBusy(false);
    onImported();
  };
  return (
    <div className="iv-import">
      <DropZone label="Import submissions…" accept=".assay-submission,.json" multiple busy={busy} testId="import" hint="or drop .assay-submission files (or another interviewer's .assay-record.json) here" onFiles={(f) => void importAll(f)} />
      {outcomes.length > 0 && (
        <ul className="iv-outcomes" data-testid="import-outcomes" aria-live="polite">
          {outcomes.map((o, i) =>
            o.ok ? (
              <li key={i} data-ok="true">
                <span className="tone-ok" aria-hidden="true">✓</span> {o.fileName}: {o.duplicate ? `${o.candidate} was already imported` : `imported ${o.candidate}`}
                {o.warnings.length ? <span className="tone-warn"> · ⚠ {o.warnings.map((w) => w.message).join('; ')}</span> : null}
              </li>
            ) : (
              <li key={i} data-ok="false">
                <span role="alert">
                  <span className="tone-bad" aria-hidden="true">✗</span> {o.fileName} was not imported: {o.error}
                </span>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
