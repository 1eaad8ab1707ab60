import type { EventType } from '../../src/domain/extraction.js';

// The compiled rules (ingest/rules/*.json) as the extractor sees them; loadRules builds them.

/** A case-sensitive office pattern set, compiled into one alternation per language. */
export interface Office {
  readonly id: string;
  readonly label: string;
  readonly international: boolean;
  readonly organization: string | null;
  readonly defaultCountry: string | null;
  /** Heads of state (presidents, monarchs): a state has one, so a second one at a venue is a guest. */
  readonly headOfState: boolean;
  /** One of the titles of a state's foreign minister: the same post whatever the title. */
  readonly foreignMinister: boolean;
  /** A title whose English label is composed from the portfolios it names. */
  readonly composedFromPortfolios: boolean;
  /** The bare title ("<Capitalised words> Minister") that a more specific office ending at the same place replaces. */
  readonly generic: boolean;
  /** A post that reports encounters and takes part in none (a spokesperson). */
  readonly reporter: boolean;
  readonly reason: string;
}

/** A portfolio inside a minister's title ("Coopération internationale" → "International Cooperation"). */
export interface Portfolio {
  readonly id: string;
  readonly label: string;
  readonly regex: RegExp;
}

/** One event trigger, compiled. */
export interface Trigger {
  readonly id: string;
  readonly type: EventType;
  readonly lang: string;
  readonly strength: 'strong' | 'weak';
  /** It refers back to the reported encounter ("the visit was symbolic"): it names no traveller and counts whoever its sentence names. */
  readonly refersBack: boolean;
  /** Its subject is the two parties together ("A and his counterpart B discussed …"): weak, but talks of their own when it names someone no strong trigger does. */
  readonly pairSubject: boolean;
  readonly reason: string;
}

/** PLOVER / CAMEO codes and merge priority of an event type. */
export interface EventTypeCodes {
  readonly plover: string;
  readonly mode: string | null;
  readonly cameo: string;
  /** When several triggers describe one encounter, the highest priority names its type. */
  readonly priority: number;
}

/** A rule with an id, a reason and a compiled regex (cues, honorifics, anchors). */
export interface CueRule {
  readonly id: string;
  readonly lang: string;
  readonly regex: RegExp;
  readonly reason: string;
}

/** A gathering always held in one city ("the UN General Assembly": New York), with that city's gazetteer id. */
export interface FixedVenue {
  readonly id: string;
  readonly regex: RegExp;
  readonly city: string;
  readonly reason: string;
}

/**
 * One alternation of many rules, run in a single pass: `regex` has one capturing group per
 * rule, in order, so the index of the group that matched names the rule.
 */
export interface MultiPattern<T> {
  /**
   * Every rule in one alternation. Under the `i` flag a rule's `\p{Lu}` reads as any letter here
   * (folding every rule would make the alternation too long for V8 to optimise):
   * `matchedEntryAt` checks such a match against the rule itself.
   */
  readonly regex: RegExp;
  /** The same alternation, sticky (flag y), to test at one position. */
  readonly sticky: RegExp;
  readonly entries: readonly T[];
  /** Per entry, when some rule needs a capital: the rule alone, sticky and exact (see foldCase). */
  readonly exact?: readonly RegExp[];
  /**
   * Per entry, with `exact`: whether the alternation reads the rule loosely (a cased property under
   * `i`). When it does not, the alternation's match of the rule's branch is the rule's own match.
   */
  readonly folded?: readonly boolean[];
}

/** Where an organisation's head word stands in its name. */
export type HeadPosition = 'any' | 'start' | 'opening' | 'end' | 'beforeCountry';

/** The institutional noun an organisation's name is built on ("Ministry", "Parti", "News"). */
export interface OrganizationHead {
  readonly id: string;
  /** Kind given to the organisations it names ("government", "party", "media", …). */
  readonly kind: string;
  /** Anywhere in the name, its first word, its last word, or right before the state's name. */
  readonly position: HeadPosition;
  /** French and Spanish: lower-case adjectives and complements may follow it ("Assemblée nationale"). */
  readonly tail: boolean;
  readonly reason: string;
}

/** A credit slot: the name stands between a match of `lead` (global) and one of `trail` (sticky). */
export interface OrganizationCredit {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly lead: RegExp;
  /**
   * The lead as a sticky regex when it opens on a line start ("(?:^|\n)…" with no other branch):
   * it can match only at the text's start or at a line break, and is tried there alone.
   */
  readonly lineLead: RegExp | null;
  readonly trail: RegExp | null;
  /** A lower-case name is accepted in this slot ("(awp)"). */
  readonly lowercase: boolean;
  /** Fewest letters of a name in this slot that is not seeded. */
  readonly minLetters: number;
  readonly reason: string;
}

/** A cue noun that names the organisation after it ("l'agence", "the company"). */
export interface OrganizationCue {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly reason: string;
}

/** A distinctive agency, media or platform name, matched wherever it is written (or only after `after`). */
export interface OrganizationSeed {
  readonly id: string;
  readonly kind: string;
  /** For a name that is also a common letter or word ("X"): the text right before it must end with a match. */
  readonly after: RegExp | null;
  /** The state a national body (a foreign ministry under its own name) serves. */
  readonly country: string | null;
  readonly reason: string;
}

/**
 * ingest/rules/organizationPatterns.json, compiled. Word sets hold folded words (foldText);
 * per-language records have a '*' entry merging every language.
 */
export interface OrganizationPatterns {
  /** Per language: folded head word → the heads it may be (a word may head at either end: "Radio"). */
  readonly heads: Readonly<Record<string, ReadonlyMap<string, readonly OrganizationHead[]>>>;
  /** Head words as written, lower-cased: a word that folds like a title ("Secretaría"/"Secretaria") heads only when written so. */
  readonly headForms: ReadonlySet<string>;
  readonly connectors: Readonly<Record<string, ReadonlySet<string>>>;
  readonly articles: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  readonly leadingWords: ReadonlySet<string>;
  /** Possessives and demonstratives that make the head after them a reference back ("su Departamento"). */
  readonly genericDeterminers: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly breakWords: ReadonlySet<string>;
  readonly genericWords: ReadonlySet<string>;
  /** Per language: matches a lower-case word (not folded) that ends like an adjective. */
  readonly adjectiveEnding: Readonly<Record<string, RegExp>>;
  readonly tailPrepositions: Readonly<Record<string, ReadonlySet<string>>>;
  /** Per language: the tail prepositions that join only a capitalised place ("en"). */
  readonly placePrepositions: Readonly<Record<string, ReadonlySet<string>>>;
  /** A whole parenthesised acronym (anchored). */
  readonly acronym: RegExp;
  /** A capitalised site name with its domain (global). */
  readonly webDomain: RegExp;
  readonly credits: readonly OrganizationCredit[];
  /** Per language (and '*'): every cue in one alternation, word-bounded. */
  readonly cues: Readonly<Record<string, MultiPattern<OrganizationCue>>>;
  /** Seed forms (and their capitalised spelling) by first word as written, longest form first. */
  readonly seedsByFirstWord: ReadonlyMap<string, readonly { readonly form: string; readonly seed: OrganizationSeed }[]>;
  /** The first UTF-16 unit of every key of seedsByFirstWord: a word opening with another opens no seed. */
  readonly seedInitials: ReadonlySet<number>;
  readonly seedByForm: ReadonlyMap<string, OrganizationSeed>;
}

/** Offices, honorifics, event triggers and cues, compiled once for matching. */
export interface Rules {
  readonly offices: readonly Office[];
  /** Office ids, most senior first, for an actor holding two at once (offices.json "actorSeniority"). */
  readonly actorSeniority: readonly string[];
  /** Words the actor dictionary ignores when it compares names (names.json "nameArticles"). */
  readonly nameArticles: readonly string[];
  /** Matches text that ends in a word making the office after it a past one ("former", "ancien"). */
  readonly formerOffice: RegExp;
  /** Read over the words before an office: it is the one a diplomat serves ('l'Ambassadeur de Sa Majesté le Roi'), not a post of anyone named. */
  readonly principalOffice: RegExp;
  /** Matches, at its start, the words between a name and the state it serves ("… of Angola"), or an opening bracket. */
  readonly stateAfterName: RegExp;
  /** Matches a word with an adverb's ending ("Previamente", "Parallèlement"). */
  readonly adverb: RegExp;
  /** Matches text that ends in a definite article before a bare title ("the President", "le président"). */
  readonly titleReference: RegExp;
  /** Matches text ending in a preposition or an article, after which a capitalised run names a thing ("Union of "). */
  readonly beforeThing: RegExp;
  /** A venue or institution noun right before a capitalised run: the run is its name (names.json "venueBefore"). */
  readonly venueBefore: RegExp;
  /** The same nouns opening a capitalised run: the run names a venue ('Palacio Nacional de la Cultura'). */
  readonly venueFirst: RegExp;
  /** Matches text ending in a word that joins a state to the title before it ("ambassadeur d'", "Minister of "). */
  readonly titleToState: RegExp;
  /** Text ending right before a state where someone serves, not whom ("… au ", "… to "). */
  readonly accreditedTo: RegExp;
  /** Per language: every office pattern (and, under key '*', all languages together). */
  readonly officeMatchers: Readonly<Record<string, MultiPattern<Office>>>;
  readonly portfolios: readonly Portfolio[];
  /**
   * Every portfolio's regex in one alternation anchored at the start, in list order, group k + 1
   * for portfolios[k]: what the first portfolio to match a text's start matches, in one call.
   */
  readonly portfolioAt: RegExp;
  /** Honorifics and name anchors (ranks, "counterpart"), in one alternation. */
  readonly honorifics: MultiPattern<CueRule>;
  readonly anchors: MultiPattern<CueRule>;
  readonly particles: ReadonlySet<string>;
  /** Particles inside one person's name ("bin", "ould"): a name never starts right after one. */
  readonly patronymics: ReadonlySet<string>;
  /** Lower-case words inside a capitalised name ("Ministry of Culture"), names.json "nameJoiners". */
  readonly nameJoiners: ReadonlySet<string>;
  readonly namePrefixes: readonly string[];
  readonly stopwords: ReadonlySet<string>;
  /** Verbs of Title Case headlines, which end a name inside a capitalised run. */
  readonly headlineVerbs: ReadonlySet<string>;
  /** Words that close a title written right before a name ("… Diaspora Affairs Musalia Mudavadi"). */
  /** Words a title goes on over that its shape does not carry ('pour la Libye', 'presidente electo'). */
  /** Locative prepositions (lower case) after which a lone capitalised word is a place. */
  readonly placePrepositions: ReadonlySet<string>;
  readonly titleWords: ReadonlySet<string>;
  /** Conjunctions inside an office title, lower case as written (names.json "titleConjunctions"). */
  readonly titleConjunctions: ReadonlySet<string>;
  readonly titleEnds: ReadonlySet<string>;
  /** Lower-case nouns of places named after people ('plaza Murillo', 'avenue Bourguiba'): a name right after one is the place's. */
  readonly placeNouns: ReadonlySet<string>;
  /** Capitalised nouns of sites that end a name given after a person ('… International Airport'): the run names the site. */
  readonly placeNounsAfter: ReadonlySet<string>;
  /** A run of capitalised name tokens, initials and particles (flags gu; copy before exec). */
  readonly nameRegex: RegExp;
  /** Lower-case given names (from compromise's lexicon), to accept unanchored names. */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-case family names that come first in a name ("wang" in "Wang Yi", "le" in "Le Hoai Trung"). */
  readonly familyNamesFirst: ReadonlySet<string>;
  /** States whose officials' full names end with two family names, the father's written alone (names.json "paternalSurnameStates"). */
  readonly paternalSurnameStates: ReadonlySet<string>;
  /** Generations written after a family name ('Jr.', 'III'), names.json "generationSuffixes". */
  readonly generationSuffixes: ReadonlySet<string>;
  /** Prepositions joining a title to its portfolio, names.json "portfolioPrepositions". */
  readonly portfolioPrepositions: ReadonlySet<string>;
  /** Lower-case words compromise knows as something other than a name ("river", "strip"). */
  readonly commonWords: ReadonlySet<string>;
  readonly types: Readonly<Record<EventType, EventTypeCodes>>;
  /** Per language, and '*' for all: triggers in one alternation. */
  readonly triggerMatchers: Readonly<Record<string, MultiPattern<Trigger>>>;
  readonly planned: Readonly<Record<string, RegExp>>;
  /** Per language: talks held one after another ("tour à tour", "separately"), one event per counterpart. */
  readonly separately: Readonly<Record<string, RegExp>>;
  /** Per language: the text before a trigger when its subject is a pronoun, a bare title or dropped. */
  readonly anaphoricSubject: Readonly<Record<string, RegExp>>;
  /** Per language: a bare title of a state's leader ('el mandatario salvadoreño'), which stands for its head of state. */
  readonly leaderTitle: Readonly<Record<string, RegExp>>;
  /** Per language: one encounter of several states together ("trilateral"), never split. */
  readonly jointly: Readonly<Record<string, RegExp>>;
  /** Per language: a plural subject standing for the two officials named just before ("les deux chefs d'État", "the two leaders"). */
  readonly pairAnaphor: Readonly<Record<string, RegExp>>;
  /** Per language: the words between a visit noun and the name of who makes it ("la visita de X"). */
  readonly visitBy: Readonly<Record<string, RegExp>>;
  /** Per language: a visit noun after a possessive ('during his visit'), whose traveller is the sentence's subject. */
  readonly visitOfSubject: Readonly<Record<string, RegExp>>;
  /** Per language: 'the next day' between a date and the trigger that dates the encounter a day after it. */
  readonly nextDay: Readonly<Record<string, RegExp>>;
  /** Per language: 'the day before' between a date and the trigger that dates the encounter a day before it. */
  readonly dayBefore: Readonly<Record<string, RegExp>>;
  /** Per language: an invitation before a visit trigger in its sentence, which makes the visit a proposal. */
  readonly invitedToVisit: Readonly<Record<string, RegExp>>;
  /** Per language: the words before a ceremony that talks reported earlier in the sentence follow ('suite à', 'following'). */
  readonly followingOn: Readonly<Record<string, RegExp>>;
  /** Cues of talks held one by one that a sentence may list by state alone ("bilateral meetings with Malaysia, Vietnam and Thailand"). */
  readonly talksByState: Readonly<Record<string, RegExp>>;
  /** Per language: a sentence opening on the encounters counted ('Both audiences …', 'Ambas recepciones …'): the guests the sentence before names were received one by one. */
  readonly bothEncounters: Readonly<Record<string, RegExp>>;
  /** Cues after which the people named travel with the person named before ("accompanied by"); global. */
  readonly companions: Readonly<Record<string, RegExp>>;
  /** Cues that pair a sentence's listed states with its listed names in order ("respectively"); global. */
  readonly respectively: Readonly<Record<string, RegExp>>;
  /** Per language: the subject receives the guest ("a reçu", "hosted"), so the encounter is in the subject's state. */
  readonly receivesGuest: Readonly<Record<string, RegExp>>;
  /** Per language: the guest is received by the one named next ("fue recibido por"). */
  readonly receivedBy: Readonly<Record<string, RegExp>>;
  /** Per language: another encounter the reported one prepares ("ahead of the meeting between …"); those named after it take part in that one. */
  readonly preparation: Readonly<Record<string, RegExp>>;
  /** Per language: the sentence turns to the story's background, another encounter ('The visit comes as envoys travelled to …'); triggers and names after it are that one's. */
  readonly background: Readonly<Record<string, RegExp>>;
  /** Per language: a relative clause after the trigger that says what the talks were about ('…, with whom he reviewed …'); an encounter it names is their subject. */
  readonly talksSubject: Readonly<Record<string, RegExp>>;
  /** Per language: an opening clause that sets another activity aside ('En dehors de …, X a reçu Y'); its triggers are not the sentence's encounter. */
  readonly setAside: Readonly<Record<string, RegExp>>;
  /** Per language: the text from a signing verb that signs a guest book ('a signé le livre d'honneur'): no agreement. */
  readonly guestBook: Readonly<Record<string, RegExp>>;
  /** Per language: a demonym naming its state's capital ('dans la capitale sénégalaise'), '#' standing for the demonym. */
  readonly demonymCapital: Readonly<Record<string, RegExp>>;
  /** Per language: an arrival 'in the country' ('est arrivé dans le pays'), the outlet's own. */
  readonly arrivedHome: Readonly<Record<string, RegExp>>;
  /** Per language: a traveller's arrival ('arrived', 'llegó', 'est arrivé'), whose date is a visit's first day. */
  readonly arrival: Readonly<Record<string, RegExp>>;
  /** Per language: the adverb 'here' ('ici', 'aquí'), which under a dateline names the dateline's city. */
  readonly hereAtDateline: Readonly<Record<string, RegExp>>;
  /** Per language: a day of the month named without its month ('le 7 courant', 'on the 7th', 'el día 7'), the match opening on the day's number. */
  readonly dayOfMonth: Readonly<Record<string, RegExp>>;
  /** Per language: the text before the city a diplomat is posted to ("l'ambassadeur de Colombie à "), which is no venue. */
  readonly posting: Readonly<Record<string, RegExp>>;
  /** Per language: text ending in a return to a place ('de regreso a ', 'flying back to '): the place after it is where a guest goes back to, no venue. */
  readonly returnTrip: Readonly<Record<string, RegExp>>;
  /** Per language: a sentence telling when or where the encounter just reported took place ("The meeting took place … on Friday"). */
  readonly tookPlace: Readonly<Record<string, RegExp>>;
  /** Per language: a guest received on arrival, at the airport or the foot of the plane (the reception verb and the arrival words together). */
  readonly welcomeOnArrival: Readonly<Record<string, RegExp>>;
  /** Per language: the text before a city where a gathering is held ("la réunion qui se tient à "), which frames the talks after it. */
  readonly gatheringHeld: Readonly<Record<string, RegExp>>;
  /** Per language: the text before an organisation whose members meet together ("Foreign ministers of the "), which makes the meeting that organisation's. */
  readonly collectiveSubject: Readonly<Record<string, RegExp>>;
  /** Per language: words right before a date that make it another thing's (an inauguration, an election, a birth). */
  readonly otherDate: Readonly<Record<string, RegExp>>;
  /** Per language: a sentence naming those who attended the encounter reported just before it. */
  readonly attendance: Readonly<Record<string, RegExp>>;
  /** Matches text ending right before a state that is the subject of talks, not a party ("the situation in "). */
  readonly subjectState: RegExp;
  /** Matches text ending right before a list of states whose envoys an audience receives ("the Ambassadors of "). */
  readonly envoysOf: RegExp;
  /** The possessive of an envoy or a message right after a name ('X's special envoy'): X is the principal, no participant (cues.json principalOf). */
  readonly principalOf: RegExp;
  /** The words right before a state that make it the other party of the one who acts ("with Finland"). */
  readonly withState: RegExp;
  /** The text before a place that puts it inside a phrase of time ("au lendemain du sommet tenu à "), which is no venue of the encounter after it. */
  readonly afterGathering: RegExp;
  readonly passing: Readonly<Record<string, RegExp>>;
  readonly passingRules: readonly CueRule[];
  /** Per language: the passing cues but those of a past encounter, for a sentence that announces one ("X will meet Y, re-elected earlier this month"). */
  readonly passingAhead: Readonly<Record<string, RegExp>>;
  readonly nonDiplomatic: readonly CueRule[];
  /** The same cues in one alternation, to count every domain's hits in a single pass. */
  readonly nonDiplomaticAll: MultiPattern<CueRule>;
  /** Cues right before a name that it is not present, grouped by how many characters before the name each is read over. */
  readonly nonParticipant: readonly { readonly regex: RegExp; readonly reach: number }[];
  readonly setting: RegExp;
  /** Gatherings always held in one city: a setting naming one places the talks there. */
  readonly fixedVenues: readonly FixedVenue[];
  readonly locationPrepositions: Readonly<Record<string, RegExp>>;
  /** Verbs right after a city that make it the venue ("Ouagadougou a abrité …"), per language and '*'. */
  readonly hostVerbs: Readonly<Record<string, RegExp>>;
  /** The archive date a saved page may open with, before the article's first line. */
  readonly pageDate: RegExp;
  readonly dateline: RegExp;
  /** A wire's dateline in title case ("Niamey, 19 avril (ANP) –"): a dateline only when it opens with a known city. */
  readonly datelineTitleCase: RegExp;
  /** A digit or a month/weekday/relative-day word: spans without one skip the date parser. */
  readonly dateHint: RegExp;
  /** The same cue, global (flag g), to find where in a span a date may be. */
  readonly dateHintAll: RegExp;
  /** Words joining two days of one month ("5 et 6"), each to the range word ("au") the date parser reads instead: cues.json "dayPairJoiners". */
  readonly dayPairJoiners: ReadonlyMap<string, string>;
  /** Days named by their distance from the publication date ("hier": -1, "anteayer": -2): cues.json "relativeDays". */
  readonly relativeDays: ReadonlyMap<string, number>;
  /** Languages the trigger rules cover. */
  readonly languages: readonly string[];
  /** Organisation names found by pattern besides the lexicon. */
  readonly organizationPatterns: OrganizationPatterns;
}
