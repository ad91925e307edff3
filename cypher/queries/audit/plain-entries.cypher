// Audit entries with a value still stored in plain text (written before audit sealing existed, or restored from
// such a backup), so that start-up can seal them. $columns: the sealed columns (server/audit/sealed-entry.ts).
MATCH (c:Change)
WHERE any(column IN $columns WHERE c[column] IS NOT NULL AND NOT toString(c[column]) STARTS WITH 'sealed:')
RETURN elementId(c) AS elementId, c {.actor, .action, .entityType, .subjectId, .summary, .before, .after} AS values
