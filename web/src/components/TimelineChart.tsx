import { scaleBand, scaleLinear } from 'd3-scale';
import { EVENT_TYPES, EVENT_TYPE_COLOURS, EVENT_TYPE_LABELS, type EventType } from '../eventTypes.js';
import { useElementWidth } from '../useElementWidth.js';

/** A timeline bucket as the API gives it (BilateralRelation.timeline). */
export interface TimelineBucket {
  readonly start: string;
  readonly label: string;
  readonly count: number;
  readonly byType: readonly { type: string; count: number }[];
}

/** Bucket sizes of the API's timelines. */
export type Granularity = 'MONTH' | 'QUARTER' | 'YEAR';

/** Every bucket between the first and the last given, empty ones included, oldest first. */
export function fillBuckets(buckets: readonly TimelineBucket[], granularity: Granularity): TimelineBucket[] {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return [];
  const given = new Map(buckets.map((b) => [b.start, b]));
  const step = granularity === 'MONTH' ? 1 : granularity === 'QUARTER' ? 3 : 12;
  const out: TimelineBucket[] = [];
  let [year, month] = first.start.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    const label = granularity === 'MONTH' ? start.slice(0, 7) : granularity === 'QUARTER' ? `${year}-Q${Math.ceil(month / 3)}` : String(year);
    out.push(given.get(start) ?? { start, label, count: 0, byType: [] });
    if (start >= last.start) break;
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return out;
}

const MARGIN = { top: 12, right: 8, bottom: 42, left: 32 };
const BAR_MAX = 48;

/** A bar per bucket stacked by event type, with a legend and, for screen readers, the same figures as a table. */
export function TimelineChart({ buckets, granularity, title }: { buckets: readonly TimelineBucket[]; granularity: Granularity; title: string }) {
  // Drawn at the figure's real width, so that labels keep their size on a phone.
  const [figure, WIDTH] = useElementWidth<HTMLElement>(720);
  const HEIGHT = WIDTH < 500 ? 180 : 240;
  const filled = fillBuckets(buckets, granularity);
  const x = scaleBand<string>().domain(filled.map((b) => b.label)).range([MARGIN.left, WIDTH - MARGIN.right]).padding(0.15);
  const max = Math.max(1, ...filled.map((b) => b.count));
  const y = scaleLinear().domain([0, max]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const every = Math.max(1, Math.ceil(filled.length / Math.max(2, Math.floor(WIDTH / 64))));
  const present = EVENT_TYPES.filter((t) => filled.some((b) => b.byType.some((c) => c.type === t)));
  return (
    <figure className="timeline" ref={figure}>
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {y.ticks(Math.min(5, max)).map((tick) => (
          <g key={tick} className="tick">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {filled.map((bucket, i) => {
          let base = 0;
          // A bar never gets wider than BAR_MAX, centred in its band, however few the buckets.
          const barWidth = Math.min(x.bandwidth(), BAR_MAX);
          const bandX = (x(bucket.label) ?? 0) + (x.bandwidth() - barWidth) / 2;
          return (
            <g key={bucket.label} className="bar" data-count={bucket.count}>
              {EVENT_TYPES.map((type) => {
                const count = bucket.byType.find((c) => c.type === type)?.count ?? 0;
                if (count === 0) return null;
                const top = y(base + count);
                const height = y(base) - top;
                base += count;
                return (
                  <rect key={type} x={bandX} y={top} width={barWidth} height={height} fill={EVENT_TYPE_COLOURS[type]}>
                    <title>{`${bucket.label}: ${count} ${EVENT_TYPE_LABELS[type].toLowerCase()}${count === 1 ? '' : 's'}`}</title>
                  </rect>
                );
              })}
              {i % every === 0 && (
                <text x={bandX + barWidth / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" className="axis-label">
                  {bucket.label}
                </text>
              )}
            </g>
          );
        })}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} className="axis" />
      </svg>
      <figcaption className="legend">
        {present.map((type) => (
          <span key={type}>
            <span className="swatch" style={{ background: EVENT_TYPE_COLOURS[type as EventType] }} /> {EVENT_TYPE_LABELS[type]}
          </span>
        ))}
      </figcaption>
      {/* A table ignores a 1px width: the wrapper hides it. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Events</th>
              <th scope="col">By type</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.label}>
                <td>{b.label}</td>
                <td>{b.count}</td>
                <td>{b.byType.map((t) => `${EVENT_TYPE_LABELS[t.type as EventType] ?? t.type}: ${t.count}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
