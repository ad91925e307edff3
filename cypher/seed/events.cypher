// Events; the date arrives as an ISO string and the participant count as a JS number (float).
UNWIND $rows AS row
MERGE (e:Entity:Event {id: row.id})
SET e += row.props,
    e.date = date(row.date),
    e.reportedParticipantCount = toInteger(row.reportedParticipantCount)
RETURN count(*) AS written
