import type { Rules } from '../rules/loadRules.js';
import type { Span } from './persons/personDoc.js';

/** How far a portfolio is read from its start, in characters. */
const PORTFOLIO_READ = 80;

/**
 * The items (organisation mentions or proposals) that are not a portfolio inside an office
 * title: in "ministro de Asuntos Exteriores, Unión Europea y Cooperación" or "ministre … de la
 * Communauté nationale à l'étranger" the name is the minister's remit (offices.json
 * portfolios), not the body. `titles` are whole titles with their portfolios.
 */
export function outsidePortfolios<T extends Span>(items: readonly T[], titles: readonly Span[], text: string, rules: Pick<Rules, 'portfolioAt'>): T[] {
  if (titles.length === 0) return [...items];
  return items.filter((o) => {
    if (!titles.some((t) => t.start < o.start && o.end <= t.end)) return true;
    const m = rules.portfolioAt.exec(text.slice(o.start, o.start + PORTFOLIO_READ));
    return !m || m[0].length < o.end - o.start;
  });
}
