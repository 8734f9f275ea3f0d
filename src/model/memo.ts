/**
 * A value computed once per model object (a report, a node list, a table; or a knowledge object, for
 * what rules compile from it) and kept on the object itself, under a symbol-keyed, non-enumerable
 * property: JSON, structured clone and v8.serialize never see it, and it goes when the object goes.
 *
 * Not a module-level WeakMap: V8 clears WeakMap entries only in full collections, so every
 * young-generation collection kept each report cached in one alive and moved its whole model to
 * the old generation. That promoted about a tenth of all a lint allocates, and the old generation
 * filled with dead models that only full collections (and memory) could take back.
 */
export class Memo<T extends object, V, Args extends unknown[] = []> {
  private readonly key = Symbol('memo');

  constructor(private readonly compute: (target: T, ...args: Args) => V) {}

  /** `args` only feed the computation: the value is kept per target, whatever later calls pass. */
  get(target: T, ...args: Args): V {
    const held = (target as Record<symbol, V | undefined>)[this.key];
    if (held !== undefined) return held;
    const value = this.compute(target, ...args);
    this.set(target, value);
    return value;
  }

  /** A value made elsewhere (the parser's locator) stands in for computing it. */
  set(target: T, value: V): void {
    Object.defineProperty(target, this.key, { value, configurable: true });
  }
}
