// `xs.map(fn)` whose result always has the same elements kind. V8's optimising compiler builds a
// `.map` result as a holey array while the interpreter and the builtin build a packed one, so a
// function optimised on arrays from the one deoptimises ("wrong map") on arrays from the other,
// every time the producer changes tier. Arrays pushed into one literal share its allocation
// site: after the first object they are all packed arrays of any values, in either tier.

/** `xs.map(fn)`, as a packed array whatever tier runs it. */
export function packedMap<T, U>(xs: readonly T[], fn: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(fn(xs[i] as T, i));
  return out;
}

/**
 * `xs.filter(keep)`, as a packed array of any values whatever tier runs it: the builtin gives an
 * empty result the kind of small integers, optimised code the kind of its input.
 */
export function packedFilter<T>(xs: readonly T[], keep: (x: T, i: number) => unknown): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i] as T, i)) out.push(xs[i] as T);
  return out;
}
