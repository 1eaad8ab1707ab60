import { checkedPattern, checkSource } from './checkSource.js';
import { multi } from './multiPattern.js';
import { arrayOf, fail, readJson, str, strings } from './ruleJson.js';
import type { MultiPattern, Office, Portfolio, Rules } from './rules.js';

const FILE = 'offices.json';

/** An office with its patterns by language, as listed. */
interface ListedOffice {
  readonly id: string;
  readonly patterns: Record<string, string[]>;
  readonly entry: Office;
}

/** The part of Rules that offices.json makes. */
export type OfficeRules = Pick<Rules, 'offices' | 'officeMatchers' | 'portfolios' | 'portfolioAt' | 'actorSeniority' | 'formerOffice' | 'principalOffice'>;

/**
 * Loads and checks ingest/rules/offices.json: offices compiled for each of `languages` (and '*'
 * for all), portfolios, seniority and the "former" marker. Throws on a bad file.
 */
export function loadOffices(languages: readonly string[]): OfficeRules {
  const json = readJson(FILE);
  const offices = arrayOf(FILE, json.offices, 'offices').map(listedOffice);
  const officeMatchers: Record<string, MultiPattern<Office>> = {};
  for (const lang of [...languages, '*']) {
    officeMatchers[lang] = multi(
      FILE,
      offices.map((o) => ({ entry: o.entry, id: o.id, sources: lang === '*' ? Object.values(o.patterns).flat() : (o.patterns[lang] ?? []) })),
      'gu',
      true,
    );
  }
  const portfolios = arrayOf(FILE, json.portfolios, 'portfolios').map(portfolio);
  return {
    offices: offices.map((o) => o.entry),
    // The message names names.json, as it did before the rules were loaded file by file.
    actorSeniority: strings('names.json', (json.actorSeniority as Record<string, unknown> | undefined)?.ids, 'actorSeniority.ids'),
    formerOffice: new RegExp(`(?<![\\p{L}])${checkedPattern(FILE, json, 'formerMarker')}(?:\\s+(?:\\p{L}+\\s+)?|(?<=-))$`, 'iu'),
    principalOffice: new RegExp(`(?<![\\p{L}])${checkedPattern(FILE, json, 'principalMarker')}\\s+$`, 'iu'),
    officeMatchers,
    portfolios,
    portfolioAt: portfolioAlternation(portfolios),
  };
}

/**
 * The portfolios' regexes as one: each is `^(?:…)` with no capturing group, so the alternation of
 * their bodies, each in a group, finds at the start the same match as the first of them that matches.
 */
function portfolioAlternation(portfolios: readonly Portfolio[]): RegExp {
  return new RegExp(`^(?:${portfolios.map((p) => `(${p.regex.source.slice(1)})`).join('|')})`, 'u');
}

function listedOffice(o: Record<string, unknown>): ListedOffice {
  const id = str(FILE, o, 'id');
  const patterns = o.patterns as Record<string, string[]> | undefined;
  if (!patterns || typeof patterns !== 'object') fail(FILE, `entry ${id}: "patterns" missing`);
  return {
    id,
    patterns,
    entry: Object.freeze({
      id,
      label: str(FILE, o, 'label'),
      international: o.international === true,
      organization: typeof o.organization === 'string' ? o.organization : null,
      defaultCountry: typeof o.defaultCountry === 'string' ? o.defaultCountry : null,
      headOfState: o.headOfState === true,
      foreignMinister: o.foreignMinister === true,
      composedFromPortfolios: o.composedFromPortfolios === true,
      generic: o.generic === true,
      reporter: o.reporter === true,
      reason: str(FILE, o, 'reason'),
    }),
  };
}

function portfolio(p: Record<string, unknown>): Portfolio {
  const id = str(FILE, p, 'id');
  const pats = p.patterns;
  if (!Array.isArray(pats) || !pats.length) fail(FILE, `portfolio ${id}: "patterns" must be a non-empty array`);
  const src = (pats as string[]).map((s) => `(?:${checkSource(FILE, id, s)})`).join('|');
  return Object.freeze({ id, label: str(FILE, p, 'label'), regex: new RegExp(`^(?:${src})`, 'u') });
}
