import { useState, type FormEvent } from 'react';

/** A period of ISO dates; null ends are open. */
export interface Period {
  readonly since: string | null;
  readonly until: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period read from a URL's `since` and `until`, ignoring values that are not ISO dates. */
export function periodOf(query: URLSearchParams): Period {
  const valid = (v: string | null) => (v && ISO_DATE.test(v) ? v : null);
  return { since: valid(query.get('since')), until: valid(query.get('until')) };
}

/** Two date fields and presets choosing a period; `onChange` gets the new period when applied. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const [since, setSince] = useState(period.since ?? '');
  const [until, setUntil] = useState(period.until ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onChange({ since: since || null, until: until || null });
  };
  const year = new Date().getFullYear();
  const preset = (p: Period) => {
    setSince(p.since ?? '');
    setUntil(p.until ?? '');
    onChange(p);
  };
  return (
    <form className="period" onSubmit={apply} aria-label="Period">
      <label>
        From <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
      </label>
      <label>
        to <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </label>
      <button type="submit">Apply</button>
      <span className="presets">
        <button type="button" className="link-button" onClick={() => preset({ since: null, until: null })}>
          All time
        </button>
        <button type="button" className="link-button" onClick={() => preset({ since: `${year - 1}-01-01`, until: `${year - 1}-12-31` })}>
          {year - 1}
        </button>
        <button type="button" className="link-button" onClick={() => preset({ since: `${year}-01-01`, until: null })}>
          {year}
        </button>
      </span>
    </form>
  );
}
