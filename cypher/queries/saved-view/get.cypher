// One saved view by its id, whoever owns it (a shared link opens it for any reader).
MATCH (v:SavedView {id: $id})
RETURN v {.id, .name, .owner, .state, createdAt: toString(v.createdAt), updatedAt: toString(v.updatedAt)} AS view
