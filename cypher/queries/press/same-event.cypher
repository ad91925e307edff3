// Events on the same day, in the same phase and held in the same territory (or, when $placeTerritoryId is null, held
// nowhere recorded): the candidates for "the same event" a confirmed press release finds instead of creating one.
// The titles are compared by the caller (server/press/confirm-event.ts).
MATCH (e:Event {date: date($date)})-[:IN_PHASE]->(:Phase {id: $phaseId})
WHERE CASE WHEN $placeTerritoryId IS NULL THEN NOT EXISTS { (e)-[:HELD_IN]->() }
           ELSE EXISTS { (e)-[:HELD_IN]->(:Territory {id: $placeTerritoryId}) } END
RETURN e {.*, searchText: null, entityType: 'Event'} AS event
ORDER BY e.id
