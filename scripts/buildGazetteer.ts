// Generates ingest/lexicons/countries.json from world-countries and i18n-iso-countries plus the
// hand-kept supplements in ingest/lexicons/sources/. Run with `npm run gazetteer`; the output is
// committed so that the extractor never depends on the packages' run-time layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Countries } from 'world-countries';
import { projectRoot } from '../src/config/projectRoot.js';

type Lang = 'en' | 'fr' | 'es';
const LANGS: readonly Lang[] = ['en', 'fr', 'es'];

interface Supplement {
  extraNames: Record<string, Partial<Record<Lang, string[]>>>;
  excludeNames: string[];
  preferredName: Record<string, string>;
  demonyms: { en: Record<string, string[]>; fr: Record<string, string[]>; es: Record<string, string> };
  preferredDemonym: Record<string, string>;
  combiningForms: Record<string, Record<string, string[]> | string>;
}
interface CitySource {
  standsFor: Record<string, string>;
  cities: string[][];
}
interface NameOut { text: string; langs: Lang[] }
interface DemonymOut { text: string; lang: Lang; gender: 'm' | 'f' | null; plural: boolean; alternatives?: string[] }

const require = createRequire(import.meta.url);
const worldCountries = require('world-countries') as Countries;
const lexDir = join(projectRoot(), 'ingest', 'lexicons');
const sup = JSON.parse(readFileSync(join(lexDir, 'sources', 'countries.supplement.json'), 'utf8')) as Supplement;
const givenNames = new Set((JSON.parse(readFileSync(join(lexDir, 'givenNames.json'), 'utf8')) as { names: string[] }).names);
const citySrc = JSON.parse(readFileSync(join(lexDir, 'sources', 'cities.json'), 'utf8')) as CitySource;
const i18n = require('i18n-iso-countries') as { getName(code: string, lang: string, o: { select: 'all' }): string[] | undefined; registerLocale(l: unknown): void };
for (const l of LANGS) i18n.registerLocale(require(`i18n-iso-countries/langs/${l}.json`));

// Names in other scripts, with commas or parentheses ("Korea, Republic of") never occur in prose.
const usable = (s: string): boolean => /^[\p{Script=Latin}\s'’.-]+$/u.test(s) && s.replace(/[^\p{L}]/gu, '').length >= 3;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[-\s]+/g, ' ');
const excluded = new Set(sup.excludeNames.map(fold));

// 1. Candidate names per country and language.
const namesBy = new Map<string, Map<string, { text: string; langs: Set<Lang> }>>();
const addName = (code: string, text: string, lang: Lang, force = false): void => {
  const t = text.trim();
  if (!force && (!usable(t) || excluded.has(fold(t)))) return;
  const m = namesBy.get(code) ?? new Map<string, { text: string; langs: Set<Lang> }>();
  namesBy.set(code, m);
  const key = `${t}`;
  const e = m.get(key) ?? { text: t, langs: new Set<Lang>() };
  e.langs.add(lang);
  m.set(key, e);
};
for (const c of worldCountries) {
  addName(c.cca2, c.name.common, 'en');
  addName(c.cca2, c.name.official, 'en');
  addName(c.cca2, c.translations.fra?.common ?? c.name.common, 'fr');
  addName(c.cca2, c.translations.fra?.official ?? c.name.official, 'fr');
  addName(c.cca2, c.translations.spa?.common ?? c.name.common, 'es');
  addName(c.cca2, c.translations.spa?.official ?? c.name.official, 'es');
  for (const a of c.altSpellings) if (a.length > 3 && a !== a.toUpperCase()) addName(c.cca2, a, 'en');
  for (const l of LANGS) for (const n of i18n.getName(c.cca2, l, { select: 'all' }) ?? []) addName(c.cca2, n, l);
}
for (const [code, byLang] of Object.entries(sup.extraNames))
  for (const l of LANGS) for (const n of byLang[l] ?? []) addName(code, n, l, true);

// 2. A name two countries claim goes to the preferred one, or to nobody.
const claims = new Map<string, Set<string>>();
for (const [code, m] of namesBy) for (const e of m.values()) {
  const k = fold(e.text);
  claims.set(k, (claims.get(k) ?? new Set()).add(code));
}
const preferredName = new Map(Object.entries(sup.preferredName).map(([k, v]) => [fold(k), v]));
const dropped: string[] = [];
for (const [code, m] of namesBy) for (const [key, e] of m) {
  const owners = claims.get(fold(e.text)) ?? new Set();
  if (owners.size < 2) continue;
  const pref = preferredName.get(fold(e.text));
  if (pref !== code) { m.delete(key); if (!pref) dropped.push(`${e.text} (${[...owners].join('/')})`); }
}

// 3. Demonyms with gender and number, derived by regular rules.
const frPlural = (w: string): string => (/[sxz]$/.test(w) ? w : `${w}s`);
const esForms = (m: string): Array<[string, 'm' | 'f' | null, boolean]> => {
  if (/o$/.test(m)) { const s = m.slice(0, -1); return [[m, 'm', false], [`${s}a`, 'f', false], [`${s}os`, 'm', true], [`${s}as`, 'f', true]]; }
  const accented: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };
  const tail = /([áéíóú])([ns])$/.exec(m);
  if (tail) { // alemán → alemana, alemanes; francés → francesa, franceses
    const base = m.slice(0, -2) + accented[tail[1]!] + tail[2];
    return [[m, 'm', false], [`${base}a`, 'f', false], [`${base}es`, 'm', true], [`${base}as`, 'f', true]];
  }
  if (/[íú]$/.test(m)) return [[m, null, false], [`${m}es`, null, true], [`${m}s`, null, true]];
  if (/[ae]$/.test(m)) return [[m, null, false], [`${m}s`, null, true]];
  return [[m, 'm', false], [`${m}es`, null, true]];
};
const enPlural = (w: string): string | null => (/(an|en|i|er|ot|ite)$/.test(w) ? `${w}s` : null);

const demonymsBy = new Map<string, DemonymOut[]>();
const addDem = (code: string, d: DemonymOut): void => {
  const list = demonymsBy.get(code) ?? [];
  if (!list.some((x) => x.text === d.text && x.lang === d.lang)) list.push(d);
  demonymsBy.set(code, list);
};
const frInvariable = (w: string): boolean => /[èé]$/.test(w) && /burkinab/.test(w);
const addFr = (code: string, m: string, f: string | null): void => {
  const ml = m.toLowerCase();
  addDem(code, { text: ml, lang: 'fr', gender: 'm', plural: false });
  if (frInvariable(ml)) return;
  addDem(code, { text: frPlural(ml), lang: 'fr', gender: 'm', plural: true });
  // Feminine by the regular endings only (malien → malienne, sénégalais → sénégalaise); an irregular
  // one (turc → turque) must come from the data.
  const derived = /e$/.test(ml) ? ml : /en$/.test(ml) ? `${ml}ne` : /(ais|ois|ain|in|an|and|ol|al|ier|ot|ar|ite)$/.test(ml) ? `${ml}e` : null;
  const fl = (f ?? derived)?.toLowerCase();
  if (!fl) return;
  if (fl !== ml) addDem(code, { text: fl, lang: 'fr', gender: 'f', plural: false });
  addDem(code, { text: frPlural(fl), lang: 'fr', gender: 'f', plural: true });
};
const addEn = (code: string, w: string): void => {
  addDem(code, { text: w, lang: 'en', gender: null, plural: false });
  const p = enPlural(w);
  if (p) addDem(code, { text: p, lang: 'en', gender: null, plural: true });
};
for (const c of worldCountries) {
  const d = (c as { demonyms?: { eng?: { m: string; f: string }; fra?: { m: string; f: string } } }).demonyms;
  if (d?.eng?.m && usable(d.eng.m)) addEn(c.cca2, d.eng.m);
  if (d?.fra?.m && usable(d.fra.m)) addFr(c.cca2, d.fra.m, d.fra.f);
}
for (const [code, ws] of Object.entries(sup.demonyms.en)) for (const w of ws) addEn(code, w);
for (const [code, ws] of Object.entries(sup.demonyms.fr)) for (const w of ws) addFr(code, w, null);
for (const [code, m] of Object.entries(sup.demonyms.es)) for (const [t, g, p] of esForms(m)) addDem(code, { text: t, lang: 'es', gender: g, plural: p });

// Combining forms are stored with their hyphen, so that they match only before one.
for (const [lang, byCode] of Object.entries(sup.combiningForms)) {
  if (typeof byCode === 'string' || !LANGS.includes(lang as Lang)) continue;
  for (const [code, ws] of Object.entries(byCode)) for (const w of ws) addDem(code, { text: `${w}-`, lang: lang as Lang, gender: null, plural: false });
}

// A demonym several countries share goes to the preferred country (or the first independent one)
// and lists the others, so that the article's other mentions can settle it.
const demOwners = new Map<string, string[]>();
for (const [code, list] of demonymsBy) for (const d of list) {
  const k = `${d.lang}:${fold(d.text)}`;
  demOwners.set(k, [...(demOwners.get(k) ?? []), code]);
}
const independent = new Set(worldCountries.filter((c) => c.independent).map((c) => c.cca2));
const prefDem = new Map(Object.entries(sup.preferredDemonym).map(([k, v]) => [fold(k), v]));
for (const [code, list] of demonymsBy) {
  demonymsBy.set(code, list.flatMap((d) => {
    const owners = demOwners.get(`${d.lang}:${fold(d.text)}`) ?? [code];
    if (owners.length < 2) return [d];
    const singular = fold(d.text).replace(/(e?s)$/, '');
    const pref = prefDem.get(fold(d.text)) ?? prefDem.get(singular) ?? owners.find((o) => independent.has(o)) ?? owners[0];
    const winner = owners.includes(pref!) ? pref : owners.find((o) => independent.has(o)) ?? owners[0];
    if (winner !== code) return [];
    const alternatives = owners.filter((o) => o !== code && independent.has(o));
    return [alternatives.length ? { ...d, alternatives } : d];
  }));
}

// 4. Cities: the hand list, then every remaining capital under its English name.
const slug = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
interface CityOut { id: string; name: string; country: string; capital: boolean; names: NameOut[]; standsFor: string | null }
const cities: CityOut[] = [];
const capitalsListed = new Set<string>();
for (const row of citySrc.cities) {
  const [cc, en, fr, es, ...alt] = row as [string, string, string?, string?, ...string[]];
  const capital = cc.startsWith('*');
  const country = cc.replace('*', '');
  if (capital) capitalsListed.add(country);
  const byText = new Map<string, Set<Lang>>();
  const put = (t: string | undefined, langs: Lang[]): void => {
    if (!t) return;
    const s = byText.get(t) ?? new Set<Lang>();
    for (const l of langs) s.add(l);
    byText.set(t, s);
  };
  // The English name is written in French and Spanish news too ("Beijing" in agency copy), so it
  // is matched in every language beside the local exonym, unless it is also a given name
  // ("Santiago Peña", "Sofia").
  put(en, givenNames.has(en.toLowerCase()) ? ['en'] : [...LANGS]); put(fr || en, ['fr']); put(es || en, ['es']);
  for (const a of alt) put(a, [...LANGS]);
  cities.push({
    id: `${country.toLowerCase()}-${slug(en)}`, name: en, country, capital,
    names: [...byText].map(([text, langs]) => ({ text, langs: [...langs].sort() })),
    standsFor: citySrc.standsFor[en] ?? null,
  });
}
for (const c of worldCountries) {
  const cap = c.capital[0];
  if (!c.independent || capitalsListed.has(c.cca2) || !cap || !usable(cap)) continue;
  cities.push({ id: `${c.cca2.toLowerCase()}-${slug(cap)}`, name: cap, country: c.cca2, capital: true, names: [{ text: cap, langs: [...LANGS] }], standsFor: null });
}

// 5. Write.
const countries = worldCountries
  .map((c) => ({
    code: c.cca2,
    iso3: c.cca3,
    name: c.name.common,
    nameFr: c.translations.fra?.common ?? c.name.common,
    nameEs: c.translations.spa?.common ?? c.name.common,
    independent: Boolean(c.independent),
    names: [...(namesBy.get(c.cca2)?.values() ?? [])].map((e) => ({ text: e.text, langs: [...e.langs].sort() })),
    demonyms: demonymsBy.get(c.cca2) ?? [],
  }))
  .sort((a, b) => a.code.localeCompare(b.code));
const out = {
  _comment: 'GENERATED by scripts/buildGazetteer.ts (npm run gazetteer) from world-countries, i18n-iso-countries and ingest/lexicons/sources/*.json. Do not edit by hand.',
  countries,
  cities: cities.sort((a, b) => a.id.localeCompare(b.id)),
};
writeFileSync(join(lexDir, 'countries.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`countries.json: ${countries.length} countries, ${countries.reduce((s, c) => s + c.names.length, 0)} names, ${countries.reduce((s, c) => s + c.demonyms.length, 0)} demonyms, ${cities.length} cities`);
if (dropped.length) console.log(`names dropped as ambiguous: ${dropped.join(', ')}`);
