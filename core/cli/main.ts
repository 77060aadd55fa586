// Entry point of the `assay` CLI (bin/assay.js): dispatches to the command table. Usage errors exit 2 and
// internal errors exit 1, each with one line on stderr; a command's own result decides its exit code.
import { UsageError } from './command.ts';
import { commands } from './commands.ts';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return ['usage: assay <command> [args]', '', 'commands:', ...lines, '', 'assay <command> --help shows the usage of one command.'].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(overview());
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) throw new UsageError(`assay: unknown command ${JSON.stringify(name)} (try assay --help)`);
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  return command.run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const usage = e instanceof UsageError;
  const message = (e as Error).message.split('\n')[0];
  process.stderr.write(`${usage ? '' : 'assay: internal error: '}${message}\n`);
  process.exitCode = usage ? 2 : 1;
}
