import type { FieldNode, FragmentDefinitionNode, GraphQLArgument, GraphQLInputType, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// Fields of one level of a selection, through inline fragments and fragment spreads.
function fieldsOf(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') visit(s.selectionSet, seen);
      else if (!seen.has(s.name.value)) {
        const fragment = fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

/** The fields the client selected under the resolved field at `path` (field names), through fragments. */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    sets = fieldsOf(sets, info.fragments).flatMap((f) => (f.name.value === step && f.selectionSet ? [f.selectionSet] : []));
  }
  return fieldsOf(sets, info.fragments);
}

/**
 * Whether the client selected any of `names` under the resolved field at `path` (field names,
 * e.g. ['edges', 'node']). @skip/@include are not evaluated: a field they may drop still counts,
 * so the answer errs on reading too much, never too little.
 */
export function selectsAny(info: GraphQLResolveInfo, path: readonly string[], names: ReadonlySet<string>): boolean {
  return selectedFields(info, path).some((f) => names.has(f.name.value));
}

/** The named type under NonNull/List wrappers. */
function namedType(type: GraphQLInputType): GraphQLInputType {
  let t = type;
  while ('ofType' in t && t.ofType) t = t.ofType as GraphQLInputType;
  return t;
}

/**
 * The argument values of a selected field (not yet resolved), coerced as graphql-js does for
 * the field's resolver: variables as given (already coerced), literals through their type's
 * parseLiteral, defaults for absent arguments. Duck-typed on purpose: no instanceof checks,
 * which fail when graphql-js is loaded twice (ESM and CJS copies under a test runner).
 * Throws what parseLiteral throws on an invalid literal.
 */
export function argumentValues(args: readonly GraphQLArgument[], node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const arg of args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    if (!given || (given.kind === 'Variable' && !(given.name.value in variables))) {
      if (arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
    } else if (given.kind === 'Variable') {
      out[arg.name] = variables[given.name.value];
    } else if (given.kind === 'NullValue') {
      out[arg.name] = null;
    } else {
      const type = namedType(arg.type);
      if (!('parseLiteral' in type)) throw new Error(`argument ${arg.name} is not a scalar or enum`);
      out[arg.name] = type.parseLiteral(given, variables);
    }
  }
  return out;
}

/**
 * The arguments of field `name` of type `typeName` as selected directly under the resolved
 * field (the first selection of that name), coerced as its resolver will see them; null when
 * it is not selected or an argument literal is invalid (its own resolver reports that).
 */
export function selectedFieldArguments(info: GraphQLResolveInfo, typeName: string, name: string): Record<string, unknown> | null {
  const type = info.schema.getType(typeName);
  if (!type || !('getFields' in type)) return null;
  const def = type.getFields()[name];
  const node = selectedFields(info, []).find((f) => f.name.value === name);
  if (!node || !def || !('args' in def)) return null;
  try {
    return argumentValues(def.args, node, info.variableValues);
  } catch {
    return null;
  }
}
