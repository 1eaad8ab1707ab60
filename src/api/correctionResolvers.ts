import { GraphQLError } from 'graphql';
import type { CorrectionFilter, CorrectionKind, CorrectionRecord, CorrectionRequest, EventStatusValue, EventTypeValue, SideValue } from '../domain/correction.js';
import { subjectKey } from '../domain/correction.js';
import { InvalidInputError } from '../domain/errors.js';
import { applyCorrection } from '../graph/corrections/applyCorrection.js';
import { listCorrections } from '../graph/corrections/listCorrections.js';
import { revertCorrection } from '../graph/corrections/revertCorrection.js';
import type { ApiContext } from './apiContext.js';
import { toPageRequest } from './connection.js';
import type { CorrectionFilter as CorrectionFilterInput, MutationResolvers } from './generated/resolvers.js';
import { toIsoDate } from './toEventFilter.js';

/** The analyst making a correction: the name of the request's token, else UNAUTHENTICATED. */
function authorOf(ctx: ApiContext, mutation: string): string {
  if (ctx.correctionAuthor === null) {
    throw new GraphQLError(`${mutation} requires the API token or an analyst token (Authorization: Bearer <token>)`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return ctx.correctionAuthor;
}

const correct = (mutation: string, request: CorrectionRequest, reason: string, ctx: ApiContext): Promise<CorrectionRecord> =>
  applyCorrection(request, { author: authorOf(ctx, mutation), reason });

const lower = <T extends string>(value: string) => value.toLowerCase() as T;

function requiredDay(date: Date, input: string): string {
  const day = toIsoDate(date);
  if (day === null) throw new InvalidInputError(`${input} is required`);
  return day;
}

/** The correction mutations: each checks the token, then applies and records one correction. */
export const correctionMutations: MutationResolvers = {
  mergePersons: (_, a, ctx) => correct('mergePersons', { kind: 'merge_persons', keepId: a.keep, mergeId: a.merge }, a.reason, ctx),
  renamePerson: (_, a, ctx) => correct('renamePerson', { kind: 'rename_person', personId: a.id, name: a.name }, a.reason, ctx),
  setPersonCountry: (_, a, ctx) => correct('setPersonCountry', { kind: 'set_person_country', personId: a.id, country: a.country ?? null }, a.reason, ctx),
  addOffice: (_, a, ctx) =>
    correct(
      'addOffice',
      { kind: 'add_office', personId: a.person, country: a.country, title: a.title, from: requiredDay(a.from, 'from'), until: toIsoDate(a.until) },
      a.reason,
      ctx,
    ),
  endOffice: (_, a, ctx) =>
    correct('endOffice', { kind: 'end_office', personId: a.person, country: a.country, title: a.title, on: requiredDay(a.on, 'on') }, a.reason, ctx),
  retypeEvent: (_, a, ctx) => correct('retypeEvent', { kind: 'retype_event', eventId: a.id, type: lower<EventTypeValue>(a.type) }, a.reason, ctx),
  setEventDate: (_, a, ctx) => correct('setEventDate', { kind: 'set_event_date', eventId: a.id, date: a.date }, a.reason, ctx),
  setEventPlace: (_, a, ctx) => correct('setEventPlace', { kind: 'set_event_place', eventId: a.id, placeId: a.place ?? null }, a.reason, ctx),
  addParticipant: (_, a, ctx) =>
    correct(
      'addParticipant',
      { kind: 'add_participant', eventId: a.event, personId: a.person, side: lower<SideValue>(a.side ?? 'PARTY'), role: a.role ?? null, country: a.country ?? null },
      a.reason,
      ctx,
    ),
  removeParticipant: (_, a, ctx) => correct('removeParticipant', { kind: 'remove_participant', eventId: a.event, personId: a.person }, a.reason, ctx),
  setEventStatus: (_, a, ctx) => correct('setEventStatus', { kind: 'set_event_status', eventId: a.id, status: lower<EventStatusValue>(a.status) }, a.reason, ctx),
  mergeEvents: (_, a, ctx) => correct('mergeEvents', { kind: 'merge_events', keepId: a.keep, mergeId: a.merge }, a.reason, ctx),
  splitEvent: (_, a, ctx) => correct('splitEvent', { kind: 'split_event', eventId: a.id, articleIds: a.articles }, a.reason, ctx),
  rejectEvent: (_, a, ctx) => correct('rejectEvent', { kind: 'reject_event', eventId: a.id }, a.reason, ctx),
  markArticleIrrelevant: (_, a, ctx) => correct('markArticleIrrelevant', { kind: 'mark_article_irrelevant', articleId: a.id }, a.reason, ctx),
  revertCorrection: (_, a, ctx) => revertCorrection(a.id, { author: authorOf(ctx, 'revertCorrection'), reason: a.reason }),
};

/** The GraphQL filter as the domain's; at most one of event, person and article. */
export function toCorrectionFilter(input: CorrectionFilterInput | null | undefined): CorrectionFilter {
  const subjects = [
    input?.event ? subjectKey('event', input.event) : null,
    input?.person ? subjectKey('person', input.person) : null,
    input?.article ? subjectKey('article', input.article) : null,
  ].filter((s): s is string => s !== null);
  if (subjects.length > 1) throw new InvalidInputError('filter takes at most one of event, person and article');
  return {
    subject: subjects[0] ?? null,
    kind: input?.kind ? lower<CorrectionKind>(input.kind) : null,
    author: input?.author?.trim() || null,
    inForce: input?.inForce ?? false,
  };
}

/** Query.corrections: a page of the audit trail. */
export async function correctionsPage(
  args: { filter?: CorrectionFilterInput | null; first?: number | null; after?: string | null },
  ctx: ApiContext,
) {
  const page = toPageRequest(args.first, args.after, ctx.maxPageSize);
  const result = await listCorrections(toCorrectionFilter(args.filter), page, ctx.read);
  return { page: result, offset: page.offset };
}
