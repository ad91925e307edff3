// Takes the write lock on one saved view for the rest of the transaction (a rename and a delete of it run one
// after the other) and says who owns it; no row when there is no such view.
MATCH (v:SavedView {id: $id})
SET v._lock = true
REMOVE v._lock
RETURN v.owner AS owner, v.name AS name
