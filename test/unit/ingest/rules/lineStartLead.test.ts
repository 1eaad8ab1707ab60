import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../../ingest/rules/loadRules.js';

const rules = loadRules();

/** The lead's matches as its global scan finds them: [index, text]. */
function globalScan(lead: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  lead.lastIndex = 0;
  for (let m = lead.exec(text); m; m = lead.exec(text)) {
    if (m[0].length === 0) lead.lastIndex++;
    out.push([m.index, m[0]]);
  }
  return out;
}

/** The sticky line-start lead tried at 0 and at every line break, past the end of the last match. */
function lineStartScan(lineLead: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  for (let at = 0; at >= 0; at = text.indexOf('\n', at + 1)) {
    if (at < from) continue;
    lineLead.lastIndex = at;
    const m = lineLead.exec(text);
    if (!m) continue;
    out.push([m.index, m[0]]);
    from = m.index + Math.max(1, m[0].length);
  }
  return out;
}

// Lines written for this test: datelines, credits and bylines at a text's start and after breaks.
const TEXTS = [
  'PARIS (AFP) - Le ministre a reçu son homologue.\n(EFE) La reunión terminó.\nAvec Reuters',
  '\nAFP - Talks resumed.\nBy Jane Roe, AFP\nKINSHASA, 3 mai 2024, ACP - Le président a reçu.',
  'Text without a credit.\n\n\nCon información de EFE\nAFP/Lusaka\n',
  'AFP - ',
];

describe('line-start leads of organisation credits', () => {
  it('are the credits whose lead opens on a line start and has no other branch', () => {
    const lined = rules.organizationPatterns.credits.filter((c) => c.lineLead).map((c) => c.id);
    expect(lined).toContain('line-paren');
    expect(lined).toContain('credit-line');
    expect(lined).not.toContain('closing-paren');
    for (const c of rules.organizationPatterns.credits) expect(Boolean(c.lineLead)).toBe(c.lead.source.startsWith('(?:^|\\n)'));
  });

  it('find at line starts what the global scan finds anywhere', () => {
    for (const c of rules.organizationPatterns.credits) {
      if (!c.lineLead) continue;
      for (const text of TEXTS) expect(lineStartScan(c.lineLead, text), `${c.id}: ${JSON.stringify(text)}`).toEqual(globalScan(c.lead, text));
    }
  });
});
