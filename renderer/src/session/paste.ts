// Where a paste landed: the workspace's Monaco models are named assay://<exercise-id>/<path>
// (renderer/src/monaco/models.ts), so the model's URI names the exercise and the file.
export interface PasteTarget {
  exerciseId: string;
  file: string;
}

export function pasteTarget(uri: { scheme: string; authority: string; path: string }): PasteTarget | null {
  if (uri.scheme !== 'assay' || !uri.authority || uri.path.length < 2) return null;
  return { exerciseId: uri.authority, file: uri.path.slice(1) };
}
