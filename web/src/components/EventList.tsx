import type { EventSummary } from '../eventFields.js';
import { eventTypeLabel, EVENT_TYPE_COLOURS, type EventType } from '../eventTypes.js';
import { formatPartialDate } from '../formatDate.js';
import { Link } from '../router.js';
import { Empty } from './QueryStates.js';

/** A list of events, newest first as the API gives them, each linking to its page; with quotes when selected. */
export function EventList({ events, total, empty }: { events: readonly EventSummary[]; total?: number; empty: string }) {
  if (events.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      {total !== undefined && total > events.length && (
        <p className="muted">
          The {events.length} latest of {total} events.
        </p>
      )}
      <ol className="event-list">
        {events.map((event) => (
          <li key={event.id} className="event-item">
            <div className="event-head">
              <span className="badge" style={{ background: EVENT_TYPE_COLOURS[event.type as EventType] ?? '#555555' }}>
                {eventTypeLabel(event.type)}
              </span>
              {event.status === 'PLANNED' && <span className="badge badge-outline">announced</span>}
              <time className="event-date">{formatPartialDate(event.date)}</time>
            </div>
            <Link to={`/event/${encodeURIComponent(event.id)}`} className="event-title">
              {event.title ?? `${eventTypeLabel(event.type)} of ${event.countries.map((c) => c.country.name).join(', ')}`}
            </Link>
            <div className="muted small">
              {event.participants.map((p) => p.person.name).join(', ') || event.countries.map((c) => c.country.name).join(', ')}
              {event.place ? ` · ${event.place.name}` : ''} · {event.articleCount} {event.articleCount === 1 ? 'source' : 'sources'}
            </div>
            {event.sources?.slice(0, 1).map((source) => (
              <blockquote key={source.article.id} className="quote">
                “{source.quote}” <cite>{source.article.title ?? 'untitled article'}</cite>
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}
