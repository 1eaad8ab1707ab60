import type { Office, Portfolio, Rules } from '../../rules/loadRules.js';

/** The portfolio whose group matched in a match of `rules.portfolioAt`. */
function portfolioOf(m: RegExpExecArray, rules: Rules): Portfolio {
  for (let k = 1; k < m.length; k++) if (m[k] !== undefined) return rules.portfolios[k - 1] as Portfolio;
  throw new Error('portfolioOf: no portfolio matched');
}

/** English label of an office, composed from its portfolios when it is a minister's title. */
export function officeLabel(office: Office, title: string, rules: Rules): string {
  if (!office.composedFromPortfolios) return office.label;
  const found: string[] = [];
  let state = false;
  // Words start after a space or after an elided article ("l'Économie", "de l'Intégration").
  const words = title.matchAll(/(?<![\p{L}’'])\p{L}|(?<=(?<![\p{L}])[dlDL]['’])\p{L}/gu);
  let skipTo = 0;
  for (const w of words) {
    const i = w.index ?? 0;
    if (i < skipTo) continue;
    const m = rules.portfolioAt.exec(title.slice(i));
    if (!m) continue;
    const p = portfolioOf(m, rules);
    if (p.id === 'state') state = true;
    else if (!found.includes(p.label)) found.push(p.label);
    skipTo = i + m[0].length;
  }
  if (!found.length) return office.label;
  const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(', ')} and ${found[found.length - 1]}`;
  return `${state ? 'Minister of State, ' : ''}Minister of ${list}`;
}
