/**
 * A promise settled later, from outside: for a value one part of a run makes and another, already
 * started, waits for (the aggregates and the chart image for a workbook begun before them, a
 * thread's readiness).
 */
export interface SettleLater<T> {
  promise: Promise<T>;
  give(value: T): void;
  fail(reason: unknown): void;
}

export function settleLater<T>(): SettleLater<T> {
  let give: (value: T) => void = () => {};
  let fail: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((resolve, reject) => {
    give = resolve;
    fail = reject;
  });
  // Whoever waits on it handles a failure; nobody may be waiting yet.
  promise.catch(() => {});
  return { promise, give, fail };
}
