/**
 * Side effects a stage or renderer may need, passed in rather than reached for, so tests can fix
 * the clock and capture the log.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface RunEnv {
  /** The clock: run dates in outputs come from here, never from `new Date()` inside a stage. */
  now(): Date;
  log: Logger;
}

export const consoleLogger: Logger = {
  info: (m) => console.log(m),
  warn: (m) => console.error(m),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export function systemEnv(): RunEnv {
  return { now: () => new Date(), log: consoleLogger };
}
