// (organisation)-[:GOVERNS]->(territory): ayil okmotus, town, rayon and oblast administrations.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.fromId})
MATCH (t:Territory {id: row.toId})
MERGE (o)-[:GOVERNS]->(t)
RETURN count(*) AS written
