// "Did you mean …?" for mistyped subcommands, feed ids and countries.

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (prev[j - 1] ?? Infinity) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (prev2[j - 2] ?? Infinity) + 1);
      row.push(best);
    }
    prev2.splice(0, prev2.length, ...prev);
    prev = row;
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

/** Candidates close to `input` (a prefix of one, or a few edits away), best first. */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  if (needle === '') return [];
  const allowed = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    if (needle.length >= 2 && hay.startsWith(needle)) {
      scored.push({ candidate, score: 0 });
      continue;
    }
    const distance = editDistance(needle, hay);
    if (distance <= allowed) scored.push({ candidate, score: distance });
  }
  return scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, max).map((s) => s.candidate);
}
