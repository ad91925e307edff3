// How many saved views one owner keeps (a new one is refused beyond the cap).
MATCH (v:SavedView {owner: $owner})
RETURN count(v) AS count
