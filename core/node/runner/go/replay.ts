// Replaying a build plan (plan.ts) in the compile sandbox: the plan's compile and link commands, run by a fixed
// /bin/sh loop over (dir, tool, response file) triples, so no argument ever passes through a shell string. Same
// mounts, environment and limits as `go test -c`; the plan's importcfgs point into the read-only shared cache.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SandboxResult } from '../../sandbox/types.ts';
import type { GoToolchain } from '../../toolchains.ts';
import { compileLimits } from '../limits.ts';
import { extraMounts, sandboxStep, type RunContext } from '../sandbox-step.ts';
import { goBuildEnv } from './env.ts';
import type { GoBuildPlan } from './plan.ts';

const LOOP = 'while [ $# -gt 0 ]; do cd "$1" || exit; "$2" "@$3" || exit; shift 3; done';

/** Response-file encoding of one argument (cmd/internal/objabi.DecodeArg). */
const encodeArg = (a: string) => a.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

export async function replayPlan(ctx: RunContext, tc: GoToolchain, dir: string, cache: string, plan: GoBuildPlan): Promise<{ res: SandboxResult; binary: string }> {
  const work = join(dir, '.assay', 'w');
  const at = (s: string) => s.replaceAll('$WORK', work);
  for (const [path, text] of Object.entries(plan.files)) {
    mkdirSync(dirname(at(path)), { recursive: true });
    writeFileSync(at(path), at(text));
  }
  const triples = plan.commands.flatMap((c, i) => {
    const rsp = join(work, `cmd${i}.rsp`);
    writeFileSync(rsp, c.args.map((a) => encodeArg(at(a))).join('\n'));
    return [c.cwd === '.' ? dir : at(c.cwd).replace(/^\.\//, `${dir}/`), join(tc.toolDir, c.tool), rsp];
  });
  const res = await sandboxStep(
    ctx,
    {
      argv: ['/bin/sh', '-c', LOOP, 'assay-build', ...triples],
      workDir: dir,
      env: goBuildEnv(tc, dir, cache),
      limits: compileLimits(),
      readOnly: extraMounts([tc.goroot, tc.toolDir]),
      overlays: [cache],
    },
    { stream: false },
  );
  return { res, binary: at(plan.binary) };
}
