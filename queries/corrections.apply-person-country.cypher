// Sets (or clears) the country persons serve. `pinned` keeps it through later ingests
// (persons.upsert leaves a pinned country alone, even a cleared one).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
SET p.country = row.country, p.countryCorrected = row.pinned
RETURN count(p) AS applied
