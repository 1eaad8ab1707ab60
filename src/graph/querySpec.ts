/**
 * The declaration of one named query in queries/: whether it reads or writes, the
 * `$parameters` it takes (checked against the file by a unit test) and, as phantom types,
 * its parameter and row shapes.
 */
export interface QuerySpec<P, R> {
  readonly mode: 'read' | 'write';
  readonly params: readonly (keyof P & string)[];
  /** Never set at run time: carries the types. */
  readonly types?: { readonly params: P; readonly row: R };
}

/** Declares a query run with executeRead. */
export function readQuery<P, R>(params: readonly (keyof P & string)[]): QuerySpec<P, R> {
  return { mode: 'read', params };
}

/** Declares a query run with executeWrite. */
export function writeQuery<P, R>(params: readonly (keyof P & string)[]): QuerySpec<P, R> {
  return { mode: 'write', params };
}

export type ParamsOf<S> = S extends { readonly types?: { readonly params: infer P } } ? P : never;
export type RowOf<S> = S extends { readonly types?: { readonly row: infer R } } ? R : never;
