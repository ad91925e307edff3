// Every organisation with names, aliases, kind and the territories it governs, for the duplicates report.
MATCH (o:Organisation)
RETURN collect(o {.*, searchText: null, entityType: 'Organisation', governs: [(o)-[:GOVERNS]->(t:Territory) | t.id]}) AS organisations
