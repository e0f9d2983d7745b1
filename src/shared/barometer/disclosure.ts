/**
 * Statistical disclosure control for the barometer's answers to readers outside the department (police, viewers)
 * and for every file export. Pure; the rule, in words:
 *
 * 1. A count (a cell or a total) between 1 and 4 is hidden (primary suppression).
 * 2. Secondary suppression: wherever a published total could still give a hidden count away — by "total minus
 *    cells" over any combination of the table's rows, columns and totals — more entries are hidden, chosen in this
 *    order of preference: empty cells (0), then row and column totals, then the grand total. A cell of 5 or more is
 *    never hidden, so every hidden cell is truly below 5 ("<5"), and a hidden total reads as "not shown".
 * 3. Outside the department every answer is one calendar quarter, without category or source filters, so answers
 *    never overlap or nest: no two answers can be subtracted from each other (only the tables of the same quarter
 *    share entries, and they are protected together through the grand total).
 *
 * Why (2) is exact: write the table with its totals as an (R+1)×(C+1) grid; with the totals' signs flipped every
 * row and every column of the grid sums to zero. The unknowns an attacker faces are the hidden entries; a hidden
 * entry is determined by the published ones exactly when it is not on any cycle of the bipartite graph "grid row —
 * hidden entry — grid column" (the solutions of the homogeneous system are the alternating cycles). The rule adds
 * hidden entries along cheapest paths until no hidden entry is a bridge of that graph, so no linear combination of
 * published cells and totals yields a hidden one (the property test checks this by Gaussian elimination).
 */

/** A hidden entry: a cell (value 0–4) reads "<5"; a hidden total reads as not shown (null). */
export interface ProtectedTable {
  /** Inner cells: the count, or null when hidden (its true value is then 0–4). */
  cells: (number | null)[][];
  /** Row totals (sum over the columns), null when hidden. */
  rowTotals: (number | null)[];
  /** Column totals (sum over the rows), null when hidden. */
  colTotals: (number | null)[];
  /** The grand total, null when hidden. */
  total: number | null;
}

interface ProtectOptions {
  /** Hide the grand total in any case (it is hidden in another table of the same answer). */
  hideTotal?: boolean;
}

function isSmallCount(n: number): boolean {
  return n >= 1 && n <= 4;
}

/** The grid with its totals: row R holds the column totals, column C the row totals, (R, C) the grand total. */
export function extendedGrid(cells: readonly (readonly number[])[], columns: number): number[][] {
  const rows = cells.length;
  const grid = cells.map((row) => {
    const r = Array.from({ length: columns }, (_, j) => row[j] ?? 0);
    return [...r, r.reduce((a, b) => a + b, 0)];
  });
  const totals = Array.from({ length: columns + 1 }, (_, j) => grid.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  return rows === 0 ? [totals] : [...grid, totals];
}

/** The hidden entries of the (R+1)×(C+1) grid after primary and secondary suppression. */
export function hiddenEntries(
  cells: readonly (readonly number[])[],
  columns: number,
  options: ProtectOptions = {},
): boolean[][] {
  const grid = extendedGrid(cells, columns);
  const R = grid.length - 1;
  const C = columns;
  const hidden = grid.map((row) => row.map((v) => isSmallCount(v)));
  if (options.hideTotal) hidden[R]![C] = true;
  // Each round hides at least one more entry, so this ends (at the latest with everything hidden).
  for (let round = 0; round < (R + 1) * (C + 1) + 1; round++) {
    const bridge = findBridge(hidden, R + 1, C + 1);
    if (!bridge) return hidden;
    const path = cheapestDetour(grid, hidden, R, C, bridge);
    if (!path) {
      // Cannot happen for a grid with totals (the totals always offer a detour); stay safe anyway.
      for (const row of hidden) row.fill(true);
      return hidden;
    }
    for (const [i, j] of path) hidden[i]![j] = true;
  }
  return hidden;
}

/** Primary and secondary suppression of a table of counts (rows × columns) with its row, column and grand totals. */
export function protectTable(
  cells: readonly (readonly number[])[],
  columns: number,
  options: ProtectOptions = {},
): ProtectedTable {
  const grid = extendedGrid(cells, columns);
  const hidden = hiddenEntries(cells, columns, options);
  const R = grid.length - 1;
  const show = (i: number, j: number) => (hidden[i]![j] ? null : grid[i]![j]!);
  return {
    cells: Array.from({ length: cells.length }, (_, i) => Array.from({ length: columns }, (_, j) => show(i, j))),
    rowTotals: Array.from({ length: cells.length }, (_, i) => show(i, columns)),
    colTotals: Array.from({ length: columns }, (_, j) => show(R, j)),
    total: show(R, columns),
  };
}

/**
 * A hidden entry that is a bridge of the bipartite graph (grid rows 0…R, grid columns R+1…R+C+1; an edge per
 * hidden entry), or null when there is none. Tarjan's bridge search, iterative.
 */
function findBridge(hidden: boolean[][], rows: number, cols: number): [number, number] | null {
  const n = rows + cols;
  const adjacency: [number, number, number][][] = Array.from({ length: n }, () => []); // [neighbour, edge id, …]
  let edges = 0;
  const edgeAt: [number, number][] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!hidden[i]![j]) continue;
      adjacency[i]!.push([rows + j, edges, 0]);
      adjacency[rows + j]!.push([i, edges, 0]);
      edgeAt.push([i, j]);
      edges++;
    }
  }
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  let time = 0;
  for (let start = 0; start < n; start++) {
    if (order[start] !== -1) continue;
    const stack: { node: number; parentEdge: number; next: number }[] = [{ node: start, parentEdge: -1, next: 0 }];
    order[start] = low[start] = time++;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = adjacency[top.node]!;
      if (top.next < list.length) {
        const [to, edge] = list[top.next++]!;
        if (edge === top.parentEdge) continue;
        if (order[to] === -1) {
          order[to] = low[to] = time++;
          stack.push({ node: to, parentEdge: edge, next: 0 });
        } else {
          low[top.node] = Math.min(low[top.node]!, order[to]!);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      low[parent.node] = Math.min(low[parent.node]!, low[top.node]!);
      if (low[top.node]! > order[parent.node]!) return edgeAt[top.parentEdge]!;
    }
  }
  return null;
}

/** What hiding an entry costs: nothing when hidden, an empty cell little, a total more, the grand total most. */
function costOf(grid: number[][], hidden: boolean[][], R: number, C: number, i: number, j: number): number {
  if (hidden[i]![j]) return 0;
  if (i === R && j === C) return 1_000_000;
  if (i === R || j === C) return 1_000 + grid[i]![j]!;
  return grid[i]![j] === 0 ? 1 : Number.POSITIVE_INFINITY; // a cell of 5 or more is never hidden
}

/**
 * The cheapest path from the bridge's grid row to its grid column that does not use the bridge itself (Dijkstra
 * over the grid's entries as edges): hiding its entries puts the bridge on a cycle.
 */
function cheapestDetour(
  grid: number[][],
  hidden: boolean[][],
  R: number,
  C: number,
  bridge: [number, number],
): [number, number][] | null {
  const rows = R + 1;
  const cols = C + 1;
  const n = rows + cols;
  const distance = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const via = new Array<[number, number] | null>(n).fill(null);
  const previous = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  const [bi, bj] = bridge;
  distance[bi] = 0;
  for (;;) {
    let node = -1;
    for (let k = 0; k < n; k++) {
      if (!done[k] && distance[k]! < Number.POSITIVE_INFINITY && (node === -1 || distance[k]! < distance[node]!)) {
        node = k;
      }
    }
    if (node === -1) return null;
    if (node === rows + bj) break;
    done[node] = true;
    const neighbours =
      node < rows
        ? Array.from({ length: cols }, (_, j) => [node, j] as [number, number])
        : Array.from({ length: rows }, (_, i) => [i, node - rows] as [number, number]);
    for (const [i, j] of neighbours) {
      if (i === bi && j === bj) continue;
      const other = node < rows ? rows + j : i;
      const d = distance[node]! + costOf(grid, hidden, R, C, i, j);
      if (d < distance[other]!) {
        distance[other] = d;
        via[other] = [i, j];
        previous[other] = node;
      }
    }
  }
  const path: [number, number][] = [];
  for (let node = rows + bj; node !== bi; node = previous[node]!) path.push(via[node]!);
  return path;
}

/** A quarter as a period, or null when the period is not exactly one calendar quarter. */
export function calendarQuarterOf(period: {
  from: string;
  to: string;
}): { year: number; quarter: 1 | 2 | 3 | 4 } | null {
  const match = /^(\d{4})-(01|04|07|10)-01$/.exec(period.from);
  if (!match) return null;
  const year = Number(match[1]);
  const quarter = ((Number(match[2]) - 1) / 3 + 1) as 1 | 2 | 3 | 4;
  const ends = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' } as const;
  return period.to === `${year}-${ends[quarter]}` ? { year, quarter } : null;
}

/** The calendar quarter a day falls in, as a period. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): { from: string; to: string } {
  const starts = { 1: '01-01', 2: '04-01', 3: '07-01', 4: '10-01' } as const;
  const ends = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' } as const;
  return { from: `${year}-${starts[quarter]}`, to: `${year}-${ends[quarter]}` };
}
