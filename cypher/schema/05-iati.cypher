// IATI activity files (server/iati): an activity is found again by its iati-identifier, an organisation by its IATI
// organisation identifier, so that importing a file twice, or two confirmations at once, never duplicate either.
CREATE CONSTRAINT programme_iati_identifier IF NOT EXISTS FOR (n:Programme) REQUIRE n.iatiIdentifier IS UNIQUE;
CREATE CONSTRAINT phase_iati_identifier IF NOT EXISTS FOR (n:Phase) REQUIRE n.iatiIdentifier IS UNIQUE;
CREATE CONSTRAINT organisation_iati_ref IF NOT EXISTS FOR (n:Organisation) REQUIRE n.iatiRef IS UNIQUE;
