// The participants of each event (hosts, then guests, then other parties, by name), batched
// over the event ids of one API request.
UNWIND $ids AS id
MATCH (p:Person)-[pi:PARTICIPATED_IN]->(:Event {id: id})
WITH id, p, pi
ORDER BY id, CASE pi.side WHEN 'host' THEN 0 WHEN 'guest' THEN 1 ELSE 2 END, p.name
RETURN id AS eventId,
       collect({
         person: p {.id, .name, aliases: coalesce(p.aliases, []), countryCode: p.country},
         role: pi.role, side: pi.side, countryCode: coalesce(pi.country, p.country)
       }) AS participants
