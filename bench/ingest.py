"""Words/s of the bare spaCy pipeline against the whole ingest (extraction,
resolution and store writes), over the same texts in one run; prints the
ratio (target: at least 0.8).  Usage: python bench/ingest.py [FOLDER] [REPEAT]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from graph.falkor_backend import FalkorStore
from ingest.cli import ingest_articles
from ingest.extract import Extractor
from ingest.loaders import RawArticle, load


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[1] / "ingest" / "samples")
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    base = [a for a in load([folder]) if isinstance(a, RawArticle)]
    # distinct copies so that every article is really written (ids are content hashes)
    articles = [RawArticle(f"{a.text}\n(copy {i})", a.source, a.meta) for i in range(repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    ex = Extractor()
    for _ in ex.nlp.pipe(a.text for a in articles[:10]):
        pass  # warm up
    t = time.perf_counter()
    for _ in ex.nlp.pipe((a.text for a in articles), batch_size=16):
        pass
    bare = words / (time.perf_counter() - t)
    with tempfile.TemporaryDirectory() as tmp:
        store = FalkorStore(Path(tmp) / "bench.db")
        try:
            store.ensure_schema()
            t = time.perf_counter()
            summary = ingest_articles(store, articles, ex, batch=20)
            whole = words / (time.perf_counter() - t)
        finally:
            store.close()
    print(f"{len(articles)} articles, {words:,} words, {summary['written']} written")
    print(f"bare spaCy pipeline : {bare:>10,.0f} words/s")
    print(f"whole ingest        : {whole:>10,.0f} words/s")
    print(f"ratio whole/bare    : {whole / bare:>10.2f}   (target >= 0.80)")


if __name__ == "__main__":
    main()
