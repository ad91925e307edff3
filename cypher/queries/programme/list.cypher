// All programmes, by name.
MATCH (p:Programme)
RETURN p {.*, searchText: null, entityType: 'Programme'} AS programme
ORDER BY coalesce(p.nameEn, p.nameRu)
