// The tallies kept, per kind: events counted over all buckets and the number of buckets, for
// `db check` to compare with tallies.check's recount (a bucket the recount does not know shows
// as a difference of totals).
MATCH (t:Tally)
RETURN t.kind AS kind, sum(t.count) AS kept, count(t) AS buckets
