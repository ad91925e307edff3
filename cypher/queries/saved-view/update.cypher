// Renames a saved view and/or replaces its state (null keeps what is stored); only its owner's.
MATCH (v:SavedView {id: $id, owner: $owner})
SET v.name = coalesce($name, v.name), v.state = coalesce($state, v.state), v.updatedAt = datetime()
RETURN v {.id, .name, .owner, .state, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
