// zod/mini, the tree-shakable form of zod (the same core: same parsing, same error messages), with its English
// messages installed. Modules on `assay run`'s path (exercise schemas, loader, review Run) import zod from here:
// they load on every call, and the full zod API costs about 10 ms more to load (bench/cli.ts). Other modules use
// the full API and may compose these schemas.
// zod/mini does not install its messages by itself (the full zod does, on import): without this, a process that
// loads only these schemas would report a broken exercise.json as just "Invalid input".
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };
