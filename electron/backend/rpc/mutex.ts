/**
 * Runs async tasks one at a time. A long import keeps its transaction open across await
 * points; without this, another call arriving in between would write inside it.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
