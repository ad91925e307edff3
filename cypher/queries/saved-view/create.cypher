// Stores a new saved view; $state is the view's state as JSON text (size checked by the service).
CREATE (v:SavedView {id: $id, name: $name, owner: $owner, state: $state, createdAt: datetime(), updatedAt: datetime()})
RETURN v {.id, .name, .owner, .state, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
