// Resource bombs: fork bombs, memory bombs, an infinite loop, sleeping forever, a 10 GB output flood, an
// unbounded file and a disk fill. Run with tight limits (3 s, 256 MB) so the suite stays fast. Each must end
// with the limit's verdict where it is well-defined, and leave no process behind.
import { describe, expect, it } from 'vitest';
import { fullIsolation, goEx, rubyEx, runAttack, TIGHT, useSuite, withLimits, type Attack } from './helpers.ts';

const full = await fullIsolation();
const go = withLimits(goEx(), TIGHT);
const ruby = withLimits(rubyEx(), TIGHT);
const MiB = 1024 * 1024;
/** What a run may write to the host disk in total: 8 × the per-file limit runs get. */
const WORK_DIR_CAP = 512 * MiB;

const attacks: Attack[] = [
  { name: 'Go: shell fork bomb from init(), in its own session', ex: go, source: 'go/fork-bomb.go', verdicts: ['runtime_error', 'timeout'] },
  { name: 'Ruby: fork bomb while loading', ex: ruby, source: 'ruby/fork-bomb.rb', verdicts: ['runtime_error', 'timeout'] },
  { name: 'Go: memory bomb in Parse', ex: go, source: 'go/memory-bomb.go', verdicts: ['memory_limit', 'runtime_error'] },
  { name: 'Ruby: memory bomb while loading', ex: ruby, source: 'ruby/memory-bomb.rb', verdicts: ['memory_limit', 'runtime_error'] },
  { name: 'Go: tight infinite loop in Parse', ex: go, source: 'go/infinite-loop.go', verdicts: ['timeout'] },
  { name: 'Go: sleep forever in init()', ex: go, source: 'go/sleep-in-init.go', verdicts: ['timeout'] },
  { name: 'Ruby: sleep forever in extract, swallowing Timeout::Error', ex: ruby, source: 'ruby/sleep-forever.rb', verdicts: ['timeout'] },
  {
    name: 'Go: 10 GB stdout flood from init()',
    ex: go,
    source: 'go/output-flood.go',
    verdicts: ['output_limit'],
    check: (g) => expect(g.report.output.length).toBeLessThan(2 * MiB),
  },
  {
    name: 'Ruby: 10 GB stderr flood while loading',
    ex: ruby,
    source: 'ruby/stderr-flood.rb',
    verdicts: ['output_limit'],
    check: (g) => expect(g.report.output.length).toBeLessThan(2 * MiB),
  },
  { name: 'Ruby: one ever-growing file in the work dir', ex: ruby, source: 'ruby/huge-file.rb', verdicts: ['output_limit'] },
  { name: 'Ruby: /tmp and /dev/shm (tmpfs) filled with many files', ex: ruby, source: 'ruby/tmpfs-fill.rb', verdicts: ['memory_limit', 'timeout'] },
  {
    name: 'Ruby: disk fill through the work dir with many files under the per-file limit',
    ex: ruby,
    source: 'ruby/disk-fill.rb',
    verdicts: ['timeout', 'output_limit'],
    check: (g) => {
      // The work dir is the one host directory a run can write. RLIMIT_FSIZE caps each file (64 MB); the sandbox
      // also caps the total per run. Runs are sequential and each work dir is removed after its run, so the
      // most a submission holds on the host's disk at once is its largest work dir.
      expect(g.workspaces.length).toBeGreaterThan(0);
      const sizes = g.workspaces.map((w) => w.files.reduce((s, f) => s + f.size, 0));
      const peak = Math.max(...sizes);
      expect(peak, `${Math.round(peak / MiB)} MB in one work dir`).toBeLessThanOrEqual(WORK_DIR_CAP);
    },
  },
];

describe.skipIf(!full)('adversarial: resource bombs', () => {
  const ctx = useSuite([go, ruby]);
  for (const a of attacks) it(a.name, () => runAttack(ctx, a).then(() => undefined));
});
