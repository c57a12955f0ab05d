"""English news full of names is read; text in another language is refused in one line."""
import pytest

from ingest.language import language_problem, ordinary_words
from ingest.loaders import LoadError, RawArticle, load_bytes
from tests.conftest import run_cli

# Sentences of our own: mostly company names, with a few English words between them.
NAME_HEAVY_ENGLISH = [
    "Quill AI closed a $90 million Series B; backers include Harbor Capital, Zephyr Ventures, Nvidia and AMD.",
    "Lumen Labs, Harbor Capital, Zephyr Ventures and Orbital Partners back Quill AI with $300 million.",
    "Orbital Systems buys Quill AI from Lumen Labs for $2 billion.",
    "Harbor Capital and Zephyr Ventures led Quill AI's round, joined by Nvidia, AMD, Intel and Samsung Catalyst Fund.",
    "Snowflake customers can now call Gemini models inside their data warehouse.",
]
# The same kind of news written in other languages (our own sentences).
FOREIGN = {
    "German": "Die Firma Lumen Labs hat am Dienstag angekündigt, dass sie zwei Milliarden Euro in Quill AI "
              "investieren wird.",
    "French": "La société Lumen Labs a annoncé mardi un investissement de deux milliards d'euros dans Quill AI "
              "pour ses centres de données.",
    "Spanish": "Según el diario, Harbor Capital comprará una parte de la empresa por una suma no revelada.",
    "Italian": "La società Lumen Labs ha annunciato martedì un investimento di due miliardi di euro nella "
               "startup Quill AI.",
    "Dutch": "Het bedrijf Lumen Labs heeft dinsdag bekendgemaakt dat het twee miljard euro in Quill AI investeert.",
}


@pytest.mark.parametrize("text", NAME_HEAVY_ENGLISH)
def test_name_heavy_english_is_read(text):
    assert language_problem(text) is None
    [article] = list(load_bytes(text.encode(), "story.txt"))
    assert isinstance(article, RawArticle)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_other_languages_are_refused_naming_the_language(language):
    [refused] = list(load_bytes(FOREIGN[language].encode(), "story.txt"))
    assert isinstance(refused, LoadError)
    assert refused.reason == f"not English: it reads as {language} (dealgraph reads English news)"


def test_a_language_without_a_list_and_another_script_are_refused():
    polish = "Firma Lumen Labs ogłosiła we wtorek inwestycję dwóch miliardów dolarów w spółkę Quill AI z Warszawy."
    assert language_problem(polish) == "not English: too few English words (dealgraph reads English news)"
    japanese = "ルーメン・ラボは火曜日、クイルAIに20億ドルを投資すると発表した。"
    assert language_problem(japanese) == ("not English: most of its letters are of another script "
                                          "(dealgraph reads English news)")


def test_names_acronyms_and_figures_are_set_aside():
    assert ordinary_words("The Quill AI round: Harbor Capital and AMD put in $6 billion, Die Zeit said.") == \
        ["the", "round", "and", "put", "in", "billion", "die", "said"]


def test_cli_reads_the_name_heavy_sentence_and_refuses_the_german_one(embedded_cli_env):
    english = run_cli(["ingest", "-"], embedded_cli_env, input=NAME_HEAVY_ENGLISH[0])
    assert english.returncode == 0, english.stderr
    assert "written 1" in english.stderr + english.stdout
    german = run_cli(["ingest", "-"], embedded_cli_env, input=FOREIGN["German"])
    assert german.returncode != 0
    assert german.stderr.strip().splitlines() == [
        "skipped -: not English: it reads as German (dealgraph reads English news)"], german.stderr
