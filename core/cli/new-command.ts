// `assay new <language> <type> <id> [--library DIR]`: scaffolds an exercise that `assay check` then explains step
// by step (core/node/library/scaffold-steps.ts) until it is complete.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ExerciseMeta, ExerciseType, Language } from '../common/exercise.ts';
import { MARKER, names, templates } from '../node/library/scaffold-templates.ts';
import { UsageError, type Command } from './command.ts';

const help = `usage: assay new <language> <type> <id> [--library DIR]

Scaffolds exercise <id> in DIR/<language>/<slug> (DIR default ./exercises; slug is id without "<language>-").
language: ${Language.options.join(' | ')}; type: ${ExerciseType.options.join(' | ')}; id: [a-z0-9-], 3-64 chars,
by convention prefixed by the language (go-rate-limiter). Every place to fill in says TODO(assay new);
\`assay check DIR\` then names the next step until the exercise is complete and graded like any other.`;

export const newCommand: Command = {
  name: 'new',
  summary: 'scaffold a new exercise that `assay check` guides to completion',
  help,
  async run(args) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { library: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    } catch (e) {
      throw new UsageError(`assay new: ${(e as Error).message}`);
    }
    if (parsed.values.help) {
      console.log(help);
      return 0;
    }
    const [language, type, id, ...extra] = parsed.positionals;
    if (!language || !type || !id || extra.length) throw new UsageError('usage: assay new <language> <type> <id> [--library DIR]');
    const lang = Language.safeParse(language);
    if (!lang.success) throw new UsageError(`assay new: language must be one of ${Language.options.join(', ')}, not ${JSON.stringify(language)}`);
    const kind = ExerciseType.safeParse(type);
    if (!kind.success) throw new UsageError(`assay new: type must be one of ${ExerciseType.options.join(', ')}, not ${JSON.stringify(type)}`);
    if (!ExerciseMeta.shape.id.safeParse(id).success) {
      throw new UsageError(`assay new: id ${JSON.stringify(id)} must be 3-64 characters of a-z, 0-9 and -, starting with a letter or digit`);
    }
    const n = names(lang.data, id);
    const library = resolve(parsed.values.library ?? 'exercises');
    const dir = join(library, lang.data, n.slug);
    if (existsSync(dir)) throw new UsageError(`assay new: ${dir} already exists`);
    for (const [rel, body] of Object.entries(templates(lang.data, kind.data, n))) {
      const path = join(dir, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, body, { flag: 'wx' });
    }
    mkdirSync(join(dir, 'mutants'), { recursive: true });
    writeFileSync(
      join(dir, 'mutants', 'TODO.md'),
      `${MARKER}: add at least 3 realistic wrong solutions, each as mutants/<name>/ holding the changed files (and a\nMUTANT.md saying what is wrong), then delete this file.\n`,
    );
    console.log(`created ${dir}\nnext: fill in each TODO(assay new); \`assay check ${library}\` says which step is next`);
    return 0;
  },
};
