// Relationship indexes for the API's heaviest reads: a country's or a topic's events in a
// period, a country's partners and the topics discussed in a period. A country or a topic has
// thousands of events: finding those of a period through its node reads every event's date,
// while these indexes hold the events of one country, pair or topic already in date order.
// The writer copies the keys onto the edges: INVOLVES carries the country code and the event's
// sortDate, PART_OF the relation id and DISCUSSED the topic id, each with the event's sortDate. A composite index holds only edges with every key, so events
// with an unknown year (sortDate null) mark their INVOLVES edges `undated: true` instead, and
// the second index finds a country's undated events without reading all its edges.
CREATE INDEX involves_country_date IF NOT EXISTS FOR ()-[i:INVOLVES]-() ON (i.country, i.sortDate);
CREATE INDEX involves_country_undated IF NOT EXISTS FOR ()-[i:INVOLVES]-() ON (i.country, i.undated);
CREATE INDEX part_of_relation_date IF NOT EXISTS FOR ()-[p:PART_OF]-() ON (p.relation, p.sortDate);
CREATE INDEX discussed_topic_date IF NOT EXISTS FOR ()-[d:DISCUSSED]-() ON (d.topic, d.sortDate);
