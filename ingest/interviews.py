"""Paragraphs and interviews: where a paragraph starts and ends, and which
paragraphs of a question-and-answer piece ask and which answer.

An interview's paragraphs open with a label ("Q:", "A:", "Interviewer:",
or the name of a speaker the article introduced, "Hale:"); what an answer
says ("we", "the company", "the round") is said for the company the piece
is about, and a question sets what its answer speaks of.

>>> text = "Q: Who led the round?" + chr(10) + "A: Orbit Capital led."
>>> at = text.index("Orbit")
>>> in_answer(text, at), text.__getitem__(slice(*question_before(text, at)))
(True, 'Who led the round?')
"""
from __future__ import annotations

import re

# an interview's label opening a paragraph: "Q:", "A:", "Interviewer:", or the speaker's name in title case
# ("Hale:", "Tom Hale:"); a transcript's name in capitals is a `SPEAKER_LABEL`
INTERVIEW_LABEL = re.compile(r"(Q|A|Question|Answer|[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){0,2})\s?:\s")
# the labels of the one who asks
ASKING_LABELS = frozenset({"Q", "Question", "Interviewer", "Host", "Moderator", "Reporter"})
ANSWER_LABELS = frozenset({"A", "Answer"})
# an asker's label opening a line: an article with none has no interview to read ("Q:", "Interviewer:")
ASKING_LINE = re.compile(rf"(?m)^(?:{'|'.join(sorted(ASKING_LABELS))})\s?:\s")

# a line break after these ends a paragraph (one elsewhere only wraps a line)
_PARAGRAPH_ENDS = frozenset('.!?"”:')


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph of a place in the text starts: after a blank line, or
    a line break after a sentence's end (not one that wraps a line).

    >>> paragraph_start(chr(10).join(["Title", "", "A said. B", "said C."]), 16)
    7
    """
    i = text.rfind("\n", 0, at)
    while i > 0 and text[i - 1] != "\n" and text[i - 1] not in _PARAGRAPH_ENDS:
        i = text.rfind("\n", 0, i)
    return i + 1


def paragraph_end(text: str, at: int) -> int:
    """Where the paragraph of a place in the text ends: at a blank line, or a
    line break after a sentence's end (see `paragraph_start`).

    >>> paragraph_end(chr(10).join(["A said. B", "said C.", "", "Next."]), 3)
    17
    """
    i = text.find("\n", at)
    while i > 0 and text[i - 1] != "\n" and text[i - 1] not in _PARAGRAPH_ENDS \
            and not (i + 1 < len(text) and text[i + 1] == "\n"):
        i = text.find("\n", i + 1)
    return len(text) if i < 0 else i


def answers(label: re.Match, text: str) -> bool:
    """Whether an interview's labelled paragraph is an answer, spoken for the
    company the article is about: "A: We signed with Zorb." (not the
    question "Q: Did you sign with Zorb?", nor a paragraph that ends asking).

    >>> text = "Q: Why Zorb? We asked." + chr(10) + "A: We signed with Zorb."
    >>> answers(INTERVIEW_LABEL.match(text, 0), text), answers(INTERVIEW_LABEL.match(text, 23), text)
    (False, True)
    """
    name = label.group(1)
    if name in ASKING_LABELS or name not in ANSWER_LABELS and not introduced(name.split()[-1], text[:label.start()]):
        return False    # (a name label is a person's the article introduced: "Tom Hale ..." before "Hale:", not
        #                 "Disclosure:")
    said = text[label.end():paragraph_end(text, label.end())].rstrip()
    return not said.endswith("?")


def introduced(name: str, before: str) -> bool:
    """Whether a label's name is written in the running text before it ("Tom Hale, its chief executive,")."""
    return re.search(rf"\b{re.escape(name)}\b(?!\s?:)", before) is not None


def in_answer(text: str, at: int) -> bool:
    """Whether a place in the text is in an interview's answer (`answers`)."""
    label = INTERVIEW_LABEL.match(text, paragraph_start(text, at))
    return label is not None and answers(label, text)


def question_before(text: str, at: int) -> tuple[int, int] | None:
    """Where the question an answer replies to is, for a place in the answer:
    the asker's paragraph just before it, without its label (start and end
    offsets); None outside an answer, or where no asker's paragraph comes
    before it.

    >>> text = "Q: Who led it?" + chr(10) + "A: Orbit did." + chr(10) + "Orbit is big."
    >>> question_before(text, text.index("did")), question_before(text, text.rindex("big"))
    ((3, 14), None)
    """
    start = paragraph_start(text, at)
    if start < 2 or not in_answer(text, at):
        return None
    asked_at = paragraph_start(text, start - 2)
    asked = INTERVIEW_LABEL.match(text, asked_at)
    if asked is None or asked.group(1) not in ASKING_LABELS:
        return None
    return asked.end(), paragraph_end(text, asked.end())
