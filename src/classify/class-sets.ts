// A token's word classes are shared sets: every token of one word gets the lexicon's set for it, so
// they are never changed in place. A class added in context ("name", "country", "number") gives a new
// set, and it is the same new set each time the same set gains the same class: most tokens that gain
// one are common words or names, and allocating a fresh set per token was a tenth of the classifier's
// garbage (bench/README.md).
const derived = new WeakMap<ReadonlySet<string>, Map<string, Set<string>>>();

/** `classes` plus `cls`, as a shared set that must not be changed in place. */
export function withClass(classes: Set<string>, cls: string): Set<string> {
  if (classes.has(cls)) return classes;
  let byClass = derived.get(classes);
  if (byClass === undefined) derived.set(classes, (byClass = new Map()));
  let out = byClass.get(cls);
  if (out === undefined) {
    out = new Set(classes).add(cls);
    byClass.set(cls, out);
  }
  return out;
}

/** `classes` without any of `drop`, as a new set (rare: look-alikes only). */
export function withoutClasses(classes: Set<string>, drop: readonly string[]): Set<string> {
  const out = new Set(classes);
  for (const c of drop) out.delete(c);
  return out;
}
