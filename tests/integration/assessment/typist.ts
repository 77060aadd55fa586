// Child process for crash.test.ts: types into a candidate session through the real store until it is killed.
// Usage: node typist.ts <sessionDir> <packPath|-> <intervalMs>. Prints "ack <n> <epochMs>" after each persisted edit.
import { startSession, openSession } from '../../../core/node/session/open.ts';

const [dir, packPath, intervalArg] = process.argv.slice(2) as [string, string, string];
const session = packPath === '-' ? openSession(dir) : startSession(dir, packPath);
const id = session.pack.exercises[0]!.meta.id;
const file = session.pack.exercises[0]!.meta.editable[0]!;
const base = session.files(id)[file]!;
let n = (base.match(/^\/\/ k\d+$/gm) ?? []).length;
let text = base;
const interval = Number(intervalArg);

function type(): void {
  n++;
  text = `${text}\n// k${n}`;
  session.recordEdit(id, { [file]: text });
  process.stdout.write(`ack ${n} ${Date.now()}\n`);
  if (n % 10 === 0) session.heartbeat();
  if (interval > 0) setTimeout(type, interval);
  else setImmediate(type);
}
process.stdout.write(`ready ${n}\n`);
type();
