// Batch: the latest $first changes concerning each node id, newest first (also for nodes since deleted).
UNWIND $ids AS id
MATCH (c:Change {entityId: id})
WITH id, c ORDER BY c.at DESC, c.id DESC
RETURN id, collect(c {.*})[..$first] AS items
