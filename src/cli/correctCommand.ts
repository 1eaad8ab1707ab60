import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import type { CorrectionKind, CorrectionRecord, CorrectionRequest, EventStatusValue, EventTypeValue, SideValue } from '../domain/correction.js';
import { subjectKey } from '../domain/correction.js';
import { connect, disconnect } from '../graph/driver.js';
import { applyCorrection } from '../graph/corrections/applyCorrection.js';
import { listCorrections } from '../graph/corrections/listCorrections.js';
import { revertCorrection } from '../graph/corrections/revertCorrection.js';
import { say } from './say.js';

type Options = Record<string, string | undefined>;

/** One `diplograph correct` subcommand: its arguments and options, and the request they make. */
interface CorrectionCommand {
  readonly name: string;
  readonly args: readonly string[];
  readonly options?: readonly [flags: string, description: string][];
  readonly description: string;
  readonly request: (args: string[], options: Options) => CorrectionRequest;
}

const orNull = (value: string | undefined) => (value === undefined || value === 'none' ? null : value);

// The subcommands as data: each maps its arguments onto one CorrectionRequest, checked by the
// same code as the GraphQL mutations (checkCorrection), so that both refuse the same input.
const COMMANDS: readonly CorrectionCommand[] = [
  { name: 'merge-persons', args: ['keep', 'merge'], description: 'merge person MERGE into KEEP', request: ([keepId, mergeId]) => ({ kind: 'merge_persons', keepId: keepId!, mergeId: mergeId! }) },
  { name: 'rename-person', args: ['id', 'name'], description: 'rename a person', request: ([personId, name]) => ({ kind: 'rename_person', personId: personId!, name: name! }) },
  {
    name: 'set-person-country',
    args: ['id', 'country'],
    description: 'set the country a person serves (none clears it)',
    request: ([personId, country]) => ({ kind: 'set_person_country', personId: personId!, country: orNull(country) }),
  },
  {
    name: 'add-office',
    args: ['person', 'country', 'title'],
    options: [['--from <date>', 'taken up on (YYYY-MM-DD, required)'], ['--until <date>', 'left on (YYYY-MM-DD)']],
    description: 'add an office of a country held from a day',
    request: ([personId, country, title], o) => ({ kind: 'add_office', personId: personId!, country: country!, title: title!, from: o['from'] ?? '', until: o['until'] ?? null }),
  },
  {
    name: 'end-office',
    args: ['person', 'country', 'title'],
    options: [['--on <date>', 'left on (YYYY-MM-DD, required)']],
    description: 'end an office a person holds',
    request: ([personId, country, title], o) => ({ kind: 'end_office', personId: personId!, country: country!, title: title!, on: o['on'] ?? '' }),
  },
  { name: 'retype-event', args: ['id', 'type'], description: 'change the type of an event', request: ([eventId, type]) => ({ kind: 'retype_event', eventId: eventId!, type: type as EventTypeValue }) },
  { name: 'set-event-date', args: ['id', 'date'], description: 'change the date of an event (YYYY-MM-DD, --MM-DD, YYYY-MM, YYYY)', request: ([eventId, date]) => ({ kind: 'set_event_date', eventId: eventId!, date: date! }) },
  { name: 'set-event-place', args: ['id', 'place'], description: 'set the place of an event (none clears it)', request: ([eventId, place]) => ({ kind: 'set_event_place', eventId: eventId!, placeId: orNull(place) }) },
  {
    name: 'add-participant',
    args: ['event', 'person'],
    options: [['--side <side>', 'host | guest | party (default party)'], ['--role <office>', 'the office held'], ['--country <code>', 'the country represented']],
    description: 'add a person to an event',
    request: ([eventId, personId], o) => ({
      kind: 'add_participant',
      eventId: eventId!,
      personId: personId!,
      side: (o['side'] ?? 'party') as SideValue,
      role: o['role'] ?? null,
      country: o['country'] ?? null,
    }),
  },
  { name: 'remove-participant', args: ['event', 'person'], description: 'remove a person from an event', request: ([eventId, personId]) => ({ kind: 'remove_participant', eventId: eventId!, personId: personId! }) },
  {
    name: 'set-event-status',
    args: ['id', 'status'],
    description: 'set whether an event occurred or is planned',
    request: ([eventId, status]) => ({ kind: 'set_event_status', eventId: eventId!, status: status as EventStatusValue }),
  },
  { name: 'merge-events', args: ['keep', 'merge'], description: 'merge event MERGE into KEEP (one encounter)', request: ([keepId, mergeId]) => ({ kind: 'merge_events', keepId: keepId!, mergeId: mergeId! }) },
  {
    name: 'split-event',
    args: ['id', 'articles...'],
    description: 'split the reports of these articles off an event into an event of their own',
    request: ([eventId, ...articleIds]) => ({ kind: 'split_event', eventId: eventId!, articleIds: articleIds.flat() }),
  },
  { name: 'reject-event', args: ['id'], description: 'reject an event that is not one', request: ([eventId]) => ({ kind: 'reject_event', eventId: eventId! }) },
  { name: 'mark-article-irrelevant', args: ['id'], description: 'mark an article as not relevant', request: ([articleId]) => ({ kind: 'mark_article_irrelevant', articleId: articleId! }) },
];

const defaultAuthor = () => process.env['USER'] ?? userInfo().username;

/** Runs `work` connected to the configured graph and prints the correction it made as JSON. */
async function printCorrection(work: () => Promise<CorrectionRecord>): Promise<void> {
  await connect(loadConfig().neo4j);
  const correction = await work();
  await disconnect();
  process.stdout.write(JSON.stringify(correction) + '\n');
  say(`correction ${correction.id} (#${correction.seq}, ${correction.kind}) recorded`);
}

/**
 * `diplograph correct …`: the corrections of the GraphQL mutations, from the command line, each
 * with a required --reason and the author --author (default: the user name); plus `revert` and
 * `list`.
 */
export function registerCorrectCommand(program: Command): void {
  const correct = program.command('correct').description('correct the graph, with a reason recorded in its audit trail');
  for (const c of COMMANDS) {
    const command = correct.command(`${c.name} ${c.args.map((a) => `<${a}>`).join(' ')}`).description(c.description);
    for (const [flags, description] of c.options ?? []) command.option(flags, description);
    command
      .requiredOption('--reason <text>', 'why (recorded in the audit trail)')
      .option('--author <name>', 'who (default: the user name)')
      .action(async (...all: unknown[]) => {
        const args = all.slice(0, c.args.length) as string[];
        const options = all[c.args.length] as Options;
        await printCorrection(() => applyCorrection(c.request(args, options), { author: options['author'] ?? defaultAuthor(), reason: options['reason'] ?? '' }));
      });
  }
  correct
    .command('revert <correction>')
    .description('revert a correction (recorded as a correction of its own)')
    .requiredOption('--reason <text>', 'why (recorded in the audit trail)')
    .option('--author <name>', 'who (default: the user name)')
    .action(async (id: string, o: Options) => printCorrection(() => revertCorrection(id, { author: o['author'] ?? defaultAuthor(), reason: o['reason'] ?? '' })));
  correct
    .command('list')
    .description('print the audit trail as JSON lines, latest first')
    .option('--event <id>', 'corrections of this event')
    .option('--person <id>', 'corrections of this person')
    .option('--article <id>', 'corrections of this article')
    .option('--kind <kind>', 'corrections of this kind (retype_event, …)')
    .option('--author <name>', 'corrections by this author')
    .option('--in-force', 'only corrections in force')
    .option('--first <n>', 'how many (default 100)', '100')
    .action(async (o: Options & { inForce?: boolean }) => {
      const subject = o['event'] ? subjectKey('event', o['event']) : o['person'] ? subjectKey('person', o['person']) : o['article'] ? subjectKey('article', o['article']) : null;
      await connect(loadConfig().neo4j);
      const filter = { subject, kind: (o['kind'] as CorrectionKind | undefined) ?? null, author: o['author'] ?? null, inForce: o.inForce === true };
      const page = await listCorrections(filter, { offset: 0, limit: Math.max(1, Math.min(1000, Number(o['first']) || 100)) }, {});
      await disconnect();
      for (const item of page.items) process.stdout.write(JSON.stringify(item) + '\n');
      say(`${page.items.length} of ${page.total} correction(s)`);
    });
}
