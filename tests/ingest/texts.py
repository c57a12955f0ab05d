"""Our own texts for tests that hold a matcher beside spaCy's: the sample articles and every case."""
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def our_texts() -> list[str]:
    """The sample articles' texts, then every case corpus text, in file order."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "ingest" / "samples").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "ingest" / "cases").glob("*.yaml")):
        texts += [case["text"] for case in yaml.safe_load(path.read_text("utf-8"))]
    return texts
