// Programme phases; numbers arrive as JS numbers (floats) and dates as ISO strings, hence the conversions.
UNWIND $rows AS row
MERGE (p:Entity:Phase {id: row.id})
SET p += row.props,
    p.number = toInteger(row.number),
    p.budgetChf = toInteger(row.budgetChf),
    p.startDate = date(row.startDate),
    p.endDate = date(row.endDate)
RETURN count(*) AS written
