// Keeps a writer's unsaved words when the draft changes under the editor (an amendment accepted
// on the same page): each paragraph the writer has not touched takes the new words; each one
// they edited keeps theirs. When the number of paragraphs differs, the writer's draft wins if
// they changed anything, and the new draft is taken if they did not.
export function mergeDraft(base: readonly string[], local: readonly string[], incoming: readonly string[]): string[] {
  const untouched = local.length === base.length && local.every((p, i) => p === base[i]);
  if (untouched) return [...incoming];
  if (local.length !== base.length || incoming.length !== base.length) return [...local];
  return local.map((p, i) => (p === base[i] ? (incoming[i] ?? p) : p));
}
