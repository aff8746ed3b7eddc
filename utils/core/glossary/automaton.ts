/**
 * A small Aho–Corasick automaton over UTF-16 code units. It is built once from the folded
 * glossary forms and then walks any text in one pass: each code unit costs one transition plus
 * the outputs that end there, so matching is linear in the text (the number of outputs per
 * position is bounded by how deeply glossary forms nest, a handful here).
 */
export interface Automaton {
  readonly stateCount: number;
  /** Length, in folded code units, of the longest pattern. */
  readonly maxPatternLength: number;
  /** Length of each pattern, by pattern id. */
  readonly patternLength: Int32Array;
  /** The state after reading folded code unit `code` in `state`. State 0 is the root. */
  step(state: number, code: number): number;
  /** Length of the longest trie prefix that ends at `state`: no future match can start earlier. */
  depth(state: number): number;
  /** Calls `visit` with the id of every pattern that ends at `state`, longest first. */
  forEachOutput(state: number, visit: (patternId: number) => void): void;
}

/**
 * Builds the automaton. Pattern ids are indexes into `patterns`; an empty pattern is ignored and
 * a repeated pattern keeps its first id (callers check uniqueness themselves).
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const edges: Map<number, number>[] = [new Map()];
  // Most text characters occur in no pattern; they send the automaton straight back to the root.
  const alphabet = new Uint8Array(0x10000);
  const depths: number[] = [0];
  const terminal: number[] = [-1];
  const patternLength = new Int32Array(patterns.length);
  let maxPatternLength = 0;

  patterns.forEach((pattern, id) => {
    patternLength[id] = pattern.length;
    if (!pattern) return;
    maxPatternLength = Math.max(maxPatternLength, pattern.length);
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      alphabet[code] = 1;
      let next = edges[state]!.get(code);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        depths.push(depths[state]! + 1);
        terminal.push(-1);
        edges[state]!.set(code, next);
      }
      state = next;
    }
    if (terminal[state] === -1) terminal[state] = id;
  });

  const count = edges.length;
  // The root is where most steps start or end up; a flat table answers it without a Map lookup.
  const rootNext = count <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
  for (const [code, child] of edges[0]!) rootNext[code] = child;
  const fail = new Int32Array(count);
  // Nearest proper suffix state that ends a pattern: lets forEachOutput skip silent states.
  const outputLink = new Int32Array(count).fill(-1);
  const depth = Int32Array.from(depths);
  const ends = Int32Array.from(terminal);

  // Breadth-first, so a state's failure target is final before its children need it.
  const queue: number[] = [];
  for (const child of edges[0]!.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of edges[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !edges[f]!.has(code)) f = fail[f]!;
      const target = edges[f]!.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const t = fail[child]!;
      outputLink[child] = ends[t] !== -1 ? t : outputLink[t]!;
      queue.push(child);
    }
  }

  return {
    stateCount: count,
    maxPatternLength,
    patternLength,
    step(state, code) {
      if (alphabet[code] === 0) return 0;
      let s = state;
      while (s !== 0) {
        const next = edges[s]!.get(code);
        if (next !== undefined) return next;
        s = fail[s]!;
      }
      return rootNext[code]!;
    },
    depth: (state) => depth[state]!,
    forEachOutput(state, visit) {
      let s = ends[state] !== -1 ? state : outputLink[state]!;
      while (s !== -1) {
        visit(ends[s]!);
        s = outputLink[s]!;
      }
    },
  };
}
