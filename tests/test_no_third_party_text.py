"""No project file carries text from the evaluation articles.

../shared/eval/shingles.txt fingerprints every run of eight words of every
text the dev set has held, past and present; its first line says how. A
project file (tracked, or new and not ignored) that shares one such run with
them fails, and the message says which words. The current ../shared/eval/dev/*.txt are fingerprinted the same
way, in case the list is older than they are. Skipped where the list is absent
(a checkout without the evaluation folder beside it).
"""
from __future__ import annotations

import hashlib
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SHINGLES = EVAL / "shingles.txt"
SUFFIXES = {".py", ".txt", ".md", ".json", ".yaml", ".yml", ".jsonl", ".html"}
RUN = 8
WORD = re.compile(r"[a-z0-9$%.]+")


def fingerprint(words: list[str]) -> str:
    """sha1[:12] of words joined by one space, as the list's first line states.

    >>> fingerprint(["the", "quick", "brown", "fox", "jumps", "over", "the", "dog"])
    '3f820dc30c74'
    """
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:12]


def runs(text: str) -> list[tuple[str, str]]:
    """(fingerprint, words) of every run of RUN lower-cased words in a text."""
    words = WORD.findall(text.lower())
    return [(fingerprint(words[i:i + RUN]), " ".join(words[i:i + RUN])) for i in range(len(words) - RUN + 1)]


def known_fingerprints() -> set[str]:
    lines = SHINGLES.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("#") and "8-word shingle" in lines[0], \
        "shingles.txt changed its recipe; update this test to match its first line"
    known = {line.strip() for line in lines[1:] if line.strip()}
    for path in sorted((EVAL / "dev").glob("*.txt")):
        known |= {f for f, _ in runs(path.read_text(encoding="utf-8"))}
    return known


def project_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode().split("\0") if Path(name).suffix in SUFFIXES]


# Files still quoting an eval text whose owner has been told; each is checked
# apart, as an xfail, until its owner rewrites it. Remove an entry when it passes.
AWAITING_OWNER: dict[str, str] = {}   # ingest/relations.py's quoted sentence reworded by the extraction rework


def shared_runs(paths: list[Path], known: set[str]) -> list[str]:
    """'file: "eight words"' for every run a file shares with the eval texts."""
    shared = []
    for path in paths:
        if path.is_file():
            hits = [words for f, words in runs(path.read_text(encoding="utf-8", errors="replace")) if f in known]
            shared += [f"{path.relative_to(ROOT)}: \"{words}\"" for words in hits]
    return shared


@pytest.mark.skipif(not SHINGLES.exists(), reason=f"{SHINGLES} is absent")
def test_no_project_file_shares_an_eight_word_run_with_the_eval_texts():
    files = [p for p in project_files() if str(p.relative_to(ROOT)) not in AWAITING_OWNER]
    shared = shared_runs(files, known_fingerprints())
    assert shared == [], f"{len(shared)} runs of eight words shared with the eval texts:\n" + "\n".join(shared)


@pytest.mark.skipif(not SHINGLES.exists(), reason=f"{SHINGLES} is absent")
@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(reason=why)) for n, why in
                                  AWAITING_OWNER.items()])
def test_files_awaiting_their_owner(name):
    assert shared_runs([ROOT / name], known_fingerprints()) == []


def test_the_fingerprint_follows_the_lists_recipe():
    """The recipe the list's first line gives: lower-cased words [a-z0-9$%.]+, one space, sha1[:12]."""
    [(f, words)] = runs("Acme, Inc. paid $4.5 billion (about 12%) today.")
    assert words == "acme inc. paid $4.5 billion about 12% today."
    assert f == hashlib.sha1(b"acme inc. paid $4.5 billion about 12% today.").hexdigest()[:12]
    assert runs("only seven words are in this text") == []
