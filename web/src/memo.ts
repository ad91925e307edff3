/** Remembers the last result of a function and recomputes only when an argument changes (compared with ===). */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((value, index) => value === args[index])) return lastResult;
    lastArgs = args;
    lastResult = compute(...args);
    return lastResult;
  };
}
