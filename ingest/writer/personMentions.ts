import type { Extraction } from '../../src/domain/extraction.js';
import type { PersonMention } from './resolvePersons.js';

/** A person as an article lists it or as an event of it names it (a participant). */
export interface NamedPerson {
  readonly name: string;
  readonly country: string | null;
  readonly personId?: string;
  readonly id?: string;
}

/**
 * A batch's lookup of person mentions: a participant is the article's listed person of the
 * same local id (its full name, aliases and country), and each (article, person) gives one
 * mention object, so that resolvePersons resolves it once.
 */
export function personMentions(): (x: Extraction, p: NamedPerson) => PersonMention {
  const mentionOf = new Map<string, PersonMention>();
  return (x, p) => {
    const localId = p.personId ?? p.id ?? p.name;
    const key = `${x.id}\u0000${localId}`;
    let m = mentionOf.get(key);
    if (!m) {
      const extracted = x.persons.find((q) => q.id === localId);
      m = { name: extracted?.name ?? p.name, aliases: extracted?.aliases ?? [], country: extracted?.country ?? p.country };
      mentionOf.set(key, m);
    }
    return m;
  };
}
