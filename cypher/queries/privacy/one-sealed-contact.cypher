// One sealed contact value, if any: a database sealed before key checks existed is checked by opening it.
MATCH (p:Person)
WHERE p.phone STARTS WITH 'sealed:' OR p.email STARTS WITH 'sealed:'
WITH p LIMIT 1
RETURN CASE WHEN p.phone STARTS WITH 'sealed:' THEN 'phone' ELSE 'email' END AS field,
       CASE WHEN p.phone STARTS WITH 'sealed:' THEN p.phone ELSE p.email END AS sealed
