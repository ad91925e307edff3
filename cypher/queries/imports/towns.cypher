// Cities and towns, to find the one an attendance sheet's title names as the event's place ("г. Каракол", "Talas").
MATCH (t:Territory {level: 'CITY'})
RETURN t {.*, searchText: null, entityType: 'Territory'} AS town
