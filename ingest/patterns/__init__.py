"""Deal phrasings as data: vocabulary by lemma (`vocab.py`) and the
dependency patterns that bind a deal's roles (`deals.py`)."""
