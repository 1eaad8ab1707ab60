import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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

/**
 * Whether the client selected any of `names` under the resolved field at `path` (field names,
 * e.g. ['edges', 'node']). @skip/@include are not evaluated: a field they may drop still counts,
 * so the answer errs on reading too much, never too little.
 */
export function selectsAny(info: GraphQLResolveInfo, path: readonly string[], names: ReadonlySet<string>): boolean {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    sets = fieldsOf(sets, info.fragments).flatMap((f) => (f.name.value === step && f.selectionSet ? [f.selectionSet] : []));
  }
  return fieldsOf(sets, info.fragments).some((f) => names.has(f.name.value));
}
