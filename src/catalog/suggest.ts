/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), so that
 * "customer_nmae" is one edit from "customer_name".
 */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name closest to `name`, when it is close enough to be a slip (a different case, or at most one edit
 * for short names, two for longer ones and three from twelve characters on) and no other is as close: for
 * "friendly-v9" among friendly-v1 and friendly-v2 there is no telling which was meant.
 */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const limit = name.length <= 4 ? 1 : name.length < 12 ? 2 : 3;
  let best: { names: string[]; distance: number } | undefined;
  for (const candidate of new Set(known)) {
    if (candidate === name) continue;
    const distance = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    if (distance > limit || (best && distance > best.distance)) continue;
    if (best && distance === best.distance) best.names.push(candidate);
    else best = { names: [candidate], distance };
  }
  return best?.names.length === 1 ? best.names[0] : undefined;
}

/** ` (did you mean "x"?)` for a name that is close to one known name, else nothing. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const match = closest(name, known);
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}
