/**
 * Many shared holders or one exclusive holder at a time, for async work on one connection. A waiting
 * exclusive request stops new shared ones from starting, so a stream of edits cannot starve an import.
 */
export class RwLock {
  private shared = 0;
  private exclusive = false;
  private waitingExclusive = 0;
  private readonly wakers: Array<() => void> = [];

  async withShared<T>(fn: () => Promise<T> | T): Promise<T> {
    while (this.exclusive || this.waitingExclusive > 0) await this.wait();
    this.shared += 1;
    try {
      return await fn();
    } finally {
      this.shared -= 1;
      this.wakeAll();
    }
  }

  async withExclusive<T>(fn: () => Promise<T> | T): Promise<T> {
    this.waitingExclusive += 1;
    try {
      while (this.exclusive || this.shared > 0) await this.wait();
    } finally {
      this.waitingExclusive -= 1;
    }
    this.exclusive = true;
    try {
      return await fn();
    } finally {
      this.exclusive = false;
      this.wakeAll();
    }
  }

  private wait(): Promise<void> {
    return new Promise((resolve) => this.wakers.push(resolve));
  }

  private wakeAll(): void {
    for (const wake of this.wakers.splice(0)) wake();
  }
}
