"""Recognition, resolution and commitment rules on sentences written for these tests."""
import pytest

from ingest.extract import Extractor
from ingest.loaders import RawArticle


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def run(ex, text, rules=None):
    if rules is not None:
        ex = Extractor(alias_rules=rules)
    return ex.extract(RawArticle(text, "test"))


def triples(e, rumours=False):
    return {(c.kind, c.from_, c.to) for c in (e.rumours if rumours else e.commitments)}


@pytest.mark.parametrize("text,expected", [
    # investment, active and passive voice
    ("Nvidia will invest up to $12 billion in Anthropic to deepen the partnership.",
     ("investment", "NVIDIA", "Anthropic")),
    ("Anthropic raised $4 billion from Amazon in its latest funding round.", ("investment", "Amazon", "Anthropic")),
    ("CoreWeave is backed by Nvidia, which owns a stake in the cloud company.", ("investment", "NVIDIA", "CoreWeave")),
    # compute purchase
    ("Anthropic will buy $30 billion of compute capacity from Microsoft Azure over several years.",
     ("compute_purchase", "Anthropic", "Microsoft")),
    ("Oracle will supply OpenAI with cloud computing capacity under a $300 billion contract.",
     ("compute_purchase", "OpenAI", "Oracle")),
    # hardware purchase
    ("OpenAI agreed to deploy six gigawatts of AMD Instinct GPUs in its data centers.",
     ("hardware_purchase", "OpenAI", "AMD")),
    ("Microsoft signed a deal to purchase Nvidia GB300 systems for its data centers.",
     ("hardware_purchase", "Microsoft", "NVIDIA")),
    # partnership, distribution, acquisition
    ("Broadcom and OpenAI announced a collaboration to co-develop custom accelerators.",
     ("partnership", "Broadcom", "OpenAI")),
    ("Anthropic's Claude models will be available in Microsoft Foundry for enterprise customers.",
     ("distribution", "Anthropic", "Microsoft")),
    ("Nvidia agreed to acquire Enfabrica in a deal announced on Friday.", ("acquisition", "NVIDIA", "Enfabrica")),
    # distribution where the model names its maker
    ("Microsoft promised to incorporate Claude into the Copilot products it sells.",
     ("distribution", "Anthropic", "Microsoft")),
    ("Microsoft is integrating OpenAI's models across its product lineup.", ("distribution", "OpenAI", "Microsoft")),
    ("Google Cloud customers can now access Claude Opus 4.1 through Vertex AI.",
     ("distribution", "Anthropic", "Google")),
    # the supplier's object buys, even when it is a cloud itself
    ("Nebius agreed to provide Microsoft with GPU infrastructure worth $17.4 billion over five years.",
     ("compute_purchase", "Microsoft", "Nebius")),
    # a cloud's own chips are rented as its compute
    ("Anthropic said it would use up to one million Google TPUs under a new deal.",
     ("compute_purchase", "Anthropic", "Google")),
    ("OpenAI will pay Oracle about $30 billion a year for data center capacity.",
     ("compute_purchase", "OpenAI", "Oracle")),
    # the holder of a warrant is the investor
    ("AMD gave OpenAI a warrant for as many as 160 million shares.", ("investment", "OpenAI", "AMD")),
])
def test_kinds_and_directions(ex, text, expected):
    got = triples(run(ex, text))
    kind, a, b = expected
    if kind == "partnership":
        assert ("partnership", a, b) in got or ("partnership", b, a) in got, got
    else:
        assert expected in got, got


def test_amount_and_upper_bound(ex):
    [c] = [c for c in run(ex, "Nvidia will invest up to $12 billion in Anthropic.").commitments
           if c.kind == "investment"]
    assert c.amount_usd == 12e9 and c.upper_bound is True
    assert c.evidence == "Nvidia will invest up to $12 billion in Anthropic."


def test_non_usd_amount_keeps_currency(ex):
    [c] = [c for c in run(ex, "SAP will invest €2 billion in Mistral AI this year.").commitments
           if c.kind == "investment"]
    assert c.amount_usd is None and c.currency == "EUR" and c.amount_original == 2e9


@pytest.mark.parametrize("text,status", [
    ("Meta is in talks to invest $5 billion in Scale AI, people familiar with the matter said.", "in_talks"),
    ("Apple denied that it would invest $1 billion in Perplexity.", "denied"),
    ("Amazon is considering a further investment of $2 billion in Anthropic.", "in_talks"),
    ("Google is engaged in high-level negotiations to invest $2 billion in Anthropic.", "in_talks"),
])
def test_rumours_are_kept_apart(ex, text, status):
    e = run(ex, text)
    assert not any(c.kind == "investment" for c in e.commitments)
    assert [c.status for c in e.rumours if c.kind == "investment"] == [status]


def test_aliases_resolve_to_one_entity(ex):
    e = run(ex, "Nvidia said NVIDIA Corp. and Alphabet will work with Google Cloud. Claude Opus 4.1 ships today; "
                "Opus 4.1 is faster.")
    names = {(x.type, x.name) for x in e.entities}
    assert ("Company", "NVIDIA") in names and ("Company", "Google") in names
    assert ("Product", "Google Cloud") in names and ("Model", "Claude Opus 4.1") in names
    assert len([x for x in e.entities if x.name == "NVIDIA"]) == 1


def test_reference_to_the_maker(ex):
    e = run(ex, "NVIDIA will invest $100 billion in the ChatGPT maker over several years.")
    assert ("investment", "NVIDIA", "OpenAI") in triples(e)


def test_news_outlets_are_not_companies(ex):
    e = run(ex, "According to Reuters, Microsoft will invest $5 billion in Anthropic, Bloomberg reported.")
    names = {x.name for x in e.entities}
    assert "Reuters" not in names and "Bloomberg" not in names and "Microsoft" in names


def test_merge_rule_maps_a_form(ex):
    e = run(ex, "Zephyr Capital Partners will invest $1 billion in Anthropic.",
            rules={"zephyr capital partners": "Amazon"})
    assert ("investment", "Amazon", "Anthropic") in triples(e)


def test_a_headline_is_its_own_sentence(ex):
    text = ("Globex backs Initech\n"
            "Microsoft will invest $2 billion in Anthropic, the two companies said on Monday.")
    [c] = [c for c in run(ex, text).commitments if c.kind == "investment" and c.from_ == "Microsoft"]
    assert c.evidence.startswith("Microsoft will invest")


def test_each_deal_takes_the_figure_of_its_own_clause(ex):
    text = ("Anthropic agreed to buy $30 billion of compute from Microsoft Azure, while Nvidia will invest "
            "up to $12 billion in Anthropic and Microsoft up to $5 billion.")
    got = {(c.kind, c.from_, c.to): c.amount_usd for c in run(ex, text).commitments}
    assert got[("compute_purchase", "Anthropic", "Microsoft")] == 30e9
    assert got[("investment", "NVIDIA", "Anthropic")] == 12e9


def test_a_round_total_or_valuation_is_not_an_investors_amount(ex):
    text = "Amazon joined Anthropic's $13 billion funding round, which valued the company at $183 billion."
    amounts = [c.amount_usd for c in run(ex, text).commitments if c.kind == "investment"]
    assert amounts and all(a is None for a in amounts)


def test_people_and_headings_are_not_companies(ex):
    e = run(ex, "Sam Altman said the deal matters, and Altman added that more would follow in the coming years.\n"
                "The board named Kestrel Varga as chairman of the new venture on Tuesday.\n"
                "Strategic Review Summary follows our strategic review of the summary figures for Microsoft.")
    names = {x.name for x in e.entities if x.type == "Company"}
    assert names == {"Microsoft"}, names


def test_hardware_written_in_plural_or_spaced_and_at_every_grain(ex):
    e = run(ex, "Anthropic will use Google's TPUs and one million Trainium 2 chips, and OpenAI will deploy "
                "AMD Instinct MI450 GPUs in Microsoft Azure data centers.")
    names = {(x.type, x.name) for x in e.entities}
    assert {("Hardware", "TPU"), ("Hardware", "Trainium2"), ("Hardware", "Instinct MI450"),
            ("Hardware", "Instinct")} <= names, names
    assert ("Company", "Microsoft") in names and ("Product", "Azure") in names


def test_a_rival_named_in_passing_is_not_a_party(ex):
    e = run(ex, "Amazon has invested $8 billion in OpenAI rival Anthropic, and aims to cut its dependence on Nvidia.")
    got = triples(e)
    assert ("investment", "Amazon", "Anthropic") in got
    assert not any("OpenAI" in t or "NVIDIA" in t for t in got), got


def test_parties_of_different_clauses_are_not_paired(ex):
    e = run(ex, "OpenAI invests $2 billion in CoreWeave, and the move undercuts Microsoft, analysts said.")
    got = triples(e)
    assert ("investment", "OpenAI", "CoreWeave") in got
    assert not any("Microsoft" in t for t in got), got


def test_short_references_resolve_within_the_sentence(ex):
    e = run(ex, "Microsoft said it will invest $5 billion in Anthropic, while Nvidia intends to invest up to "
                "$12 billion in the startup.")
    got = {(c.kind, c.from_, c.to): c.amount_usd for c in e.commitments}
    assert got.get(("investment", "NVIDIA", "Anthropic")) == 12e9, got
    assert got.get(("investment", "Microsoft", "Anthropic")) == 5e9, got


@pytest.mark.parametrize("text,wanted,unwanted", [
    # the subject of a supply verb sells to the company it makes things for
    ("Intel will fabricate x86 processors tailored for Nvidia's data center products.",
     ("hardware_purchase", "NVIDIA", "Intel"), ("hardware_purchase", "Intel", "NVIDIA")),
    # GPUs reached through a cloud deal are the cloud's sale, not the chipmaker's
    ("OpenAI signed a cloud deal with AWS that gives it access to hundreds of thousands of Nvidia GPUs.",
     ("compute_purchase", "OpenAI", "Amazon"), ("hardware_purchase", "OpenAI", "NVIDIA")),
    # running on a vendor's chips is not a purchase (GUIDELINES "Background ties")
    ("CoreWeave ran 250,000 Nvidia GPUs across its data centers last year.",
     None, ("hardware_purchase", "CoreWeave", "NVIDIA")),
    # gigawatts of capacity from a chip vendor is a hardware purchase
    ("The pact also gives Anthropic up to 1 gigawatt of compute capacity from Nvidia.",
     ("hardware_purchase", "Anthropic", "NVIDIA"), None),
])
def test_purchase_direction_and_scope(ex, text, wanted, unwanted):
    got = triples(run(ex, text))
    if wanted:
        assert wanted in got, got
    if unwanted:
        assert unwanted not in got, got


def test_partners_of_a_third_company_are_not_partners_of_each_other(ex):
    got = triples(run(ex, "OpenAI praised its ongoing partnerships with Microsoft and Oracle on Monday."))
    assert not {("partnership", "Microsoft", "Oracle"), ("partnership", "Oracle", "Microsoft")} & got, got


def test_partnership_beside_a_deal_only_when_distinct(ex):
    plain = triples(run(ex, "Microsoft will invest $5 billion in Anthropic. The partnership with Anthropic "
                            "is Microsoft's second in the field."))
    assert ("investment", "Microsoft", "Anthropic") in plain
    assert not any(t[0] == "partnership" for t in plain), plain
    distinct = triples(run(ex, "Microsoft will invest $5 billion in Anthropic. Microsoft and Anthropic will "
                               "co\u2011develop new models together."))
    assert any(t[0] == "partnership" for t in distinct), distinct


@pytest.mark.parametrize("text,expected", [
    # background ties stated as fact (GUIDELINES, "Background ties count")
    ("For two years, Microsoft served as OpenAI's exclusive cloud provider.",
     ("compute_purchase", "OpenAI", "Microsoft")),
    ("Amazon Web Services was picked as Anthropic's primary cloud provider.",
     ("compute_purchase", "Anthropic", "Amazon")),
    ("CoreWeave, backed by Nvidia, operates a large cloud network for AI companies.",
     ("investment", "NVIDIA", "CoreWeave")),
    ("Anthropic, which is backed by Amazon and Google, competes directly with OpenAI.",
     ("investment", "Google", "Anthropic")),
    ("Anthropic works closely with Amazon's chip design division, Annapurna Labs, on new chips.",
     ("investment", "Amazon", "Annapurna Labs")),
    ("Microsoft will own a 27% equity stake in OpenAI's for-profit arm.", ("investment", "Microsoft", "OpenAI")),
    # putting money into a provider's infrastructure buys its compute
    ("Anthropic will double its investment in Amazon's computing infrastructure.",
     ("compute_purchase", "Anthropic", "Amazon")),
    # a list of vendors under one agreement
    ("OpenAI has signed agreements with chipmakers Nvidia, AMD and Broadcom this year.",
     ("hardware_purchase", "OpenAI", "Broadcom")),
])
def test_background_ties(ex, text, expected):
    assert expected in triples(run(ex, text))


def test_a_company_undercut_is_not_a_party(ex):
    got = triples(run(ex, "OpenAI invests $2 billion in CoreWeave, undercuts Microsoft"))
    assert ("investment", "OpenAI", "CoreWeave") in got
    assert not any("Microsoft" in t for t in got), got


def test_a_typed_description_resolves_to_the_last_company_of_that_kind(ex):
    e = run(ex, "Microsoft and OpenAI revised their agreement on Tuesday. The software giant has invested "
                "$13 billion in OpenAI since 2019.")
    assert ("investment", "Microsoft", "OpenAI") in triples(e)


@pytest.mark.parametrize("text", [
    "Stargate, a $500 billion infrastructure initiative announced by OpenAI, Oracle and SoftBank, opened a site.",
    "The deal is part of OpenAI's infrastructure initiative that it shares with Oracle and SoftBank.",
])
def test_members_of_one_venture_are_partners(ex, text):
    got = {tuple(sorted(t[1:])) for t in triples(run(ex, text)) if t[0] == "partnership"}
    assert {("OpenAI", "Oracle"), ("OpenAI", "SoftBank"), ("Oracle", "SoftBank")} <= got, got


def test_backers_of_a_venture_are_not_its_members(ex):
    got = triples(run(ex, "OpenAI and SoftBank announced a joint venture backed by Oracle and MGX on Tuesday."))
    assert not {("partnership", "MGX", "Oracle"), ("partnership", "Oracle", "MGX")} & got, got


def test_a_rounds_total_is_not_each_investors_amount(ex):
    e = run(ex, "Anthropic raised $13 billion in a round led by Iconiq, with participation from Fidelity.")
    got = {(c.from_, c.to): c.amount_usd for c in e.commitments if c.kind == "investment"}
    assert got == {("Iconiq", "Anthropic"): None, ("Fidelity", "Anthropic"): None}, got
    each = run(ex, "OpenAI and SoftBank will invest $15 billion each in Stargate.")
    assert {c.amount_usd for c in each.commitments if c.kind == "investment"} == {15e9}


def test_a_contract_with_a_cloud_for_chips_is_compute(ex):
    got = triples(run(ex, "Microsoft has signed a five-year, $9.7 billion contract with IREN for access to "
                          "Nvidia GB300 chips."))
    assert ("compute_purchase", "Microsoft", "IREN") in got
    assert not any(t[0] == "hardware_purchase" and t[1] == "Microsoft" for t in got), got


def test_owning_a_share_is_an_investment(ex):
    assert ("investment", "Microsoft", "OpenAI") in triples(
        run(ex, "Microsoft, which owns about 27% of OpenAI, declined to comment on the talks."))


def test_a_company_naming_a_persons_past_is_not_a_party(ex):
    e = run(ex, "Thinking Machines Lab, founded by former OpenAI executive Mira Murati, has raised $2 billion "
                "in a seed round led by Andreessen Horowitz.")
    got = {(c.kind, c.from_, c.to): c.amount_usd for c in e.commitments}
    assert got == {("investment", "Andreessen Horowitz", "Thinking Machines Lab"): None}, got


def test_a_deals_value_given_in_a_later_sentence(ex):
    e = run(ex, "OpenAI agreed to buy custom accelerators from Broadcom over four years. Broadcom shares rose. "
                "The Broadcom contract is valued at over $10 billion.")
    [c] = [c for c in e.commitments if c.kind == "hardware_purchase"]
    assert (c.from_, c.to, c.amount_usd, c.floor) == ("OpenAI", "Broadcom", 10e9, True)
    # a value sentence that fits two deals is left alone
    two = run(ex, "OpenAI will buy chips from AMD and cloud capacity from Oracle. The deal is valued at $5 billion.")
    assert all(c.amount_usd is None for c in two.commitments), [(c.kind, c.amount_usd) for c in two.commitments]


def test_a_deal_agreed_and_reported_through_sources_counts(ex):
    e = run(ex, "Oracle has agreed a multiyear cloud computing deal with Meta worth about $20 billion, two people "
                "familiar with the matter said.")
    assert ("compute_purchase", "Meta", "Oracle") in triples(e)


def test_pursuing_a_deal_is_not_a_deal(ex):
    e = run(ex, "OpenAI is pursuing a $9 billion partnership with Broadcom on custom chips as well.")
    assert not e.commitments and e.rumours and e.rumours[0].status == "in_talks"


def test_buying_shares_of_a_chipmaker_is_not_buying_chips(ex):
    got = triples(run(ex, "Nvidia said it will invest $5 billion in Intel, buying shares at $23.28 each, and the two "
                          "chipmakers will jointly develop data center products."))
    assert ("investment", "NVIDIA", "Intel") in got
    assert not any(t[0] == "hardware_purchase" for t in got), got


def test_the_speaker_of_a_report_is_not_a_party(ex):
    got = triples(run(ex, "Nvidia said that OpenAI will buy $10 billion of cloud capacity from Oracle."))
    assert ("compute_purchase", "OpenAI", "Oracle") in got
    assert not any("NVIDIA" in t for t in got), got
    # but "it" in the reported clause still stands for the speaker
    assert ("investment", "Microsoft", "Anthropic") in triples(
        run(ex, "Microsoft said it will invest $5 billion in Anthropic."))


def test_the_maker_of_chips_used_is_not_an_investment_target(ex):
    got = triples(run(ex, "The investment will help OpenAI build data centers using Nvidia's chips."))
    assert ("investment", "OpenAI", "NVIDIA") not in got, got


def test_chips_bought_for_the_buyers_own_cloud_are_hardware_only(ex):
    e = run(ex, "Microsoft signed a $20 billion agreement to purchase NVIDIA GB300 NVL72 systems for its Azure "
                "data centers.")
    got = {(c.kind, c.from_, c.to): c.amount_usd for c in e.commitments}
    assert got == {("hardware_purchase", "Microsoft", "NVIDIA"): 20e9}, got


def test_a_possessive_description_is_a_reference(ex):
    e = run(ex, "NVIDIA, which owns a stake in CoreWeave, invested $250 million in the cloud provider's public "
                "offering.")
    got = {(c.kind, c.from_, c.to): c.amount_usd for c in e.commitments}
    assert got.get(("investment", "NVIDIA", "CoreWeave")) == 250e6, got


def test_a_stake_held_in_a_company_and_its_customers(ex):
    got = triples(run(ex, "CoreWeave, in which Nvidia holds a stake, counts OpenAI and Microsoft among its largest "
                          "customers."))
    assert {("investment", "NVIDIA", "CoreWeave"), ("compute_purchase", "OpenAI", "CoreWeave"),
            ("compute_purchase", "Microsoft", "CoreWeave")} <= got, got
    assert not any(t[1] == "CoreWeave" for t in got), got


def test_a_clouds_chips_make_only_that_cloud_the_seller(ex):
    got = triples(run(ex, "The announcement follows Anthropic's deal with Google for up to one million TPUs and its "
                          "partnership with Microsoft and Nvidia."))
    assert ("compute_purchase", "Anthropic", "Google") in got
    assert ("compute_purchase", "Anthropic", "Microsoft") not in got, got
