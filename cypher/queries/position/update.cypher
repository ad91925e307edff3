// Replaces a post's title and dates (the caller merged them with the current ones).
MATCH (:Person)-[r:HOLDS_POSITION {id: $id}]->(:Organisation)
SET r.kind = $kind, r.title = $title, r.titleRu = $titleRu, r.from = date($from), r.to = date($to), r.observedOn = date($observedOn)
RETURN r.id AS id
