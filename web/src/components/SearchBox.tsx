import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { navigate } from '../router.js';
import { useQuery } from '../useQuery.js';

/** One search suggestion: what it is, its label and the page it opens. */
interface Suggestion {
  readonly kind: 'Person' | 'Country' | 'Organisation' | 'Place' | 'Topic';
  readonly label: string;
  readonly detail: string | null;
  readonly to: string;
}

type Hit =
  | { kind: 'PERSON'; entity: { id: string; name: string; country: { name: string } | null } }
  | { kind: 'COUNTRY'; entity: { code: string; name: string } }
  | { kind: 'ORGANIZATION'; entity: { id: string; name: string; acronym: string | null } }
  | { kind: 'PLACE'; entity: { id: string; name: string; country: { code: string; name: string } | null } }
  | { kind: 'ARTICLE'; entity: { id: string } };

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 12) {
    kind
    entity {
      ... on Person { id name country { name } }
      ... on Country { code name }
      ... on Organization { id name acronym }
      ... on Place { id name country { code name } }
      ... on Article { id }
    }
  }
}`;

// The topic taxonomy is small: it is read once and matched here, as the full-text index does
// not cover topics.
const TOPICS = `{ topics { topic { id label labelFr } eventCount } }`;

function toSuggestion(hit: Hit): Suggestion | null {
  switch (hit.kind) {
    case 'PERSON':
      return { kind: 'Person', label: hit.entity.name, detail: hit.entity.country?.name ?? null, to: `/person/${encodeURIComponent(hit.entity.id)}` };
    case 'COUNTRY':
      return { kind: 'Country', label: hit.entity.name, detail: hit.entity.code, to: `/country/${hit.entity.code}` };
    case 'ORGANIZATION':
      return {
        kind: 'Organisation',
        label: hit.entity.name,
        detail: hit.entity.acronym,
        to: `/events?organization=${encodeURIComponent(hit.entity.id)}&name=${encodeURIComponent(hit.entity.name)}`,
      };
    case 'PLACE':
      // Places have no page of their own: the country they are in lists their events.
      return hit.entity.country
        ? { kind: 'Place', label: hit.entity.name, detail: hit.entity.country.name, to: `/country/${hit.entity.country.code}` }
        : null;
    default:
      return null;
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The search field: persons, countries, organisations, places and topics as you type; arrows and Enter choose. */
export function SearchBox({ autoFocus = false }: { autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 180);
    return () => clearTimeout(timer);
  }, [text]);
  const hits = useQuery<{ search: Hit[] }>(SEARCH, { text: debounced }, debounced.length < 2);
  const topics = useQuery<{ topics: { topic: { id: string; label: string; labelFr: string | null }; eventCount: number }[] }>(TOPICS, {}, debounced.length < 2);

  const suggestions: Suggestion[] = [];
  if (debounced.length >= 2) {
    if (hits.status === 'done') for (const hit of hits.data.search) { const s = toSuggestion(hit); if (s) suggestions.push(s); }
    if (topics.status === 'done') {
      const wanted = fold(debounced);
      for (const { topic, eventCount } of topics.data.topics) {
        if (eventCount > 0 && (fold(topic.label).includes(wanted) || fold(topic.labelFr ?? '').includes(wanted))) {
          suggestions.push({ kind: 'Topic', label: topic.label, detail: `${eventCount} events`, to: `/events?topic=${encodeURIComponent(topic.id)}&name=${encodeURIComponent(topic.label)}` });
        }
      }
    }
  }
  const shown = open && debounced.length >= 2;
  const choose = (s: Suggestion | undefined) => {
    if (!s) return;
    setOpen(false);
    setText('');
    inputRef.current?.blur();
    navigate(s.to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const pending = text.trim() !== debounced || hits.status === 'loading';
  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search persons, countries, organisations, places and topics
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && suggestions[active] ? `${listId}-${active}` : undefined}
        placeholder="Search a person, country, organisation, topic…"
        autoComplete="off"
        autoFocus={autoFocus}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Search results">
          {suggestions.map((s, i) => (
            <li
              key={`${s.kind}-${s.to}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(s);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="kind">{s.kind}</span> <span className="label">{s.label}</span>
              {s.detail && <span className="muted small"> {s.detail}</span>}
            </li>
          ))}
          {suggestions.length === 0 && (
            <li className="muted" role="option" aria-selected={false} aria-disabled="true">
              {pending ? 'Searching…' : hits.status === 'error' ? `Search failed: ${hits.error.message}` : `Nothing matches “${debounced}”.`}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
