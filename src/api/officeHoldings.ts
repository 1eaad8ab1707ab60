import { canonicalPost, CANONICAL_POSTS } from '../domain/canonicalPost.js';
import { InvalidInputError } from '../domain/errors.js';
import type { CountryRecord, OfficeHoldingRecord, OfficeRecord } from '../domain/graphRecords.js';
import { holdersOn, type HoldingBasis } from '../domain/officeHolders.js';
import type { CountryOfficeRow } from '../graph/catalog/correctionQueries.js';
import type { ApiContext } from './apiContext.js';

/** The holdings of one canonical post among a country's offices. */
function holdingsOf(offices: readonly CountryOfficeRow[], postId: string): CountryOfficeRow[] {
  return offices.filter((o) => canonicalPost(o.title)?.id === postId);
}

function toHolding(row: CountryOfficeRow, basis: HoldingBasis, country: CountryRecord): OfficeHoldingRecord {
  const post = canonicalPost(row.title)!;
  return { ...row, post, country, basis, sources: row.sources };
}

/**
 * Query.officeHolders: who held a canonical post of a country on a day (domain holdersOn over
 * the country's offices of that post). An unknown post is a user error listing the known ones.
 */
export async function officeHolders(code: string, postId: string, day: string, ctx: ApiContext): Promise<OfficeHoldingRecord[]> {
  if (!CANONICAL_POSTS.some((p) => p.id === postId)) {
    throw new InvalidInputError(`office must be one of ${CANONICAL_POSTS.map((p) => p.id).join(', ')}, got "${postId}"`);
  }
  const country = await ctx.loaders.country.load(code);
  if (!country) throw new InvalidInputError(`country "${code}" is not an ISO 3166-1 country of the graph`);
  const holdings = holdingsOf(await ctx.loaders.countryOffices.load(code), postId);
  return holdersOn(holdings, day).map((h) => toHolding(h.holding, h.basis, country));
}

/**
 * Person.offices(on): the person's offices held on the day. An office of a canonical post is held
 * when officeHolders names the person for it; another (an ambassador, an organisation's post)
 * when the day falls within its dated span.
 */
export async function officesOn(personId: string, offices: readonly OfficeRecord[], day: string, ctx: ApiContext): Promise<OfficeRecord[]> {
  const held: OfficeRecord[] = [];
  for (const office of offices) {
    const post = canonicalPost(office.title);
    if (post && office.country) {
      const holdings = holdingsOf(await ctx.loaders.countryOffices.load(office.country.code), post.id);
      if (holdersOn(holdings, day).some((h) => h.holding.person.id === personId && h.holding.title === office.title)) held.push(office);
      continue;
    }
    const start = office.since ?? office.firstSeen;
    const end = office.until ?? office.lastSeen;
    if (start !== null && start <= day && end !== null && day <= end) held.push(office);
  }
  return held;
}
