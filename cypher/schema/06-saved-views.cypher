// Saved views of the network explorer (server/saved-views): one :SavedView per named picture a user keeps
// (filters, selection, positions, zoom as JSON text). Kept apart from the graph like :PressRelease: no :Entity
// label and no relationships, so graph views, paths, analyses and exports never see them. Listed per owner.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE INDEX saved_view_owner IF NOT EXISTS FOR (v:SavedView) ON (v.owner);
