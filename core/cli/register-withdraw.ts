// `assay register withdraw <pack-id> [--reason "..."]` and `assay register reinstate <pack-id>`: a pack sent to the
// wrong person, leaked, or whose candidate dropped out is withdrawn in the register; its bundles are still graded,
// with the critical flag pack_withdrawn. Only records issued here can be withdrawn (they are re-signed with this
// machine's key); an imported record changes when its issuer exports it again.
import type { RegisterEntry } from '../common/issue.ts';
import { Register, RegisterError } from '../node/assessment/register.ts';
import { UsageError } from './command.ts';
import { terminalText } from './progress.ts';

/** " WITHDRAWN <time>: <reason>" for list, or '' when the pack stands. */
export function withdrawnNote(e: RegisterEntry): string {
  const w = e.record.withdrawn;
  return w ? `  WITHDRAWN ${w.at}${w.reason ? `: ${w.reason}` : ''}` : '';
}

export function withdrawOrReinstate(register: Register, sub: 'withdraw' | 'reinstate', ids: string[], reason: string | undefined): number {
  if (ids.length !== 1) throw new UsageError(`assay register ${sub}: give exactly one pack id (see assay register list)`);
  const id = ids[0]!;
  try {
    const e = sub === 'withdraw' ? register.withdraw(id, reason ?? '') : register.reinstate(id);
    const who = e.record.candidateName;
    console.log(terminalText(sub === 'withdraw' ? `withdrew ${id} (${who})${withdrawnNote(e)}` : `reinstated ${id} (${who}): its bundles grade without pack_withdrawn`));
    return 0;
  } catch (err) {
    if (!(err instanceof RegisterError)) throw err;
    console.error(terminalText(`assay register ${sub}: ${err.message}`));
    return 1;
  }
}
