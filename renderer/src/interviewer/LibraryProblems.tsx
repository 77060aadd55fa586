// Exercises of the library that do not load: each with its folder and error, so the author can fix it. They are
// left out of the library, the picker and every pack until they load.
export function LibraryProblems({ problems, libraryDir }: { problems: { dir: string; error: string }[]; libraryDir: string }) {
  if (!problems.length) return null;
  const rel = (dir: string) => (dir.startsWith(libraryDir) ? dir.slice(libraryDir.length).replace(/^[\\/]/, '') : dir);
  return (
    <section className="iv-card iv-problems" aria-labelledby="library-problems-title" data-testid="library-problems">
      <h2 id="library-problems-title" className="tone-bad">
        <span aria-hidden="true">⛔</span> {problems.length} exercise{problems.length === 1 ? '' : 's'} cannot be used
      </h2>
      <p className="small">
        These are left out of the library and cannot be put in a pack until they load. Fix each problem in the exercise's folder (see
        exercises/README.md for the format; <code>npx assay check exercises</code> checks the whole library), then open this screen again.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={p.dir} data-testid="library-problem">
            <code>{rel(p.dir)}</code>: {p.error}
          </li>
        ))}
      </ul>
    </section>
  );
}
