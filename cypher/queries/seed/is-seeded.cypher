// Whether the reference seed has been loaded. The seed runs in one transaction, so the country node
// stands for all of it; later edits (even deleting seeded events) never trigger a re-seed on start.
RETURN EXISTS { MATCH (:Territory {id: $countryId}) } AS seeded
