// Withdrawing an issued pack from the Invited table: "Withdraw…" asks for a reason (optional) and a confirmation;
// a withdrawn pack shows when and why, and "Reinstate" undoes it. The register re-signs the record; bundles of a
// withdrawn pack still grade, flagged pack_withdrawn. The reason is shown as text (React escapes it).
import { useState } from 'react';
import type { AssessmentItem } from '../../../core/common/lifecycle.ts';
import { errorText } from '../start/files.ts';

type Pack = Pick<AssessmentItem, 'id' | 'candidateName' | 'withdrawn'>;

export function withdrawnText(w: NonNullable<AssessmentItem['withdrawn']>): string {
  return `Withdrawn ${new Date(w.at).toLocaleDateString()}${w.reason ? `: ${w.reason}` : ''}`;
}

export function WithdrawControl({ pack, onChanged, onError }: { pack: Pack; onChanged(): void; onError(msg: string | null): void }) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const send = (withdrawn: boolean) => {
    setBusy(true);
    window.assay.withdrawPack(withdrawn ? { packId: pack.id, withdrawn, reason } : { packId: pack.id, withdrawn }).then(
      () => (setBusy(false), setAsking(false), setReason(''), onError(null), onChanged()),
      (e: unknown) => (setBusy(false), onError(errorText(e))),
    );
  };
  if (pack.withdrawn) {
    return (
      <button type="button" className="button button-quiet" data-testid="reinstate-pack" disabled={busy} onClick={() => send(false)} aria-label={`Reinstate pack for ${pack.candidateName}`}>
        Reinstate
      </button>
    );
  }
  if (!asking) {
    return (
      <button type="button" className="button button-quiet" data-testid="withdraw-pack" onClick={() => setAsking(true)} aria-label={`Withdraw pack for ${pack.candidateName}…`}>
        Withdraw…
      </button>
    );
  }
  return (
    <form className="iv-withdraw" data-testid="withdraw-form" onSubmit={(e) => (e.preventDefault(), send(true))}>
      <label className="small">
        Reason (optional)
        <input type="text" data-testid="withdraw-reason" maxLength={500} value={reason} autoFocus onChange={(e) => setReason(e.target.value)} placeholder="dropped out, wrong person, leaked…" />
      </label>
      <p className="small muted">Its submissions will still be graded, flagged as from a withdrawn pack.</p>
      <button type="submit" className="button" data-testid="withdraw-confirm" disabled={busy}>
        Withdraw pack
      </button>
      <button type="button" className="button button-quiet" onClick={() => (setAsking(false), setReason(''))}>
        Cancel
      </button>
    </form>
  );
}
