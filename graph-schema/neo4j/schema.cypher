// Neo4j 5 schema for the CooperationGraph property graph, derived from ../model.yaml and checked against it
// by tests/CooperationGraph.Seeding.Tests/SeedData/Neo4jSchemaTests. Every statement is idempotent (IF NOT EXISTS),
// so the file can be run on every start. A node carries its concrete label and every ancestor label
// (:Entity:Organisation:University), so a constraint on Entity guards ids across all labels.

// ── Node identity: one uniqueness constraint on id per concrete label, and one on Entity ──────────────
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_agency_id_unique IF NOT EXISTS FOR (n:GovernmentAgency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT university_id_unique IF NOT EXISTS FOR (n:University) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT research_institute_id_unique IF NOT EXISTS FOR (n:ResearchInstitute) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id_unique IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT financial_institution_id_unique IF NOT EXISTS FOR (n:FinancialInstitution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT park_or_zone_id_unique IF NOT EXISTS FOR (n:ParkOrZone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tech_transfer_body_id_unique IF NOT EXISTS FOR (n:TechTransferBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hospital_id_unique IF NOT EXISTS FOR (n:Hospital) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT social_organisation_id_unique IF NOT EXISTS FOR (n:SocialOrganisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lab_id_unique IF NOT EXISTS FOR (n:Lab) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id_unique IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT innovation_centre_id_unique IF NOT EXISTS FOR (n:InnovationCentre) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_id_unique IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT financial_product_id_unique IF NOT EXISTS FOR (n:FinancialProduct) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id_unique IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_document_id_unique IF NOT EXISTS FOR (n:PolicyDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id_unique IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id_unique IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id_unique IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id_unique IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id_unique IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;

// ── Relationship identity: the loader gives every relationship a stable id ────────────────────────────
CREATE CONSTRAINT issued_id_unique IF NOT EXISTS FOR ()-[r:ISSUED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT addressed_to_id_unique IF NOT EXISTS FOR ()-[r:ADDRESSED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT lead_handler_of_id_unique IF NOT EXISTS FOR ()-[r:LEAD_HANDLER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT co_handler_of_id_unique IF NOT EXISTS FOR ()-[r:CO_HANDLER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT answers_id_unique IF NOT EXISTS FOR ()-[r:ANSWERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT submitted_id_unique IF NOT EXISTS FOR ()-[r:SUBMITTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT party_to_id_unique IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cooperates_with_id_unique IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT co_builds_id_unique IF NOT EXISTS FOR ()-[r:CO_BUILDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT hosts_id_unique IF NOT EXISTS FOR ()-[r:HOSTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT has_branch_id_unique IF NOT EXISTS FOR ()-[r:HAS_BRANCH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT sets_up_branch_in_id_unique IF NOT EXISTS FOR ()-[r:SETS_UP_BRANCH_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id_unique IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id_unique IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT funds_id_unique IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supports_id_unique IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT promotes_id_unique IF NOT EXISTS FOR ()-[r:PROMOTES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT works_for_id_unique IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT recommended_id_unique IF NOT EXISTS FOR ()-[r:RECOMMENDED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT seconded_to_id_unique IF NOT EXISTS FOR ()-[r:SECONDED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT organises_id_unique IF NOT EXISTS FOR ()-[r:ORGANISES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participates_in_id_unique IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT issues_id_unique IF NOT EXISTS FOR ()-[r:ISSUES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT implements_id_unique IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT targets_id_unique IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT in_sector_id_unique IF NOT EXISTS FOR ()-[r:IN_SECTOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT measures_id_unique IF NOT EXISTS FOR ()-[r:MEASURES]-() REQUIRE r.id IS UNIQUE;

// ── Property indexes for the filters queries use ─────────────────────────────────────────────────
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX region_kind IF NOT EXISTS FOR (n:Region) ON (n.kind);
CREATE INDEX region_bloc IF NOT EXISTS FOR (n:Region) ON (n.bloc);
CREATE INDEX region_admin_code IF NOT EXISTS FOR (n:Region) ON (n.adminCode);
CREATE INDEX sector_code IF NOT EXISTS FOR (n:Sector) ON (n.code);
CREATE INDEX organisation_level IF NOT EXISTS FOR (n:Organisation) ON (n.level);
CREATE INDEX indicator_metric IF NOT EXISTS FOR (n:Indicator) ON (n.metric);
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);

// Relationship status: "which plans have no follow-up" filters planned relationships of these types.
CREATE INDEX promotes_status IF NOT EXISTS FOR ()-[r:PROMOTES]-() ON (r.status);
CREATE INDEX cooperates_with_status IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.status);
CREATE INDEX co_builds_status IF NOT EXISTS FOR ()-[r:CO_BUILDS]-() ON (r.status);
CREATE INDEX implements_status IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.status);
CREATE INDEX supports_status IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.status);
CREATE INDEX funds_status IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.status);
CREATE INDEX organises_status IF NOT EXISTS FOR ()-[r:ORGANISES]-() ON (r.status);
CREATE INDEX participates_in_status IF NOT EXISTS FOR ()-[r:PARTICIPATES_IN]-() ON (r.status);
CREATE INDEX targets_status IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.status);
CREATE INDEX part_of_status IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.status);

// ── Full-text search over names and aliases (a list of strings) of every entity label; the cjk analyzer
// indexes Chinese by character bigrams, so 科技厅 finds 自治区科技厅 ───────────────────────────────────
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:GovernmentAgency|University|ResearchInstitute|Enterprise|FinancialInstitution|ParkOrZone|TechTransferBody|Hospital|SocialOrganisation|Lab|Platform|InnovationCentre|Fund|FinancialProduct|Agreement|PolicyDocument|Programme|Event|Person|Region|Sector|Indicator|Document) ON EACH [n.name, n.nameEn, n.aliases] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
