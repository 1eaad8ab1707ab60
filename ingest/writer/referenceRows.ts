import type { OrganizationRow, TopicRow } from '../../src/graph/catalog/ingestQueries.js';
import type { Gazetteer } from '../lexicons/loadGazetteer.js';

/**
 * The reference data every graph holds whatever was ingested: the whole topic taxonomy (so
 * `topics` lists them all, with French labels and PLOVER contexts) and every organisation of
 * the lexicon with its names in each language and its member states.
 */
export function referenceRows(gazetteer: Gazetteer): { topics: TopicRow[]; organizations: OrganizationRow[] } {
  const topics = [...gazetteer.topics.values()].map((t) => ({
    id: t.id,
    label: t.label,
    labelFr: t.labelFr,
    context: t.context,
    broader: t.broader,
  }));
  const organizations = [...gazetteer.organizations.values()].map((o) => {
    const acronyms = Object.values(o.acronyms).flat();
    const names = Object.values(o.names).flat();
    return {
      id: o.id,
      name: o.name,
      acronym: o.acronyms.en?.[0] ?? o.acronyms['*']?.[0] ?? acronyms[0] ?? null,
      aliases: [...new Set([...names, ...acronyms])].filter((n) => n !== o.name),
      kind: o.kind,
      wikidata: o.wikidata,
      members: [...(o.members ?? [])],
    };
  });
  return { topics, organizations };
}
