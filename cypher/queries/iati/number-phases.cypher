// Numbers the phases of the given programmes by start date (then id): a phase's `number` is its order.
UNWIND $programmeIds AS programmeId
MATCH (p:Programme {id: programmeId})-[:HAS_PHASE]->(phase:Phase)
WITH p, phase ORDER BY phase.startDate, phase.id
WITH p, collect(phase) AS phases
UNWIND range(0, size(phases) - 1) AS index
WITH phases[index] AS phase, index
SET phase.number = index + 1
RETURN count(phase) AS written
