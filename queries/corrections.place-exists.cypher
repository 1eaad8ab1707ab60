// Which of these place ids exist (a corrected event place must be a known place).
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN p.id AS id
