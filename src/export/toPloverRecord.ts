import type { CountryRecord, ParticipantRecord } from '../domain/graphRecords.js';
import type { ExportedEvent } from '../graph/streamEvents.js';
import type { PloverActor, PloverRecord } from './ploverRecord.js';

/** PLOVER's quad categories (PLOVER manual, "PLOVER quad categories"). */
const QUAD: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2, INVESTIGATE: 2,
  DEMAND: 3, ACCUSE: 3, DISAPPROVE: 3, REJECT: 3, THREATEN: 3, SANCTION: 3,
  PROTEST: 4, CRIME: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4, FIGHT: 4,
};

const personActor = (p: ParticipantRecord): PloverActor => ({
  code: p.country?.iso3 ?? null,
  sector: 'GOV',
  actor_text: p.person.name,
  identifier_id: p.person.id,
  identifier_text: p.person.name,
  office: p.role,
  country: p.country?.code ?? null,
});

const countryActor = (c: CountryRecord): PloverActor => ({
  code: c.iso3,
  sector: null,
  actor_text: c.name,
  identifier_id: null,
  identifier_text: null,
  office: null,
  country: c.code,
});

/**
 * An event as a PLOVER record. Actors are the named participants, plus each country of the
 * event that no participant speaks for. As PLOVER codes CONSULT, guests are the source and
 * hosts the recipient; when nobody hosts, every actor is a source and there is no recipient.
 */
export function toPloverRecord(e: ExportedEvent): PloverRecord {
  const d = e.details;
  const sideOf = new Map(d.countries.map((c) => [c.country.code, c.side]));
  const spoken = new Set(d.participants.flatMap((p) => (p.country ? [p.country.code] : [])));
  const actors = [
    ...d.participants.map((p) => ({ actor: personActor(p), side: p.side ?? (p.country ? sideOf.get(p.country.code) : null) ?? null })),
    ...d.countries.filter((c) => !spoken.has(c.country.code)).map((c) => ({ actor: countryActor(c.country), side: c.side })),
  ];
  const hosted = actors.some((a) => a.side === 'host') && actors.some((a) => a.side === 'guest');
  const contexts = [...new Set(d.topics.flatMap((t) => (t.context ? [t.context] : [])))];
  return {
    id: e.id,
    date: e.datePrecision === 'day' && e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null,
    source: actors.filter((a) => !hosted || a.side !== 'host').map((a) => a.actor),
    recipient: hosted ? actors.filter((a) => a.side === 'host').map((a) => a.actor) : [],
    event: e.plover ? [e.plover] : [],
    mode: e.ploverMode ? [e.ploverMode] : [],
    context: contexts,
    event_loc: d.place ? { name: d.place.name, 'country code': d.place.countryCode, cc3: d.place.country?.iso3 ?? null } : null,
    event_text: d.sources.map((s) => s.quote),
    quad_code: e.plover ? (QUAD[e.plover] ?? null) : null,
    cite_info: d.sources.map((s) => ({
      citation: s.article.id,
      url: s.article.url,
      title: s.article.title,
      language: s.article.language,
      publication: s.article.source,
      published: s.article.published,
    })),
    coder: 'diplograph',
    diplograph: {
      event_id: e.id,
      type: e.type,
      status: e.status,
      date: e.date,
      date_precision: e.datePrecision,
      title: e.title,
      setting: e.setting,
      cameo: e.cameo,
      confidence: e.confidence,
      countries: d.countries.map((c) => ({ code: c.country.code, side: c.side })),
      topic_ids: d.topics.map((t) => t.id),
      person_ids: d.participants.map((p) => p.person.id),
      place_id: d.place?.id ?? null,
      article_ids: d.sources.map((s) => s.article.id),
    },
  };
}
