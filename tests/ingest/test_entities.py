"""Entities in the open world: companies the gazetteer has never heard of,
found from the shape of their names and the words around them, and the
things that look like names but are no company. Every sentence here is
written for these tests; the invented companies are invented."""
from __future__ import annotations

import pytest

from graph.schema import normalise_name
from ingest.extract import Extractor
from ingest.gazetteer import load_gazetteer
from ingest.loaders import RawArticle


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def entities(ex: Extractor, text: str, type_: str | None = "Company") -> set[str]:
    found = ex.extract(RawArticle(text, "test")).entities
    return {e.name for e in found if type_ is None or e.type == type_}


NEW_COMPANIES = [
    # names of any shape, in company contexts
    ("lower case, acquired",
     "Orbiton agreed to acquire zentro, a two-person hardware startup, for $40 million in cash.",
     {"Orbiton", "zentro"}),
    ("a colon inside the name",
     "Halvard Labs completed its purchase of Flow:ly, the scheduling software maker, on Monday.",
     {"Halvard Labs", "Flow:ly"}),
    ("a citation marker stuck to the name",
     "The cooling contract went to Kestrel Thermal Systems.[2] The award was its largest so far this year.",
     {"Kestrel Thermal Systems"}),
    ("a company-name ending",
     "Brightwater Capital and Marrow Ventures each put money into the round, the filing shows.",
     {"Brightwater Capital", "Marrow Ventures"}),
    ("an apposition with a descriptor",
     "Quillon, a cloud provider in the Nordics, will rent out racks of accelerators to Tessary Labs.",
     {"Quillon", "Tessary Labs"}),
    ("a descriptor before the name",
     "The deal gives chipmaker Varnell a foothold in servers that it has long wanted to sell.",
     {"Varnell"}),
    ("every name in a list of investors",
     "Investors including Sorrel Partners, Kite Hill and Ombra joined the financing this spring.",
     {"Sorrel Partners", "Kite Hill", "Ombra"}),
    ("possessive with a business word",
     "Pellucid's shares rose by a tenth after the company said it would double its data centres.",
     {"Pellucid"}),
    ("the possessor of a named model",
     "Orrin's Tern-2 model answers questions in nine languages, the company said.",
     {"Orrin"}),
    ("a corporate suffix is dropped",
     "Tarragon Inc. said it had signed a supply agreement with a European utility last week.",
     {"Tarragon"}),
    ("a name joined by 'and' to its generic second half",
     "Orrin Management and Research Company took part, beside Tessaly Ventures and Brookfell Capital.",
     {"Orrin Management and Research Company", "Tessaly Ventures", "Brookfell Capital"}),
    ("a ticker after the name is dropped",
     "Shares in Dorvant DRVT slipped after the cloud company said its costs would rise next year.",
     {"Dorvant"}),
    ("an upper-case part of the name is no ticker",
     "Hallom SDX, the software maker in the group, agreed to supply the scheduling tools for the site.",
     {"Hallom SDX"}),
    ("a gerund opening the sentence keeps a name with a strong ending",
     "Wandering Robots Lab raised fresh money from its backers to build a larger fleet this year.",
     {"Wandering Robots Lab"}),
    ("an auxiliary, a verb of agreeing and a deal verb",
     "Venncroft has agreed to lease two data halls near Dublin for its training runs next year.",
     {"Venncroft"}),
    ("a name the tagger calls an organisation, once",
     "Quillmark agreed to rent servers in three regions, a spokesperson for the cloud provider said.",
     {"Quillmark"}),
    ("an apposition with a possessive and a descriptor",
     "The round drew Venn, Ireland's largest insurer, alongside a handful of smaller funds.",
     {"Venn"}),
    ("a descriptor, a comma, then the name",
     "Talks with another robotics startup, Ostlund, ended last month without any agreement on price.",
     {"Ostlund"}),
    ("built as a noun: construction by",
     "The hall has been under construction by Pallard since spring, and it will open next year.",
     {"Pallard"}),
    ("a sovereign fund named as an investment authority",
     "Money also came from the Kestovan Investment Authority, which took a minority stake this week.",
     {"Kestovan Investment Authority"}),
    ("the subject of what the article tells, again and again",
     "Vindelo ordered more racks in May. Later Vindelo doubled that order, and in June Vindelo paid in cash.",
     {"Vindelo"}),
    ("type from context: a chip word that names a company",
     "Ampere Computing said it would sell its server processors to a cloud operator in Oregon.",
     {"Ampere Computing"}),
    # deal roles the parse shows (ingest/names.py _deal_role)
    ("the seller of an order, its 'from' a few phrases below the order",
     "Pellway placed an order for two gigawatts' worth from Kovix.", {"Pellway", "Kovix"}),
    ("named as a party to a tie",
     "Kovix and Dantrel were identified as its principal chip suppliers.", {"Kovix", "Dantrel"}),
    ("an ordinary word as a company's partner, named by its possessor",
     "Harbor is still Pellway's biggest cloud partner.", {"Harbor", "Pellway"}),
    ("a participle's clause of dealing shares its verb's subject",
     "Harbor kept growing in Ohio, having signed a $3 billion agreement with the state in May.", {"Harbor"}),
    ("an upper-case name that led a round",
     "VORTA led Pellway's most recent funding round.", {"VORTA", "Pellway"}),
    ("a name that put money into a company",
     "Yesterday KESTA invested $40 million in Pellway Labs.", {"KESTA", "Pellway Labs"}),
    ("a company named by its web address",
     "Rivals are busy too: You.com raised $100 million this month in a round led by Halvard Capital.",
     {"You.com", "Halvard Capital"}),
    ("a name that joined a round as well",
     "Pellway Labs closed its Series B. Halvard Capital led the round and Orvex joined as well.",
     {"Pellway Labs", "Halvard Capital", "Orvex"}),
    ("a name with a company ending in another language, after its country's possessive",
     "Italy's Sarnia Energia signed a cloud deal with Oracle.", {"Sarnia Energia", "Oracle"}),
    ("a name after the trade of a publisher or a drugmaker",
     "The publisher Kelpie will buy Nvidia chips, as will the drugmaker Halberd.",
     {"Kelpie", "NVIDIA", "Halberd"}),
    ("a company name ending in Mobile beside its short form (no product of its short form's)",
     "Orvane Mobile will ship new handsets in May. Its older phones keep Orvane's own Pilot assistant.", {"Orvane Mobile"}),
    ("endings of diagnostics and genomics companies, and a fund's in German and Nordic languages",
     "The Bergen family office Tvedt Kapital took part. Dellow Diagnostics and Varrin Genomics followed.",
     {"Tvedt Kapital", "Dellow Diagnostics", "Varrin Genomics"}),
    ("a one-word name that entered into an agreement",
     "Anthropic and Parlance AI signed a deal in March. Helixnine has entered into a pilot agreement with IBM.",
     {"Anthropic", "Parlance AI", "Helixnine", "IBM"}),
]


@pytest.mark.parametrize("why,text,expected", NEW_COMPANIES, ids=[c[0] for c in NEW_COMPANIES])
def test_new_companies_are_found_from_context(ex, why, text, expected):
    assert entities(ex, text) == expected


NOT_COMPANIES = [
    ("a person named as a partner",
     "Laura Voss was named as its partner last year, and Kovix was named as its supplier.", {"Kovix"}),
    ("an outlet whose name opens with The",
     "Veltrix Systems denied any agreement with Kovix Cloud, after a report in The Information suggested the two "
     "were close to a deal.",
     {"Veltrix Systems", "Kovix Cloud"}),
    ("countries and cities",
     "Veltrix Systems will build the site near Abu Dhabi and a second one in Norway, it said in a statement.",
     {"Veltrix Systems"}),
    ("a state after a city",
     "Canterra Labs plans a campus outside Abilene, Texas, where power is cheap and land is flat.",
     {"Canterra Labs"}),
    ("an agency",
     "The Energy Information Administration expects demand to rise, and Droste Power agreed to supply it.",
     {"Droste Power"}),
    ("a person with a title",
     "Maren Holt, the chief executive of Lindqvist Robotics, said the order would keep the plant busy.",
     {"Lindqvist Robotics"}),
    ("a person who speaks",
     "\"We are sold out through next year,\" said Tobias Renner, who founded Graylock Networks in 2019.",
     {"Graylock Networks"}),
    ("an outlet cited as the source",
     "Ostrava Labs is raising new money at a higher valuation, according to Reuters, which cited two people.",
     {"Ostrava Labs"}),
    ("a bullet point's first word",
     "Buyers picked Fennick Cloud for three reasons, the company said in its filing.\n• Lower prices than the big three clouds for the same chips.\n"
     "• Faster delivery of capacity to its customers in every region.",
     {"Fennick Cloud"}),
    ("a sentence-initial verb",
     "Securing enough electricity is the hard part, said Harrow Grid, the utility that signed the lease.",
     {"Harrow Grid"}),
    ("an abbreviation defined in brackets",
     "The total cost of ownership (TCO) of the racks fell after Mirabel Systems switched suppliers.",
     {"Mirabel Systems"}),
    ("an interconnect",
     "The systems are tied together with NVLink and InfiniBand, and Corvid Labs will run them for clients.",
     {"Corvid Labs"}),
    ("upper-case abbreviations side by side",
     "Power arrives as 300 MW BTM from the plant next door to Caldera Compute, the data centre operator.",
     {"Caldera Compute"}),
    ("a gerund opening the sentence",
     "Building AI features into the phones is costly, said Palvero Systems, which sells the chips.",
     {"Palvero Systems"}),
    ("an ordinary word the article also writes in lower case",
     "Tranche sizes were not disclosed. Each tranche depends on targets, and Merrow Labs agreed to them.",
     {"Merrow Labs"}),
    ("an ending with no name before it",
     "The money will go to Data Centers and to research, Verrin Compute told the investors in a letter.",
     {"Verrin Compute"}),
    ("a spelt-out abbreviation in brackets",
     "Gallant Labs PBC (Public Benefit Corporation) signed the lease with Ternmoor Power in the spring.",
     {"Gallant Labs", "Ternmoor Power"}),
    ("an agency joined by 'and'",
     "Corvane Systems told the Securities and Exchange Commission that it would buy chips from Pelmar.",
     {"Corvane Systems", "Pelmar"}),
    ("an agency named as a department of something",
     "The Department of Energy approved the grid link, and Ravel Power agreed to run it for Ostwin Labs.",
     {"Ravel Power", "Ostwin Labs"}),
    ("a person named with a common first name",
     "Helena Brandt and Sorvel Robotics announced the supply deal with Ferrow Compute on Monday.",
     {"Sorvel Robotics", "Ferrow Compute"}),
    ("a photo credit",
     "Trevin Labs agreed to buy the racks from Ulster Compute. (Kestrel File Photo / Nina Lowe)",
     {"Trevin Labs", "Ulster Compute"}),
    ("a word glued to an interconnect",
     "The racks use NVLink Fusion between chips, and Pemberly Cloud will rent them to Aldous Labs.",
     {"Pemberly Cloud", "Aldous Labs"}),
    ("a share class",
     "Kernow Capital bought Class A shares of Dellwyn Robotics at a premium, the filing showed.",
     {"Kernow Capital", "Dellwyn Robotics"}),
    ("a political union",
     "The European Union looked into the deal, and Moravec Labs said it had nothing to hide from anyone.",
     {"Moravec Labs"}),
    ("a person's family name, after a first name from the list",
     "Priya Okonjo left the lab in May. Okonjo joined Tarrow Labs, and Okonjo now runs its research.",
     {"Tarrow Labs"}),
    ("a plural abbreviation",
     "The SoCs were designed by Marlow Silicon, and the SoCs shipped to customers in the autumn.",
     {"Marlow Silicon"}),
    ("a ticker",
     "Shares of Palisade Robotics (NASDAQ: PLSD) jumped after the company said it had won the contract.",
     {"Palisade Robotics"}),
    # lines that are no prose
    ("an outlet's dateline in capitals",
     "BRIEFWIRE -- Orbiton Labs has agreed to buy Quillon, a cloud software startup, for $300 million, the companies said.",
     {"Orbiton Labs", "Quillon"}),
    ("a city's dateline with the outlet in brackets",
     "OSLO, May 2 (Fjordpost) - Orbiton Labs said it would buy Quillon, a robotics startup, for $90 million.",
     {"Orbiton Labs", "Quillon"}),
    # sources of a figure or a view, with no "according to"
    ("a research firm cited for an estimate",
     "Quillon, a robotics startup, is worth $4 billion, going by estimates from research firm Tallyworth Insights.",
     {"Quillon"}),
    ("an analyst's firm before the analyst's name",
     "Halvard Labs put $50 million into Quillon, a robotics startup, said Brindle Securities analyst Mara Voss.",
     {"Halvard Labs", "Quillon"}),
    ("a firm whose figures show something",
     "Figures from Mossgate Data show that Halvard Labs bought Quillon, a robotics startup, for $90 million.",
     {"Halvard Labs", "Quillon"}),
    ("a firm cited for figures and otherwise only saying things",
     "Spending on such chips rose by a third last year, Tallon Insights said. Orbiton Labs bought Pellix, a chip "
     "startup, for $80 million, and figures from research firm Tallon Insights put the market at $9 billion.",
     {"Orbiton Labs", "Pellix"}),
    ("a quarter coordinated with a company",
     "Revenue rose in Q3 and Orbiton Labs bought Pellix, a chip startup, in a cash deal.",
     {"Orbiton Labs", "Pellix"}),
    ("a chip code after a company's name is no part of the name",
     "Orbiton Labs will buy 10,000 Pellix QX4 chips, Pellix said on Monday.",
     {"Orbiton Labs", "Pellix"}),
    ("a firm that estimates a market",
     "Corvane Research estimates the market for such chips will double, and Halvard Labs plans to sell into it.",
     {"Halvard Labs"}),
    ("a city before its state's -based",
     "Nvidia is its main supplier: the Livingston, New Jersey-based company has spent billions on its chips.",
     {"NVIDIA"}),
    ("a city before -based",
     "Kovix Labs raised $300 million. Existing backers also put money in, the Freiburg-based company said.",
     {"Kovix Labs"}),
]


@pytest.mark.parametrize("why,text,expected", NOT_COMPANIES, ids=[c[0] for c in NOT_COMPANIES])
def test_names_that_are_no_company(ex, why, text, expected):
    assert entities(ex, text) == expected


def test_a_chip_family_stays_hardware_without_a_company_ending(ex):
    text = "The older cluster still runs on Ampere GPUs, which Rudd Analytics bought from a reseller."
    found = {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities}
    assert ("Hardware", "Ampere") in found
    assert ("Company", "Ampere") not in found


def test_a_known_company_with_a_fund_ending_is_its_own_company(ex):
    text = "Intel Capital led the seed round, and Intel itself will supply the chips for the prototypes."
    assert entities(ex, text) == {"Intel Capital", "Intel"}


def test_a_name_once_known_is_a_company_everywhere_in_the_article(ex):
    text = ("Lumora Labs agreed to buy capacity from Vessel Compute for three years. "
            "Vessel Compute will host the clusters in Ohio. Later, Vessel Compute expects to add a site.")
    found = ex.extract(RawArticle(text, "test")).entities
    vessel = next(e for e in found if e.name == "Vessel Compute")
    assert len(vessel.mentions) == 3


def test_cut_gazetteer_forgets_a_company_and_keeps_the_rest():
    g = load_gazetteer().without_companies({"nvidia", "coreweave"})
    assert "NVIDIA" not in g.companies and "Nvidia" not in g.forms and "CoreWeave" not in g.forms
    assert "NVIDIA" not in g.roles["chip_vendors"]
    assert "AMD" in g.companies and g.forms["Blackwell"].owner == "NVIDIA"
    assert len(g.companies) == len(load_gazetteer().companies) - 2


def test_a_famous_company_the_gazetteer_lacks_is_still_found(ex):
    cut = Extractor(gazetteer=load_gazetteer().without_companies({"nvidia", "anthropic"}))
    text = ("Nvidia is to put as much as $10 billion into Anthropic, the maker of Claude, the two companies said. "
            "Anthropic said it would buy compute built on Nvidia chips.")
    assert entities(cut, text) == {"Nvidia", "Anthropic"}


def test_a_model_with_a_generic_ending_is_no_company(ex):
    text = "Teams at Sorvik Labs now write their reports with Claude AI, the lab's chief executive said."
    found = {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities}
    assert found == {("Company", "Sorvik Labs"), ("Model", "Claude")}


def test_a_word_glued_before_a_company_is_dropped(ex):
    text = ("Tovena Robotics raised $80 million this week, and its backers are pleased. "
            "Retaining Tovena Robotics as a client matters to the bank, a banker said.")
    assert entities(ex, text) == {"Tovena Robotics"}


TYPED_FROM_CONTEXT = [
    ("a model named before the word model, with its version",
     "Orbal Labs trained the Vexa 3.1 model on rented chips, and Trask Cloud supplied the racks.",
     {("Company", "Orbal Labs"), ("Model", "Vexa 3.1"), ("Company", "Trask Cloud")}),
    ("a chip named with a number before the word chip",
     "The AX9 chip will be made by Pollux Foundry for Denmore Robotics from next spring onwards.",
     {("Hardware", "AX9"), ("Company", "Pollux Foundry"), ("Company", "Denmore Robotics")}),
    ("a variant's bare name after another name is that name's model",
     "Orbal Labs said its flagship model, Orbal Nano 3, runs on phones made by Trask Devices.",
     {("Company", "Orbal Labs"), ("Model", "Orbal Nano 3"), ("Company", "Trask Devices")}),
    ("a family of models is a model's name",
     "Halvard's Brisk family of small models now runs on Amazon Bedrock, the lab said on Monday.",
     {("Company", "Halvard"), ("Model", "Brisk"), ("Product", "Amazon Bedrock"), ("Company", "Amazon")}),
    ("a company's chips stay the company's",
     "Harlow Compute will buy Zentek chips for its new site, the two companies said on Monday.",
     {("Company", "Harlow Compute"), ("Company", "Zentek")}),
    ("a paid tier after a known maker's name is that maker's product",
     "Greyholm Airways began giving its passengers a year of Google AI Pro, the airline said.",
     {("Company", "Greyholm Airways"), ("Product", "Google AI Pro"), ("Company", "Google")}),
    ("a name in apposition to a company's model is that model",
     "Snowflake added Quillet, Marrow Bio's protein model, to its catalogue last week.",
     {("Company", "Snowflake"), ("Model", "Quillet"), ("Company", "Marrow Bio")}),
]


@pytest.mark.parametrize("why,text,expected", TYPED_FROM_CONTEXT, ids=[c[0] for c in TYPED_FROM_CONTEXT])
def test_models_and_chips_are_typed_from_the_words_around_them(ex, why, text, expected):
    found = {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities}
    assert found == expected


def test_an_ordinary_word_named_before_models_is_no_party(ex):
    text = "Pelgrave's Beacon models are sold by Torvik Cloud to its business customers."
    assert entities(ex, text) == {"Pelgrave", "Torvik Cloud"}


def test_a_model_spelt_out_in_brackets(ex):
    text = "Pennart Labs built QuORM (Query Oriented Reasoning Model) and sold access to Dalby Cloud."
    found = {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities}
    assert found == {("Company", "Pennart Labs"), ("Model", "QuORM"), ("Company", "Dalby Cloud")}


def test_well_known_consumer_products_are_products_of_their_owner(ex):
    text = "Apple will use Gemini to power Siri, and Safari will get the same features, the companies said."
    found = {(e.type, e.name, e.owner) for e in ex.extract(RawArticle(text, "test")).entities if e.type == "Product"}
    assert found == {("Product", "Siri", "Apple"), ("Product", "Safari", "Apple")}


def test_a_joint_venture_named_as_a_project_is_the_venture_company(ex):
    """The guidelines count joint ventures and vehicles (Stargate) as
    companies, however the article words the name."""
    text = ("Project Stargate will get new money from Moravia Capital, and the Stargate Project "
            "plans two more sites, the venture said.")
    found = {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities}
    assert found == {("Company", "Stargate"), ("Company", "Moravia Capital")}


def test_cut_of_models_and_products_forgets_their_forms_variants_and_exclusions():
    g = load_gazetteer().without_things({"claude", "azure", "chatgpt"})
    assert "Claude" not in g.forms and "Opus" not in g.model_variants
    assert "Azure" not in g.forms and "Microsoft Azure" not in g.forms and "Azure AI Foundry" in g.forms
    assert "chatgpt" not in g.not_companies and "reuters" in g.not_companies
    assert g.forms["Gemini"].type == "Model" and g.companies == load_gazetteer().companies


def test_extraction_runs_with_a_gazetteer_that_knows_no_model():
    g = load_gazetteer()
    bare = Extractor(gazetteer=g.without_things({normalise_name(f) for f, k in g.forms.items() if k.type == "Model"}))
    text = "Norrel Labs released the Vexa 4 model, and Quint Cloud will sell access to it from May."
    found = {(e.type, e.name) for e in bare.extract(RawArticle(text, "test")).entities}
    assert found == {("Company", "Norrel Labs"), ("Model", "Vexa 4"), ("Company", "Quint Cloud")}


def typed(ex: Extractor, text: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.name, e.owner) for e in ex.extract(RawArticle(text, "test")).entities}


def test_a_business_unit_named_after_its_company_is_its_product(ex):
    """The guidelines type a unit that sells a product (Azure, AWS, Google
    Cloud) as a Product of its parent; deals with it are the parent's."""
    text = ("Brannick said it would buy chips from Orrin Labs for Brannick Cloud, and "
            "Brannick Wavelength said it would use them too. Brannick confirmed it on Monday.")
    found = typed(ex, text)
    assert ("Product", "Brannick Cloud", "Brannick") in found
    assert ("Product", "Brannick Wavelength", "Brannick") in found
    assert {n for t, n, _ in found if t == "Company"} == {"Brannick", "Orrin Labs"}


def test_a_web_services_unit_is_a_product_even_where_its_parent_stands_nowhere_alone(ex):
    text = "Quorvex Web Services, a cloud provider, agreed to rent racks of chips to Dallin Labs, a filing shows."
    found = typed(ex, text)
    assert ("Product", "Quorvex Web Services", "Quorvex") in found
    assert ("Company", "Quorvex", None) in found
    assert ("Company", "Quorvex Web Services", None) not in found


@pytest.mark.parametrize("why,text,expected", [
    ("an affiliate named with an abbreviation",
     "Tessel said Tessel SDS will run the halls, and Tessel agreed to buy chips for them, Tessel said.",
     {"Tessel", "Tessel SDS"}),
    ("a plural ending names a company, not a product",
     "Halvern said Halvern Platforms will buy the racks, and Halvern agreed to pay for them itself.",
     {"Halvern Platforms"}),
], ids=["affiliate", "plural ending"])
def test_names_after_a_company_that_are_companies_of_their_own(ex, why, text, expected):
    assert entities(ex, text) == expected
    assert entities(ex, text, "Product") == set()


def test_a_group_is_not_read_as_its_sister_company(ex):
    text = ("Tessel Group said the chips would cost more than buyers expect, while Tessel Telecom "
            "plans a data centre of its own, the carrier said.")
    assert entities(ex, text) == {"Tessel Group", "Tessel Telecom"}


def test_a_name_with_an_ampersand_keeps_its_letters_before_the_full_stop(ex):
    text = "Its valuation now tops those of household names like Harlow Foods, Dunmore Retail and AT&T."
    assert "AT&T" in entities(ex, text)


def test_a_model_is_named_by_its_family_and_bare_version(ex):
    text = ("Training of Vexa 5 has begun at Orrin Labs, the company said, while Vexa 4.5 is already "
            "sold by Dallin Cloud. Orrin Labs shares rose 4 percent on the news.")
    found = typed(ex, text)
    assert {(t, n) for t, n, _ in found} == {("Model", "Vexa 5"), ("Model", "Vexa 4.5"),
                                               ("Company", "Orrin Labs"), ("Company", "Dallin Cloud")}


def test_a_model_named_after_its_maker_with_a_version_is_the_makers_model(ex):
    text = "Dallin Labs shipped on Monday. Customers can now try Dallin Swift 2 on Azure AI Foundry."
    found = typed(ex, text)
    assert ("Model", "Dallin Swift 2", "Dallin Labs") in found
    assert not any(n == "Swift 2" for _, n, _ in found)


def test_a_models_maker_is_the_company_that_possesses_it_anywhere_in_the_article(ex):
    text = ("Orrin Labs said its Quorra 2 reasoning model beat larger rivals. "
            "Brannick Cloud will offer Quorra 2 to its customers from May.")
    assert ("Model", "Quorra 2", "Orrin Labs") in typed(ex, text)


def test_the_maker_of_a_named_thing_makes_that_thing_a_product(ex):
    text = "Dallin Cloud will rent racks to the Pelvo maker, Orrin Labs, for three years, both companies said."
    found = {(t, n) for t, n, _ in typed(ex, text)}
    assert ("Product", "Pelvo") in found and ("Company", "Pelvo") not in found


def test_names_listed_among_the_backers_are_companies(ex):
    text = "Vestry Labs has just landed new money, with Harlin and Dovecote among its backers, it said on Monday."
    assert entities(ex, text) == {"Vestry Labs", "Harlin", "Dovecote"}


PRODUCTS_AND_MODELS_FROM_CONTEXT = [
    ("a possessive before and a product word after",
     "Orrin Labs said its Pelvo browser will run models from Dallin Labs from next spring.",
     {("Company", "Orrin Labs"), ("Product", "Pelvo"), ("Company", "Dallin Labs")}),
    ("a product word named in apposition",
     "Dallin Labs will sell its models on Orrin Labs's cloud platform, Vantora, from May onwards.",
     {("Company", "Dallin Labs"), ("Company", "Orrin Labs"), ("Product", "Vantora")}),
    ("a product named with its owner's possessive in apposition",
     "Dallin Labs said its model will ship inside Pelvo AI, Orrin Labs's suite of phone features, in May.",
     {("Company", "Dallin Labs"), ("Product", "Pelvo AI"), ("Company", "Orrin Labs")}),
    ("the company behind a product",
     "In March the company behind Chatterly signed a cloud contract with Dallin Labs, worth $2 billion.",
     {("Product", "Chatterly"), ("Company", "Dallin Labs")}),
    ("a product list",
     "Pay for data rose with demand from tools such as Quillet, and Torvane said it would pay more for it.",
     {("Company", "Torvane"), ("Product", "Quillet")}),
    ("a model list given as examples",
     "Orrin Labs trains open multilingual models, for example Tarnel 3, on chips it rents from Dallin Cloud.",
     {("Company", "Orrin Labs"), ("Model", "Tarnel 3"), ("Company", "Dallin Cloud")}),
    ("a product built on a model: the model's name and a product word",
     "Training of Vexa 5 is under way at Orrin Labs, and Vexa Studio, which Orrin Labs sells to banks, will use it.",
     {("Company", "Orrin Labs"), ("Model", "Vexa 5"), ("Product", "Vexa Studio")}),
    ("a product word after a model word: the product outweighs the model",
     "Besides its Pellum model platform, Orrin Labs rents out chips that it buys from Dallin Cloud.",
     {("Company", "Orrin Labs"), ("Product", "Pellum"), ("Company", "Dallin Cloud")}),
    ("an article before and a product word after",
     "Pellix Labs unveiled the Quenda chatbot on Monday and said Orbiton Labs would host it.",
     {("Company", "Pellix Labs"), ("Product", "Quenda"), ("Company", "Orbiton Labs")}),
    ("a possessive and a participle before, a product word after",
     "Halvard Labs said its recently launched Brisa browser now has ten million users.",
     {("Company", "Halvard Labs"), ("Product", "Brisa")}),
    ("a product word in apposition after the name",
     "Millions of developers use Talvo, its coding assistant, every week, Pellix Labs said.",
     {("Product", "Talvo"), ("Company", "Pellix Labs")}),
    ("a name that is launched",
     "Pellix Labs launched Marlo last year, and Orbiton Labs later bought a stake in Pellix Labs.",
     {("Company", "Pellix Labs"), ("Product", "Marlo"), ("Company", "Orbiton Labs")}),
    ("a name with a hyphen and a version",
     "Pellix Labs released Kestra-3, its largest language model, and said Orbiton Labs would host it.",
     {("Company", "Pellix Labs"), ("Model", "Kestra-3"), ("Company", "Orbiton Labs")}),
    ("an English word with a hyphen and a decimal version",
     "Pellix Labs also offers the Beacon-2.5 large language model to banks, it said.",
     {("Company", "Pellix Labs"), ("Model", "Beacon-2.5")}),
    ("chip codes in capitals, one after a possessive",
     "Pellix Labs currently makes Orbiton Labs's QX4 chip, while a foundry in Ohio is set to build the QX5 chip "
     "next year.",
     {("Company", "Pellix Labs"), ("Company", "Orbiton Labs"), ("Hardware", "QX4"), ("Hardware", "QX5")}),
    ("an ordinary word with a cue on both sides of it",
     "Orrin Labs will run the models on its Harbor platform, Dallin Labs said on Monday.",
     {("Company", "Orrin Labs"), ("Product", "Harbor"), ("Company", "Dallin Labs")}),
    ("a search engine",
     "Orrin Labs said the Quarry search engine, which it bought last year, now runs on Dallin Labs chips.",
     {("Company", "Orrin Labs"), ("Product", "Quarry"), ("Company", "Dallin Labs")}),
    ("a launched name with a company-name ending stays a company",
     "Orbiton Labs launched Zeta Robotics, a venture with Pellix Labs, to build arms for warehouses.",
     {("Company", "Orbiton Labs"), ("Company", "Zeta Robotics"), ("Company", "Pellix Labs")}),
    ("a first name before a versioned name is a model's, not a person's",
     "Dallin Labs said Claude Lite 2 will be offered to customers of Orrin Labs from May.",
     {("Company", "Dallin Labs"), ("Model", "Claude Lite 2"), ("Company", "Orrin Labs")}),
]


@pytest.mark.parametrize("why,text,expected", PRODUCTS_AND_MODELS_FROM_CONTEXT,
                         ids=[c[0] for c in PRODUCTS_AND_MODELS_FROM_CONTEXT])
def test_products_and_models_the_gazetteer_lacks_are_typed_from_context(why, text, expected):
    g = load_gazetteer()
    bare = Extractor(gazetteer=g.without_things({normalise_name(f) for f, k in g.forms.items()
                                                 if k.type in ("Model", "Product")}))
    assert {(e.type, e.name) for e in bare.extract(RawArticle(text, "test")).entities} == expected


def test_in_a_product_list_the_possessive_marks_the_owner_not_the_product():
    g = load_gazetteer()
    bare = Extractor(gazetteer=g.without_things({normalise_name(f) for f, k in g.forms.items() if k.type == "Product"}))
    text = "Pay for data rose with demand from tools such as Torvane's Quillet, and Torvane said it would pay more."
    found = {(e.type, e.name) for e in bare.extract(RawArticle(text, "test")).entities}
    assert ("Company", "Torvane") in found and ("Product", "Torvane") not in found


def test_a_possessive_alone_makes_no_product(ex):
    text = "Orrin Labs sold its Pelham stake in May, and Pelham said it would buy back the shares."
    assert entities(ex, text) == {"Orrin Labs", "Pelham"}
    assert entities(ex, text, "Product") == set()


@pytest.mark.parametrize("why,text,expected", [
    ("a role before the name that no person's title takes",
     "The round was led by existing investor Brookmere Capital, and Dallin Labs will spend it on chips.",
     {"Brookmere Capital", "Dallin Labs"}),
    ("investor and partner",
     "Backed by investor and partner Tessaly, Orrin Labs has grown fast in the last two years.",
     {"Tessaly", "Orrin Labs"}),
    ("models from a company",
     "Last year Dallin Labs tested models from Vantor and Quillby before choosing one of its own.",
     {"Dallin Labs", "Vantor", "Quillby"}),
    ("a company's chips with a word between",
     "Orrin Labs, which resells Pelham graphics chips to smaller clouds, said demand doubled.",
     {"Orrin Labs", "Pelham"}),
    ("a longer apposition",
     "Leading the round is Ulvik, the Danish shipping and energy group, which also built the site.",
     {"Ulvik"}),
    ("a ticker between the name and its chips",
     "Brenna BRNA processors are in short supply, and Dallin Labs has waited for them since March.",
     {"Brenna", "Dallin Labs"}),
    ("a partner of a company, named with the verb be",
     "Brisko is still Orrin's biggest cloud infrastructure partner, and Orrin said it would stay so.",
     {"Brisko", "Orrin"}),
    ("a person after the same role stays a person",
     "The round was led by existing investor Peter Marlow, a former banker, and Dallin Labs agreed.",
     {"Dallin Labs"}),
], ids=["existing investor", "investor and partner", "models from", "graphics chips", "apposition", "ticker", "be partner",
        "person"])
def test_companies_named_once_by_their_role(ex, why, text, expected):
    assert entities(ex, text) == expected


def test_a_name_and_its_bracketed_abbreviation_are_one_company(ex):
    text = ("Morvane Systems Inc. (MSI) makes servers for banks. On Friday, MSI agreed to buy Pellix Labs, "
            "a chip startup, for $90 million.")
    found = ex.extract(RawArticle(text, "test"))
    assert {(e.name, tuple(e.aliases)) for e in found.entities if e.type == "Company"} == {
        ("Morvane Systems", ("Morvane Systems Inc.", "MSI")), ("Pellix Labs", ())}   # the name as written, suffix and all
    assert [(c["kind"], c["from"], c["to"], c["amount_usd"]) for c in found.contract_json()["commitments"]] == [
        ("acquisition", "Morvane Systems", "Pellix Labs", 9e7)]


@pytest.mark.parametrize("text,json_name,stored", [
    ("Grisedale Labs raised $20 million in a round led by Lightspeed.", "Lightspeed", "Lightspeed Venture Partners"),
    ("Grisedale Labs raised $20 million in a round led by Lightspeed Venture Partners. Lightspeed has backed it "
     "since 2023.", "Lightspeed Venture Partners", "Lightspeed Venture Partners"),
    ("Grisedale Labs raised $20 million in a round led by Nvidia Corp.", "NVIDIA", "NVIDIA"),
], ids=["short form only", "canonical written too", "suffix and case"])
def test_the_json_names_a_company_as_the_article_writes_it(ex, text, json_name, stored):
    found = ex.extract(RawArticle(text, "test"))
    record = found.contract_json()
    assert [(c["from"], c["to"]) for c in record["commitments"]] == [(json_name, "Grisedale Labs")]
    assert json_name in {e["name"] for e in record["entities"] if e["type"] == "Company"}
    assert [(c.from_, c.to) for c in found.store_facts().commitments] == [(stored, "Grisedale Labs")]


def test_a_ticker_in_brackets_after_a_known_company_is_that_company(ex):
    text = "Amazon.com Inc. (AMZN) has put $4 billion into Pellix Labs, a model developer, the companies said."
    found = ex.extract(RawArticle(text, "test")).contract_json()
    assert [(c["kind"], c["from"], c["to"], c["amount_usd"]) for c in found["commitments"]] == [
        ("investment", "Amazon", "Pellix Labs", 4e9)]


@pytest.mark.parametrize("text,expected", [
    ("Backers of Quillon include Valor Capital and Fidelity Management & Research, the filing shows.",
     {"Quillon", "Valor Capital", "Fidelity Management & Research"}),
    ("Also joining were Kestrel Ventures and Fidelity Management and Research Company, the startup said.",
     {"Kestrel Ventures", "Fidelity Management and Research Company"}),
], ids=["ampersand", "and"])
def test_a_known_name_with_endings_joined_by_and_is_one_name(ex, text, expected):
    assert entities(ex, text) == expected


def test_a_known_model_with_a_product_word_after_it_is_a_product(ex):
    text = "Orbiton Labs said customers can now try Claude Sketch and Gemini Scribe on its cloud."
    assert {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities if e.type != "Company"} == {
        ("Product", "Claude Sketch"), ("Product", "Gemini Scribe")}


def test_a_model_named_with_its_makers_descriptor_is_no_product(ex):
    text = "Orbiton Labs Ships More Chips as the Claude Maker Signs On\nOrbiton Labs will ship the chips next year."
    assert {(e.type, e.name) for e in ex.extract(RawArticle(text, "test")).entities if e.type != "Company"} == {
        ("Model", "Claude")}


@pytest.mark.parametrize("text,label", [
    ("Broadcom and Qualcomm Reveal Joint Design Overview Longtime rivals Broadcom and Qualcomm said they "
     "will build server chips together.", "Reveal Joint Design Overview Longtime"),
    ("Broadcom's Qualcomm Investment: Broadcom will buy $5 billion of Qualcomm shares. Both investments "
     "close next month, the companies said.", "Investment"),
], ids=["a heading of ordinary words", "a label the article writes in lower case in the plural"])
def test_headings_the_tagger_calls_an_organisation_are_no_company(text, label):
    """The tagger's ORG on a heading is what made such headings companies;
    it is set here by hand, as the model sets it on some articles."""
    from spacy.tokens import Span

    from ingest.pipeline import Recognizer, load_nlp
    nlp = load_nlp()
    doc = nlp(text)
    start = next(t.i for t in doc if doc[t.i:].text.startswith(label))
    end = start + len(nlp.make_doc(label))
    doc.ents = [Span(doc, start, end, label="ORG")]
    found = {m.known.name for m in Recognizer(nlp).mentions(doc, text) if m.known.type == "Company"}
    assert found == {"Broadcom", "Qualcomm"}


@pytest.mark.parametrize("text,expected", [
    ("Meet Zorb, the startup that wants to sell chips to every cloud\nZorb raised $20 million from Kite Capital on Monday.",
     {"Zorb", "Kite Capital"}),
    ("Exclusive: Pellix Labs in talks to buy Tervana\nPellix Labs is in talks to acquire Tervana.",
     {"Pellix Labs", "Tervana"}),
    ("Inside Corvane's bet on sensor chips\nCorvane agreed to acquire Pellquist for $120 million in cash, it said.",
     {"Corvane", "Pellquist"}),
], ids=["meet", "exclusive", "inside"])
def test_a_headlines_opening_word_is_no_part_of_the_name_after_it(ex, text, expected):
    """ "Meet X", "Exclusive: X", "Inside X's": the headline's first word is
    neither part of the company's name nor a person's first name before it."""
    assert entities(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Orbiton Labs said Samsung C&T would build its campus, while Samsung SDS will run it.",
     {"Orbiton Labs", "Samsung C&T", "Samsung SDS"}),
    ("Pellquist will buy memory from Samsung, and Samsung HBM chips will ship in May.",
     {"Pellquist", "Samsung"}),
    ("Orbiton Labs will buy Nvidia RTX cards, and Nvidia CEO Jensen Huang said so on Monday.",
     {"Orbiton Labs", "NVIDIA"}),
    ("Shares of Nvidia NVDA rose after Pellix Labs said it would buy the chips.",
     {"NVIDIA", "Pellix Labs"}),
], ids=["affiliates", "a kind of product", "a known chip and a title", "a ticker"])
def test_a_code_after_a_known_company_names_an_affiliate_only_where_it_ends_the_name(ex, text, expected):
    """ "Samsung SDS" is its own company, not Samsung; "Samsung HBM chips",
    "Nvidia RTX", "Nvidia CEO" and "Nvidia NVDA" are Nvidia's or Samsung's."""
    assert entities(ex, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"This changes everything,\" said Marco Lint, founder of Tervana, in an interview with Bloomberg.",
     {"Tervana"}),
    ("\"We will spend more,\" said Priya Nandan, co-founder and CEO at Vessik, in a post on LinkedIn.",
     {"Vessik"}),
    ("\"It is a big year,\" Kelvor chief executive Ana Ruiz told Reuters on Tuesday.",
     {"Kelvor"}),
    ("\"Prices will fall,\" said Tom Rell, an analyst at Brisk Securities, in a note to clients.",
     set()),
    ("Omar Tal, formerly Zorb's Vice President of Engineering, now runs the lab at Pellix Labs.",
     {"Zorb", "Pellix Labs"}),
], ids=["founder of", "CEO at", "X chief executive", "an analyst's firm", "a department"])
def test_the_employer_beside_a_quote_is_a_company_and_the_speaker_and_outlet_are_not(ex, text, expected):
    """The guidelines count every company named, the speaker's employer too;
    the speaker is a person, the outlet and an analyst's firm are sources,
    and "President of Engineering" names a department."""
    assert entities(ex, text) == expected


def test_a_known_company_with_a_units_ending_names_its_product(ex):
    """The guidelines type a unit that sells a product (Google Cloud) as a
    Product of its parent: "IBM Cloud" is IBM's, and deals with it are IBM's."""
    text = "Harlow Compute said it would buy capacity on IBM Cloud for its research arm."
    assert typed(ex, text) == {("Company", "Harlow Compute", None), ("Company", "IBM", None),
                               ("Product", "IBM Cloud", "IBM")}


@pytest.mark.parametrize("text,unit,owner", [
    ("Its cloud arm has long trailed rivals Quorvex Web Services and Dunmere Azurite, Pellix Labs said on Monday.",
     "Dunmere Azurite", "Dunmere"),
    ("Pellix Labs said on Monday that Halvane Stratus and Quorvex Web Services will both offer its models to their customers.",
     "Halvane Stratus", "Halvane"),
], ids=["after the unit", "before the unit"])
def test_a_name_in_a_list_with_a_unit_is_a_unit_of_its_first_word(ex, text, unit, owner):
    """ "Acme Web Services and Zorb Azurite": the second is Zorb's product,
    as the first is Acme's, even where Zorb never stands alone."""
    found = typed(ex, text)
    assert ("Product", unit, owner) in found and ("Company", owner, None) in found
    assert ("Company", unit, None) not in found


@pytest.mark.parametrize("text,expected", [
    ("Developers use Talvo, its coding tool, every day, Pellix Labs said.",
     {("Company", "Pellix Labs"), ("Product", "Talvo")}),
    ("Brisk Ventures backs Halvern Labs, whose product, Quill, a writing assistant, is used by banks.",
     {("Company", "Brisk Ventures"), ("Company", "Halvern Labs"), ("Product", "Quill")}),
    ("Orbiton Labs said its new model, Tarn 4, was trained on Dallin Cloud.",
     {("Company", "Orbiton Labs"), ("Company", "Dallin Cloud"), ("Model", "Tarn 4")}),
    ("Halvern Labs trained Orla, its new reasoning model, on chips it rents from Dallin Cloud.",
     {("Company", "Halvern Labs"), ("Company", "Dallin Cloud"), ("Model", "Orla")}),
    ("It changed its business model, Kovix said, after Brisk Ventures invested $20 million in Kovix.",
     {("Company", "Brisk Ventures"), ("Company", "Kovix")}),
    ("Kovix, the platform for robot makers, raised $20 million from Brisk Ventures.",
     {("Company", "Brisk Ventures"), ("Company", "Kovix")}),
    ("Halvern Labs will ship Pennar, its Rust-based browser, with a search engine from Dallin Labs.",
     {("Company", "Halvern Labs"), ("Company", "Dallin Labs"), ("Product", "Pennar")}),
    ("Orrest Labs led a $12 million round in Tarnquill, Pellar's former payments app, which spun out in 2024.",
     {("Company", "Orrest Labs"), ("Company", "Pellar"), ("Company", "Tarnquill")}),
], ids=["its coding tool", "a writing assistant", "its new model, X 4", "X, its new model", "its business model",
        "raised money", "its hyphened browser", "a former app"])
def test_products_and_models_named_in_apposition(text, expected):
    """ "X, its coding tool,", "its new model, X 4,": named so, with no gazetteer
    entry, X is a product or model; "its business model, X said" says neither, and
    "X, the platform for robot makers, raised ..." stays a company."""
    g = load_gazetteer()
    bare = Extractor(gazetteer=g.without_things({normalise_name(f) for f, k in g.forms.items()
                                                 if k.type in ("Model", "Product")}))
    assert {(e.type, e.name) for e in bare.extract(RawArticle(text, "test")).entities} == expected
