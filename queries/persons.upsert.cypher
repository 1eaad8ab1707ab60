// Writes resolved persons: the longest form of the name becomes the name, every other form
// an alias; searchText feeds the full-text index (which does not index lists). Returns the
// persons whose name, aliases or country changed: their events' stored details show them.
// A name or country an analyst corrected (nameCorrected, countryCorrected) stays as corrected.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name, p.aliases = [], p.surnameKey = row.surnameKey, p.country = row.country
WITH p, row, [p.name, coalesce(p.aliases, []), coalesce(p.country, '')] AS before
WITH p, row, before,
     reduce(acc = coalesce(p.aliases, []), n IN row.names + [p.name] |
       CASE WHEN n IN acc THEN acc ELSE acc + n END) AS forms
WITH p, row, before, forms,
     CASE WHEN p.nameCorrected THEN p.name
          ELSE reduce(best = p.name, n IN forms | CASE WHEN size(n) > size(best) THEN n ELSE best END) END AS name
SET p.name = name,
    p.aliases = [n IN forms WHERE n <> name],
    p.country = CASE WHEN p.countryCorrected THEN p.country ELSE coalesce(p.country, row.country) END,
    p.searchText = reduce(s = name, n IN forms | CASE WHEN n = name THEN s ELSE s + ' | ' + n END)
RETURN count(p) AS written,
       collect(CASE WHEN [p.name, p.aliases, coalesce(p.country, '')] <> before THEN p.id END) AS changed
