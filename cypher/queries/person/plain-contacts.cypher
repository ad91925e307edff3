// People whose phone or e-mail is still stored in plain text (written before contact sealing, or restored from
// such a backup), so that start-up can seal them.
MATCH (p:Person)
WHERE (p.phone IS NOT NULL AND NOT p.phone STARTS WITH 'sealed:')
   OR (p.email IS NOT NULL AND NOT p.email STARTS WITH 'sealed:')
RETURN p.id AS id, p.phone AS phone, p.email AS email
