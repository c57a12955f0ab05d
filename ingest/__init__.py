"""Text to facts: loading, the spaCy pipeline, entity resolution and the
pydantic models of an extraction. Writes through ``graph``'s store."""
