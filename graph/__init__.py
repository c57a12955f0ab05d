"""The graph store and its analysis: schema, one store interface with two
backends (embedded FalkorDB, Neo4j over Bolt), read-only queries, NetworkX
analytics and export. Imports neither ``ingest`` nor ``webapp``."""
