// Seeds (or refreshes) every ISO 3166-1 country at migration; idempotent on Country.code.
UNWIND $rows AS row
MERGE (c:Country {code: row.code})
SET c.iso3 = row.iso3,
    c.isoNumeric = row.isoNumeric,
    c.name = row.name,
    c.nameFr = row.nameFr,
    c.officialName = row.officialName,
    c.region = row.region,
    c.subregion = row.subregion
RETURN count(c) AS seeded
