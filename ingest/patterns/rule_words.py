"""The older relation rules' vocabulary, as data (read by `ingest/relations.py`):
the words of each deal kind, of a deal's figure and of parties named only in
passing, and the phrases of distribution and co-work. A new word for an idea
the rules already have is one word here (the deal patterns' own words are in
`vocab.py`).

>>> "invest" in INVEST and "acquisition" in ACQUIRE
True
"""
from __future__ import annotations

import re

from .vocab import LEMMAS

INVEST = {"invest", "investment", "investments", "stake", "equity", "funding", "backing", "backed", "backer",
          "backers", "investor", "investors", "inject", "injected", "contribute", "contribution", "warrant",
          "raise", "raised", "financing", "funder", "funders", "fund", "funded", "owns", "shares", "stock",
          "invested", "investing", "invests", "bankroll", "capital"}

COMPUTE = {"compute", "computing", "cloud", "capacity", "infrastructure", "servers", "server", "datacenter",
           "data", "instances", "services"}

HARDWARE = {"chip", "chips", "gpu", "gpus", "accelerator", "accelerators", "processor", "processors", "systems",
            "hardware", "silicon", "cpus", "cpu", "racks", "supercomputer", "superchips", "xpus", "asics", "chipmaker",
            "chipmakers"}

DEAL = {"buy", "purchase", "purchasing", "spend", "commit", "committed", "commitment", "contract", "contracted",
        "deal", "agreement", "rent", "lease", "secure", "sign", "signed", "order", "deploy", "deployment",
        "supply", "provide", "customer", "use", "inked", "buying", "buys",
        "purchases", "purchased", "bought", "deploying", "deploys", "supplying", "supplies", "supplier", "pay",
        "pays", "paying",
        "partnership", "partner", "worth", "valued", "granting", "access", "fabricate", "manufacture"}

# what makes deals of several signers each one's own: "A and B signed separate agreements (with C)"
SEPARATE = frozenset({"separate", "individual", "respective", "distinct", "parallel"})

PARTNER = {"partnership", "partnerships", "partner", "partners", "partnered", "collaboration", "collaborate",
           "collaborating", "collaboratively", "alliance", "jointly", "co-develop", "codevelop", "co-design",
           "co-engineer", "license", "licence", "licences", "licensing", "licensed", "teamed", "optimize", "optimizing",
           "optimise"}

STRONG_PARTNER = {"collaborate", "collaborating", "collaboratively", "jointly", "co-develop", "codevelop",
                  "co-design", "co-engineer", "license", "licensing", "licensed", "licence", "optimize", "optimise",
                  "optimizing", "optimising", "technical", "intellectual", "engineering", "expertise"}

CO_WORK = re.compile(r"\bco[-\u2010\u2011]?(?:develop|design|engineer|create|build|invent|optimi[sz]e)|"
                     r"\bintellectual property\b", re.I)

TECH_PARTNER = re.compile(r"\b(?:technology|technical|engineering|research) (?:partners?|partnerships?|collaborations?)\b",
                          re.I)

DISTRIBUTE = re.compile(r"\b(available (?:on|in|through|via)|access to .{0,60}?models? (?:through|via|on|in)|"
                        r"access\w* .{0,60}? (?:through|via)|"
                        r"(?:integrat|incorporat|embed)\w* .{0,60}?(?:into|in|across)|distribut\w+|"
                        r"bring\w* .{0,40}? to|offer\w* .{0,40}?models?|host\w* .{0,40}?models?)", re.I)

CO_WORK_LOWER = re.compile(CO_WORK.pattern)            # the same patterns, for lower-cased text

TECH_PARTNER_LOWER = re.compile(TECH_PARTNER.pattern)

CLOUD_ROLE = re.compile(r"(?<!the )cloud (?:provider|partner|customer)")

ACQUIRE = {"acquire", "acquired", "acquires", "acquisition", "acquiring", "takeover", "buyout"}

# a company named only to describe a party or a contrast, not as a party
ADVERSARIAL = {"undercut", "rival", "challenge", "beat", "trail", "outpace", "outspend", "displace", "threaten",
               "overtake", "compete"}

SAY_VERBS = {"say", "tell", "write", "add", "note", "explain", "comment", "argue", "claim"}

PEOPLE = {"executive", "engineer", "researcher", "scientist", "founder", "co-founder", "cofounder", "employee",
          "veteran", "alum", "alumnus", "ceo", "cto", "cfo", "chief", "staffer", "spokesperson", "spokesman",
          "spokeswoman", "analyst", "director", "president", "chairman", "head", "lead", "leader", "manager"}

UNITS = {"division", "unit", "subsidiary", "arm", "affiliate", "business", "branch"}

RIVALS = {"rival", "rivals", "competitor", "competitors", "peer", "peers", "challenger", "challengers", "alternative"}

NOT_A_PARTY_PREP = {"unlike", "versus", "vs", "vs.", "than", "against", "beyond", "except", "besides", "outside"}

RELIANCE = {"dependence", "dependency", "reliance", "exposure"}
# a kind of company relied on, with examples: "depends on cloud providers such as A and B" is a general
# remark (GUIDELINES "Cloud and data-centre ties"), unlike "relies on A for its compute"
RELIANCE_VERBS = {"depend", "rely"}

# the word before "to" that cites a source, never a party (GUIDELINES "Entity scope"):
# "according to Zeta, the team will keep working on ..."
SOURCE_CITING = {"according"}

HW_DEAL = {"buy", "buys", "buying", "bought", "purchase", "purchases", "purchased", "purchasing", "order", "orders",
           "ordered", "deploy", "deploys", "deploying", "deployment", "supply", "supplies", "supplying", "supplier",
           "customer", "contract", "contracted", "deal", "deals", "agreement", "agreements", "commit", "committed",
           "commitment", "spend", "lease", "rent", "secure", "secured", "provide", "fabricate", "manufacture",
           "sign", "signed", "inked", "sell", "sells", "sold", "ship", "deliver"}

CLOUD_SUPPLY = {"provide", "supply", "deliver", "lease", "rent", "sell", "host"}
# what a cloud that is the subject of these verbs does: it buys ("A bought servers from B"), it does not sell
CLOUD_BUYING = {"buy", "purchase", "order", "procure", "spend"}
# what a supply verb supplies when it is power, not compute ("500 megawatts of power to a data centre run by
# A"); "power" counts unless a compute word modifies it ("computing power")
ENERGY_SUPPLIED = {"power", "electricity", "energy"}

SUPPLY_VERBS = {"fabricate", "manufacture", "make", "build", "supply", "provide", "sell", "ship", "deliver", "produce"}

VENTURES = {"initiative", "venture", "consortium", "alliance", "project", "coalition"}

# the nouns of a deal made, as the deal patterns name them (not a letter of intent or a memorandum)
DEAL_NOUNS = set(LEMMAS["deal_noun"]) - set(LEMMAS["preliminary_deal_noun"])

DEAL_NOUN = re.compile(r"\b(?:" + "|".join(sorted(DEAL_NOUNS)) + r")\b", re.I)

VALUE_VERBS = {"value", "be", "total", "amount", "cost", "worth", "estimate"}

AGGREGATE = {"combined", "total", "totaling", "totalling", "cumulative", "collectively", "altogether", "valuation"}

ROUND = {"round", "rounds", "series"}

RAISE = {"raise", "raised", "raises", "raising"}

COMPANY_VALUE = {"value", "valued", "valuing", "sales", "revenue"}   # of an investment: the company's, not the stake

STAKE = {"invest", "investment", "investments", "stake", "equity", "shares", "funding", "warrant", "capital"}

# a licence: what the licensee gets is a right to technology, no goods ("a licensing agreement with B, in
# a deal valued at $20 billion" buys no chips from B), unless goods are bought beside it (`GOODS_BOUGHT`)
LICENCE = {"license", "licence", "licensing", "licensed", "licenses", "licences"}
GOODS_BOUGHT = {"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "order", "ordered", "rent",
                "rents", "rented", "lease", "leased"}

PURCHASE = {"buy", "purchase", "purchasing", "purchases", "purchased", "bought", "spend", "spending", "commit",
            "commits", "committed", "commitment", "contract", "contracted", "deal", "agreement", "rent", "lease",
            "order", "worth", "value", "valued", "sales", "revenue", "pay", "paying", "supply", "deploy", "deploying"}

KIND_WORDS = {
    "investment": INVEST | {"pledge", "pledged", "commit", "put", "pour", "plow", "buy", "purchase", "acquire",
                            "acquiring", "take", "taking"},
    "compute_purchase": COMPUTE | PURCHASE,
    "hardware_purchase": HARDWARE | PURCHASE | {"gpu"},
    "acquisition": ACQUIRE | {"buy", "pay", "deal", "agreement", "purchase"},
    "partnership": {"license", "licensing", "licence", "partnership", "collaboration", "deal", "agreement", "spend",
                    "spent", "pay", "paid", "worth", "valued"},
}

HOLDING = {"stake", "equity", "share", "shares", "warrant", "warrants", "stock", "option", "options"}

SPECIFIC = {"investment": STAKE, "compute_purchase": COMPUTE, "hardware_purchase": HARDWARE | {"gpu"},
            "acquisition": ACQUIRE, "partnership": {"license", "licensing", "licence", "partnership"}}

# the words of a sentence that make the older rules' kinds and sides, one set each
SHARE_DEAL = {"stake", "equity", "shares", "stock", "warrant"}   # "acquire a stake": shares, not a company

SITES = {"center", "centers"}   # "invest in Amazon's AI data centers": compute bought there

CLOUD_CHIP = {"tpu", "tpus"}    # chips that only their cloud rents out: no hardware sold

ACCESS = {"access"}             # "access to GPUs through a cloud": the cloud's deal

CLOUD_TALK = {"cloud", "compute", "computing", "azure", "aws"}   # chips bought for a cloud, not a chip-only deal

BACKED = {"backed", "funded"}   # "backed by X": X is there as an investor
# ... and the participles of a compound naming a backer: "the Nvidia-backed cloud", "a SoftBank-funded lab"
BACKING_PARTICIPLES = {"back", "fund", "finance"}
# the verbs whose doer ("by X") is a company's owner: "the builder controlled by X", "majority-owned by X",
# and whose participle after a name describes a company by its owner: "the Nvidia-backed cloud provider"
OWNING_PARTICIPLES = frozenset(BACKING_PARTICIPLES | {"own", "control"})

CHIP_BASED = re.compile(r"-based (?:capacity|compute|systems)")  # "Blackwell-based systems"
