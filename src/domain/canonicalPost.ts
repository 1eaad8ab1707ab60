import postsData from './canonicalPosts.json' with { type: 'json' };

/** A canonical post of a government (head of state, foreign minister…), as data. */
export interface CanonicalPost {
  readonly id: string;
  readonly label: string;
}

interface PostRule extends CanonicalPost {
  readonly terms: readonly (readonly string[])[];
  readonly unless: readonly string[];
}

const fold = (text: string) =>
  ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

const RULES: readonly PostRule[] = Object.freeze(
  postsData.posts.map((p) => Object.freeze({ id: p.id, label: p.label, terms: p.terms.map((t) => t.map(fold)), unless: p.unless.map(fold) })),
);

/** Every canonical post, in the order of the data file. */
export const CANONICAL_POSTS: readonly CanonicalPost[] = RULES.map(({ id, label }) => ({ id, label }));

/**
 * The canonical post an office title belongs to (src/domain/canonicalPosts.json), or null: a
 * title holding every phrase of one of a post's terms and none of its exclusions, whole words.
 */
export function canonicalPost(title: string): CanonicalPost | null {
  const t = fold(title);
  const has = (phrase: string) => t.includes(phrase);
  const rule = RULES.find((r) => !r.unless.some(has) && r.terms.some((term) => term.every(has)));
  return rule ? { id: rule.id, label: rule.label } : null;
}
