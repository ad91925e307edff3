// The saved views of one owner, the latest changed first.
MATCH (v:SavedView {owner: $owner})
WITH v ORDER BY v.updatedAt DESC, v.id
LIMIT $first
RETURN v {.id, .name, .owner, .state, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
