/**
 * Bounded memo tables for the extractor's pure functions of text.
 *
 * Extraction asks the same questions of the same text many times: every money figure in a
 * sentence resolves its parties against the sentence, the three before it and the title, so one
 * sentence is scanned for entities a dozen times. The functions are pure, so their answers can be
 * kept: a table remembers the last answers by key and is emptied when full (articles are
 * extracted one after another, so old entries are rarely wanted again; emptying keeps memory flat
 * whatever the corpus size and costs nothing to decide).
 *
 * Answers are shared between callers, so they are frozen: a caller that tried to change one would
 * fail loudly instead of corrupting the answer for the next caller.
 */

/**
 * How many texts a table keeps by default. Answers are asked for again within the article being
 * extracted (the figure's sentence, the three before it, the title), rarely after it: a few dozen
 * texts at a time. A small table keeps those; a large one kept thousands of answers (token lists,
 * mention lists) alive long enough for the garbage collector to copy them out of the young
 * generation and then collect them from the old one, which cost more than the repeats it saved
 * (measured on 3,000 bench articles in one thread: GC time 20-45% lower at 128 than at 4096, the
 * same number of collections; the spread is the shared machine's noise). Emptying
 * a table only means an answer is worked out again: the answers, and so the output, are the same.
 */
export const MEMO_LIMIT = 128;

export interface Memo<V> {
  /** The answer kept for `text` (and `variant`, what else the answer depends on), if any. */
  get(text: string, variant?: string): V | undefined;
  set(text: string, value: V, variant?: string): V;
}

/**
 * A memo table for at most `limit` texts. Keys are the text itself, then a short variant: the
 * text is usually the very string object asked about before (a sentence of the article), whose
 * hash the engine keeps, where a key glued from text and variant would be a new string to hash
 * on every call. Most tables never use a variant: answers without one are kept in a map of their
 * own, one lookup instead of two (the tables are asked hundreds of thousands of times a corpus).
 */
export function memoTable<V>(limit = MEMO_LIMIT): Memo<V> {
  let plain = new Map<string, V>();
  let varied = new Map<string, Map<string, V>>();
  const makeRoom = () => {
    if (plain.size + varied.size < limit) return;
    plain = new Map();
    varied = new Map();
  };
  return {
    get: (text, variant) => (variant === undefined || variant === '' ? plain.get(text) : varied.get(text)?.get(variant)),
    set: (text, value, variant) => {
      if (variant === undefined || variant === '') {
        if (!plain.has(text)) makeRoom();
        plain.set(text, value);
        return value;
      }
      let variants = varied.get(text);
      if (!variants) {
        makeRoom();
        variants = new Map();
        varied.set(text, variants);
      }
      variants.set(variant, value);
      return value;
    },
  };
}

/** One memo table per owner object (an entity index): answers depend on the reference they were computed with. */
export function memoPerOwner<V>(limit = MEMO_LIMIT): (owner: object) => Memo<V> {
  const tables = new WeakMap<object, Memo<V>>();
  return (owner) => {
    let table = tables.get(owner);
    if (!table) {
      table = memoTable<V>(limit);
      tables.set(owner, table);
    }
    return table;
  };
}

/** Freeze an array and the objects in it (one level): shared answers must not be changed by a caller. */
export function freezeRows<T extends object>(rows: T[]): readonly T[] {
  for (const row of rows) Object.freeze(row);
  return Object.freeze(rows);
}

/** A key for a list of strings, unambiguous whatever the strings hold. */
export function listKey(parts: readonly string[]): string {
  return parts.map((p) => `${p.length}:${p}`).join('');
}
