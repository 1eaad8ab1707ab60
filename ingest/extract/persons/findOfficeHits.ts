import { matchedEntry, type Rules } from '../../rules/loadRules.js';
import type { OfficeHit } from './personDoc.js';

/**
 * Every office title in the text, in the article's language. "Iraqi Prime Minister": when the
 * generic "<Capitalised words> Minister" matched, a more specific office ending at the same place
 * names the post. An office the title says a diplomat serves ("de Sa Majesté le Roi") is none.
 */
export function findOfficeHits(text: string, language: string | null, rules: Rules): OfficeHit[] {
  const lang = language && rules.officeMatchers[language] ? language : '*';
  const mp = rules.officeMatchers[lang] ?? rules.officeMatchers['*'];
  const hits: OfficeHit[] = [];
  if (!mp) return hits;
  mp.regex.lastIndex = 0;
  for (let m = mp.regex.exec(text); m; m = mp.regex.exec(text)) {
    const end = m.index + m[0].length;
    let hit: OfficeHit = { start: m.index, end, office: matchedEntry(m, mp) };
    if (hit.office.generic && m[0].length > 8) {
      for (let k = 1; k < m[0].length - 3; k++) {
        if (m[0][k - 1] !== ' ') continue;
        mp.sticky.lastIndex = k;
        const sub = mp.sticky.exec(m[0]);
        if (!sub || k + sub[0].length !== m[0].length) continue;
        const o = matchedEntry(sub, mp);
        if (!o.generic) {
          hit = { start: m.index + k, end, office: o };
          break;
        }
      }
    }
    // "l'Ambassadeur de Sa Majesté le Roi": the king the ambassador serves holds no post here.
    if (!rules.principalOffice.test(text.slice(Math.max(0, hit.start - 40), hit.start))) hits.push(hit);
    if (m[0].length === 0) mp.regex.lastIndex++;
  }
  return hits;
}
