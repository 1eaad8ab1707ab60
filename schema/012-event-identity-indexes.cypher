// The writer's event-identity look-up (queries/events.candidates): the events of a merge key
// or a country key near a report's date, as index seeks on (key, date), instead of every event
// of the key (a country pair has thousands). The extractedDate pairs hold only events whose
// date an analyst corrected: they are matched on the date their reports gave.
CREATE INDEX event_merge_key_date IF NOT EXISTS FOR (n:Event) ON (n.mergeKey, n.date);
CREATE INDEX event_country_key_date IF NOT EXISTS FOR (n:Event) ON (n.countryKey, n.date);
CREATE INDEX event_merge_key_extracted_date IF NOT EXISTS FOR (n:Event) ON (n.mergeKey, n.extractedDate);
CREATE INDEX event_country_key_extracted_date IF NOT EXISTS FOR (n:Event) ON (n.countryKey, n.extractedDate);
