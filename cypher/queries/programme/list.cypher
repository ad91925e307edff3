// All programmes, by name.
MATCH (p:Programme)
RETURN p {.*, entityType: 'Programme'} AS programme
ORDER BY coalesce(p.nameEn, p.nameRu)
