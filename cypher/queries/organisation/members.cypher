// Batch: the members of each organisation (e.g. of a consortium).
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[:MEMBER_OF]-(m:Organisation)
RETURN id, collect(m {.*, searchText: null, entityType: 'Organisation'}) AS items
