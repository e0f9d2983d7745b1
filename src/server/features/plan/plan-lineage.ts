/**
 * Keeps the identity of objectives and indicators across plan versions: an extension (2020 → 2021) mostly
 * repeats the text, sometimes renumbered or lightly reworded. Pure functions, no I/O.
 */
export interface LineageCandidate {
  lineageId: string;
  /** Number of the operational objective it belongs to (indicators) or its own number (objectives). */
  number: string;
  text: string;
}

function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

function tokens(text: string): Set<string> {
  return new Set(
    normalizeForMatch(text)
      .split(' ')
      .filter((t) => t.length > 1),
  );
}

/** Jaccard similarity of the word sets, 0…1. */
export function similarity(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const t of left) if (right.has(t)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * For each new element, the lineage id of the previous element it continues, or undefined for a new one.
 * Exact text first (anywhere in the plan), then the most similar text under the same number (≥ 0.6),
 * then a very similar text anywhere (≥ 0.85). Each previous element is continued at most once.
 */
export function matchLineage(
  previous: LineageCandidate[],
  next: { number: string; text: string }[],
): (string | undefined)[] {
  const used = new Set<string>();
  const result: (string | undefined)[] = next.map(() => undefined);
  const byText = new Map<string, LineageCandidate[]>();
  for (const p of previous) {
    const key = normalizeForMatch(p.text);
    byText.set(key, [...(byText.get(key) ?? []), p]);
  }
  next.forEach((n, i) => {
    const candidates = byText.get(normalizeForMatch(n.text)) ?? [];
    const pick =
      candidates.find((c) => !used.has(c.lineageId) && c.number === n.number) ??
      candidates.find((c) => !used.has(c.lineageId));
    if (pick) {
      used.add(pick.lineageId);
      result[i] = pick.lineageId;
    }
  });
  const fuzzy = (sameNumberOnly: boolean, threshold: number) => {
    next.forEach((n, i) => {
      if (result[i] !== undefined) return;
      let best: { id: string; score: number } | undefined;
      for (const p of previous) {
        if (used.has(p.lineageId) || (sameNumberOnly && p.number !== n.number)) continue;
        const score = similarity(p.text, n.text);
        if (score >= threshold && (!best || score > best.score)) best = { id: p.lineageId, score };
      }
      if (best) {
        used.add(best.id);
        result[i] = best.id;
      }
    });
  };
  fuzzy(true, 0.6);
  fuzzy(false, 0.85);
  return result;
}
