// Deletes a saved view; only its owner's. Returns how many were deleted (0 or 1).
MATCH (v:SavedView {id: $id, owner: $owner})
DELETE v
RETURN count(*) AS deleted
