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
 *
 * The trie is laid out in flat typed arrays (each state's children a sibling list in code order),
 * built from the patterns in sorted order, so making it allocates no object per state: it is built
 * at the first card of a freshly started service worker, where a Map per state cost 10–15 ms.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const patternLength = new Int32Array(patterns.length);
  let maxPatternLength = 0;
  let capacity = 1;
  patterns.forEach((pattern, id) => {
    patternLength[id] = pattern.length;
    maxPatternLength = Math.max(maxPatternLength, pattern.length);
    capacity += pattern.length;
  });
  // Sorted (stably, by code unit), a pattern shares with the one before it exactly the prefix it shares with the trie.
  const order = patterns
    .map((_, id) => id)
    .filter((id) => patterns[id] !== '')
    .sort((a, b) => (patterns[a]! < patterns[b]! ? -1 : patterns[a]! > patterns[b]! ? 1 : 0));

  // Most text characters occur in no pattern; they send the automaton straight back to the root.
  const alphabet = new Uint8Array(0x10000);
  const codeOf = new Uint16Array(capacity);
  const firstChild = new Int32Array(capacity).fill(-1);
  const lastChild = new Int32Array(capacity).fill(-1);
  const nextSibling = new Int32Array(capacity).fill(-1);
  const depth = new Int32Array(capacity);
  const ends = new Int32Array(capacity).fill(-1);
  let count = 1;
  const path = [0];
  let previous = '';
  for (const id of order) {
    const pattern = patterns[id]!;
    let common = 0;
    while (common < pattern.length && common < previous.length && pattern.charCodeAt(common) === previous.charCodeAt(common)) common++;
    let state = path[common]!;
    for (let i = common; i < pattern.length; i++) {
      const child = count++;
      const code = pattern.charCodeAt(i);
      alphabet[code] = 1;
      codeOf[child] = code;
      depth[child] = i + 1;
      if (lastChild[state] === -1) firstChild[state] = child;
      else nextSibling[lastChild[state]!] = child;
      lastChild[state] = child;
      path[i + 1] = state = child;
    }
    if (ends[state] === -1) ends[state] = id;
    previous = pattern;
  }

  const childOf = (state: number, code: number): number => {
    for (let child = firstChild[state]!; child !== -1; child = nextSibling[child]!) {
      const at = codeOf[child]!;
      if (at === code) return child;
      if (at > code) return -1;
    }
    return -1;
  };
  // The root is where most steps start or end up; a flat table answers it without a search.
  const rootNext = count <= 0xffff ? new Uint16Array(0x10000) : new Int32Array(0x10000);
  for (let child = firstChild[0]!; child !== -1; child = nextSibling[child]!) rootNext[codeOf[child]!] = child;
  const fail = new Int32Array(count);
  // Nearest proper suffix state that ends a pattern: lets forEachOutput skip silent states.
  const outputLink = new Int32Array(count).fill(-1);

  // Breadth-first, so a state's failure target is final before its children need it.
  const queue = new Int32Array(count);
  let tail = 0;
  for (let child = firstChild[0]!; child !== -1; child = nextSibling[child]!) queue[tail++] = child;
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    for (let child = firstChild[state]!; child !== -1; child = nextSibling[child]!) {
      const code = codeOf[child]!;
      let f = fail[state]!;
      while (f !== 0 && childOf(f, code) === -1) f = fail[f]!;
      const target = f === 0 ? rootNext[code]! || -1 : childOf(f, code);
      fail[child] = target !== -1 && target !== child ? target : 0;
      const t = fail[child]!;
      outputLink[child] = ends[t] !== -1 ? t : outputLink[t]!;
      queue[tail++] = child;
    }
  }

  return {
    stateCount: count,
    maxPatternLength,
    patternLength,
    step(state, code) {
      if (alphabet[code] === 0) return 0;
      for (let s = state; s !== 0; s = fail[s]!) {
        const next = childOf(s, code);
        if (next !== -1) return next;
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
