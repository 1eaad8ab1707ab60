// Range indexes for the filters dashboards use most: event dates (sortDate is a Neo4j DATE,
// null when the year is unknown), types and statuses, article publication dates, and the
// event-merge keys that find the same real-world meeting across articles (mergeKey: type and
// participants; countryKey: type and countries, for reports naming only some participants).
CREATE INDEX event_sort_date IF NOT EXISTS FOR (n:Event) ON (n.sortDate);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX event_merge_key IF NOT EXISTS FOR (n:Event) ON (n.mergeKey);
CREATE INDEX event_country_key IF NOT EXISTS FOR (n:Event) ON (n.countryKey);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX relation_last_date IF NOT EXISTS FOR (n:Relation) ON (n.lastDate);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surnameKey);
CREATE INDEX organization_acronym IF NOT EXISTS FOR (n:Organization) ON (n.acronym);
