"""Words/s of the bare spaCy pipeline against the whole ingest (extraction,
resolution and store writes), over the same texts in one run; prints the
ratio (target: at least 0.8).  Usage: python bench/ingest.py [FOLDER] [REPEAT]
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from graph.falkor_backend import FalkorStore
from ingest.cli import ingest_articles
from ingest.extract import Extractor
from ingest.loaders import RawArticle, load


ROUNDS = 5
CHUNK = 240


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
    # Paired measurement: the articles go in chunks, and each chunk is first
    # parsed by the bare pipeline, then ingested whole, so that the machine's
    # load (which drifts from second to second here) weighs on both alike.
    # ROUNDS passes over all the articles (one ingest call each, as a user's
    # run over a folder); the ratio is of the summed times, words/s of the medians.
    bare_t, whole_t, bares, wholes, ratios = 0.0, 0.0, [], [], []
    for r in range(ROUNDS):
        rb = rw = 0.0
        with tempfile.TemporaryDirectory() as tmp:
            store = FalkorStore(Path(tmp) / "bench.db")
            try:
                store.ensure_schema()
                for i in range(0, len(articles), CHUNK):
                    chunk = articles[i:i + CHUNK]
                    t = time.perf_counter()
                    for _ in ex.nlp.pipe((a.text for a in chunk), batch_size=16):
                        pass
                    rb += time.perf_counter() - t
                    copies = [RawArticle(f"{a.text}\n(round {r})", a.source, a.meta) for a in chunk]
                    t = time.perf_counter()
                    summary = ingest_articles(store, copies, ex)
                    rw += time.perf_counter() - t
                    assert summary["written"] == len(chunk), "every article must really be written"
            finally:
                store.close()
        bare_t, whole_t = bare_t + rb, whole_t + rw
        bares.append(words / rb)
        wholes.append(words / rw)
        ratios.append(rb / rw)
    bare, whole = statistics.median(bares), statistics.median(wholes)
    print(f"{len(articles)} articles, {words:,} words, {ROUNDS} rounds")
    print(f"bare spaCy pipeline : {bare:>10,.0f} words/s   (median of {ROUNDS}: "
          f"{', '.join(f'{b:,.0f}' for b in bares)})")
    print(f"whole ingest        : {whole:>10,.0f} words/s   (median of {ROUNDS}: "
          f"{', '.join(f'{w:,.0f}' for w in wholes)})")
    print(f"ratio per round     : {', '.join(f'{x:.2f}' for x in ratios)}")
    print(f"ratio whole/bare    : {bare_t / whole_t:>10.2f}   (target >= 0.80; summed paired times)")


if __name__ == "__main__":
    main()
