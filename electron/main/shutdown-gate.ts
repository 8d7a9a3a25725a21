/**
 * Lets the app finish every contract call already running before the database is closed
 * (a user action is one transaction: closing the window must never cut one in half).
 */
export interface ShutdownGate {
  /** Runs `fn` unless shutdown has begun (then returns undefined without calling it). */
  run<T>(fn: () => Promise<T>): Promise<T> | undefined;
  readonly closing: boolean;
  /** Stops accepting new calls and resolves when the ones in flight have settled. */
  drain(): Promise<void>;
}

export function createShutdownGate(): ShutdownGate {
  const inFlight = new Set<Promise<unknown>>();
  let closing = false;
  return {
    run(fn) {
      if (closing) return undefined;
      const promise = fn();
      inFlight.add(promise);
      const forget = () => inFlight.delete(promise);
      promise.then(forget, forget);
      return promise;
    },
    get closing() {
      return closing;
    },
    async drain() {
      closing = true;
      while (inFlight.size > 0) {
        await Promise.allSettled([...inFlight]);
      }
    },
  };
}
