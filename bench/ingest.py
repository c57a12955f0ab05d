"""Words/s of the bare spaCy pipeline against the whole ingest (extraction,
resolution and store writes), over the same texts in one run; prints the
ratio (target: at least 0.8).  Usage, from the repository root:
python -m bench.ingest [FOLDER] [REPEAT]   (default: the sample articles, 20 copies each)
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import spacy

from graph.falkor_backend import FalkorStore
from ingest.cli import ingest_articles
from ingest.extract import PARSE_BATCH, Extractor
from ingest.loaders import RawArticle, load
from ingest.pipeline import model_name


ROUNDS = 8
_TICK = os.sysconf("SC_CLK_TCK")


def engine_cpu(pid: int) -> float:
    """CPU seconds the engine process has used so far (user + system, from /proc).

    >>> engine_cpu(os.getpid()) >= 0
    True
    """
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.split("Usage")[0].strip())
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[1] / "ingest" / "samples"),
                        help="articles to ingest (default: the sample articles)")
    parser.add_argument("repeat", nargs="?", type=int, default=20, help="copies of each article (default: 20)")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    folder, repeat = args.folder, args.repeat
    base = [a for a in load([folder]) if isinstance(a, RawArticle)]
    if not base:
        sys.exit(f"error: no articles to ingest in {folder}")
    # distinct copies so that every article is really written (ids are content hashes)
    articles = [RawArticle(f"{a.text}\n(copy {i})", a.source, a.meta) for i in range(repeat) for a in base]
    words = sum(len(a.text.split()) for a in articles)
    ex = Extractor()
    # the pipeline as spaCy ships it, loaded on its own: its tokenizer and attribute ruler
    # without ours (our components, patterns and the ruler's indexed matching are the ingest's)
    bare_nlp = spacy.load(model_name())
    for nlp in (ex.nlp, bare_nlp):
        for _ in nlp.pipe(a.text for a in articles[:10]):
            pass  # warm up

    def bare_run(texts: list[RawArticle]) -> tuple[float, float]:
        t, cpu = time.perf_counter(), time.process_time()
        for _ in bare_nlp.pipe((a.text for a in texts), batch_size=PARSE_BATCH):
            pass
        return time.perf_counter() - t, time.process_time() - cpu

    # Paired measurement: each round parses all the articles with the bare
    # pipeline and ingests them whole (one ingest call, as a user's run over a
    # folder), in alternating order, so that the machine's load, which drifts
    # from second to second here, weighs on both alike. Both get texts they
    # have not seen (a last line naming the round): spaCy parses a text it
    # has just parsed about 7% faster, which would flatter the bare side.
    # The ratio is of the summed times; words/s are the medians. Beside the
    # wall-clock ratio, the same of CPU seconds (this process and, for the
    # whole ingest, the engine's): on a machine loaded by others, time spent
    # waiting for a core weighs on the wall clock of either side at random.
    bare_t, whole_t, bares, wholes, ratios = 0.0, 0.0, [], [], []
    bare_cpu, whole_cpu, engine_t = 0.0, 0.0, 0.0
    for r in range(ROUNDS):
        # the engine may still be removing its files when a round ends on a
        # loaded machine: a folder left behind must not end the run
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
            store = FalkorStore(Path(tmp) / "bench.db")
            try:
                store.ensure_schema()
                copies = [RawArticle(f"{a.text}\n(round {r})", a.source, a.meta) for a in articles]
                fresh = [RawArticle(f"{a.text}\n(bare {r})", a.source, a.meta) for a in articles]
                rb, cb = bare_run(fresh) if r % 2 == 0 else (0.0, 0.0)
                engine = store.server_pid
                t, cpu, ecpu = time.perf_counter(), time.process_time(), engine_cpu(engine)
                summary = ingest_articles(store, copies, ex)
                rw = time.perf_counter() - t
                cw, ce = time.process_time() - cpu, engine_cpu(engine) - ecpu
                if r % 2 == 1:
                    rb, cb = bare_run(fresh)
                assert summary["written"] == len(copies), "every article must really be written"
            finally:
                store.close()
        bare_t, whole_t = bare_t + rb, whole_t + rw
        bare_cpu, whole_cpu, engine_t = bare_cpu + cb, whole_cpu + cw, engine_t + ce
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
    print(f"CPU ratio whole/bare: {bare_cpu / whole_cpu:>10.2f}   (CPU seconds of this process; "
          f"{bare_cpu / (whole_cpu + engine_t):.2f} with the engine's, which run beside the parse; "
          f"load average {os.getloadavg()[0]:.1f})")

if __name__ == "__main__":
    main()
