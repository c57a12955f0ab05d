"""Deal phrasings as data: one entry per construction of English.

Each pattern names a trigger (a word class of `vocab.py`, "@class", or
lemmas "a|b") and, for each role it binds, a path from the trigger through
the dependency parse. Steps of a path:

    >dep          a child with that relation       (">nsubj")
    >dep[w,w]     ... whose lower-cased word is one of these   (">prep[in,into]")
    >dep(@class)  ... whose lemma is in a word class           (">dobj(@round_noun)")
    >>dep         a descendant with that relation
    <dep          the trigger (or step) has that relation; go to its head
    <dep(@class)  ... whose lemma is in a word class  ("<relcl(@round_noun)": "the round that A led")

"a|b" in a dep is a choice. Roles by kind (GUIDELINES.md, Commitment kinds):
investment investor -> investee; acquisition acquirer -> acquired;
purchase buyer -> seller (compute or hardware, decided from what is bought);
deal party / counterparty (compute, hardware or partnership, decided the same
way); partnership partner / other. A pattern without its target role
(`round: True`) takes the company the article's funding round is about
(`ingest.discourse`); a background tie (`tie: True`, "X is a cloud
provider to Y", "A ranks among B's customers") takes its kind from the
seller's known role; a `speaker_buys` pattern's buyer is the speaker its
path reaches ("A said the hall would be fitted with racks bought from B"),
never one named in passing; a pattern whose figure is a round's total
(`total: True`, "raised $2 billion from A") gives an investor only the
figure stated "from" it; a `sells` pattern's verb says what its seller sells ("chose B to host its
workloads": compute, unless B is known to sell chips; "deploy B-based capacity": chips, where no seller is
named); a `no_subject` pattern's verb has no subject of its own ("the round was led by A and included B",
not "..., and its customers include B"); a `seller_noun` pattern's noun says what its seller sells where the seller's role is not
known ("B is A's chip supplier", "A picked B as its cloud provider"); an `own_holding` pattern ("A sold a stake
to B": B invests in A) holds only where the holding names no company of its
own ("its stake", "a stake in C"); an `unowned_business` pattern's seller is the company bought only where
the business it sells names no other owner ("bought B's operations from C" buys B); an `unless_goods` pattern's deal is no
acquisition where its clause says what else it gets; an `issuer_poss` pattern's
possessor of the shares is their issuer only where the holding names no company it is in ("A bought
B's stake in C" is B's holding in C, bought by A: `holds_stake_in`); a warrant pattern (`warrant: True`) marks the deal
a ceiling where the shares it covers are "up to" a number; a `brand` pattern's seller (a vendor named
by its goods, "A will deploy Nvidia GPUs") sells only where the verb names no seller of its own ("rent
clusters of Nvidia H200 processors from B" is B's capacity); a `period`
pattern's seller (the owner of the quarter an order falls in) holds only where
the order names no other company; an `owner_buys` pattern's counterparty
(the owner of "its cloud partner") buys what the partner noun says is sold; a `listed`
pattern binds a list of one owner's partners ("A and B are its partners"),
who are not partners of each other for being listed; a `weak` partnership
("teamed up with B", "is building a site with B") stands only where the
article gives the pair no other deal (GUIDELINES "Kinds"); a `portion` pattern's part ("A's share
came to $150 million", or the word its value names: "B made up the rest") is one of the round only
where it says it is of nothing else ("A's share of revenue", "B made up half of its sales" are no
investment), nor the rest of another clause's thing ("the backlog stands at $7 billion, with B making
up the rest"); a `money_only` pattern's commitment is no spending on anything ("a $60 million spending
commitment to B for its software" buys); a `not_sales` pattern's sum follows no sales in its sentence
("Sales reached $90 million; about $20 million came from A"); a `copula` pattern's verb ("A counts among B's backers") names no one
where it has an object ("B counts A among its backers": A, not B, is the backer); a `venture_stake`
pattern's share ("A holds 35%") is one in the company the article last called a venture ("Zeta, a
joint venture"), where neither the share nor its verb names what it is of; a `company_only` pattern's
acquired is a company named as one, not a product that stands for its owner ("pay $1 billion for
Azure" buys capacity); a `venture` pattern's members ("A and B formed a joint venture") are no
partners where the article shows both putting money or a stake into one company, the venture
(GUIDELINES "Ventures"); an `object_free` pattern's relative clause names no one of its own as its object ("B, which
counts A among its investors": A, not B, is the investor); a `money_given` pattern's gift is money, never a holding ("A handed B a warrant for 10% of its shares" is
B's warrant over A: `grants_warrant`); a `models_only` pattern's model is a named model or product (or only
the types it lists), never a company or a site ("B runs Stargate"), and a `named_product` pattern's platform is
one ("A's models will power Siri", not "... B's growth"); a `no_chip_maker` pattern's model or maker is
no chip vendor ("an Nvidia-powered service" runs on chips); a `business` pattern's seller is the company
acquired only where the business sold is not named as a company of its own ("sold its cloud arm, Harlow
Cloud, to A": Harlow Cloud is bought); an `intransitive` pattern's verb governs
nothing but its subject ("A and B led; C participated", not "a round led by A"), and a `finite` pattern's verb is no
infinitive ("B and C followed", not "hope it will persuade others to follow"); a `preposed` pattern's participle
has no subject of its own ("Backed by A, B ...", not "while B is backed by A"); a `plain_terms` pattern's supply verb
names no recipient of its own and its deal is a sale ("B will supply servers to C under an agreement with A", "under
a licensing agreement with A" buy nothing from B); a `site_owner_buys` pattern's buyer is the company
the article last showed owning a data-centre site, with no other site named since ("B will supply 200 MW to the
site"); a `no_recipient` pattern's verb
names no one it gives to ("B offers access to A's models"; "the licence gives B access to A's models" is a
licence, a partnership); an `object_gap` pattern's clause has no object of its own but a relative pronoun (the
word it hangs from is that object: "the builder (that) it bought"); an `unless_won` pattern reads no purchase where
its verb is one of winning ("A landed a server deal with B": A sells, `lands_deal_with`); a `focus_partner`
pattern's other partner is the company the article is about, where the verb names no company it joins ("A and B
joined as launch partners"); a `focus_seller` pattern's
seller is the cloud the article is about, where its clause names no other company; a `focus_buyer` pattern's
buyer is the company the article is about, where its clause names no other company outside the goods ("The
servers, based on Nvidia's chips, will be supplied by B"); a `near_round` pattern's round is one whose company
the article named in the sentence or the one before, a `same_line` pattern's one it named on the sentence's line
before it (a digest's item: "B raised $30M. Lead: C"); a `known_backer` pattern's investors are known to the
gazetteer as investors ("B and C supplied the rest", not "AMD supplies the rest" of one's chips); a `spent_by_role`
pattern's commitment to a cloud or a chipmaker buys what it sells ("A's $300 billion Oracle commitment"); a
`chip_named` pattern's seller
is the maker of the chip its path reaches ("A agreed to buy GH200 Superchips"), never a company named there; a
`bare` pattern's role noun
names no company of its own ("B is a shareholder too", not "B is OpenAI's shareholder"); a `contract_sold`
pattern's contract, naming nothing bought, buys what its seller sells; a `lease` pattern's subject
is the landlord where it lets data-centre space (a host known, named so, or described by the article as
selling capacity) and the other company does not (`Proposer._lets_to`); a `family_group` pattern's group
is named by one word ("the Hiranandani Group", not "the Frontier AI Safety Group"); a `together` pattern
("A and B signed a deal") binds parties who dealt with each other, never
where the deal names a company it was made "with"; a `maker_by_role` pattern's distributor (its subject) is
the maker instead where the roles the gazetteer knows say so ("Mistral signed a distribution deal with
Cisco"), and no distributor at all where the deal's word names energy or money ("a power
distribution agreement"); a `maker_subject` pattern's subject is the maker of the model it offers; a
`software_owner` pattern's platform is a known cloud or software company
("the marketplaces of B and C", not of shops); a `ruling` pattern's
kind is the pair's deal in its sentence, which the older rules do not read
as another kind ("B's Gemini, which A licenses under an agreement with
Google Cloud" is a licence, no cloud purchase); a `not_consideration`
pattern's shares are no holding bought where cash comes with them, the price
of another deal ("A's shareholders will receive a mix of cash and B stock");
a `person_subject` pattern's verb has a person for its subject ("she invested through her fund, B";
not "A invested in C through B", where A invests, nor "investors can invest in C through B", a broker).
Subjects also
match through "agreed to buy" (xcomp), "... and invested" (a coordinated
verb), "X, which invested" (relcl), and the nominal forms "A's agreement to
buy", "a pledge by A to spend", "A signed a contract to supply" (acl), "A
agreed to a deal to buy" and "A struck a deal to buy" (`SUBJECT_VARIANTS` in
ingest/roles.py).

A contributor adds a phrasing by adding an entry here and a case in
tests/ingest/cases/, never a branch in code.

>>> next(p for p in PATTERNS if p["name"] == "invest_in")["roles"]["investee"]
'>prep[in,into,to,toward,towards]>pobj'
"""
from __future__ import annotations

from .vocab import LEMMAS

# where the companies stand that a "partner" noun names, with its owner as its
# possessor: "A and B are C's partners", "named as its partners", "its partners A and B"
_PARTNERS_NAMED = {"attr": "<attr>nsubj", "as": "<pobj<prep[as]>nsubjpass|dobj", "appos": ">appos"}
# ... or as the subject: "its partners are A and B", "its partners include A and B"
_PARTNERS_LISTED = {"are": "<nsubj(be)>attr|acomp", "include": "<nsubj(@include_verb)>dobj"}

# where the company stands that a seller noun with its buyer as possessor names: "B is A's
# supplier", "B, A's supplier,", "B ranks as A's supplier", "B, which ranks as its supplier", "B is one
# of A's suppliers" (and a second verb of B's: "B owns part of A and ranks as its supplier")
_SELLER_NAMED = {"attr": "<attr>nsubj", "appos": "<appos", "as": "<pobj<prep[as]>nsubj",
                 "conj_as": "<pobj<prep[as]<conj>nsubj",     # "B owns part of A and ranks as its supplier"
                 "which_as": "<pobj<prep[as]<relcl", "appos_named": ">appos", "one_of": "<pobj<prep[of]<attr>nsubj"}

# a software marketplace a product is sold on ("through AWS Marketplace", "on B's cloud marketplace"), named
# as one of software by a word before it (not an app store: "available in the Apple App Store" is a listing
# every app has, no deal)
_MARKETPLACE = ">prep[through,via,on,in,onto,inside,within,from]>pobj[marketplace,marketplaces]"
_SOFTWARE_MARKET = (">compound|amod[aws,azure,cloud,commercial,software,saas,enterprise,ai,app,asset,developer,"
                    "partner,government,model,agent,data]")

# the shares of a joint venture's owners, stated ("a 50:50 joint venture", "an equally owned venture"): stakes,
# which make the owners investors in it (GUIDELINES "Ventures")
_VENTURE_SHARES = {"": ">nummod[50:50,50-50,51:49,51-49,49:51,49-51,60:40,60-40,40:60,40-60,70:30,70-30,"
                       "30:70,30-70,80:20,80-20,55:45,55-45,65:35,65-35]",
                   # (the tokenizer may split "50-50": its first number on a venture, a singular noun)
                   "_split": ">nummod[50,51,49,60,40,70,30,80,20,55,45,65,35]>prep[50,51,49,60,40,70,30,80,20,55,45,65,35]",
                   "_equal": ">amod[equal,equally-owned]", "_equally_owned": ">amod(own)>advmod[equally]"}
# the money a company was started with: "with $40 million", "with funding" ("with 7 billion yen": `_currency`)
_FUNDS = ">prep[with]>pobj(@money_word|funding|backing|capital|investment)"
_FUNDS_WORDS = "money|funding|capital|cash|funds|financing"
# a company's own work that goods are supplied for: "for A's research (products, workloads)"
_OWN_WORK = "research|product|work|workload|training|service|operation|need|business|model"
# another's work a customer uses: its models and software (not its chips or cloud)
_USED_WORK = "@model_noun|@software_noun|tool|platform|technology"
# computing given as time or credits: "500,000 GPU-hours", "an allocation of cloud GPU time", "a cloud-credit grant"
_TIME_GIVEN = "hour|gpu-hour|time|allocation|grant|credit"
_COMPUTE_TIME = f"compound|amod[{','.join(LEMMAS['compute_time_word'])}]"

# where a platform stands that its users name, as the object of "to": "to customers of B", "to B's
# (B cloud) customers"
_USERS_OF_PLATFORM = {"of": ">prep|dative[to]>pobj(@user_noun)>prep[of,on]>pobj",
                      "poss": ">prep|dative[to]>pobj(@user_noun)>>compound|poss|amod"}    # ("Azure" read as a colour)

# what a buyer's own computing is called, which a seller supplies ("B supplies most of A's computing capacity")
_BUYERS_CAPACITY = "capacity|compute|computing|infrastructure"
# what a maker does with shipments that sells them: "B started (began, made) shipments of its chips to A"
_SHIPPING = "start|begin|commence|resume|make|complete|expand|ramp|increase|accelerate"
# what a distributor carries for its maker: goods, software or models
_CARRIED = "@goods_noun|@software_noun|@model_noun"
# what a maker sells a model on: its devices, or its units by any name ("every B laptop (unit, model)")
_SOLD_UNITS = "@consumer_device_noun|device|unit|machine|computer|model|range|lineup|line"
# what runs on a model and is offered to users: "a Claude-powered assistant" (not "Nvidia-powered capacity")
_POWERED_PRODUCTS = ("assistant|chatbot|agent|app|application|tool|feature|copilot|service|search|helpdesk"
                     "|@software_noun")
# ... and what else a maker sells with software put on it before the sale: "preinstalled on B's edge servers"
PREINSTALLED_ON = _SOLD_UNITS + "|server|workstation"
# ... and as the place where those users reach it: "to developers inside B's Foundry", "to users on B"
_USERS_ON_PLATFORM = ">prep|dative[to]>pobj(@user_noun)>prep[on,through,via,inside,within,in]>pobj"

# where the company stands that an investor noun with its investee as possessor names, beside "A is
# B's backer" (attr): "A, which is B's backer,", "A ranks as B's backer", "A, B's largest shareholder,",
# "B's largest shareholder, A,", "B's largest shareholder is A"
_INVESTOR_NAMED = {"which_attr": "<attr<relcl", "as": "<pobj<prep[as](@copula_verb)>nsubj",
                   "which_as": "<pobj<prep[as](@copula_verb)<relcl", "poss_appos": "<appos", "appos_named": ">appos",
                   "is": "<nsubj>attr"}

# who a data-centre site is the landlord's, from the site noun: "a facility operated by B", "B's campus",
# "a B campus", "a facility that B is developing"
SITE_OWNERS = (("run_by", ">acl(@site_owner_verb)>agent>pobj"), ("owned", ">poss|compound"),
               ("built_by", ">relcl(@site_owner_verb)>nsubj"),
               # "a Nebius-operated campus" (the parser hangs the name on the participle)
               ("hyphen_run", ">amod(@site_owner_verb)>npadvmod|compound|nmod"))

# what is designed with another's help: a product ("helped A design its chip (model, platform)")
_DESIGNED = "@hardware_goods_word|@model_noun|@software_noun|chip|processor|accelerator|product|device|platform"

# the verbs of a buyer making sure of goods: "A secured (locked in, won) a supply of memory from B"
# chips named by their kind, as the tagger may write their lemma ("TPU" or "tpu")
_CHIP_NAMES = "tpu|gpu|asic|npu|cpu|TPU|GPU|ASIC|NPU|CPU"
_SECURING = "secure|get|obtain|receive|lock|win|guarantee|sign|reserve"

# the words that say which of a round's backers a plural names: "existing investors A and B"
_ROUND_BACKERS = ">amod(existing|exist|earlier|early|new|returning|return|current)"

PATTERNS: list[dict] = [
    # ---- investment --------------------------------------------------------------------
    {"name": "invest_in", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[in,into,to,toward,towards]>pobj"}},
    {"name": "invest_sum_in", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj>prep[in,into,to,toward,towards]>pobj"}},
    # money put in by one side of a deal the main clause states, in an absolute "with": "A and B
    # expanded their partnership, with A investing another $4 billion", "A expanded its deal with B,
    # with A investing $4 billion" (A invests in the other side)
    {"name": "deal_with_side_investing", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": "<pcomp<prep[with]>nsubj",
               "_deal": "<pcomp<prep[with]>dobj(@deal_noun)"}},
    {"name": "deal_with_other_side_investing", "kind": "investment", "trigger": "@invest_verb|@pledge_verb",
     "pos": "VERB", "roles": {"investor": ">nsubj", "investee": "<pcomp<prep[with]>dobj(@deal_noun)>prep[with]>pobj"}},
    # money staked on a company: "A bet $30 billion on B", "A's $13 billion bet on B" (a sum only:
    # "A is betting on B's chips" is no investment)
    {"name": "bets_sum_on", "kind": "investment", "trigger": "@bet_word", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj(@money_word)>prep[on]>pobj"}},
    {"name": "bets_sum_verb_on", "kind": "investment", "trigger": "@bet_word", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[on]>pobj", "_sum": ">dobj(@money_word)"}},
    # a sum held in a company, named by its holder: "A's $13 billion in B", "A's roughly $2 billion in the startup"
    {"name": "poss_sum_in", "kind": "investment", "trigger": "@money_word",
     "roles": {"investor": ">poss", "investee": ">prep[in,into]>pobj"}},
    {"name": "sum_bet_poss_on", "kind": "investment", "trigger": "@bet_word", "pos": "NOUN",
     "roles": {"investor": ">poss", "investee": ">prep[on]>pobj", "_sum": ">nummod|compound(@money_word)"}},
    {"name": "invest_noun_poss", "kind": "investment", "trigger": "@invest_noun",
     "roles": {"investor": ">poss", "investee": ">prep[in,into,for]>pobj"}},
    # ... with the company it went into before the noun: "Microsoft's first OpenAI cheque", "Amazon's Anthropic
    # stake" (the tagger may read the company as an adjective); a commitment to a cloud or a chipmaker buys what
    # it sells ("A's $300 billion Oracle commitment", `spent_by_role`)
    {"name": "invest_noun_poss_compound", "kind": "investment", "trigger": "investment|stake|cheque|holding|commitment",
     "pos": "NOUN", "spent_by_role": True, "roles": {"investor": ">poss", "investee": ">compound|amod"}},
    # ... sized, in an article about a round, with no company it is "in": "A's $400 million investment
    # anchors the round" (the round's company)
    {"name": "sized_invest_noun_poss_of_round", "kind": "investment", "trigger": "@invest_noun", "round": True,
     "roles": {"investor": ">poss", "_sum": ">nummod|compound(@money_word)"}},
    # a bet on a company is a holding in it: "A's early bet on B", "A made its name with bets on B and C"
    *({"name": f"bet_on{how}", "kind": "investment", "trigger": "bet", "pos": "NOUN",
       "roles": {"investor": investor, "investee": ">prep[on]>pobj"}}
      for how, investor in (("_poss", ">poss"), ("_with", "<pobj<prep[with]>nsubj"))),
    # buying into a company: "A bought into B in 2023"
    {"name": "bought_into", "kind": "investment", "trigger": "buy", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[into]>pobj"}},
    {"name": "invest_noun_from", "kind": "investment", "trigger": "@invest_noun",
     "roles": {"investor": ">prep[from,by]>pobj", "investee": ">prep[in,into,for]>pobj"}},
    # a deal resized in the passive: "funding for B could be increased by A", "the investment in B
    # was doubled by A" (the agent invests; a modal on the verb hedges it, `clause_status`)
    {"name": "invest_noun_resized_by", "kind": "investment", "trigger": "@invest_noun",
     "roles": {"investor": "<nsubjpass(@resize_verb)>agent>pobj", "investee": ">prep[in,into,for]>pobj"}},
    {"name": "invest_noun_subject", "kind": "investment", "trigger": "@invest_noun",
     "roles": {"investor": "<dobj>nsubj", "investee": ">prep[in,into]>pobj"}},
    # ... a sized commitment "to" it: "A made a $60 million commitment to B", "A's commitment of up to $8 billion
    # to B" (not "its commitments to B", a seller's promises; `spent_by_role`: a commitment to a cloud or a
    # chipmaker buys what it sells)
    # (a pledge too, and "for" a company's round: "A's pledge of up to $30 billion for B's funding round")
    *({"name": f"commitment_to{how}{of}", "kind": "investment", "trigger": "commitment|contribution|pledge",
       "pos": "NOUN", "spent_by_role": True, "money_only": True,
       "roles": {"investor": path, "investee": ">prep[to,for]>pobj", "_sum": sum_path}}
      for how, path in (("", "<dobj>nsubj"), ("_poss", ">poss"))
      for of, sum_path in (("", ">compound|nummod(@money_word)"), ("_of", ">prep[of]>pobj(@money_word)"))),
    # ... the parser hanging "to" on the sum ("A's pledge of up to $30 billion to B") or on the light verb
    # ("A made a commitment of $4 billion to B")
    *({"name": f"commitment_of_sum_to{how}", "kind": "investment", "trigger": "commitment|contribution|pledge",
       "pos": "NOUN", "spent_by_role": True, "money_only": True,
       "roles": {"investor": path, "investee": to, "_sum": ">prep[of]>pobj(@money_word)"}}
      for how, path, to in (("", "<dobj>nsubj", ">prep[of]>pobj>prep[to,for]>pobj"),
                            ("_poss", ">poss", ">prep[of]>pobj>prep[to,for]>pobj"),
                            ("_verb", "<dobj(make)>nsubj", "<dobj(make)>prep[to]>pobj"),
                            # ... "for" the company's round: "A's pledge of $30 billion for B's latest round"
                            ("_round", ">poss", ">prep[of]>pobj>prep[to,for]>pobj(@round_noun)>poss"))),
    # a holding disclosed: "A, which disclosed a 2% holding in B last year" (what it holds)
    {"name": "discloses_holding_in", "kind": "investment", "trigger": "disclose|report|reveal", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj(@holding_noun)>prep[in,of]>pobj"}},
    {"name": "raise_from", "kind": "investment", "trigger": "@raise_verb", "pos": "VERB", "total": True,
     "roles": {"investee": ">nsubj", "investor": ">>prep[from,including]>pobj", "_what": ">dobj(@raised_noun)"}},
    # a verb that raises money only by its own meaning ("A raised $2 billion from B", "A raised from B")
    {"name": "raised_from", "kind": "investment", "trigger": "raise|fundraise", "pos": "VERB", "total": True,
     "roles": {"investee": ">nsubj", "investor": ">>prep[from,including]>pobj"}},
    # a round completed with its backers: "B has completed a fundraising of 40 million euros with A and C",
    # "B closed its seed round with A" (the parser hangs "with" on the round, its sum, or the verb)
    *({"name": f"completes_round_with{how}", "kind": "investment", "trigger": "@round_noun", "pos": "NOUN",
       "total": True, "roles": {"investee": "<dobj(complete|close|finalise|finalize|conclude|finish)>nsubj",
                                "investor": path}}
      for how, path in (("", ">>prep[with]>pobj"), ("_verb", "<dobj>prep[with]>pobj"))),
    # ... its backers named "alongside" it: "B raised $120 million alongside lead investor A"
    {"name": "raised_alongside", "kind": "investment", "trigger": "raise|fundraise", "pos": "VERB", "total": True,
     "roles": {"investee": ">nsubj", "investor": ">prep[alongside]>pobj"}},
    # ... or "along with" it, named as a backer: "B raised $30 million in a round led by A, along with existing
    # backer C" (not "along with its partner C")
    {"name": "raised_along_with_backer", "kind": "investment", "trigger": "raise|fundraise", "pos": "VERB",
     "total": True, "roles": {"investee": ">nsubj", "investor": ">prep[along]>prep[with]>pobj",
                              "_backer": ">prep[along]>prep[with]>pobj>compound|appos(@investor_noun)"}},
    {"name": "having_raised_from", "kind": "investment", "trigger": "@raise_verb", "pos": "VERB", "total": True,
     "round": True, "roles": {"investor": ">>prep[from]>pobj", "_clause": "<advcl|pcomp"}},
    # "a round led by A", "took $2 billion led by A", "the round (it) was led by A", "the round,
    # which was led by A"; not "an arm led by A", "a team led by A"
    {"name": "round_led_by", "kind": "investment", "trigger": "@lead_verb", "round": True,
     "roles": {"investor": ">agent|prep[by]>pobj", "_round": "<acl(@round_noun|@money_word)"}},
    # ... where the parser hangs "led" on the clause that names the round: "The largest slice came from a
    # Series B in April, led by A" (not "Shares rose, led by A": the clause names a round)
    {"name": "clause_round_led_by", "kind": "investment", "trigger": "@lead_verb", "round": True, "pos": "VERB",
     "roles": {"investor": ">agent>pobj", "_round": "<advcl>>compound|pobj|dobj|nsubj|attr(@round_noun)"}},
    {"name": "round_was_led_by", "kind": "investment", "trigger": "@lead_verb", "round": True,
     "roles": {"investor": ">agent|prep[by]>pobj", "_round": ">nsubjpass(@round_noun|it)"}},
    {"name": "round_which_was_led_by", "kind": "investment", "trigger": "@lead_verb", "round": True,
     "roles": {"investor": ">agent|prep[by]>pobj", "_round": "<relcl(@round_noun)"}},
    # ... the parser hanging the clause on the round's date: "B's $62 million Series B in May, which was led by A"
    {"name": "round_in_month_which_was_led_by", "kind": "investment", "trigger": "@lead_verb", "round": True,
     "roles": {"investor": ">agent|prep[by]>pobj",
               "_round": "<relcl<pobj<prep[in,on](@round_noun)"}},
    # the leader fused to the participle before the round: "B raised $30 million in an A-led round", "its
    # A-led Series B" (the parser hangs the name on "led"; the round's letter, which heads "Series", has the
    # lemma "series"; a round's own words only, not "an A-led extension of its pilot")
    {"name": "x_led_round", "kind": "investment", "trigger": "@lead_verb", "round": True,
     "roles": {"investor": ">npadvmod|compound|nmod",
               "_round": "<amod(round|funding|financing|seed|series|raise|fundraise|fundraising)"}},
    {"name": "led_round", "kind": "investment", "trigger": "@lead_verb|@join_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_round": ">dobj(@round_noun)"}},
    # a round called a deal where a company has just raised one: "B raised $2 billion. A led the deal"
    # (`round`: with no round in the sentences before, the deal is no one's round)
    {"name": "led_the_deal", "kind": "investment", "trigger": "@lead_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_deal": ">dobj(deal|transaction|investment|operation)"}},
    # a capital increase subscribed (a French idiom in translation): "A has subscribed to B's capital increase",
    # "A subscribed to the capital increase of B"
    *({"name": f"subscribed_to_capital_increase{how}", "kind": "investment", "trigger": "subscribe", "pos": "VERB",
       "roles": {"investor": ">nsubj", "investee": f">prep[to]>pobj(increase|issue|issuance|raise){path}"}}
      for how, path in (("", ">prep[of]>pobj"), ("_poss", ">poss"))),
    # ... or the round's equity: "A is leading the equity portion (tranche)" (not a loan's: "the debt portion")
    {"name": "led_the_equity_part", "kind": "investment", "trigger": "@lead_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_part": ">dobj(portion|part|tranche|leg|component|piece)>compound|amod(equity)"}},
    # the one it led with leads too: "A co-led the round with B", "A led the seed round alongside B"
    {"name": "led_round_with", "kind": "investment", "trigger": "@lead_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">prep[with,alongside]>pobj", "_round": ">dobj(@round_noun)"}},
    {"name": "led_round_with_noun", "kind": "investment", "trigger": "@lead_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">dobj(@round_noun)>prep[with,alongside]>pobj"}},
    # "a round of financing that A led", "the $2 billion round, which A joined"
    {"name": "round_that_x_led", "kind": "investment", "trigger": "@lead_verb|@join_verb|@back_verb", "pos": "VERB",
     "round": True, "roles": {"investor": ">nsubj", "_round": "<relcl(@round_noun)"}},
    # ... in the passive: "a Series C round last October that was led by A"
    {"name": "round_that_was_led_by", "kind": "investment", "trigger": "@lead_verb|@back_verb", "pos": "VERB",
     "round": True, "roles": {"investor": ">agent>pobj", "_round": "<relcl(@round_noun)"}},
    {"name": "backs_round", "kind": "investment", "trigger": "@back_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_round": ">dobj(@round_noun)"}},
    # money into a company's equity: "A and B each committed $19 billion to C's equity (capital)"
    {"name": "pledges_to_equity", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[to,in,into]>pobj(@invest_noun)>poss"}},
    # "A pledged $5 billion in new investment in B", "A committed $1 billion as an investment in B"
    {"name": "sum_as_investment_in", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[in,as]>pobj(@invest_noun)>prep[in,into]>pobj"}},
    {"name": "invests_sum", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_sum": ">dobj(@money_word)"}},
    # ... or adds to it: "B is adding $300 million" (the round's company; money only, nothing it is added to)
    {"name": "adds_sum", "kind": "investment", "trigger": "add", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_sum": ">dobj(@money_word)"}},
    # ... or subscribed for in a placement: "A subscribed for NOK 450 million" (the round's company)
    {"name": "subscribes_for_sum", "kind": "investment", "trigger": "subscribe", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_sum": ">prep[for]>pobj(@money_word)"}},
    # ... or by the cheque it wrote: "A wrote a $250 million cheque" (the round's company)
    {"name": "writes_cheque", "kind": "investment", "trigger": "write", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_sum": ">dobj(cheque|check)"}},
    # an investor's part of the round, told apart: "Nvidia's share came to about $150 million", "its
    # portion amounted to $40 million", "A's cheque was $250 million" (the round's company)
    {"name": "own_portion_came_to", "kind": "investment", "trigger": "come|amount|total|run", "pos": "VERB",
     "round": True, "portion": True,
     "roles": {"investor": ">nsubj(@portion_noun)>poss", "_sum": ">prep[to]>pobj(@money_word)"}},
    {"name": "own_portion_was", "kind": "investment", "trigger": "be|total", "round": True, "portion": True,
     "roles": {"investor": ">nsubj(@portion_noun)>poss", "_sum": ">attr|dobj(@money_word)"}},
    # an investor's money leading the round it is the subject of: "A's $400 million investment anchors
    # (leads) the round", "A's commitment makes up most of the round" (the round's company)
    {"name": "own_investment_leads_round", "kind": "investment", "trigger": "@invest_noun|commitment|cheque|check",
     "pos": "NOUN", "round": True, "roles": {"investor": ">poss", "_round": "<nsubj>dobj|prep(@round_noun)"}},
    {"name": "own_investment_leads_round_of", "kind": "investment", "trigger": "@invest_noun|commitment|cheque|check",
     "pos": "NOUN", "round": True, "roles": {"investor": ">poss", "_round": "<nsubj>>pobj(@round_noun)"}},
    # ... and with no sum, beside a round: "Nvidia and AMD also invested" (the round's company)
    {"name": "invested_alone", "kind": "investment", "trigger": "invest|co-invest", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_also": ">advmod(also|too)"}},
    # ... "A and B both invested" (the parser hangs "both" on the subject or on the verb)
    *({"name": f"invested_alone_both{how}", "kind": "investment", "trigger": "invest|co-invest", "pos": "VERB",
       "round": True, "alone": True, "roles": {"investor": ">nsubj", "_both": path}}
      for how, path in (("", ">nsubj>appos|det|preconj[both]"), ("_verb", ">dep|advmod|preconj|det[both]"))),
    # ... or through a vehicle: "A invested through its corporate venture unit" (the round's company)
    {"name": "invested_through_alone", "kind": "investment", "trigger": "invest|co-invest", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_via": ">prep[through,via]"}},
    # "existing shareholders A and B also increased their holdings" (the round's company)
    {"name": "increased_holding_alone", "kind": "investment", "trigger": "increase|boost|lift|double|up",
     "pos": "VERB", "round": True, "alone": True, "roles": {"investor": ">nsubj", "_what": ">dobj(@holding_noun)"}},
    # "A, already a shareholder, participated again"
    {"name": "participated_again", "kind": "investment", "trigger": "participate", "pos": "VERB",
     "round": True, "alone": True, "roles": {"investor": ">nsubj", "_also": ">advmod(also|too|again)"}},
    # money from a group whose members are named: "B has raised $10 billion from a group that includes A"
    {"name": "raised_from_group_including", "kind": "investment", "trigger": "@raise_verb", "pos": "VERB",
     "roles": {"investee": ">nsubj", "investor": ">prep[from]>pobj>relcl(@include_verb)>dobj"}},
    # ... and as a noun that names no company it goes into: the round's (or the article's) company is
    # meant: "It follows a $2 billion investment by A" (a sum: not "heavy investment by companies such
    # as A"), "a $2 billion stake taken by A", "A bought (took) a 2% stake" (a stake "in B" is B's: `alone`)
    {"name": "invest_noun_by_alone", "kind": "investment", "trigger": "@invest_noun", "pos": "NOUN",
     "round": True, "alone": True, "roles": {"investor": ">prep[by,from]>pobj", "_sum": ">nummod|compound|nmod(@money_word)"}},
    {"name": "stake_taken_by_alone", "kind": "investment", "trigger": "stake", "pos": "NOUN",
     "round": True, "alone": True, "roles": {"investor": ">acl(take|buy|acquire|purchase|build)>agent>pobj"}},
    {"name": "takes_stake_alone", "kind": "investment", "trigger": "stake", "pos": "NOUN",
     "round": True, "alone": True, "roles": {"investor": "<dobj(take|buy|acquire|purchase|build)>nsubj"}},
    # ... a holding that names no company, in an article about one raising money: "B has raised $1 billion in
    # equity. A's fund holds a majority stake, and C owns about 15 per cent" (`own_holding`: not a stake
    # whose words name a company: "holds a stake in the venture"; `near_round`: the company raising is
    # named in the sentence or the one before, not "... C agreed to buy a stake in D from E. E keeps 10%")
    # (held, not bought: "A bought the largest slice" of a bond sale; a stake, not "an option to expand")
    *({"name": f"holds_stake_alone{how}", "kind": "investment", "trigger": "hold|own|keep|retain|control",
       "pos": "VERB", "round": True, "alone": True, "own_holding": True, "near_round": True,
       "roles": {"investor": ">nsubj", "_what": what}}
      for how, what in (("", ">dobj(stake|equity|interest|holding|percent|%|majority|share)"),
                        ("_per_cent", ">dobj>prep[per]>pobj(cent)"))),
    {"name": "leading_round_is", "kind": "investment", "trigger": "@lead_verb|@join_verb", "round": True,
     "roles": {"investor": "<csubj>attr", "_round": ">dobj(@round_noun)"}},
    {"name": "part_in_round", "kind": "investment", "trigger": "take|participate", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj|attr", "_part": ">dobj[part]"}},
    # ... a round whose company it names: "A took part in a $700 million placement in B", "A, which participated
    # in a round in B together with C and D," (the companions on the round)
    *({"name": f"part_in_round_of{how}", "kind": "investment", "trigger": "take|participate", "pos": "VERB",
       "roles": {"investor": investor, "investee": ">prep[in]>pobj(@round_noun)>prep[in,of,into]>pobj"}}
      for how, investor in (("", ">nsubj"), ("_with", ">prep[in]>pobj(@round_noun)>prep[with]>pobj"))),
    # (an absolute clause the parser splits: "with A and the pension manager B also taking part", A hung on "with")
    {"name": "part_in_round_with", "kind": "investment", "trigger": "take|participate", "pos": "VERB", "round": True,
     "roles": {"investor": "<advcl>prep[with]>pobj", "_part": ">dobj[part]", "_listed_subject": ">nsubj"}},
    # ... or with no subject at all, "with" hung on a name before it: "(a round led by C,) with A, B and D
    # also taking part"
    {"name": "part_in_round_with_before", "kind": "investment", "trigger": "take", "pos": "VERB", "round": True,
     "no_subject": True, "roles": {"investor": "<advcl>>prep[with]>pobj", "_part": ">dobj[part]"}},
    # ... or the participle the preposition's own complement, or hung with it on the round: "a round led by C,
    # with A and existing shareholders taking part (participating)"
    *({"name": f"part_in_round_with{how}", "kind": "investment", "trigger": "take", "pos": "VERB", "round": True,
       "roles": {"investor": path, "_part": ">dobj[part]"}}
      for how, path in (("_pcomp", "<pcomp(with)>pobj"), ("_on_round", "<acl(@round_noun)>prep[with]>pobj"))),
    {"name": "participating_with_pcomp", "kind": "investment", "trigger": "participate", "pos": "VERB",
     "round": True, "intransitive": True, "roles": {"investor": "<pcomp(with)>pobj"}},
    # ... or the clause hung on the sum raised: "raised $500 million in a round, with A, the group B and
    # C also taking part" (C the subject, A and B on "with")
    {"name": "part_in_round_with_sum", "kind": "investment", "trigger": "take", "pos": "VERB", "round": True,
     "roles": {"investor": "<acl<dobj>>prep[with]>pobj", "_part": ">dobj[part]", "_listed_subject": ">nsubj",
               "_sum": "<acl(@money_word)"}},
    {"name": "participate_in_round", "kind": "investment", "trigger": "participate|invest", "pos": "VERB",
     "round": True, "roles": {"investor": ">nsubj", "_round": ">prep[in]>pobj(@round_noun)"}},
    # ... with nothing after the verb: "Nvidia and AMD also participated" (`intransitive`: not "participated
    # in the deal with C")
    {"name": "participated_alone", "kind": "investment", "trigger": "participate", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj"}},
    # ... leading or coming back, said alone: "A and B led; C and D also participated", "A and B came back
    # this time", "C returned" (`intransitive`: nothing led or left named)
    {"name": "led_alone", "kind": "investment", "trigger": "lead|co-lead|colead", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj"}},
    # ... following the lead, or subscribing, said alone: "A led it, and B and C followed", "B and C likewise
    # subscribed"
    {"name": "followed_alone", "kind": "investment", "trigger": "follow|subscribe", "pos": "VERB", "round": True,
     "intransitive": True, "finite": True, "roles": {"investor": ">nsubj"}},
    # ... leading with its own sum: "A led with $70 million", "B led with $40 million of its own"
    {"name": "led_with_sum", "kind": "investment", "trigger": "@lead_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_sum": ">prep[with]>pobj(@money_word)"}},
    # ... following the lead in: "A led, with B following on", "C followed on"
    # (the parser may hang the participle on the lead's verb and its subject on "with")
    *({"name": f"followed_on{how}", "kind": "investment", "trigger": "follow", "pos": "VERB", "round": True,
       "roles": {"investor": path, "_on": ">prt|prep[on]"}}
      for how, path in {"": ">nsubj", "_with": "<advcl>prep[with]>pobj"}.items()),
    # ... and others doing the same: "A participated, as did B and C", "A led the round, as did B in 2023"
    # (`near_round`: a round named in the sentence or the one before; of a round, not "A backed the bill, as did B")
    *({"name": f"as_did{how}", "kind": "investment", "trigger": "do", "pos": "VERB", "round": True, "near_round": True,
       "roles": {"investor": ">nsubj", "_as": ">mark[as]", **deal}}
      for how, deal in (("", {"_deal": "<advcl(participate|invest|co-invest)"}),
                        ("_round", {"_deal": "<advcl(@join_verb|@lead_verb|back)",
                                    "_round": "<advcl>dobj(@round_noun)"}))),
    # ... or named in a digest's labels under the round's item: "B: $48M Series B. Lead: C. Co-investor: D. Also
    # in: E, F" (`same_line`: the round's company named on the line before them; not "Owner:" or "Shareholder:")
    {"name": "lead_label", "kind": "investment", "trigger": "@lead_noun|co-investor|investor|backer", "round": True,
     "same_line": True, "roles": {"investor": ">appos", "_colon": ">punct[:]"}},
    {"name": "also_in_label", "kind": "investment", "trigger": "in", "round": True, "same_line": True,
     "roles": {"investor": ">pobj", "_also": ">advmod[also]", "_colon": ">punct[:]"}},
    # ... "C and D joined", "C and D also joined" (joining nothing named; `intransitive`)
    {"name": "joined_alone", "kind": "investment", "trigger": "join", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj"}},
    # ... "C and D were among those that joined (took part, invested)"
    {"name": "among_those_that_joined", "kind": "investment", "trigger": "@join_verb|invest|take", "pos": "VERB",
     "round": True, "roles": {"investor": "<relcl(those|one|firm|investor|backer)<pobj(among)<prep>nsubj"}},
    # a holder on a company's cap table: "A sits on the cap tables of both B and C", "A is on B's cap table"
    # (and a second verb's, with the first's subject: "A sits on B's cap table and is on C's too")
    *({"name": f"on_cap_table{how}{second}", "kind": "investment", "trigger": "table", "pos": "NOUN",
       "roles": {"investor": f"<pobj(on)<prep(sit|be|remain|stay){up}>nsubj", "investee": path,
                 "_cap": ">compound[cap]"}}
      for how, path in {"": ">prep[of]>pobj", "_poss": ">poss"}.items()
      for second, up in {"": "", "_conj": "<conj"}.items()),
    {"name": "also_joined", "kind": "investment", "trigger": "join", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj", "_also": ">advmod[also,too]"}},
    # ... joined beside others, who join too (its companions): "A joined (participated) alongside B and C" (the
    # round's company; `intransitive`: not "A joined the board alongside B")
    {"name": "joined_alongside", "kind": "investment", "trigger": "@join_verb", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj", "_along": ">prep[alongside]>pobj"}},
    # ... the round named, the others beside it in the round ("A, which joined the round alongside B and C,": B
    # and C are in it too, whoever A stands for)
    # (the parser may hang "alongside B" on the verb)
    *({"name": f"joined_round_alongside{how}", "kind": "investment", "trigger": "@join_verb", "pos": "VERB",
       "round": True, "roles": roles}
      for how, roles in (("", {"investor": ">dobj(@round_noun)>prep[alongside]>pobj"}),
                         ("_verb", {"investor": ">prep[alongside]>pobj", "_round": ">dobj(@round_noun)"}))),
    # a company started with money from its backers: "B was founded in 2021 with $40 million from A and C" (the
    # parser may hang "from A" on the verb or on the money), "B launched (emerged) with $1 billion from A and C"
    # (`no_object`: the company itself launched, not "B plans to launch a fund with $40 million from A")
    *({"name": f"founded_with_money_from{how}{voice}", "kind": "investment", "trigger": verbs,
       "pos": "VERB", "no_object": True, "roles": {"investee": investee, "investor": investor, "_with": funds}}
      for how, investor, funds in (("", ">prep[from]>pobj", _FUNDS), ("_money", _FUNDS + ">prep[from]>pobj", _FUNDS),
                                   ("_currency", ">prep[from]>pobj", ">prep[with]>pobj>nummod(@money_word)"))
      for voice, verbs, investee in (("", "found|launch|start|establish|set", ">nsubjpass"),
                                     ("_active", "launch|emerge|debut", ">nsubj"))),
    # ... putting money in beside others, who put theirs in too: "A led the round, putting in $9 million
    # alongside B and C" (the round's company)
    # (`beside`: the sum is the one who put it in's, never theirs)
    {"name": "put_in_alongside", "kind": "investment", "trigger": "put|pour|plow|pump", "pos": "VERB",
     "round": True, "beside": True, "roles": {"investor": ">prep[alongside]>pobj", "_in": ">prt[in]"}},
    # ... "C and D came in alongside (too)" (coming in beside the leads)
    {"name": "came_in_alongside", "kind": "investment", "trigger": "come", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_in": ">prt[in]", "_along": ">advmod[alongside,too,also]"}},
    # ... "C and D came in alongside B" (and B with them)
    *({"name": f"came_in_alongside_{who}", "kind": "investment", "trigger": "come", "pos": "VERB", "round": True,
       "roles": {"investor": path, "_in": ">prt[in]", "_along": ">prep[alongside,with]>pobj"}}
      for who, path in (("subject", ">nsubj"), ("other", ">prep[alongside,with]>pobj"))),
    # ... the round named by a pronoun: "A led it", "B and C co-led it", "D joined it" (the round's company)
    {"name": "led_or_joined_it", "kind": "investment", "trigger": "@lead_verb|join", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_it": ">dobj[it]"}},
    # ... where its money came from: "The money came from A and B", "The capital was supplied (provided)
    # by A and B" (money only: "its revenue came from A" is no round)
    # (or a part of the money: "half (the rest) came from A, and from B and C", where the parser may make the
    # second "from" a conjunct of the verb)
    # (or a sum of it: "$20 million came from A"; `not_sales`: not after sales in its sentence, "Sales reached $90
    # million; about $20 million came from A")
    *({"name": f"money_came_from{how}", "kind": "investment", "trigger": "come", "pos": "VERB", "round": True,
       "portion": "_money", "not_sales": True,
       "roles": {"investor": path, "_money": ">nsubj(@round_money_noun|@remainder_noun|@money_part_noun|@money_word)"}}
      for how, path in (("", ">prep[from]>pobj"), ("_conj", ">conj[from]>pobj"))),
    # ... or made up the rest of it: "A put in $1 billion, with B and C making up most of the remainder" (the
    # round's company)
    # (`portion`: the rest of the money, not "half of its sales")
    # (or put up: "returning investors B and C put up the rest")
    {"name": "made_up_the_rest", "kind": "investment", "trigger": "make|put", "pos": "VERB", "round": True,
     "portion": "_rest",
     "roles": {"investor": ">nsubj", "_up": ">prt[up]", "_rest": ">dobj(@remainder_noun|@money_part_noun)"}},
    # ... or supplied it, by backers the gazetteer knows (`known_backer`: not "AMD supplies the rest" of one's
    # chips): "B and C supplied (provided) the rest", "with B supplying the remainder", "B supplied most of the
    # remainder" (`portion`: of the money, not "most of the chips"; `near_round`: the round's company named in the
    # sentence or the one before)
    *({"name": f"supplied_the_rest{how}", "kind": "investment", "trigger": "supply|provide|contribute|furnish",
       "pos": "VERB", "round": True, "near_round": True, "known_backer": True, "portion": "_rest",
       "roles": {"investor": ">nsubj", "_rest": rest}}
      for how, rest in (("", ">dobj(@remainder_noun)"),
                        ("_most_of", ">dobj(@money_part_noun)>prep[of]>pobj(@remainder_noun)"))),
    # ... or took it: "B and C took the remainder", "D took most of the rest" (`portion`: of the money, not "the
    # rest of the capacity"; `near_round`: the round's company named in the sentence or the one before)
    # (`backer_like`: a backer the gazetteer knows or a name that says it invests, "... Capital", "... Ventures":
    # not "Zentro Cloud won 60% of the contract and Harlow Cloud took the rest")
    *({"name": f"took_the_rest{how}", "kind": "investment", "trigger": "take", "pos": "VERB", "round": True,
       "near_round": True, "backer_like": True, "portion": "_rest", "roles": {"investor": ">nsubj", "_rest": rest}}
      for how, rest in (("", ">dobj(@remainder_noun)"),
                        ("_most_of", ">dobj(@money_part_noun)>prep[of]>pobj(@remainder_noun)"))),
    # ... or took a part of it: "A, the venture arm of a Swedish group, took a smaller share" (`portion`: of
    # the money, not "a larger share of the market")
    {"name": "took_a_share", "kind": "investment", "trigger": "take", "pos": "VERB", "round": True,
     "near_round": True, "backer_like": True, "portion": "_share",
     "roles": {"investor": ">nsubj", "_share": ">dobj(share|portion|slice)"}},
    # ... or filled it out: "B, C and D filled out (rounded out) the round"
    {"name": "filled_out_the_round", "kind": "investment", "trigger": "fill|round", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_out": ">prt[out]", "_round": ">dobj(@round_noun|syndicate)"}},
    # ... or a round (a close of it) that brought them in: "the round brought in B and C", "a second close of
    # $40 million, which brought in B, C and D" (the parser hangs "in" as a particle with the names below it,
    # or as the verb's object)
    *({"name": f"round_brought_in{how}{obj}", "kind": "investment", "trigger": "bring", "pos": "VERB", "round": True,
       "roles": {"investor": investor, "_in": ">prt|prep[in]", "_round": path}}
      for how, path in (("", ">nsubj(@round_noun|close)"), ("_which", "<relcl(@round_noun|close)"))
      for obj, investor in (("", ">prt|prep[in]>pobj"), ("_object", ">dobj"))),
    # ... or a sum of it that an investor provided: "A, the investment arm of a pension group, provided $12
    # million" (`near_round`: the round's company named in the sentence or the one before)
    # (`portion`: a sum of nothing else: not "$12 million in chips")
    {"name": "provided_sum", "kind": "investment", "trigger": "supply|provide|furnish", "pos": "VERB",
     "round": True, "alone": True, "near_round": True, "portion": "_sum", "not_sales": True,
     "roles": {"investor": ">nsubj", "_sum": ">dobj(@money_word)"}},
    {"name": "money_supplied_by", "kind": "investment", "trigger": "supply|provide|contribute|furnish", "pos": "VERB",
     "round": True, "roles": {"investor": ">agent>pobj", "_money": ">nsubjpass(@round_money_noun)"}},
    # (or "came back in", where the parser may hang "back" on "in"; `intransitive`: not "came back in with a
    # cheaper model")
    {"name": "came_back", "kind": "investment", "trigger": "come", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_back": ">advmod|prt[back]"}},
    {"name": "came_back_in", "kind": "investment", "trigger": "come", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj", "_back": ">advmod|prt[in]>advmod[back]"}},
    {"name": "returned_alone", "kind": "investment", "trigger": "return", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj"}},
    # ... for another time: "existing backer B returned for a third time"
    {"name": "returned_for_another_time", "kind": "investment", "trigger": "return|come", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_time": ">prep[for]>pobj(time)>amod(second|third|fourth|fifth|another)"}},
    # stock bought in a company's offering: "Nvidia agreed to buy $150 million of stock in the offering"
    # (`near_round`: the company's listing or round named in the sentence or the one before)
    {"name": "buys_stock_in_offering", "kind": "investment", "trigger": "buy|purchase|take|acquire", "pos": "VERB",
     "round": True, "near_round": True,
     "roles": {"investor": ">nsubj", "_stock": ">dobj(@money_word)>prep[of]>pobj(stock|share)",
               "_offering": ">>pobj(offering|ipo|listing|placement)"}},
    # ... in the lead: "raised $900 million with A in the lead" (the parser hangs "in the lead" on the verb)
    {"name": "with_x_in_the_lead", "kind": "investment", "trigger": "lead", "pos": "NOUN", "round": True,
     "roles": {"investor": "<pobj<prep>prep[with]>pobj", "_in": "<pobj(in)"}},
    # ... drawn from them: "the round drew participation from B and C"
    {"name": "participation_from", "kind": "investment", "trigger": "participation", "round": True,
     "roles": {"investor": ">prep[from,by]>pobj"}},
    # (the parser may hang "from B" on the verb: "The round, which values it at $5 billion, drew participation
    # from B")
    {"name": "participation_from_verb", "kind": "investment", "trigger": "participation", "pos": "NOUN",
     "round": True,
     "roles": {"investor": "<dobj(draw|attract|see|include|get|receive|have|feature|win)>prep[from]>pobj"}},
    # ... "of" them, as the translated French has it: "the operation, which also saw the participation of B"
    {"name": "participation_of", "kind": "investment", "trigger": "participation", "pos": "NOUN", "round": True,
     "roles": {"investor": ">prep[of]>pobj", "_saw": "<dobj(draw|attract|see|include|get|receive|have|feature|win)"}},
    # ... or money drawn from them: "a funding round that also drew money from B and C", "the raise attracted
    # capital from B" ("from B" hung on the verb or on the money)
    *({"name": f"drew_money_from{how}", "kind": "investment", "trigger": "@round_money_noun", "pos": "NOUN",
       "round": True, "roles": {"investor": path, "_drew": "<dobj(draw|attract)"}}
      for how, path in (("", ">prep[from]>pobj"), ("_verb", "<dobj(draw|attract)>prep[from]>pobj"))),
    # ... in a lead's role: "B acted as lead investor", "with B and C acting (serving) as co-leads",
    # "with B as co-lead", "B and C were the co-leads" (`bare`: not "B is an investor in C", whose company is named)
    {"name": "acts_as_lead", "kind": "investment", "trigger": "@lead_noun|@investor_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<pobj(as)<prep(act|serve)>nsubj"}},
    {"name": "with_x_as_lead", "kind": "investment", "trigger": "@lead_noun", "pos": "NOUN", "round": True,
     "roles": {"investor": "<pobj(as)<prep>prep[with]>pobj"}},
    # ... "with B" hung on the round, and an investor's role too: "A closed its seed round with B as its largest
    # investor", "... with B as lead"
    *({"name": f"with_x_as_{noun}{how}", "kind": "investment", "trigger": f"@{noun}_noun", "pos": "NOUN",
       "round": True, "roles": {"investor": path}}
      for noun, how, path in (("lead", "_object", "<pobj(as)<prep>dobj(@round_noun)>prep[with]>pobj"),
                              ("investor", "", "<pobj(as)<prep>prep[with]>pobj"),
                              ("investor", "_object", "<pobj(as)<prep>dobj(@round_noun)>prep[with]>pobj"))),
    {"name": "named_as_lead", "kind": "investment", "trigger": "@lead_noun", "pos": "NOUN", "round": True,
     "roles": {"investor": "<pobj(as)<prep"}},
    {"name": "is_lead", "kind": "investment", "trigger": "@lead_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<attr(be)>nsubj"}},
    # ... named after the copula with no round said: "Other backers were B and C" (`bare`: not "Zeta's backers
    # are ...", whose company is named)
    {"name": "backers_are", "kind": "investment", "trigger": "@investor_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<nsubj(be)>attr"}},
    # a round's backers named after the copula: "other backers in the round are B, C and D"
    {"name": "backers_in_round_are", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<nsubj>attr", "_round": ">prep[in,of]>pobj(@round_noun)"}},
    # a round's other backers: "A led the round, with participation from B and C", "the round saw
    # participation from B", "..., with B and C also participating", "B and C also participated"
    {"name": "with_participation_from", "kind": "investment", "trigger": "participation", "round": True,
     "roles": {"investor": ">prep[from,by,of]>pobj", "_with": "<pobj(with)"}},
    {"name": "round_saw_participation_from", "kind": "investment", "trigger": "participation", "round": True,
     "roles": {"investor": ">prep[from,by]>pobj", "_round": "<dobj>nsubj(@round_noun)"}},
    {"name": "round_that_saw_participation_from", "kind": "investment", "trigger": "participation", "round": True,
     "roles": {"investor": ">prep[from,by]>pobj", "_round": "<dobj<relcl(@round_noun)"}},
    # (the tagger may read "joining" as a noun: "led by A, with B and C joining")
    # (or the name as the noun's compound: "with Brisk Capital joining")
    {"name": "with_joining_noun", "kind": "investment", "trigger": "joining|participating", "round": True,
     "roles": {"investor": ">nsubj|compound", "_with": "<pobj(with)"}},
    {"name": "with_also_participating", "kind": "investment", "trigger": "participate", "pos": "VERB",
     "round": True, "roles": {"investor": ">nsubj", "_with": "<pcomp(with)"}},
    # ... or providing its money: "A raised $410 million, with B ($150 million) and C ($80 million) providing most
    # of the money" (each one's own in the brackets after its name)
    *({"name": f"with_providing_money{how}", "kind": "investment", "trigger": "provide|put|contribute|supply",
       "pos": "VERB", "round": True, "roles": {"investor": ">nsubj", "_with": "<pcomp(with)", "_money": path}}
      for how, path in (("", f">dobj({_FUNDS_WORDS})"), ("_part", f">dobj>prep[of]>pobj({_FUNDS_WORDS})"))),
    # ... following the lead in a round: "A led the round, with B and C following" (`intransitive`: not "with
    # B following suit"; the thing led a round: not "A led the rally, with B following")
    {"name": "lead_with_following", "kind": "investment", "trigger": "follow", "pos": "VERB", "round": True,
     "intransitive": True, "roles": {"investor": ">nsubj", "_round": "<pcomp(with)<prep(lead)>dobj(@round_noun)"}},
    # (the parser may hang "with B and C" on the lead's name and the participle on the lead's "by": "a
    # round led by A, with B and C participating")
    {"name": "with_participating_low", "kind": "investment", "trigger": "participate", "pos": "VERB",
     "round": True, "roles": {"investor": "<pcomp(by)>pobj>prep[with]>pobj"}},
    {"name": "also_participated", "kind": "investment", "trigger": "participate", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_also": ">advmod[also]"}},
    # money put in through a named vehicle: the vehicle invests ("she invested through her fund, B", "he put
    # $5 million into the company through B"; GUIDELINES "Vehicles")
    *({"name": f"invest_through_vehicle{how}", "kind": "investment", "trigger": "@invest_verb|@pledge_verb",
       "pos": "VERB", "round": True, "person_subject": True, "roles": {"investor": f">prep[through,via]>pobj{appos}"}}
      for how, appos in (("", ""), ("_named", ">appos"))),
    {"name": "put_in", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_in": ">prt[in]"}},
    # (the parser may make "in" a preposition with no object, and the sum the verb's: "A put in 1.2 billion yuan";
    # `particle`: "in" governs nothing)
    {"name": "put_in_sum", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB", "round": True,
     "particle": "_in", "roles": {"investor": ">nsubj", "_in": ">prep[in]", "_sum": ">dobj(@money_word)"}},
    {"name": "chip_in", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_sum": ">prep[in]>pobj(@money_word)"}},
    # a part of the round supplied: "A supplied ¥9 billion of the round", "A provided $60 million of the funding"
    # (the round itself: not "put $10 billion of its cash into buybacks", "provided $2 billion of the financing
    # for a data centre")
    {"name": "supplied_part_of_round", "kind": "investment", "trigger": "supply|provide|furnish", "pos": "VERB",
     "round": True, "roles": {"investor": ">nsubj",
                              "_part": ">dobj(@money_word)>prep[of]>pobj(round|raise|series|tranche|extension)"}},
    {"name": "contributes", "kind": "investment", "trigger": "contribute", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj"}},
    {"name": "money_into_round", "kind": "investment", "trigger": "@invest_verb|buy", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_round": ">prep[in,into]>pobj(@round_noun)"}},
    # "A is among the backers", and inverted, "Also among the backers are A and B"
    # (a verb of being only: in "A raised $2 billion, with B among the backers" A is no backer)
    {"name": "among_investors", "kind": "investment", "trigger": "@investor_noun", "round": True, "copula": True,
     "roles": {"investor": "<pobj<prep[among](@copula_verb)>nsubj|attr"}},
    # "..., with A and B among the participants (its backers)"
    {"name": "with_among_investors", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<pobj<prep[among]>prep[with]>pobj"}},
    # (the parser may hang "with" lower, on the last name before it: "a round led by C, with A and B among
    # the participants")
    {"name": "with_among_investors_low", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<pobj<prep[among]>>prep[with]>pobj"}},
    {"name": "among_own_investors", "kind": "investment", "trigger": "@investor_noun", "copula": True,
     "roles": {"investor": "<pobj<prep[among]>nsubj|attr", "investee": ">poss"}},
    {"name": "which_among_own_investors", "kind": "investment", "trigger": "@investor_noun", "object_free": True,
     "roles": {"investor": "<pobj<prep[among]<relcl", "investee": ">poss"}},
    # a round (or the deal) that "includes $10 billion from A and $5 billion from B": each its own sum
    {"name": "round_includes_sum_from", "kind": "investment", "trigger": "@include_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">dobj>prep[from]>pobj", "_round": ">nsubj(@round_noun|deal|investment|package)"}},
    {"name": "round_includes_sum_verb_from", "kind": "investment", "trigger": "@include_verb", "pos": "VERB",
     "round": True, "roles": {"investor": ">prep[from]>pobj", "_sum": ">dobj(@money_word)",
                              "_round": ">nsubj(@round_noun|deal|investment|package)"}},
    {"name": "round_includes_more_sums_from", "kind": "investment", "trigger": "@include_verb", "pos": "VERB",
     "round": True, "roles": {"investor": ">dobj>conj>prep[from]>pobj",
                              "_round": ">nsubj(@round_noun|deal|investment|package)"}},
    # ... however the parse hangs a longer list ("$X from A, $Y from B and $Z from C": a sum read as
    # an apposition of A, or conjoined to the verb); each investor keeps only the sum "from" it (`total`)
    {"name": "round_includes_listed_sums_from", "kind": "investment", "trigger": "@include_verb", "pos": "VERB",
     "round": True, "total": True, "roles": {"investor": ">>prep[from]>pobj", "_sum": ">dobj(@money_word)",
                                             "_round": ">nsubj(@round_noun|deal|investment|package)"}},
    # a round raised or closed "with A as (its) lead investor": A invests in the company raising
    # (money or a round raised: not "raised concerns with A as an investor")
    {"name": "raised_with_as_investor", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investee": "<pobj<prep[as](@raise_verb)>nsubj", "investor": "<pobj<prep[as](@raise_verb)>prep[with]>pobj",
               "_what": "<pobj<prep[as](@raise_verb)>dobj(@raised_noun)"}},
    {"name": "round_with_as_investor", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investee": "<pobj<prep[as](@raise_verb)>nsubj",
               "investor": "<pobj<prep[as](@raise_verb)>dobj>prep[with]>pobj",
               "_what": "<pobj<prep[as](@raise_verb)>dobj>>compound|nummod(@raised_noun)"}},
    {"name": "investors_include", "kind": "investment", "trigger": "@include_verb", "round": True,
     "roles": {"investor": ">dobj|attr", "_who": ">nsubj(@investor_noun|@investor_list_noun)"}},
    # ... named as a list of them: "the list of participants included A", "a group of backers includes A"
    {"name": "list_of_investors_include", "kind": "investment", "trigger": "@include_verb", "round": True,
     "roles": {"investor": ">dobj|attr", "_who": ">nsubj(list|group|slate|set)>prep[of]>pobj(@investor_noun)"}},
    # a round that names its backers: "the round also included A and B", "a round that included A"
    # (the round the subject of a verb before: "the round was led by A and included B, C and D")
    *({"name": f"round_included{how}", "kind": "investment", "trigger": "@include_verb", "pos": "VERB", "round": True,
       "no_subject": how == "_conj", "roles": {"investor": ">dobj", "_round": path}}
      for how, path in (("", ">nsubj(@round_noun)"), ("_conj", "<conj(lead|close|total|draw|attract)>nsubj|nsubjpass(@round_noun)"))),
    {"name": "round_that_included", "kind": "investment", "trigger": "@include_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">dobj", "_round": "<relcl(@round_noun)"}},
    {"name": "own_investors_include", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investor": ">dobj|attr", "investee": ">nsubj(@investor_noun)>poss"}},
    # an investor's holdings named: "A's portfolio includes B", "A's portfolio companies include B", "companies
    # in which A holds a stake include B", "startups A has invested in include B"
    {"name": "portfolio_includes", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investee": ">dobj|attr", "investor": ">nsubj(@portfolio_noun)>poss"}},
    # ... its units named: "A's subsidiaries include B and C" (a parent owning a subsidiary, GUIDELINES)
    {"name": "units_include", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investee": ">dobj|attr", "investor": ">nsubj(@named_unit_noun)>poss"}},
    {"name": "portfolio_companies_include", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investee": ">dobj|attr", "investor": ">nsubj(@trade_noun)>poss",
               "_portfolio": ">nsubj(@trade_noun)>compound(portfolio)"}},
    {"name": "held_companies_include", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investee": ">dobj|attr", "investor": ">nsubj(@trade_noun)>relcl(@hold_verb)>nsubj",
               "_stake": ">nsubj(@trade_noun)>relcl(@hold_verb)>dobj(@holding_noun)"}},
    {"name": "backed_companies_include", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investee": ">dobj|attr", "investor": ">nsubj(@trade_noun)>relcl(@invest_verb|@back_verb)>nsubj"}},
    # a round that drew its backers: "A led the round, which also drew B and C", "a round that attracted B"
    {"name": "round_that_drew", "kind": "investment", "trigger": "draw|attract|include|feature|bring|pull",
     "pos": "VERB", "round": True, "roles": {"investor": ">dobj", "_round": "<relcl(@round_noun)"}},
    # ... said of the round as its subject: "the round also draws (attracted) B, the Abu Dhabi investor"
    {"name": "round_drew", "kind": "investment", "trigger": "draw|attract", "pos": "VERB", "round": True,
     "roles": {"investor": ">dobj", "_round": ">nsubj(@round_noun)"}},
    # "closed a round whose backers included A and B"
    {"name": "round_whose_investors_include", "kind": "investment", "trigger": "@include_verb", "round": True,
     "roles": {"investor": ">dobj|attr", "_who": ">nsubj(@investor_noun)>poss[whose]",
               "_round": "<relcl(@round_noun)"}},
    {"name": "whose_investors_include", "kind": "investment", "trigger": "@include_verb",
     "roles": {"investor": ">dobj|attr", "investee": "<relcl", "_who": ">nsubj(@investor_noun)>poss[whose]"}},
    {"name": "among_firms_that_invested", "kind": "investment", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "round": True, "roles": {"investor": "<relcl<pobj<prep[among]>nsubj", "_round": ">prep[in,into,to]>pobj(@round_noun)"}},
    {"name": "among_firms_that_joined", "kind": "investment", "trigger": "@join_verb|@back_verb", "pos": "VERB",
     "round": True, "roles": {"investor": "<relcl<pobj<prep[among]>nsubj", "_round": ">dobj(@round_noun)"}},
    {"name": "among_firms_that_backed", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investor": "<relcl<pobj<prep[among]>nsubj", "investee": ">dobj"}},
    # "B is among the startups backed (funded) by A", "B is one of the firms backed by A"
    {"name": "among_firms_backed_by", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acl<pobj<prep[among]>nsubj", "investor": ">agent>pobj"}},
    {"name": "one_of_firms_backed_by", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acl<pobj<prep[of]<attr>nsubj", "investor": ">agent>pobj"}},
    {"name": "among_firms_that_invested_in", "kind": "investment", "trigger": "@invest_verb|@pledge_verb",
     "pos": "VERB", "roles": {"investor": "<relcl<pobj<prep[among]>nsubj", "investee": ">prep[in,into]>pobj"}},
    {"name": "joining_were", "kind": "investment", "trigger": "@join_verb|take", "pos": "VERB", "round": True,
     "roles": {"investor": ">aux>attr", "_what": ">dobj(@round_noun|part)"}},
    # the lead's co-investors: "A led the round and was joined by B and C", "A led the round, joined by
    # B", "the round was led by A, which was joined by B", and, after the lead or the round, "It was
    # joined by B and C" (the round's company)
    *({"name": name, "kind": "investment", "trigger": "join", "pos": "VERB", "round": True,
       "roles": {"investor": ">agent>pobj", "_joined": joined}}
      for name, joined in (("lead_joined_by", "<conj|advcl(@lead_verb)"),
                           ("lead_which_was_joined_by", "<relcl<pobj<agent(@lead_verb)"),
                           ("it_was_joined_by", ">nsubjpass(it|@round_noun)"),
                           # "A led a $41 million round joined by B and C"
                           ("round_joined_by", "<acl(@round_noun)"))),
    # ... or in a backer's own post, "We are joined by B and C" ("we" the post's company, `lead` bound to it;
    # not "we were joined by B at the launch" in a post of no company)
    {"name": "we_are_joined_by", "kind": "investment", "trigger": "join", "pos": "VERB", "round": True,
     "roles": {"investor": ">agent>pobj", "lead": ">nsubjpass(we)"}},
    # ... after its leads named as such: "Lead investors A and B were joined by C and D", "... by a group of
    # investors: C, D and E" (the leads and who joined them)
    # (the leads named as the noun's compound, "Lead investors A and B", or in apposition to it, where
    # the parser may hang the joiners' list there too)
    *({"name": f"leads_were_joined{how}{side}", "kind": "investment", "trigger": "join", "pos": "VERB", "round": True,
       "roles": {"investor": path.replace("NAMED", named), "_leads": leads}}
      for side, leads, named in (("", ">nsubjpass>compound(@investor_noun)", ">nsubjpass"),
                                 ("_appos", ">nsubjpass(@investor_noun)", ">nsubjpass>appos"))
      for how, path in (("", "NAMED"), ("_by", ">agent>pobj"), ("_by_group", ">agent>pobj(group)>appos"))),
    # "Also participating were A and B", "Participating in the round were A and B" (the round's company;
    # the parser may make the participle the copula's subject)
    *({"name": f"participating_were{how}", "kind": "investment", "trigger": "participate", "pos": "VERB",
       "round": True, "roles": {"investor": investor}}
      for how, investor in (("", ">aux(be)>attr"), ("_subject", "<csubj(be)>attr"))),
    # a place on its cap table: "A joined B's cap table", "A entered its cap table"
    # "A joins the company's shareholder (investor) base"
    {"name": "joins_cap_table", "kind": "investment", "trigger": "table|base|register", "pos": "NOUN",
     "roles": {"investor": "<dobj(join|enter)>nsubj", "investee": ">poss",
               "_cap": ">compound(cap|shareholder|investor|@investor_noun)"}},
    # ... the round's company's, named before: "B closed its Series B. A joined the cap table for the first time"
    {"name": "joined_the_cap_table", "kind": "investment", "trigger": "table", "pos": "NOUN", "round": True,
     "near_round": True,
     "roles": {"investor": "<dobj(join|enter)>nsubj", "_cap": ">compound(cap)", "_the": ">det[the]"}},
    # the round's backers listed after "among them": "the rest came from existing investors, among
    # them A, B and C" (the parser hangs the list on the verb; the round's company)
    *({"name": f"investors_among_them{how}", "kind": "investment", "trigger": "they", "round": True,
       "roles": {"investor": "<pobj<prep[among]", "_who": who}}
      for how, who in (("", "<pobj<prep[among]<npadvmod>prep>pobj(@investor_noun)"),
                       ("_appos", "<pobj<prep[among]<appos(@investor_noun)"),
                       # (the list made the object of the backers' verb: "existing backers took part, among them A")
                       ("_taking_part", "<pobj<prep[among]<dobj(@join_verb|take)>nsubj(@investor_noun)"),
                       ("_taking_part_appos", "<pobj<prep[among]<appos(part)<dobj(take)>nsubj(@investor_noun)"),
                       # (the list hung on the clause's subject: "the balance comes from investors, among them A")
                       ("_appos_far", "<pobj<prep[among]<appos<nsubj>prep>pobj(@investor_noun)"))),
    # "A and B came in (aboard, on) as strategic investors" (the round's company)
    {"name": "came_in_as_investor", "kind": "investment", "trigger": "come", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_in": ">prt|advmod[in,aboard,on]", "_as": ">prep[as]>pobj(@investor_noun)"}},
    # "A and B joined as new investors" (the round's company)
    {"name": "joined_as_investor", "kind": "investment", "trigger": "@join_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">nsubj", "_as": ">prep[as]>pobj(@investor_noun)"}},
    # an investor of no company named, in an article about a round: "B is a shareholder too", "B is also
    # an investor", "B is an existing backer" (the round's company; `bare`: the noun names no company of its
    # own, "B is OpenAI's largest shareholder", "an investor in C")
    {"name": "is_investor_too", "kind": "investment", "trigger": "@investor_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<attr(be|remain)>nsubj", "_too": "<attr(be|remain)>advmod[also,too,already]"}},
    # ... or one for years: "B has been an investor since 2021"
    {"name": "is_investor_since", "kind": "investment", "trigger": "@investor_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<attr(be|remain)>nsubj", "_since": "<attr(be|remain)>prep[since]"}},
    {"name": "is_existing_investor", "kind": "investment", "trigger": "@investor_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<attr(be|remain)>nsubj", "_existing": ">amod[existing,returning,current]"}},
    # ... or its lead: "A was the lead investor" (the round's company)
    {"name": "is_lead_investor", "kind": "investment", "trigger": "@investor_noun", "pos": "NOUN", "round": True,
     "bare": True, "roles": {"investor": "<attr(be|remain)>nsubj", "_lead": ">amod|compound[lead,anchor]"}},
    # "raised $1 billion in a round led by A, with B among the other participants (backers)"
    {"name": "with_investor_among_others", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<pobj<prep[among]", "_with": "<pobj<prep[among]<pobj<prep[with]"}},
    {"name": "lists_among_investors", "kind": "investment", "trigger": "@include_verb|name|cite", "pos": "VERB",
     "round": True, "roles": {"investor": ">dobj", "_who": ">prep[among]>pobj(@investor_noun)"}},
    *({"name": f"lists_among_own_investors{how}", "kind": "investment", "trigger": "@include_verb|name|cite",
       "pos": "VERB", "roles": {"investor": ">dobj", "investee": f"{path}[among]>pobj(@investor_noun)>poss"}}
      # (the parser may hang "among" inside a long object: "counts A and a fund managed by B among its investors")
      for how, path in (("", ">prep"), ("_deep", ">dobj>>prep"))),
    # "Zeta lists A and B as its funders", "A and B are named as Zeta's backers"
    {"name": "lists_as_own_investors", "kind": "investment", "trigger": "@include_verb|@name_verb", "pos": "VERB",
     "roles": {"investor": ">dobj", "investee": ">prep[as]>pobj(@investor_noun)>poss"}},
    # ... and with no possessive: "Zeta counts (lists) A as an investor" (the subject is invested in);
    # "Zeta will have A as its largest shareholder"
    {"name": "counts_as_investor", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<pobj<prep[as,among](@include_verb|@name_verb|have)>dobj",
               "investee": "<pobj<prep[as,among](@include_verb|@name_verb|have)>nsubj"}},
    # ... where the parser hangs "among" from the object: "Zeta has A, B and C among its backers"
    {"name": "counts_among_investors_low", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<pobj<prep[among]", "investee": "<pobj<prep[among]<dobj(@include_verb|have)>nsubj"}},
    # ... glad (proud) to have it so: "we are glad to have A as a long-term shareholder"
    {"name": "glad_to_have_as_investor", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<pobj<prep[as](have)>dobj", "investee": "<pobj<prep[as](have)<xcomp<acomp>nsubj"}},
    # ... listed after another role: "B counts A as its biggest customer and a major shareholder"
    {"name": "counts_as_investor_listed", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<conj<pobj<prep[as,among](@include_verb|@name_verb)>dobj",
               "investee": "<conj<pobj<prep[as,among](@include_verb|@name_verb)>nsubj"}},
    {"name": "named_as_own_investors", "kind": "investment", "trigger": "@include_verb|@name_verb", "pos": "VERB",
     "roles": {"investor": ">nsubjpass", "investee": ">prep[as]>pobj(@investor_noun)>poss"}},
    # ... with no possessive, of the round the article tells: "A and B were also named as investors"
    {"name": "named_as_investors", "kind": "investment", "trigger": "@investor_noun", "round": True, "bare": True,
     "roles": {"investor": "<pobj<prep[as](@include_verb|@name_verb)>nsubjpass"}},
    {"name": "investors_such_as", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": ">prep[including,like]>pobj"}},
    # ... "such as", the backers joined or the money's source: "..., joining backers such as A, B and C", "$50
    # million from backers such as A and B" (not "Rival investors such as A have moved more cautiously", "it
    # has turned away investors such as A", "criticism from investors such as A")
    *({"name": f"investors_such_as_named{how}", "kind": "investment", "trigger": "@investor_noun", "round": True,
       "roles": {"investor": ">prep[as]>pobj", "_such": ">prep[as]>amod[such]", "_taken": path}}
      for how, path in (("", "<dobj(@join_verb)"), ("_from", "<pobj<prep[from,alongside](@raise_verb)"))),
    {"name": "investor_in", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<attr>nsubj", "investee": ">prep[in,of]>pobj"}},
    # ... the company first, in a relative clause: "B, in which A was an early investor," (the parser hangs
    # "in which" from the verb)
    {"name": "investor_in_which", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<attr(be|remain)>nsubj", "investee": "<attr(be|remain)>prep[in]>pobj(which|whom)"}},
    {"name": "investor_in_appos", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<appos", "investee": ">prep[in,of]>pobj"}},
    # "Google, another backer, declined to comment": a backer of the company the article's money goes to
    {"name": "another_investor_appos", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<appos", "_another": ">det(another)"}},
    # "..., joining earlier backers A and B", "existing investors A and B also took part": the names
    # after a round's kind of backer (its word says which: existing, earlier, new)
    {"name": "backers_named_after", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": ">appos|compound", "_which": _ROUND_BACKERS}},
    # (the parser may make the backer word part of the name: "existing backer B also added to its stake")
    {"name": "backer_word_on_name", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<compound", "_which": _ROUND_BACKERS}},
    # (the parser may make the names a second subject of the verb: "Existing investors A and B also returned")
    {"name": "backers_named_beside", "kind": "investment", "trigger": "@investor_noun", "round": True,
     "roles": {"investor": "<nsubj>nsubj", "_which": _ROUND_BACKERS}},
    {"name": "named_investor_appos", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<appos", "investee": ">compound"}},
    # "A is one of B's largest shareholders", "A is one of the biggest backers of B"
    {"name": "one_of_own_investors", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<pobj<prep[of]<attr>nsubj", "investee": ">poss"}},
    # ... in apposition: "A, one of B's earliest backers,", "A, one of its investors," (what "its" stands for)
    {"name": "one_of_own_investors_appos", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<pobj<prep[of]<appos[one,two,three,four,both]", "investee": ">poss"}},
    {"name": "one_of_investors_in", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<pobj<prep[of]<attr>nsubj", "investee": ">prep[in,of]>pobj"}},
    {"name": "named_investor_attr", "kind": "investment", "trigger": "@investor_noun",
     "roles": {"investor": "<attr>nsubj", "investee": ">compound|poss"}},
    # ... through a relative clause or "as": "A, which is B's largest shareholder,", "A ranks as B's
    # biggest backer", "A, which counts as B's largest investor,"
    *({"name": f"named_investor_{how}", "kind": "investment", "trigger": "@investor_noun",
       "roles": {"investor": path, "investee": ">compound|poss"}} for how, path in _INVESTOR_NAMED.items()),
    # a company in an investor's portfolio: "B is a portfolio company of A", "B, a portfolio company of A,"
    *({"name": f"portfolio_company_of{on}", "kind": "investment", "trigger": "company|firm|business|holding",
       "pos": "NOUN", "roles": {"investee": path, "investor": ">prep[of]>pobj", "_portfolio": ">compound(portfolio)"}}
      for on, path in (("", "<attr>nsubj"), ("_appos", "<appos"))),
    # ... the investor's name before it: "B is an Accel portfolio company", "B, an Accel portfolio company,"
    *({"name": f"named_portfolio_company{on}", "kind": "investment", "trigger": "company|firm|business|startup",
       "pos": "NOUN", "roles": {"investee": path, "investor": ">compound(portfolio)>compound"}}
      for on, path in (("", "<attr>nsubj"), ("_appos", "<appos"))),
    {"name": "backed_by", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investee": ">nsubjpass", "investor": ">agent>pobj"}},
    # (the parser may take "remains (stays)" for the passive's auxiliary, with the subject its own: "B
    # remains wholly owned by A")
    {"name": "backed_by_remains", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investee": ">auxpass>nsubj", "investor": ">agent>pobj"}},
    # (a participle with a word before it may be read as the name's modifier: "B, half-owned by A,")
    {"name": "backed_by_participle", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acl|amod", "investor": ">agent>pobj"}},
    # ... the second of two participles: "B, founded in 2020 and backed by A, pays ..."
    {"name": "backed_by_participle_conj", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investee": "<conj<acl", "investor": ">agent>pobj"}},
    # ... opening the sentence, its subject the main clause's: "Backed by A and C, B has been hauling freight"
    {"name": "backed_by_preposed", "kind": "investment", "trigger": "@back_verb", "pos": "VERB", "preposed": True,
     "roles": {"investee": "<advcl>nsubj", "investor": ">agent>pobj"}},
    # "B is majority-owned (wholly owned) by A": the parser makes the participle an adjective of "is"
    {"name": "backed_by_acomp", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acomp>nsubj", "investor": ">agent>pobj"}},
    # ... or of the share: "B is 40 percent owned by A" (the parser makes "percent" the predicate, "owned" its clause)
    {"name": "share_owned_by", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investee": "<acl(@holding_noun)<attr>nsubj", "investor": ">agent>pobj"}},
    # ... with a gapped second owner: "B will be 60% owned by A and 40% by C"
    {"name": "backed_by_acomp_gapped", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acomp>nsubj", "investor": ">conj>prep[by]>pobj"}},
    {"name": "x_backed", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<amod", "investor": ">npadvmod|compound|nmod|nsubj"}},
    # ... on a description before the name: "Nvidia-backed startup B", "the Accel-funded chip designer B"
    {"name": "x_backed_descriptor", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<amod<compound", "investor": ">npadvmod|compound|nmod"}},
    # ... on a description after it: "B, the A-owned audiobook leader,"
    {"name": "x_backed_apposition", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<amod<appos", "investor": ">npadvmod|compound|nmod"}},
    # the same as a copula's complement: "B is A-backed", "B, which is A- and C-backed,"
    {"name": "is_x_backed", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acomp>nsubj", "investor": ">npadvmod|compound|nmod"}},
    {"name": "which_is_x_backed", "kind": "investment", "trigger": "@back_verb",
     "roles": {"investee": "<acomp<relcl", "investor": ">npadvmod|compound|nmod"}},
    {"name": "backs", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj"}},
    {"name": "that_x_backed", "kind": "investment", "trigger": "@back_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": "<relcl"}},
    # (the tagger often takes "own" for the adjective: "a venture that A and B own in equal halves")
    {"name": "that_x_owns", "kind": "investment", "trigger": "own", "pos": "ADJ",
     "roles": {"investor": ">nsubj|nmod", "investee": "<relcl"}},
    # entering a company's capital (a French idiom in translation): "A has entered the capital of B",
    # "A entered B's capital"
    *({"name": f"enters_capital{how}", "kind": "investment", "trigger": "enter", "pos": "VERB",
       "roles": {"investor": ">nsubj", "investee": path}}
      for how, path in (("", ">dobj(capital)>prep[of]>pobj"), ("_poss", ">dobj(capital)>poss"))),
    {"name": "holds_stake_in", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj(@holding_noun)>prep[in,of]>pobj"}},
    # ... the rest held by another, in an absolute clause: "A will own 51% of B, with C holding the remaining 49%"
    {"name": "holds_rest_with", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": "<pcomp<prep[with]>dobj(@holding_noun)>prep[in,of]>pobj",
               "_what": ">dobj(@holding_noun)"}},
    # ... after a share owned by another: "B is 40 percent owned by A, with C and D holding 30 percent each"
    {"name": "holds_rest_with_owned", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": "<pcomp<prep[with](@holding_noun)<attr>nsubj",
               "_what": ">dobj(@holding_noun)"}},
    # ... of the company's shares: "A holds 14% of B's shares", "A owns a third of its stock"
    {"name": "holds_part_of_shares", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj(@holding_noun)>prep[of]>pobj(@share_word)>poss"}},
    # a share with no company named, in an article that called a company a venture: "A holds 35%",
    # "B, which owns 25%,", "with C holding the remaining 49%" (the venture: `venture_stake`)
    {"name": "holds_share_of_venture", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "venture_stake": True, "roles": {"investor": ">nsubj", "_what": ">dobj|npadvmod(@venture_share)"}},
    # (the parser may take the number for the object: "B, which owns 9.5 per cent,")
    {"name": "holds_per_cent_of_venture", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "venture_stake": True, "roles": {"investor": ">nsubj", "_what": ">dobj|npadvmod>prep[per]>pobj[cent]"}},
    # ... and equity put in: "A has committed $3 billion of equity", "A will contribute $750 million in equity"
    # (where no company is named it goes to)
    {"name": "commits_equity_to_venture", "kind": "investment", "trigger": "@pledge_verb|@invest_verb|put",
     "pos": "VERB", "venture_stake": True,
     "roles": {"investor": ">nsubj", "_what": ">dobj(@money_word)>prep[of,in]>pobj(equity|capital)"}},
    # the rest of a company whose other part the sentence gives before it: "A held 40% of B, and C owned most of
    # the rest", "B is 30 percent owned by A; the rest is held by C" (`rest_of_named`: B)
    *({"name": f"holds_rest_of_named{how}", "kind": "investment", "trigger": "own|hold|control|keep|retain",
       "pos": "VERB", "rest_of_named": True, "roles": {"investor": investor, "_rest": rest}}
      for how, investor, rest in (("", ">nsubj", ">dobj(@remainder_noun)"),
                                  ("_most_of", ">nsubj", ">dobj(@money_part_noun)>prep[of]>pobj(@remainder_noun)"),
                                  ("_passive", ">agent>pobj", ">nsubjpass(@remainder_noun)"))),
    # the other holders a stake's clause lists: "the venture in which A holds 40%, with C and D as the other
    # shareholders (equity partners)" (the parser may hang the list on the venture)
    *({"name": f"holders_listed_as{how}{on}", "kind": "investment", "trigger": trigger,
       "roles": {"investor": "<pobj<prep[as]>prep[with]>pobj", **investee, **extra}}
      for how, trigger, extra in (("", "@investor_noun", {}), ("_partners", "partner", {"_equity": ">compound[equity]"}))
      for on, investee in (("", {"investee": "<pobj<prep[as](@hold_verb)>prep[in]>pobj"}),
                           ("_venture", {"investee": "<pobj<prep[as](@co_owned_noun)",
                                         "_stake": "<pobj<prep[as](@co_owned_noun)>relcl(@hold_verb)"}))),
    # ... "in B" hung on the verb: "A holds a 40% stake in B", "the venture in which A holds a stake"
    {"name": "holds_stake_verb_in", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[in]>pobj", "_what": ">dobj(@holding_noun)"}},
    # ... a stake naming no company, in a clause coordinated with one saying what the company is: "B is
    # majority-owned by A, and C holds a minority stake", "B was founded in 2021 and C owns a stake" (in B)
    {"name": "holds_stake_beside_subject", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "own_holding": True, "roles": {"investor": ">nsubj", "investee": "<conj|advcl(be)>nsubj", "_what": ">dobj(@holding_noun)"}},
    {"name": "holds_stake_beside_passive", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "own_holding": True, "roles": {"investor": ">nsubj", "investee": "<conj>nsubjpass", "_what": ">dobj(@holding_noun)"}},
    # ... its size between: "A holds a stake of about 27 percent in B"
    {"name": "holds_sized_stake_in", "kind": "investment", "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj(@holding_noun)>prep[of]>pobj(@holding_noun)>prep[in]>pobj"}},
    {"name": "stake_poss", "kind": "investment", "trigger": "@holding_noun",
     "roles": {"investor": ">poss", "investee": ">prep[in]>pobj"}},
    # "a 27% Zeta stake goes to A", "Zeta's stake passed to A": the stake's new holder invests
    {"name": "stake_goes_to", "kind": "investment", "trigger": "@holding_noun",
     "roles": {"investee": ">compound|poss|amod|nmod", "investor": "<nsubj(@transfer_verb)>prep[to]>pobj"}},
    # money moving from an investor into a company: "$1 billion is to go into B from A", "another
    # $500 million will flow to B from A"; in a round, "with $2 billion of the equity coming from A"
    {"name": "money_goes_into_from", "kind": "investment", "trigger": "@money_motion_verb", "pos": "VERB",
     "roles": {"investor": ">prep[from]>pobj", "investee": ">prep[into,to]>pobj", "_what": ">nsubj(@raised_noun)"}},
    {"name": "money_is_to_go_into_from", "kind": "investment", "trigger": "@money_motion_verb", "pos": "VERB",
     "roles": {"investor": ">prep[from]>pobj", "investee": ">prep[into,to]>pobj", "_what": "<xcomp>nsubj|nsubjpass(@raised_noun)"}},
    {"name": "money_coming_from", "kind": "investment", "trigger": "@money_motion_verb", "pos": "VERB", "round": True,
     "roles": {"investor": ">prep[from]>pobj", "_what": "<acl(@raised_noun)"}},
    # buying a company's shares is investing in it: "A bought $5 billion of Zeta shares", "A bought Zeta
    # stock"; with no company named, the shares are the round's ("B purchased $900 million of stock");
    # so is receiving them, which makes A a holder (GUIDELINES "Stakes"): "A received $350 million of Zeta stock"
    {"name": "buys_shares_of", "kind": "investment", "not_consideration": True,
     "trigger": "buy|purchase|acquire|receive|get|obtain", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dobj>prep[of,in]>pobj(@share_word)>compound|poss|nmod"}},
    # ... "A received $350 million in Zeta shares" (the shares a phrase of the verb)
    {"name": "buys_sum_in_shares", "kind": "investment", "not_consideration": True,
     "trigger": "buy|purchase|acquire|receive|get|obtain", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep[in]>pobj(@share_word)>compound|poss",
               "_sum": ">dobj(@money_word)"}},
    {"name": "buys_shares", "kind": "investment", "not_consideration": True,
     "trigger": "buy|purchase|acquire|receive|get|obtain", "pos": "VERB", "issuer_poss": True,
     "roles": {"investor": ">nsubj", "investee": ">dobj(@share_word)>compound|poss"}},
    # ... and holding them: "A holds all of Zeta's shares", "A owns 9% of Zeta's stock", "A holds Zeta shares"
    *({"name": f"holds_shares{how}", "kind": "investment", "trigger": "hold|own|control|keep|retain", "pos": "VERB",
       "roles": {"investor": ">nsubj", "investee": path}}
      for how, path in (("_of", ">dobj>prep[of]>pobj(@share_word)>compound|poss|nmod"),
                        ("", ">dobj(@share_word)>compound"),
                        # ... the second of listed holdings: "owns Nvidia stock and Microsoft shares"
                        ("_listed", ">dobj(@share_word)>conj(@share_word)>compound"),
                        # (which the parser may read as one phrase: "[Acme stock and B] shares")
                        ("_listed_first", ">dobj(@share_word)>nmod(@share_word)>compound"))),
    # ... and as a noun: "A's $2 billion purchase of Zeta shares"
    {"name": "purchase_of_shares", "kind": "investment", "trigger": "purchase|acquisition|buy|buying", "pos": "NOUN",
     "roles": {"investor": ">poss", "investee": ">prep[of]>pobj(@share_word)>compound|poss"}},
    {"name": "buys_round_shares", "kind": "investment", "trigger": "buy|purchase|acquire", "pos": "VERB",
     "round": True, "roles": {"investor": ">nsubj", "_what": ">dobj>prep[of]>pobj(@share_word)"}},
    {"name": "gives_stake", "kind": "investment", "trigger": "give|grant|issue|hand|award", "pos": "VERB",
     "roles": {"investor": ">dative", "investee": ">dobj(@holding_noun)>prep[in,of]>pobj"}},
    # money handed over for a holding: "A will give B $2 billion for a stake in it", "A handed B $500
    # million for 10% of its shares"; not "pay", whose receiver may be a holder selling its stake ("A
    # paid B $2 billion for its stake in C" buys B's holding in C: no money goes into B)
    {"name": "pays_for_stake", "kind": "investment", "trigger": "give|hand", "pos": "VERB", "money_given": True,
     "roles": {"investor": ">nsubj", "investee": ">dative|dobj", "_stake": ">>pobj(@holding_noun)"}},
    # paid for a part of the receiver's own equity: "A paid B $500 million for 10% of its shares"
    {"name": "pays_for_share_of_equity", "kind": "investment", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">dative|dobj", "_stake": ">prep|dative[for]>pobj>prep[of]>pobj(@share_word)"}},
    # paid for a holding in a named company: "A paid $14 billion for a 49% stake in B", "A paid C $2
    # billion for its stake in B" (A holds it now, whoever sold it)
    {"name": "pays_for_stake_in", "kind": "investment", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "investee": ">prep|dative[for]>pobj(@holding_noun)>prep[in,of]>pobj"}},
    # a holding sold: its buyer invests in the company the holding is in ("A sold its 10% stake in C
    # to B", "A sold B its shares of C"), or, where the holding names no company, in the seller ("A
    # sold a $12 million stake to B", "A sold B a 5% stake": `own_holding`, dropped where it names one)
    {"name": "sells_stake_in_to", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">prep|dative[to]>pobj", "investee": ">dobj(@holding_noun)>prep[in,of]>pobj"}},
    # a holding named by its company ("its Cohere shares") or sold in part ("half of its stake in C",
    # "part of its C shares"): the buyer invests in C
    {"name": "sells_named_stake_to", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">prep|dative[to]>pobj", "investee": ">dobj(@holding_noun)>compound"}},
    {"name": "sells_part_of_stake_in_to", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">prep|dative[to]>pobj", "investee": ">dobj>prep[of]>pobj(@holding_noun)>prep[in,of]>pobj"}},
    {"name": "sells_part_of_named_stake_to", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">prep|dative[to]>pobj", "investee": ">dobj>prep[of]>pobj(@holding_noun)>compound"}},
    {"name": "sells_stake_in_to_holder", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">dobj(@holding_noun)>prep[to]>pobj", "investee": ">dobj(@holding_noun)>prep[in,of]>pobj"}},
    {"name": "sells_holder_stake_in", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">dative", "investee": ">dobj(@holding_noun)>prep[in,of]>pobj"}},
    # ... and in the passive: "a 10% stake in C was sold to B (by A)", "A's shares of C were sold to B"
    {"name": "stake_in_sold_to", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "roles": {"investor": ">prep|dative[to]>pobj", "investee": ">nsubjpass(@holding_noun)>prep[in,of]>pobj"}},
    {"name": "sells_own_stake_to", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB", "own_holding": True,
     "roles": {"investee": ">nsubj", "investor": ">prep|dative[to]>pobj", "_what": ">dobj(@holding_noun)"}},
    {"name": "sells_own_stake_to_holder", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB",
     "own_holding": True, "roles": {"investee": ">nsubj", "investor": ">dobj(@holding_noun)>prep[to]>pobj",
                                    "_what": ">dobj(@holding_noun)"}},
    {"name": "sells_holder_own_stake", "kind": "investment", "trigger": "@sell_verb", "pos": "VERB", "own_holding": True,
     "roles": {"investee": ">nsubj", "investor": ">dative", "_what": ">dobj(@holding_noun)"}},
    # securities a company sells or issues of its own: its buyer invests in it ("A sold $185 million of
    # convertible notes to B", "A will issue new shares to B", "A agreed to allot 4.2 million shares to B";
    # debt only where it converts into shares, `equity_word`)
    *({"name": f"issues_own_securities_to{how}", "kind": "investment", "trigger": "@sell_verb|issue|allot",
       "pos": "VERB", "own_holding": True,
       "roles": {"investee": ">nsubj", "investor": ">prep|dative[to]>pobj", "_what": path}}
      for how, path in (("", ">dobj(@share_word|preferred)"), ("_sum", ">dobj>prep[of]>pobj(@share_word|preferred)"),
                        ("_convertible", ">dobj(@debt_word)>amod|compound(@equity_word)"),
                        ("_convertible_sum", ">dobj>prep[of]>pobj(@debt_word)>amod|compound(@equity_word)"))),
    # shares subscribed for: "A agreed to subscribe for $18 million of B's preferred shares", "A subscribed
    # for new shares in B"
    *({"name": f"subscribes_for_shares{how}", "kind": "investment", "trigger": "subscribe", "pos": "VERB",
       "roles": {"investor": ">nsubj", "investee": path}}
      for how, path in (("", ">prep[for,to]>pobj(@share_word|preferred)>poss|compound|nmod"),
                        ("_in", ">prep[for,to]>pobj(@share_word|preferred)>prep[in,of]>pobj"),
                        ("_sum", ">prep[for,to]>pobj>prep[of]>pobj(@share_word|preferred)>poss|compound|nmod"),
                        ("_sum_in", ">prep[for,to]>pobj>prep[of]>pobj(@share_word|preferred)>prep[in,of]>pobj"))),
    # a company that is part of a group: "Yotta is part of the Hiranandani Group" (the parent owns it: an investment,
    # GUIDELINES "Kinds"; a group by its name's head, not "part of the consortium (index, deal)"; `family_group`: a
    # group named by one word, not a coalition's "Frontier AI Safety Group")
    {"name": "part_of_group", "kind": "investment", "trigger": "part", "pos": "NOUN", "family_group": True,
     "roles": {"investee": "<attr>nsubj", "investor": ">prep[of]>pobj(group|Group|holdings|Holdings|conglomerate)"}},
    # a company formed by owners whose shares are stated: "Zeta was formed by A (60%) and B (40%)", "A (51%) and
    # B (49%) set up Zeta" (GUIDELINES "Ventures": stated stakes are investments in the venture)
    *({"name": f"formed_by_shares{how}", "kind": "investment", "trigger": "form|create|establish|found|set",
       "pos": "VERB", "roles": {"investor": owner, "investee": venture, "_share": f"{owner}>appos(%|percent)"}}
      for how, owner, venture in (("", ">agent>pobj", ">nsubjpass"), ("_active", ">nsubj", ">dobj"))),
    {"name": "grants_warrant", "kind": "investment", "warrant": True, "trigger": "give|grant|issue|hand|award", "pos": "VERB",
     "own_holding": True, "roles": {"investee": ">nsubj", "investor": ">dative", "_what": ">dobj(@holding_noun)"}},
    # ... or a second object: "A handed B the right to buy up to 5% of its shares"
    {"name": "grants_warrant_second_object", "kind": "investment", "warrant": True, "trigger": "give|grant|issue|hand|award",
     "pos": "VERB", "roles": {"investee": ">nsubj", "investor": ">dobj", "_what": ">dobj(@warrant_noun)"}},
    # ... where the parser makes the holder a modifier of the warrants: "A handed B warrants covering up to
    # 160 million of its shares"
    {"name": "grants_warrant_compound", "kind": "investment", "warrant": True, "trigger": "give|grant|issue|hand|award",
     "pos": "VERB", "roles": {"investee": ">nsubj", "investor": ">dobj(@warrant_noun)>compound"}},
    # warrants and options (GUIDELINES "Stakes and warrants": holder -> issuer): "A issued warrants
    # to B", "B received warrants for up to 5 million A shares", "B's option over A shares"
    {"name": "grants_warrant_to", "kind": "investment", "warrant": True, "trigger": "give|grant|issue|hand|award", "pos": "VERB",
     "own_holding": True, "roles": {"investee": ">nsubj", "investor": ">dative|prep[to]>pobj", "_what": ">dobj(@holding_noun)"}},
    # ... with the right to buy them: "B received warrants to buy up to 5% of A's shares", "... to buy 2
    # million A shares" (the parser hangs "to buy" on the verb or on the warrants)
    *({"name": f"receives_warrant_to_buy{how}", "kind": "investment", "warrant": True,
       "trigger": "receive|get|obtain|win|secure|hold", "pos": "VERB",
       "roles": {"investor": ">nsubj", "_what": ">dobj(@warrant_noun)", "investee": f"{to_buy}{shares}"}}
      for how, to_buy, shares in (
          # ("... to acquire up to 4% of B's share capital")
          ("", ">advcl|xcomp(buy|purchase|acquire)", ">dobj>prep[of]>pobj(@share_word|capital)>poss|compound"),
          ("_shares", ">advcl|xcomp(buy|purchase|acquire)", ">dobj(@share_word)>poss|compound"),
          ("_noun", ">dobj(@warrant_noun)>acl|relcl(buy|purchase|acquire)",
           ">dobj>prep[of]>pobj(@share_word|capital)>poss|compound"),
          ("_noun_shares", ">dobj(@warrant_noun)>acl|relcl(buy|purchase|acquire)", ">dobj(@share_word)>poss|compound"))),
    # ... or received from their issuer: "A received a warrant from B", "A got from B warrants covering 160
    # million B shares" (the parser hangs "from" on the verb or on the warrant)
    *({"name": f"receives_warrant_from{how}", "kind": "investment", "warrant": True,
       "trigger": "receive|get|obtain|win|secure", "pos": "VERB",
       "roles": {"investor": ">nsubj", "_what": ">dobj(@warrant_noun)", "investee": path}}
      for how, path in (("", ">prep[from]>pobj"), ("_noun", ">dobj(@warrant_noun)>prep[from]>pobj"))),
    # ... or what they give the holder: "A received warrants that would give it 5% of B", "... an equity
    # stake of about 8% in B"
    {"name": "receives_warrant_giving_share_of", "kind": "investment", "warrant": True,
     "trigger": "receive|get|obtain|win|secure|hold", "pos": "VERB",
     "roles": {"investor": ">nsubj",
               "investee": ">dobj(@warrant_noun)>relcl|acl(give|entitle)>dobj(@holding_noun)>prep[of,in]>pobj"}},
    # a holding as large as a share of a company: "A's warrants equate to about 14% of B", "A's stake
    # amounts to (represents) 9% of B"
    *({"name": f"holding_comes_to_share_of{how}", "kind": "investment",
       "trigger": "equate|amount|come|correspond|represent|equal", "pos": "VERB",
       "roles": {"investor": ">nsubj(@holding_noun)>poss", "investee": path}}
      for how, path in (("", ">prep[to]>pobj(@holding_noun)>prep[of]>pobj"), ("_object", ">dobj(@holding_noun)>prep[of]>pobj"))),
    {"name": "holds_warrant_for_shares", "kind": "investment", "warrant": True, "trigger": "@hold_verb", "pos": "VERB",
     "roles": {"investor": ">nsubj", "_what": ">dobj(@warrant_noun)",
               "investee": ">prep[for,over,on]>pobj(@share_word)>compound|poss"}},
    {"name": "warrant_poss_for_shares", "kind": "investment", "warrant": True, "trigger": "warrant",
     "roles": {"investor": ">poss", "investee": ">prep[for,over,on]>pobj>compound|poss"}},
    {"name": "option_poss_for_shares", "kind": "investment", "warrant": True, "trigger": "option",
     "roles": {"investor": ">poss", "investee": ">prep[for,over,on]>pobj(@share_word)>compound|poss"}},
    # a subsidiary, unit or arm of a parent: its parent's holding (GUIDELINES "Kinds"): "B is a subsidiary
    # of A", "B, a unit of A, said ...", "B, a subsidiary of the A group"
    *({"name": f"subsidiary_of{how}{group}", "kind": "investment", "trigger": "subsidiary|unit|arm|division|affiliate",
       "pos": "NOUN", **flags, "roles": {"investee": path, "investor": investor}}
      for how, path in (("", "<attr(be|remain)>nsubj"), ("_appos", "<appos"))
      # ... or of "the A group", named by A alone (`group_named`: not "of the A alumni group")
      for group, flags, investor in (("", {}, ">prep[of]>pobj"),
                                     ("_group", {"group_named": True}, ">prep[of]>pobj(group)>compound"))),
    # ... or now part of a company: "Ecobee, now part of Generac" (a company that took it over; not "part of
    # A, an industry alliance", a membership said without "now")
    {"name": "now_part_of_company", "kind": "investment", "trigger": "part", "pos": "NOUN",
     "roles": {"investee": "<appos", "investor": ">prep[of]>pobj", "_now": ">advmod[now]"}},
    # ... or said to be part of it, a group of companies: "B, part of the Mumbai conglomerate A," (not "part of
    # the Google for Startups program", "part of A, an industry alliance": a membership)
    *({"name": f"part_of_parent{how}{named}", "kind": "investment", "trigger": "part", "pos": "NOUN",
       "roles": {"investee": path, **roles}}
      for how, path in (("", "<attr(be|remain)>nsubj"), ("_appos", "<appos"))
      for named, roles in (("", {"investor": ">prep[of]>pobj(@parent_group_noun)>appos|compound"}),
                           ("_described", {"investor": ">prep[of]>pobj",
                                           "_group": ">prep[of]>pobj>compound(@parent_group_noun)"}))),
    # ... its owner before it: "B, a A subsidiary,", "B, A's chip unit,", "B is a A subsidiary", "B, A's venture
    # fund,"
    *({"name": f"owners_subsidiary{how}", "kind": "investment",
       "trigger": "subsidiary|unit|arm|division|affiliate|fund",
       "pos": "NOUN", "roles": {"investee": path, "investor": ">compound|poss"}}
      for how, path in (("", "<attr(be|remain)>nsubj"), ("_appos", "<appos"))),
    # ... or named before the noun, its owner before the name: "A's Solar Turbines unit"
    {"name": "owners_named_unit", "kind": "investment", "trigger": "subsidiary|unit|arm|division|affiliate",
     "pos": "NOUN", "roles": {"investor": ">poss", "investee": ">compound"}},
    # the companies a backer holds, called its portfolio: "A counts B, C and D among its portfolio companies" (the
    # tagger may read the first counted as an adverb)
    {"name": "portfolio_companies_among", "kind": "investment", "trigger": "company", "pos": "NOUN",
     "roles": {"_portfolio": ">compound[portfolio]", "investor": "<pobj<prep[among](@include_verb)>nsubj",
               "investee": "<pobj<prep[among](@include_verb)>dobj|advmod"}},
    # ---- acquisition -------------------------------------------------------------------
    # control taken: "A brought B under its control", "B, which A brought under its control in 2024"
    *({"name": f"brought_under_control{how}", "kind": "acquisition", "trigger": "bring|place|take", "pos": "VERB",
       "roles": {"acquirer": ">nsubj", "acquired": acquired, "_under": ">prep[under]>pobj(control|ownership|wing)"}}
      for how, acquired in (("", ">dobj"), ("_relative", "<relcl"))),
    # a company bought whole by its shares: "A will acquire all outstanding shares of B", "A agreed to buy all of
    # the issued shares of B", "the entire issued share capital of B", "100% of B" (`whole_company`: not also a
    # stake in it)
    *({"name": f"buys_all_shares_of{how}", "kind": "acquisition", "trigger": "buy|purchase|acquire", "pos": "VERB",
       "whole_company": True, "roles": {"acquirer": ">nsubj", "acquired": acquired, "_all": whole}}
      for how, acquired, whole in (
          ("", ">dobj(share|stock|capital|equity)>prep[of,in]>pobj", ">dobj(share|stock)>det[all]"),
          ("_entire", ">dobj(share|stock|capital|equity)>prep[of,in]>pobj",
           ">dobj(share|stock|capital|equity)>amod[entire,whole]"),
          ("_all_of", ">dobj[all]>prep[of]>pobj(share|stock)>prep[of,in]>pobj", ">dobj[all]"),
          ("_per_cent", ">dobj(%|percent)>prep[of]>pobj", ">dobj(%|percent)>nummod[100]"))),
    {"name": "acquires", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "roles": {"acquirer": ">nsubj", "acquired": ">dobj"}},
    # ... in a relative clause whose object is the word it hangs from: "ZT Systems, the server builder (that) it
    # bought for $4.9 billion" (`object_gap`: the clause has no object of its own but a relative pronoun)
    {"name": "acquired_in_relative", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "object_gap": True, "roles": {"acquirer": ">nsubj", "acquired": "<relcl"}},
    # a sum paid for a company: "A will pay $2 billion for B" (not "for B's chips": a thing of B's; the parser
    # may call "for" a dative: "A paid $7 billion for B")
    # (or on the sum: "A paid $125 million for rival B")
    *({"name": f"pays_sum_for_company{how}", "kind": "acquisition", "trigger": "pay", "pos": "VERB",
       "company_only": True, "roles": {"acquirer": ">nsubj", **roles}}
      for how, roles in (("", {"acquired": ">prep|dative[for]>pobj", "_sum": ">dobj(@money_word)"}),
                         ("_on_sum", {"acquired": ">dobj(@money_word)>prep[for]>pobj"}))),
    {"name": "acquired_by", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "roles": {"acquired": ">nsubjpass", "acquirer": ">agent>pobj"}},
    # taken private, a buyout: "A took B private in 2023", "B, which A took private", "B was taken private by A"
    # (`company_only`: a company, not "took its cloud unit private")
    *({"name": f"takes_private{how}", "kind": "acquisition", "trigger": "take", "pos": "VERB", "company_only": True,
       "roles": {**roles, "_private": ">acomp|oprd|amod|advmod|xcomp[private]"}}
      for how, roles in (("", {"acquirer": ">nsubj", "acquired": ">dobj"}),
                         ("_relative", {"acquirer": ">nsubj", "acquired": "<relcl", "_which": ">dobj[which,that]"}),
                         ("_passive", {"acquired": ">nsubjpass", "acquirer": ">agent>pobj"}))),
    # a company sold to its buyer: "A built B and sold it to C", "B was sold to C in 2021" (`company_only`: not "sold
    # its stake (GPUs, Azure) to C")
    # (or sold itself: "A agreed to sell itself to C")
    *({"name": f"company_sold_to{how}", "kind": "acquisition", "trigger": "@sell_verb", "pos": "VERB",
       "company_only": True, "roles": {"acquired": acquired, "acquirer": ">dative|prep[to]>pobj", **passive}}
      for how, acquired, passive in (("", ">dobj", {}), ("_passive", ">nsubjpass", {"_be": ">auxpass"}),
                                     ("_itself", ">nsubj", {"_self": ">dobj[itself]"}))),
    # ... named by its noun: "shareholders approved the sale of A to C" (the parser may hang "to C" on the verb)
    *({"name": f"sale_of_company_to{how}", "kind": "acquisition", "trigger": "sale", "pos": "NOUN",
       "company_only": True, "roles": {"acquired": ">prep[of]>pobj", "acquirer": acquirer}}
      for how, acquirer in (("", ">prep[to]>pobj"), ("_verb", "<dobj>prep[to]>pobj"))),
    {"name": "acquired_by_participle", "kind": "acquisition", "trigger": "@acquire_verb",
     "roles": {"acquired": "<acl", "acquirer": ">agent>pobj"}},
    # what is left of a company, bought: "what was left of B has been snapped up by A", "the rest of B
    # was acquired by A", "A bought the remainder of B"
    {"name": "remains_acquired_by", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "roles": {"acquired": ">nsubjpass(@remainder_noun)>prep[of]>pobj", "acquirer": ">agent>pobj"}},
    {"name": "what_was_left_acquired_by", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "roles": {"acquired": ">csubjpass(leave|remain)>prep[of]>pobj", "acquirer": ">agent>pobj"}},
    {"name": "acquires_remains", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "roles": {"acquirer": ">nsubj", "acquired": ">dobj(@remainder_noun)>prep[of]>pobj"}},
    # a company's assets or one of its businesses bought, as in a sale out of bankruptcy or a
    # divestiture: "A will acquire (substantially all of) B's assets", "A agreed to buy the assets
    # of B", "A is buying B's server business" (the seller is the company acquired: GUIDELINES kinds)
    *({"name": f"acquires_business{how}{of}", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
       "business": True, "roles": {"acquirer": ">nsubj", "acquired": f">dobj{part}(@sold_business_noun){owner}"}}
      for how, part in (("", ""), ("_all_of", "(all|most|much|substantially)>prep[of]>pobj"))
      for of, owner in (("", ">poss"), ("_of", ">prep[of]>pobj"))),
    # ... or sold by it: "B agreed to sell (substantially all of) its assets to A", "B will divest its
    # robotics unit to A"
    *({"name": f"sells_own_business_to{how}", "kind": "acquisition", "trigger": "@sell_verb", "pos": "VERB",
       "business": True, "roles": {"acquired": ">nsubj", "acquirer": ">prep|dative[to]>pobj",
                 "_business": f">dobj{part}(@sold_business_noun)>poss[its,their]"}}
      for how, part in (("", ""), ("_all_of", "(all|most|much|substantially)>prep[of]>pobj"))),
    # ... or by its owner's parent, the unit named by its company: "C sold B's manufacturing operations to A"
    # (B is the company acquired, as where B sells it)
    *({"name": f"sells_named_business_to{how}", "kind": "acquisition", "trigger": "@sell_verb", "pos": "VERB",
       "business": True, "roles": {"acquirer": ">prep|dative[to]>pobj",
                                   "acquired": f">dobj{part}(@sold_business_noun)>poss"}}
      for how, part in (("", ""), ("_all_of", "(all|most|much|substantially)>prep[of]>pobj"))),
    # ... named by its noun: "the sale of its chip-testing business to A", "completed the sale of B's
    # unit to A"
    *({"name": f"sale_of_business_to{how}", "kind": "acquisition", "trigger": "sale", "pos": "NOUN",
       "business": True, "roles": {"acquired": ">prep[of]>pobj(@sold_business_noun)>poss", "acquirer": acquirer}}
      for how, acquirer in (("", ">prep[to]>pobj"), ("_verb", "<dobj>prep[to]>pobj"))),
    # "A has picked up the rest of B" (a phrasal verb of buying: not "picked B as its partner")
    {"name": "picks_up_remains", "kind": "acquisition", "trigger": "@pick_up_verb", "pos": "VERB",
     "roles": {"acquirer": ">nsubj", "acquired": ">dobj(@remainder_noun)>prep[of]>pobj", "_up": ">prt[up]"}},
    # a possessor's purchase of a stake: "A's $14.3 billion purchase of a 49% stake in B" (a holding bought)
    {"name": "stake_purchase_poss", "kind": "investment", "trigger": "@acquire_noun",
     "roles": {"investor": ">poss", "investee": ">prep[of]>pobj(@holding_noun)>prep[in,of]>pobj"}},
    {"name": "acquisition_of_poss", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquirer": ">poss", "acquired": ">prep[of]>pobj"}},
    {"name": "acquisition_of_by", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquirer": ">prep[by]>pobj", "acquired": ">prep[of]>pobj"}},
    {"name": "acquisition_by_poss", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquired": ">poss", "acquirer": ">prep[by]>pobj"}},
    # (`unowned_business`: not "bought B's manufacturing operations from C", B's and not C's: B is bought)
    {"name": "buys_business_from", "kind": "acquisition", "trigger": "@acquire_verb", "pos": "VERB",
     "unowned_business": True,
     "roles": {"acquirer": ">nsubj", "acquired": ">prep[from]>pobj", "_what": ">dobj(@business_noun)"}},
    {"name": "completes_acquisition", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquirer": "<dobj>nsubj", "acquired": ">prep[of,for]>pobj"}},
    # ... whose verb takes its subject from a verb above it: "A was said (rumoured) to be preparing a
    # bid for B", "A is expected to complete its purchase of B"
    {"name": "completes_acquisition_xcomp", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquirer": "<dobj<xcomp>nsubj|nsubjpass", "acquired": ">prep[of,for]>pobj"}},
    # the deal noun as the subject of a passive light verb: "the purchase of B was completed (closed,
    # finalised) by A"
    {"name": "acquisition_completed_by", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquirer": "<nsubjpass(@deal_verb)>agent>pobj", "acquired": ">prep[of]>pobj"}},
    # the parse may hang "by A" from the acquired company: "the takeover of B by A"
    {"name": "acquisition_of_x_by", "kind": "acquisition", "trigger": "@acquire_noun",
     "roles": {"acquirer": ">prep[of]>pobj>prep[by]>pobj", "acquired": ">prep[of]>pobj"}},
    # a possessor's deal for a company is buying it: "A's $4.9 billion deal for B", "A's agreement for
    # B" (a deal for goods names no company: "A's deal for B chips" binds nothing), unless its clause
    # says it is for capacity, chips, credits or a holding ("A's deal for B includes Azure credits":
    # `unless_goods`)
    {"name": "deal_poss_for_company", "kind": "acquisition", "trigger": "@sale_noun", "pos": "NOUN", "unless_goods": True,
     "roles": {"acquirer": ">poss", "acquired": ">prep[for]>pobj"}},
    # a company changing hands into another's: "B will become part of A", "B will become a wholly owned
    # subsidiary (a unit) of A", "B will be folded into A's cloud unit", "A will merge B into its business"
    {"name": "becomes_part_of", "kind": "acquisition", "trigger": "become", "pos": "VERB",
     "roles": {"acquired": ">nsubj", "acquirer": ">attr(part|subsidiary|unit|division|arm)>prep[of]>pobj"}},
    *({"name": f"folded_into{how}", "kind": "acquisition", "trigger": "fold", "pos": "VERB",
       "roles": {"acquired": ">nsubjpass", "acquirer": path}}
      for how, path in (("", ">prep[into]>pobj>poss|compound"), ("_company", ">prep[into]>pobj"))),
    {"name": "merges_into_own", "kind": "acquisition", "trigger": "merge|fold", "pos": "VERB",
     "roles": {"acquirer": ">nsubj", "acquired": ">dobj", "_into": ">prep[into]>pobj>poss[its,their]"}},
    # a company listed through a merger with a blank-check company is taken over by it (the blank-check company
    # is the legal acquirer): "A agreed to merge with B Acquisition Corp.", "A will go public by combining with
    # B", "B will merge with A" (`blank_check`: the acquirer is a blank-check company, the acquired is not;
    # "A merged with C" names no acquirer)
    *({"name": f"merges_with_blank_check{how}", "kind": "acquisition", "trigger": "merge|combine", "pos": "VERB",
       "blank_check": True, "no_object": True, "roles": {"acquirer": shell, "acquired": other}}
      for how, shell, other in (("", ">prep[with]>pobj", ">nsubj"), ("_subject", ">nsubj", ">prep[with]>pobj"),
                                ("_by", ">prep[with]>pobj", "<pcomp(by)<prep>nsubj"),
                                ("_by_xcomp", ">prep[with]>pobj", "<pcomp(by)<prep<xcomp>nsubj"))),
    # ... named by its noun: "A completed its merger (business combination) with B", "A will list through a
    # merger with B", "the merger of A with B"
    *({"name": f"merger_with_blank_check{how}", "kind": "acquisition", "trigger": "@merger_noun", "pos": "NOUN",
       "blank_check": True, "roles": {"acquirer": ">prep[with]>pobj", "acquired": path}}
      for how, path in (("", ">poss"), ("_of", ">prep[of]>pobj"), ("_verb", "<dobj>nsubj"),
                        ("_through", "<pobj(through|via)<prep(go|list|debut|float)>nsubj"))),
    # the phrasal "take over": "A will take over B", "B was taken over by A"
    {"name": "takes_over", "kind": "acquisition", "trigger": "take", "pos": "VERB",
     "roles": {"acquirer": ">nsubj", "acquired": ">dobj", "_over": ">prt[over]"}},
    {"name": "taken_over_by", "kind": "acquisition", "trigger": "take", "pos": "VERB",
     "roles": {"acquired": ">nsubjpass", "acquirer": ">agent>pobj", "_over": ">prt[over]"}},
    # ... and "A picked up (mopped up) B", "B was picked up by A" (a company as the object: "picked up
    # a stake in B", "picked up chips" are no takeover)
    {"name": "picks_up", "kind": "acquisition", "trigger": "pick|mop|hoover", "pos": "VERB",
     "roles": {"acquirer": ">nsubj", "acquired": ">dobj", "_up": ">prt[up]"}},
    {"name": "picked_up_by", "kind": "acquisition", "trigger": "pick|mop|hoover", "pos": "VERB",
     "roles": {"acquired": ">nsubjpass", "acquirer": ">agent>pobj", "_up": ">prt[up]"}},
    # ---- purchases and deals (the kind follows what is bought and who sells it) -----------
    {"name": "buy_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep[from,with]>pobj"}},
    # goods named with their seller by a participle, bought by the clause's subject: "A is installing GPUs
    # ordered from B", "A will fill the hall with racks bought from (through) B", "A's cluster is built around chips
    # bought from B", "A is installing servers supplied by B"
    *({"name": f"goods_bought_from{how}{by}", "kind": "purchase", "trigger": verbs, "pos": "VERB",
       "speaker_buys": how == "_said", "roles": {"buyer": "<acl(@hardware_word)" + buyer, "seller": seller}}
      for by, verbs, seller in (("", "order|buy|purchase|procure|source|acquire", ">prep[from,through,via]>pobj"),
                                ("_supplied_by", "supply|provide|deliver|build", ">agent>pobj"))
      for how, buyer in (("", "<dobj(@use_verb|@deploy_verb|@buy_verb|receive|get|add|take|install)>nsubj"),
                         ("_with", "<pobj<prep>nsubj"), ("_with_object", "<pobj<prep<dobj(@fit_verb)>nsubj"),
                         ("_owned_object", "<dobj>nsubjpass>poss"),
                         ("_owned", "<pobj<prep>nsubjpass>poss"),
                         # ... or by the speaker of a site filled with them: "A said the hall would be
                         # fitted with racks bought from B"
                         ("_said", "<pobj<prep(@fit_verb)<ccomp(@speech_verb)>nsubj"))),
    # (the parser may hang the seller on what the goods are fitted with: "A ordered servers equipped
    # with AMD accelerators from B", "A ordered servers built around Nvidia's B200 GPUs from B")
    {"name": "buy_fitted_goods_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj",
               "seller": ">dobj>acl(equip|fit|outfit|load|pack|power|build|base|design)>prep[from]>pobj"}},
    # capacity rented at a company's site: "A leased 200 MW at B's Texas campus" (B's capacity), "A will rent
    # a hall at a data centre run by B"
    *({"name": f"rents_at_owners_site{'' if how == 'owned' else '_' + how}", "kind": "purchase", "sells": "compute",
       "trigger": "rent|lease", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f">prep[at,in]>pobj(@site_word|site|park|mine){owner}"}}
      for how, owner in SITE_OWNERS),
    # ... or the site itself taken: "A will take a 60-megawatt data hall that B is building at its campus", "A
    # leased B's Ohio hall" (a site's space is capacity; `no_particle`: not "A will take over B's campus")
    *({"name": f"takes_owners_site_{how}", "kind": "purchase", "sells": "compute", "no_particle": True,
       "trigger": "@take_capacity_verb|rent|lease", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f">dobj(@site_word){owner}"}}
      for how, owner in SITE_OWNERS),
    # ... or used there, where what is used is computing: "A signed an agreement to use GPU capacity at B's data
    # centres" (not "A will use space at B's factory")
    *({"name": f"uses_compute_at_owners_site_{how}", "kind": "purchase", "sells": "compute", "trigger": "use",
       "pos": "VERB", "roles": {"buyer": ">nsubj", "_what": ">dobj(capacity|compute|computing|gpu|cluster|server)",
                                "seller": f">prep[at,in]>pobj(@site_word){owner}"}}
      for how, owner in SITE_OWNERS),
    # ... or through its cloud: "A signed a deal to rent capacity through B's own cloud"
    {"name": "rents_through_owners_cloud", "kind": "purchase", "sells": "compute", "trigger": "@rent_verb",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">prep[through,via,on]>pobj(cloud)>poss"}},
    # computing that a company's work runs on, rented from its seller: "A trains its models on GPU capacity
    # rented from B", "Its models are trained on capacity contracted from B" (the owner of what is trained)
    *({"name": f"works_on_capacity_rented_from{how}", "kind": "purchase", "sells": "compute",
       "trigger": "@rent_verb|contract|procure|source|buy|purchase", "pos": "VERB",
       "roles": {"buyer": f"<acl(@compute_word)<pobj<prep[on]{buyer}", "seller": ">prep|agent[from,by]>pobj"}}
      for how, buyer in (("", ">nsubj"), ("_owner", ">nsubjpass>poss"))),
    # a contract for a company's capacity: "A signed a $2 billion contract for B compute (B's capacity)"
    {"name": "contract_for_sellers_capacity", "kind": "purchase", "sells": "compute", "trigger": "@deal_verb",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">dobj(@deal_noun)>prep[for]>pobj(@compute_word)>compound|poss"}},
    # goods received from their seller: "A will receive 18,000 GB300 chips from B" (not money: "received
    # $2 billion from B" is an investment)
    {"name": "receives_goods_from", "kind": "purchase", "trigger": "receive|get|obtain|secure", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep[from]>pobj", "_what": ">dobj(@hardware_word|@compute_word)"}},
    # ... or a supply of them secured from it: "A has secured a multi-year supply of memory from B", "A locked
    # in an allocation of GPUs from B" ("from B" hung on the supply or on the verb)
    *({"name": f"secured_supply_from{how}", "kind": "purchase", "trigger": "supply|allocation|shipment",
       "pos": "NOUN", "roles": {"buyer": f"<dobj({_SECURING})>nsubj", "seller": path,
                                "_goods": ">prep[of]>pobj(@hardware_word|@compute_word)"}}
      for how, path in (("", ">prep[from]>pobj"), ("_verb", f"<dobj({_SECURING})>prep[from]>pobj"))),
    # a vendor's goods bought ("A will buy Nvidia GPUs"), unless the verb names their seller (`brand`:
    # "A will rent clusters of Nvidia H200 processors from B" is B's capacity)
    {"name": "buy_vendor_goods", "kind": "purchase", "brand": True, "trigger": "@buy_verb|deploy|use", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj>>compound|poss|nmod"}},
    # ... and chips taken by a light verb: "A committed to 50,000 MI450 chips", "A signed up for six gigawatts
    # of Instinct GPUs" (the vendor's name, or the chip's alone: `chip_named`)
    *({"name": f"takes_{how}_chips{named}", "kind": "purchase", **flag, "trigger": verb, "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f"{path}{goods}", **extra}}
      for how, verb, prep, extra in (("committed", "commit", ">prep[to]>pobj", {}),
                                     ("signed_up", "sign", ">prep[for]>pobj", {"_up": ">prt[up]"}))
      for of, path in (("", prep), ("_of", prep + ">prep[of]>pobj"))    # ("six gigawatts of Instinct GPUs")
      for named, flag, goods in ((of, {"brand": True}, "(@hardware_word)>>compound|poss|nmod"),
                                 (f"{of}_named", {"chip_named": True, "sells": "chips"}, ""))),
    # ... or named by the chip alone: "A agreed to buy GH200 Superchips", "A ordered 20,000 MI355Xs" (`chip_named`:
    # the seller is the chip's maker, never a company the object names; `sells`: none named "from" another)
    {"name": "buy_named_chips", "kind": "purchase", "chip_named": True, "sells": "chips",
     "trigger": "@buy_verb|deploy", "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">dobj"}},
    # ... both in a relative clause on the goods: "a fleet of Nvidia H100 systems that it bought in 2023", "the
    # MI300X chips A ordered last year" (`object_gap`: the clause has no object of its own; `sells`: no seller
    # named "from" another: "Nvidia H100 systems that it bought from Dell" are Dell's sale)
    {"name": "bought_vendor_goods_relative", "kind": "purchase", "brand": True, "object_gap": True, "sells": "chips",
     "trigger": "buy|purchase|order|acquire", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": "<relcl>>compound|poss|nmod"}},
    {"name": "bought_named_chips_relative", "kind": "purchase", "chip_named": True, "sells": "chips",
     "object_gap": True, "trigger": "buy|purchase|order|acquire", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": "<relcl"}},
    # ... or on order: "A has $400 million of Nvidia H20 chips on order" (`brand`: the goods' vendor), "A has 10,000
    # MI355Xs on order" (the chip's maker); not "B has $18 billion of servers on order from A", a seller's backlog
    # (`sells`: nothing "from" anyone)
    *({"name": f"has_vendor_goods_on_order{how}", "kind": "purchase", "brand": True, "sells": "chips",
       "trigger": "have|keep|hold", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f">dobj{goods}>>compound|poss|nmod", "_goods": f">dobj{goods}",
                 "_on": ">prep[on]>pobj(order)"}}
      for how, goods in (("", "(@hardware_word)"), ("_sum", ">prep[of]>pobj(@hardware_word)"))),
    {"name": "has_named_chips_on_order", "kind": "purchase", "chip_named": True, "sells": "chips",
     "trigger": "have|keep|hold", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_on": ">prep[on]>pobj(order)"}},
    # ... or delivered: "A took delivery of its first Nvidia GB200 systems" (`brand`, as above), "A took
    # delivery of 2,000 MI355Xs" (the chip's maker)
    {"name": "takes_delivery_of_vendor_goods", "kind": "purchase", "brand": True, "trigger": "delivery",
     "pos": "NOUN", "roles": {"buyer": "<dobj(take|accept)>nsubj", "seller": ">prep[of]>pobj>>compound|poss|nmod"}},
    {"name": "takes_delivery_of_named_chips", "kind": "purchase", "chip_named": True, "sells": "chips",
     "trigger": "delivery", "pos": "NOUN", "roles": {"buyer": "<dobj(take|accept)>nsubj", "seller": ">prep[of]>pobj"}},
    # ... or shipped by their maker: "B has started (volume) shipments of its HBM3E memory to A" (shipments
    # begun or made, not "stopped (delayed, halted) shipments"; the parser may hang "to A" on the verb)
    *({"name": f"ships_goods_to{how}", "kind": "purchase", "sells": "chips", "trigger": "shipment|delivery",
       "pos": "NOUN", "roles": {"seller": f"<dobj({_SHIPPING})>nsubj", "buyer": buyer,
                                "_what": ">prep[of]>pobj(@hardware_word)"}}
      for how, buyer in (("", ">prep[to]>pobj"), ("_verb", f"<dobj({_SHIPPING})>prep[to]>pobj"))),
    # ... or put into service: "A will put 50,000 of Nvidia's GPUs into service" (`brand`, as above)
    {"name": "puts_vendor_goods_into_service", "kind": "purchase", "brand": True, "trigger": "put|place|bring",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">dobj>>compound|poss|nmod",
                              "_service": ">prep[into,in]>pobj(service|operation|production)"}},
    # ... or built with them: "A will build its compute platform with 18,000 of Nvidia's chips" (`brand`; not
    # "A will fill the halls with Nvidia systems", a plan the annotators of the working sets count no purchase)
    {"name": "builds_with_vendor_goods", "kind": "purchase", "brand": True, "trigger": "build|equip|outfit",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">prep[with]>pobj>>compound|poss|nmod",
                              "_goods": ">prep[with]>>pobj|dobj(@hardware_word)"}},
    # capacity built on a vendor's chips, with no seller named: "A will deploy (expand) Groq-based
    # capacity" buys the chips from their vendor (GUIDELINES "Capacity with no seller named"; `sells`)
    # (or a size of it: "A committed to deploy up to 300 MW of Nvidia-based capacity")
    *({"name": f"vendor_based_capacity{how}", "kind": "purchase", "sells": "chips", "pos": "VERB",
       "trigger": "@buy_verb|deploy|expand|build|add",
       "roles": {"buyer": ">nsubj", "seller": f">dobj{of}>amod(base|power)>npadvmod", "_what": f">dobj{of}(@compute_word)"}}
      for how, of in (("", ""), ("_sized", "(@capacity_unit)>prep[of]>pobj"))),
    # ... signed for: "A has signed for 1.5 gigawatts of Nvidia-based capacity"
    {"name": "signed_for_vendor_based_capacity", "kind": "purchase", "sells": "chips", "pos": "VERB", "trigger": "sign",
     "roles": {"buyer": ">nsubj", "seller": ">prep[for]>pobj(@capacity_unit)>prep[of]>pobj>amod(base|power)>npadvmod",
               "_what": ">prep[for]>pobj(@capacity_unit)>prep[of]>pobj(@compute_word)"}},
    # passive sales: "blades bought by A from B", "racks sold (supplied) to A by B", "A's models hosted by B"
    {"name": "bought_by_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">agent>pobj", "seller": ">prep[from]>pobj"}},
    {"name": "supplied_to_by", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">agent>pobj", "buyer": ">prep|dative[to,for]>pobj"}},
    {"name": "hosted_by", "kind": "purchase", "tie": True, "trigger": "host", "pos": "VERB",
     "roles": {"seller": ">agent>pobj", "buyer": ">nsubjpass"}},
    {"name": "work_hosted_by", "kind": "purchase", "tie": True, "trigger": "host", "pos": "VERB",
     "roles": {"seller": ">agent>pobj", "buyer": ">nsubjpass>poss"}},
    # "ordered $5 billion of servers from B", "bought servers from B worth ..." ("from" on what is bought)
    {"name": "buy_goods_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj>prep[from]>pobj"}},
    # ... what its seller could not sell to others (a backstop): "A agreed to buy any capacity B cannot sell",
    # "A will buy up to $1 billion of any capacity B fails to sell to other customers"
    *({"name": f"buy_goods_seller_cannot_sell{on}", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f"{where}relcl(@supply_verb)>nsubj"}}
      for on, where in (("", ">dobj(@compute_word)>"), ("_of", ">dobj>prep[of]>pobj(@compute_word)>"))),
    # ... or is unable (fails) to sell: "A agreed to buy any of the capacity that B is unable to sell"
    *({"name": f"buy_goods_seller_{how}_to_sell{on}", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f"{where}relcl({verb})>nsubj",
                 "_sell": f"{where}relcl({verb}){path}xcomp(@supply_verb)"}}
      for on, where in (("", ">dobj(@compute_word)>"), ("_of", ">dobj>prep[of]>pobj(@compute_word)>"))
      for how, verb, path in (("is_unable", "be", ">acomp(unable)>"), ("fails", "fail", ">"))),
    # ... where the parser makes the seller's clause the verb's ("buy whatever capacity B cannot sell")
    {"name": "buy_whatever_seller_cannot_sell", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">ccomp(@supply_verb)>nsubj", "_what": ">ccomp(@supply_verb)>dobj(@compute_word)"}},
    # ... where the parser hangs "from" on a noun deep in what is bought: "rent 10,000 servers equipped with
    # its own chips from B"
    {"name": "buy_described_goods_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj>acl>prep>pobj>prep[from]>pobj"}},
    {"name": "buy_more_goods_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj>conj>prep[from]>pobj"}},   # "chips from A and capacity from B"
    {"name": "buy_sum_of_goods_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj>prep[of]>pobj>prep[from]>pobj"}},
    # ... or on what the goods are for: "A sources the memory for its X-3 from B"
    {"name": "buy_goods_for_use_from", "kind": "purchase", "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj>prep[for]>pobj>prep[from]>pobj"}},
    # a purchase named by its noun, agreed or signed: "A agreed to a three-year lease of 5,000 GPU
    # servers from B", "A signed a lease of capacity from B" (renting servers from a cloud is buying
    # its capacity: the kind follows what is bought and who sells it)
    {"name": "agreed_to_lease_of_goods_from", "kind": "purchase", "trigger": "@purchase_noun", "pos": "NOUN",
     "roles": {"buyer": "<pobj<prep[to]>nsubj", "seller": ">prep[of]>pobj>prep[from]>pobj"}},
    {"name": "agreed_to_lease_from", "kind": "purchase", "trigger": "@purchase_noun", "pos": "NOUN",
     "roles": {"buyer": "<pobj<prep[to]>nsubj", "seller": ">prep[from]>pobj"}},
    # (not an order: "A won (landed) an order from B" is A's sale, `wins_order_from`)
    {"name": "signed_lease_of_goods_from", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
     "roles": {"buyer": "<dobj>nsubj", "seller": ">prep[of]>pobj>prep[from]>pobj"}},
    {"name": "signed_lease_from", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
     "roles": {"buyer": "<dobj>nsubj", "seller": ">prep[from]>pobj"}},
    {"name": "signed_lease_from_verb", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
     "roles": {"buyer": "<dobj>nsubj", "seller": "<dobj>prep[from]>pobj"}},
    # ... "from B" hung on the capacity the lease is for: "A signed a lease for 40 MW of capacity from B" (not
    # "200 MW of power from B", a utility's)
    *({"name": f"signed_lease_for_from{how}", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
       "sells": "compute", "roles": {"buyer": "<dobj>nsubj",
                                    "seller": f"{on}>prep[for]>>pobj(@compute_word)>prep[from]>pobj"}}
      for how, on in (("", ""), ("_verb", "<dobj"))),
    # ... with its landlord: "A signed a 15-year lease with B for 300 megawatts" (`lease`: where the
    # subject is known to let data-centre space and B is not, B is the tenant: "B struck a lease with A")
    {"name": "signed_lease_with", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
     "lease": True, "roles": {"buyer": "<dobj>nsubj", "seller": ">prep[with]>pobj"}},
    # ... with "with B" hung on what the lease is for: "A signed a lease for 200 MW with B"
    *({"name": f"signed_lease_for_with{how}", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
       "lease": True, "roles": {"buyer": "<dobj>nsubj", "seller": path}}
      for how, path in (("", ">prep[for]>pobj>prep[with]>pobj"), ("_verb", "<dobj>prep[for]>pobj>prep[with]>pobj"))),
    # (the parser may read "a lease with B covering 200 MW" as "with B covering": B the participle's subject)
    {"name": "signed_lease_with_covering", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
     "lease": True, "roles": {"buyer": "<dobj>nsubj", "seller": ">prep[with]>pcomp(cover|span|include)>nsubj"}},
    {"name": "signed_lease_with_verb", "kind": "purchase", "trigger": "@taken_purchase_noun", "pos": "NOUN",
     "lease": True, "roles": {"buyer": "<dobj>nsubj", "seller": "<dobj>prep[with]>pobj"}},
    # ... at a site its landlord runs or owns: "A signed a lease for 200 MW at a facility operated by
    # B", "... at B's campus" (the parser hangs "at" on the verb, the noun or what the lease is for; a
    # site's space is capacity)
    *({"name": f"signed_lease_at_site_{how}{on}", "kind": "purchase", "sells": "compute",
       "trigger": "@taken_purchase_noun", "pos": "NOUN",
       "roles": {"buyer": "<dobj>nsubj", "seller": f"{where}prep[at,in]>pobj(@site_word){owner}"}}
      for how, owner in SITE_OWNERS
      for on, where in (("", "<dobj>"), ("_noun", ">"), ("_for", "<dobj>prep[for]>pobj>"),
                        ("_noun_for", ">prep[for]>pobj>"))),
    # ... and by the verb of taking a share of a site's capacity: "A will lease 500 MW at B's campus", "A agreed
    # to take 400 MW of capacity at B's flagship campus", "A will reserve 300 MW at a campus run by B",
    # "A will take 1 GW from B's new campuses" (the parser hangs "at" on the verb, its object or what the
    # object is of; the object is the size taken, so "A uses B's campus" is not read)
    *({"name": f"takes_capacity_{at}_site_{how}{on}", "kind": "purchase", "sells": "compute",
       "trigger": "@take_capacity_verb|@get_capacity_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "_size": ">dobj(@capacity_unit)",
                 "seller": f"{where}prep[{at}]>pobj(@site_word|site){owner}"}}
      for at in ("at", "from")
      for how, owner in SITE_OWNERS
      for on, where in (("", ">"), ("_object", ">dobj>"), ("_of", ">dobj>prep[of]>pobj>"))),
    # ... from its seller: "A will take 300 MW from B", "A reserved 1 GW of capacity from B"
    *({"name": f"takes_capacity_from{on}", "kind": "purchase", "sells": "compute",
       "trigger": "@take_capacity_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "_size": ">dobj(@capacity_unit)", "seller": f"{where}prep[from]>pobj"}}
      for on, where in (("", ">"), ("_object", ">dobj>"), ("_of", ">dobj>prep[of]>pobj>"))),
    # ... and got from it, where what is got is compute: "A will receive 50 MW of computing capacity (of GPU
    # servers) from B" (not "A will obtain 200 MW from B", power, nor "150 MW of grid capacity")
    *({"name": f"gets_compute_from{on}{how}", "kind": "purchase", "sells": "compute",
       "trigger": "@get_capacity_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "_size": ">dobj(@capacity_unit)", "seller": f"{where}prep[from]>pobj",
                 "_compute": compute}}
      for on, where in (("", ">"), ("_object", ">dobj>"), ("_of", ">dobj>prep[of]>pobj>"))
      for how, compute in (("", ">dobj>prep[of]>pobj(compute|computing|gpu|server|cluster|instance|supercomputer)"),
                           ("_capacity", ">dobj>prep[of]>pobj(capacity)>compound|amod(compute|computing|gpu|ai|cloud)"))),
    # ... at a site the sentence leaves unnamed: its landlord is the company the article last showed owning
    # a data-centre site (`discourse.landlords`), where the clause names no other company: "B is building a
    # 2 GW campus. A will take 400 MW there", "the first 300 MW were reserved by A", "A signed a lease for
    # 600 MW at the site", "A signed on as (is) the anchor tenant"
    # a contract signed (added) with no seller named, in an article about a cloud: "A signed an $11.9 billion,
    # five-year contract", "Meta added a contract worth $14 billion" (`focus_seller`: the cloud the article is
    # about sells, where the contract states its sum, the clause names no other company and the buyer is not
    # that cloud)
    # hardware supplied with no buyer named, in an article about the company building with it: "The servers,
    # based on Nvidia's H200 chips, will be supplied by B" (`focus_buyer`: the company the article is about
    # buys, where the clause names no other company and it is not the seller)
    {"name": "goods_supplied_to_article_company", "kind": "purchase", "focus_buyer": True,
     "trigger": "@supply_verb|install", "pos": "VERB",
     "roles": {"seller": ">agent>pobj", "_goods": ">nsubjpass(server|rack|cluster|system|accelerator|chip|gpu|hardware)"}},
    # ... or chips made by their maker: "The chip is being fabricated by B on its 5-nanometre process", "the
    # next generation will be built by B" (`designer_buyer`: the article's company designs chips, not "A bought
    # V5 accelerators. The chip is fabricated by B")
    {"name": "chips_made_for_article_company", "kind": "purchase", "focus_buyer": True, "sells": "chips",
     "designer_buyer": True,
     "trigger": "@make_verb", "pos": "VERB",
     "roles": {"seller": ">agent>pobj",
               "_goods": ">nsubjpass(chip|accelerator|processor|die|wafer|generation)>det[the]"}},
    # ... or named by a participle: "Nuri pairs its cores with high-bandwidth memory supplied by B"
    {"name": "goods_supplied_by_participle", "kind": "purchase", "focus_buyer": True,
     "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">agent>pobj", "_goods": "<acl(server|rack|cluster|accelerator|chip|gpu|hardware|memory|hbm)"}},
    # power supplied to a site named before: "Fjellkraft, which has signed an agreement to supply up to 250 MW of
    # hydroelectric power to the site", "EDF would supply up to 250 MW of electricity to the Lyon campus"
    # (`site_owner_buys`: the company the article last showed owning a data-centre site buys it, where no other
    # site is named in between and the clause names no other company; "the" site, with nothing of its own after
    # it; the purchase of power is read as a partnership, `Proposer._power_sold`)
    *({"name": f"power_supplied_to_the_site{how}", "kind": "purchase", "site_owner_buys": True,
       "trigger": "@supply_verb|commit|dedicate", "pos": "VERB",
       "roles": {"seller": ">nsubj", "_goods": goods, "_site": site}}
      for how, goods, site in (
          ("", ">dobj(@capacity_unit|@energy_word)", ">prep[to,for]>pobj(campus|site|facility|centre|center)>det[the]"),
          ("_dative", ">dobj(@capacity_unit|@energy_word)", ">dative>pobj(campus|site|facility|centre|center)>det[the]"))),
    {"name": "contract_with_article_cloud", "kind": "purchase", "sells": "compute", "focus_seller": True,
     "trigger": "sign|add|ink|strike|award|secure|land", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "_what": ">dobj(contract|deal|agreement|commitment)"}},
    # ... its own contract enlarged: "C, an existing customer, expanded its contract by $75 million"
    {"name": "own_contract_with_article_cloud_grown", "kind": "purchase", "sells": "compute", "focus_seller": True,
     "trigger": "expand|extend|increase|enlarge|grow|double|raise|upsize", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "_what": ">dobj(contract|deal|agreement|commitment)>poss[its,their]"}},
    # capacity run for its buyer: "B will operate the cluster on A's behalf" (GUIDELINES "Cloud and data-centre
    # ties": a firm that runs capacity for A sells it to A)
    # (the parser may hang "on A's behalf" on what is run)
    *({"name": f"operates_on_behalf_of{how}", "kind": "purchase", "sells": "compute",
       "trigger": "operate|run|manage|host", "pos": "VERB",
       "roles": {"seller": ">nsubj", "buyer": f"{on}prep[on]>pobj(behalf)>poss",
                 "_what": ">dobj(@compute_word|@hardware_word|cluster|supercomputer|@site_word)"}}
      for how, on in (("", ">"), ("_object", ">dobj>"))),
    # a site let to its tenant: "B's Ohio campus has been (pre-)leased to A", "a campus run by B is fully leased
    # to A" (the tenant buys the landlord's capacity)
    *({"name": f"site_leased_to_{how}", "kind": "purchase", "sells": "compute", "site": True,
       "trigger": "lease|prelease|sublease|rent", "pos": "VERB",
       "roles": {"buyer": ">prep[to]>pobj", "seller": f">nsubjpass(@site_word|site){owner}",
                 "_what": ">nsubjpass(@site_word|site)"}}
      for how, owner in SITE_OWNERS),
    # ... or buildings sized in power: "B's three buildings, totalling 96 MW, are fully leased to A"
    *({"name": f"sized_buildings_leased_to{how}", "kind": "purchase", "sells": "compute", "landlord": landlord,
       "trigger": "lease|prelease|sublease|rent", "pos": "VERB",
       "roles": {"buyer": ">prep[to]>pobj", **seller,
                 "_size": ">nsubjpass(building|hall|space)>>dobj|pobj|nummod|compound|appos(@capacity_unit)"}}
      for how, landlord, seller in (("", False, {"seller": ">nsubjpass(building|hall|space)>poss|compound"}),
                                    ("_landlords", True, {}))),
    # ... its landlord unnamed there (`landlord`): "B is building a campus in Ohio. The campus has been fully
    # leased to A", "B has built one other campus, which is leased in its entirety to A" (`site`: a data-centre
    # site, not "its office building")
    *({"name": f"site_leased_to_landlords{how}", "kind": "purchase", "sells": "compute", "landlord": True,
       "site": True, "trigger": "lease|prelease|sublease|rent", "pos": "VERB",
       "roles": {"buyer": ">prep[to]>pobj", "_what": path}}
      for how, path in (("", ">nsubjpass(@site_word|site)"), ("_which", "<relcl(@site_word|site)"))),
    # capacity signed for at a site: "A has signed for the first 200 MW at B's campus"
    *({"name": f"signed_for_capacity_at_site_{how}", "kind": "purchase", "sells": "compute", "trigger": "sign",
       "pos": "VERB", "roles": {"buyer": ">nsubj", "_size": ">prep[for]>pobj(@capacity_unit)",
                                "seller": f">prep[for]>pobj>prep[at,in]>pobj(@site_word|site){owner}"}}
      for how, owner in SITE_OWNERS),
    {"name": "takes_capacity_at_landlords_site", "kind": "purchase", "sells": "compute", "landlord": True,
     "trigger": "@take_capacity_verb", "pos": "VERB", "roles": {"buyer": ">nsubj", "_size": ">dobj(@capacity_unit)"}},
    *({"name": f"signed_lease_at_landlords_site{on}", "kind": "purchase", "sells": "compute", "landlord": True,
       "trigger": "@taken_purchase_noun", "pos": "NOUN",
       "roles": {"buyer": "<dobj>nsubj", "_size": f"{where}prep[for,of]>pobj(@capacity_unit)"}}
      for on, where in (("", ">"), ("_verb", "<dobj>"))),
    *({"name": f"landlords_tenant{on}", "kind": "purchase", "sells": "compute", "landlord": True,
       "trigger": "tenant", "tie": True, "roles": {"buyer": path}}
      for on, path in (("", "<attr>nsubj"), ("_is", "<nsubj>attr"), ("_signed_on", "<pobj<prep[as]>nsubj"))),
    {"name": "spend_on", "kind": "purchase", "trigger": "spend|commit", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep[on,with]>pobj"}},
    {"name": "spend_on_goods", "kind": "purchase", "trigger": "spend", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep[on]>pobj>compound|poss"}},
    # ... on capacity at a site its landlord runs or owns: "A will spend $300 million on GPU capacity in data
    # centres run by B", "... on capacity at B's campus" (a site's space is capacity; the parser hangs "at"
    # on the verb or on what is bought)
    *({"name": f"spend_on_capacity_at_site_{how}{on}", "kind": "purchase", "sells": "compute", "trigger": "spend",
       "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": f"{where}prep[at,in]>pobj(@site_word){owner}"}}
      for how, owner in SITE_OWNERS
      for on, where in (("", ">"), ("_goods", ">prep[on]>pobj>"))),
    # "A will spend $1.5 billion on servers from B"
    {"name": "spend_on_goods_from", "kind": "purchase", "trigger": "spend", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep[on]>pobj>prep[from]>pobj"}},
    # paying a seller for what is bought: "A will pay about $10 billion to B for custom chips", "A will pay
    # B $30 billion for capacity", "... for access to its GPU clusters" (the kind follows what is paid for;
    # shares or a licence are no purchase)
    {"name": "pays_seller_for", "kind": "purchase", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep|dative[to]>pobj", "_for": ">prep|dative[for]>pobj(@compute_word|@hardware_word|access)"}},
    # (the seller paid directly is the parser's dative or, beside the sum, a second object: "pay B about $4
    # billion for capacity")
    {"name": "pays_seller_directly_for", "kind": "purchase", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dative|dobj", "_for": ">prep|dative[for]>pobj(@compute_word|@hardware_word|access)"}},
    {"name": "pays_seller_sum_for", "kind": "purchase", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dative|dobj",
               "_for": ">dobj(@money_word)>prep[for]>pobj(@compute_word|@hardware_word|access)"}},
    {"name": "supplies", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj|dative"}},
    # ... or equips it: "A will equip B with its lithography tools"
    {"name": "equips_with", "kind": "purchase", "trigger": "equip|outfit", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj", "_with": ">prep[with]"}},
    {"name": "supplies_to", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep|dative[to,for]>pobj"}},
    # (the parser may hang "to A" on what a sized object measures: "supply up to 40 MW of electricity to A")
    {"name": "supplies_measured_to", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@capacity_unit)>prep[of]>pobj>prep[to]>pobj"}},
    # ... to the site the buyer owns or runs: "B will supply power to A's planned campus", "B agreed to supply
    # 1.5 GW of power to data centres run by A"
    *({"name": f"supplies_to_buyers_site{how}", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
       "site": True, "roles": {"seller": ">nsubj", "buyer": f">prep|dative[to]>pobj(@site_word){path}",
                               "_what": ">prep|dative[to]>pobj(@site_word)"}}
      for how, path in (("", ">poss"), ("_run_by", ">acl>agent>pobj"))),
    # ... or the site supplied with it: "B will supply A's data centres with 960 MW of electricity"
    {"name": "supplies_buyers_site_with", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB", "site": True,
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@site_word)>poss", "_what": ">dobj(@site_word)",
               "_with": ">prep[with]>pobj(@capacity_unit|@energy_word|power|@made_chip_word|server|rack)"}},
    # ... inside what the buyer runs: "B supplies the GPUs inside A's supercomputers (data centres)"
    # (the parser may hang "inside" on the verb)
    *({"name": f"supplies_goods_inside{how}", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
       "roles": {"seller": ">nsubj", "buyer": f"{where}prep[inside,within]>pobj>poss", "_what": ">dobj(@hardware_word)"}}
      for how, where in (("", ">dobj>"), ("_verb", ">"))),
    # ... goods named as supplied by their seller, in what the buyer builds with them: "A is building its
    # cloud with 18,000 chips supplied by B"
    # (or runs on: "A's new cloud will run on 18,000 chips supplied by B")
    *({"name": f"built_with_goods_supplied_by{how}", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
       "roles": {"seller": ">agent>pobj", "buyer": buyer}}
      for how, buyer in (("", "<acl<pobj<prep[with]>nsubj"), ("_runs_on", "<acl<pobj<prep[on](run)>nsubj"),
                         ("_runs_on_poss", "<acl<pobj<prep[on](run)>nsubj>poss"))),
    # ... back to the buyer: "B rents servers back to A" ("to" on "back")
    *({"name": f"supplies_back_to{on}", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
       "roles": {"seller": ">nsubj", "buyer": f"{where}advmod[back]>prep[to]>pobj"}}
      for on, where in (("", ">"), ("_object", ">dobj>"))),
    # the buyer's own computing capacity, or a share of it: "B supplies most of A's computing capacity", "B
    # provides A's compute" (the possessor of capacity is its buyer; of chips, their maker: "B provides
    # Nvidia's GPUs to C"; not renting: "A rents most of its capacity from B" is A's own purchase)
    *({"name": f"supplies_buyers_capacity{how}", "kind": "purchase", "trigger": "supply|provide|furnish",
       "pos": "VERB", "roles": {"seller": ">nsubj", "buyer": path}}
      for how, path in (("", f">dobj({_BUYERS_CAPACITY})>poss"),
                        ("_share", f">dobj>prep[of]>pobj({_BUYERS_CAPACITY})>poss"))),
    # cloud credits received or given are capacity bought (GUIDELINES "Cloud and data-centre ties"): "A
    # received $350,000 in Google Cloud credits", "A got $1 million in AWS credits from B", "B gave A $150,000
    # in Azure credits" (the credits' platform, or the giver, is the seller)
    *({"name": f"receives_cloud_credits{how}", "kind": "purchase", "trigger": "receive|get|win|secure|obtain|earn",
       "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": path}}
      for how, path in (("", ">dobj>prep[in,of]>pobj(credit)>compound"),
                        ("_verb", ">prep[in,of]>pobj(credit)>compound"), ("_named", ">dobj(credit)>compound"))),
    *({"name": f"receives_cloud_credits_from{how}", "kind": "purchase",
       "trigger": "receive|get|win|secure|obtain|earn", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": ">prep[from]>pobj", "_what": what}}
      for how, what in (("", ">dobj>prep[in,of]>pobj(credit)"), ("_verb", ">prep[in,of]>pobj(credit)"),
                        ("_named", ">dobj(credit)"))),
    # (not "offered": "B offered A credits, but A chose C" gave none)
    *({"name": f"gives_cloud_credits{how}", "kind": "purchase", "trigger": "give|grant|award|provide",
       "pos": "VERB", "roles": {"seller": ">nsubj", "buyer": ">dative", "_what": path}}
      for how, path in (("", ">dobj>prep[in,of]>pobj(credit)"), ("_named", ">dobj(credit)"))),
    # ... or computing time: "A took (accepted) an allocation of GPU time (a cloud-credit grant) from B", "B
    # pledged (donated) 500,000 GPU-hours to A" (time or credits of computing: not "a grant from B")
    # (credits named alone only from a cloud, `cloud_seller`: "took Azure credits from Microsoft", not "obtained
    # a revolving credit from B", a loan)
    *({"name": f"receives_compute_time_from{how}", "kind": "purchase", "sells": "compute",
       "trigger": "receive|get|win|secure|obtain|take|accept", "pos": "VERB", "cloud_seller": how == "_credits",
       "roles": {"buyer": ">nsubj", "seller": seller, "_what": what}}
      for how, seller, what in (("", ">prep[from]>pobj", f">dobj({_TIME_GIVEN})>>{_COMPUTE_TIME}"),
                                ("_credits", ">prep[from]>pobj", ">dobj(credit)"),     # (`cloud_seller`)
                                # (the parser may hang "from B" on the grant's worth)
                                ("_worth", f">dobj({_TIME_GIVEN})>amod[worth]>prep[from]>pobj",
                                 f">dobj({_TIME_GIVEN})>>{_COMPUTE_TIME}"))),
    *({"name": f"gives_compute_time_to{how}", "kind": "purchase", "sells": "compute",
       "trigger": "give|grant|award|provide|pledge|donate|commit|contribute", "pos": "VERB",
       "roles": {"seller": ">nsubj", "buyer": buyer, "_what": f">dobj({_TIME_GIVEN})>>" + _COMPUTE_TIME}}
      for how, buyer in (("", ">prep[to]>pobj"), ("_dative", ">dative"))),
    # where a buyer's goods come from: "A's compute came mostly from B", "its chips come from B"
    {"name": "goods_come_from", "kind": "purchase", "trigger": "come", "pos": "VERB", "tie": True,
     "roles": {"buyer": ">nsubj(@compute_word|@hardware_word)>poss", "seller": ">prep[from]>pobj"}},
    # ... the parse hanging "to A" from the goods: "B, which has supplied capacity to A,"
    {"name": "supplies_goods_to", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj>prep[to]>pobj"}},
    # ... for what the buyer owns: "B supplied the servers for A's cluster" (the parse hangs "for" from the
    # verb or the goods)
    {"name": "supplies_goods_for_owner", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[for]>pobj>poss", "_what": ">dobj"}},
    # ... behind a product: "B supplies much of the computing power behind A's chatbot (behind ChatGPT)"
    # (the parser may hang "behind" on the verb)
    *({"name": f"supplies_goods_behind_product{how}{owner}", "kind": "purchase", "trigger": "@supply_verb",
       "pos": "VERB", "roles": {"seller": ">nsubj", "buyer": path + poss, "_what": ">dobj"}}
      for how, path in (("", ">dobj>prep[behind]>pobj"), ("_verb", ">prep[behind]>pobj"),
                        ("_of", ">dobj>prep[of]>pobj>prep[behind]>pobj"))     # ("much of the power behind ...")
      for owner, poss in (("", ""), ("_owner", ">poss|compound"))),
    {"name": "supplies_goods_for_owner_obj", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj>prep[for]>pobj>poss"}},
    {"name": "provider_to", "kind": "purchase", "trigger": "@provider_noun", "tie": True,
     "roles": {"seller": "<attr>nsubj", "buyer": ">prep[to,for,of]>pobj"}},
    # ... with what it supplies between: "B is a supplier of compute to A", the parse hanging "to A"
    # from the goods or from the verb ("B became a major supplier of compute to A")
    {"name": "supplier_of_goods_to", "kind": "purchase", "trigger": "@seller_noun", "tie": True,
     "roles": {"seller": "<attr>nsubj", "buyer": ">prep[of]>pobj>prep[to,for]>pobj"}},
    # ... for the buyer's own work: "B will remain the exclusive provider of computing power for A's research"
    {"name": "supplier_of_goods_for_owners_work", "kind": "purchase", "trigger": "@seller_noun", "tie": True,
     "roles": {"seller": "<attr>nsubj", "buyer": f">prep[of]>pobj>prep[for]>pobj({_OWN_WORK})>poss"}},
    {"name": "supplier_of_goods_verb_to", "kind": "purchase", "trigger": "@seller_noun", "tie": True,
     "roles": {"seller": "<attr>nsubj", "buyer": "<attr>prep[to,for]>pobj", "_of": ">prep[of]>pobj"}},
    # ... one of several: "B is one of the main suppliers (of server racks) to A"
    *({"name": f"one_of_suppliers_to{how}", "kind": "purchase", "trigger": "@seller_noun", "tie": True,
       "roles": {"seller": "<pobj<prep[of]<attr>nsubj", "buyer": ">prep[to,for]>pobj", **what}}
      for how, what in (("", {}), ("_of_goods", {"_of": ">prep[of]>pobj"}))),
    {"name": "provider_to_appos", "kind": "purchase", "trigger": "@provider_noun", "tie": True,
     "roles": {"seller": "<appos", "buyer": ">prep[to,for,of]>pobj"}},
    # ... or for the buyer's goods: "B, the main supplier of memory for A's GPUs", "B is a supplier of
    # cooling for A's data centres" (A buys what B supplies)
    *({"name": f"supplier_for_owners_goods{how}", "kind": "purchase", "trigger": "@seller_noun", "tie": True,
       "roles": {"seller": path, "buyer": ">prep[for,to]>pobj>poss"}}
      for how, path in (("", "<appos"), ("_is", "<attr>nsubj"))),
    # a seller named by its buyer's possessive (a background tie, GUIDELINES "Background ties"): "B is
    # A's biggest supplier", "B, A's main cloud provider,", "B ranks as its main supplier", "B, which
    # counts as its largest vendor"
    *({"name": f"provider_poss_{how}", "kind": "purchase", "trigger": "@seller_noun", "tie": True, "seller_noun": True,
       "roles": {"seller": path, "buyer": ">poss"}} for how, path in _SELLER_NAMED.items()),
    # a customer noun's modifiers say what is bought where the seller's trade is not known
    # ("A is among B's cloud customers", "B counts A as its biggest chip customer": `seller_noun`)
    {"name": "among_customers", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<pobj<prep[among]>nsubj", "seller": ">poss"}},
    # ... of the seller or its goods: "A is among the largest buyers of B's GPUs", "A is one of the biggest
    # customers of B"
    *({"name": f"among_customers_of{how}", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
       "seller_noun": True, "roles": {"buyer": buyer, "seller": seller}}
      for how, buyer, seller in (("", "<pobj<prep[among]>nsubj", ">prep[of]>pobj"),
                                 ("_goods", "<pobj<prep[among]>nsubj", ">prep[of]>pobj>poss|compound"),
                                 ("_one", "<pobj<prep[of]<attr>nsubj", ">prep[of]>pobj"),
                                 ("_one_goods", "<pobj<prep[of]<attr>nsubj", ">prep[of]>pobj>poss|compound"),
                                 # (the possessive on the first of listed goods: "of its H100 and Blackwell hardware")
                                 ("_listed_goods", "<pobj<prep[among]>nsubj", ">prep[of]>pobj>nmod|compound>poss"))),
    # a buyer leaning on its cloud for its computing: "A relies on B for most of its training compute"
    # (GUIDELINES "Cloud and data-centre ties"; not "depends on large clouds such as B and C", nor chips)
    {"name": "relies_on_for", "kind": "purchase", "sells": "compute", "tie": True, "trigger": "rely|depend",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">prep[on,upon]>pobj",
                              "_for": ">prep[for]>>pobj(compute|computing|capacity|cloud)"}},
    # a buyer training or running its models on another's computers: "A trains its models on B's clusters",
    # "A will train them in B's data centre", "A runs its products on B" (a cloud named: `cloud_only`, never a
    # chip or a chipmaker alone, GUIDELINES "Background ties": "runs on X's chips" is no purchase)
    *({"name": f"trains_on{how}{hung}", "kind": "purchase", "sells": "compute", "tie": True, "cloud_only": True,
       "trigger": "train|run|serve", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": up + seller, **{role: up + path for role, path in more.items()}}}
      for how, seller, more in (
          ("_poss", ">prep[on,in,at]>pobj(@compute_place_noun)>poss|compound", {}),
          ("_data_centre", ">prep[on,in,at]>pobj(centre|center|campus|facility)>poss",
           {"_data": ">prep[on,in,at]>pobj(centre|center|campus|facility)>compound[data]"}),
          ("_named", ">prep[on]>pobj", {}),
          # ... a platform of computing: "on B's AI computing platform"
          ("_platform", ">prep[on,in,at]>pobj(platform|system)>poss",
           {"_computing": ">prep[on,in,at]>pobj(platform|system)>compound(computing|compute|cloud|gpu|supercomputing)"}))
      # (the parser may hang "on B" on what is trained: "trains its models (its next generation of models) on
      # B's clusters")
      for hung, up in (("", ""), ("_object", ">dobj"), ("_object_of", ">dobj>prep[of]>pobj"))),
    # ... trained or served "from" a data centre a name owns ("A serves its models from B's data centre"; not
    # "from its data centres", the server's own, nor "a cloud to be run from B's data centres", B's own work)
    *({"name": f"serves_from_data_centre{hung}", "kind": "purchase", "sells": "compute", "tie": True,
       "cloud_only": True, "trigger": "train|serve", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f"{up}>prep[from]>pobj(centre|center|campus|facility)>poss",
                 "_data": f"{up}>prep[from]>pobj(centre|center|campus|facility)>compound[data]",
                 "_named": f"{up}>prep[from]>pobj(centre|center|campus|facility)>poss>case"}}
      for hung, up in (("", ""), ("_object", ">dobj"))),
    # ... on computers another runs for it: "A trains its models on H100 clusters rented from B (hosted by B, run
    # by B)", "A trains on a cluster of Blackwell systems that B operates" (B runs capacity for A, GUIDELINES
    # "Cloud and data-centre ties")
    *({"name": f"trains_on_run_by{how}{hung}", "kind": "purchase", "sells": "compute", "tie": True,
       "trigger": "train|run|serve", "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": up + seller}}
      for how, seller in (
          ("", ">prep[on,in,at]>pobj(@compute_place_noun|system|machine)>acl(@rent_verb|host|run|operate)"
               ">agent|prep[from,by]>pobj"),
          ("_relative", ">prep[on,in,at]>pobj(@compute_place_noun|system|machine)>>relcl(host|run|operate)>nsubj"))
      for hung, up in (("", ""), ("_object", ">dobj"))),
    # ... or deeper below what is run: "to run the simulations for its vehicle on Microsoft Azure" (the parser
    # hangs "on Azure" on the vehicle); and hosted there: "A will host its applications on Microsoft Azure"
    {"name": "trains_on_named_below_object", "kind": "purchase", "sells": "compute", "tie": True, "cloud_only": True,
     "trigger": "train|run|serve|host", "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">dobj>>prep[on]>pobj"}},
    # ... under a contract to do so, whatever B is known for: "A signed a $45 million contract to run its models
    # on B's platform" (a contract bought it; not "B's app", which runs nothing of A's)
    # (the parser may hang "on B's platform" on what is run)
    *({"name": f"contract_to_run_on{how}", "kind": "purchase", "sells": "compute", "trigger": "run|train|serve|host",
       "pos": "VERB", "roles": {"buyer": "<acl(contract|agreement|deal|commitment)<dobj>nsubj",
                                "seller": up + ">prep[on,in,at]>pobj(@compute_place_noun|platform|system)>poss",
                                "_what": ">dobj(@model_noun|@software_noun|workload|application|product|service)"}}
      for how, up in (("", ""), ("_object", ">dobj"))),
    # ... in the passive, its models the subject: "its models are trained on B's clusters", "A's models are
    # trained and served on B" (the parser hangs "on B" on the second verb)
    *({"name": f"models_trained_on{how}", "kind": "purchase", "sells": "compute", "tie": True, "cloud_only": True,
       "trigger": "train|run", "pos": "VERB",
       "roles": {"buyer": ">nsubjpass(@model_noun)>poss", "seller": seller}}
      for how, seller in (("", ">prep[on,in,at]>pobj"), ("_and_served", ">conj>prep[on,in,at]>pobj"))),
    # "B counts (lists, names) A as its biggest customer", "B counts A among its clients": the subject sells
    {"name": "counts_as_customer", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<pobj<prep[as,among](@include_verb|@name_verb)>dobj",
               "seller": "<pobj<prep[as,among](@include_verb|@name_verb)>nsubj"}},
    {"name": "counts_as_customer_listed", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "seller_noun": True, "roles": {"buyer": "<conj<pobj<prep[as,among](@include_verb|@name_verb)>dobj",
                                    "seller": "<conj<pobj<prep[as,among](@include_verb|@name_verb)>nsubj"}},
    # ... the counting verb coordinated with the seller's first: "B operates 40 MW of capacity and counts A among
    # its customers"
    {"name": "counts_as_customer_conj", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "seller_noun": True, "roles": {"buyer": "<pobj<prep[as,among](@include_verb|@name_verb)>dobj",
                                    "seller": "<pobj<prep[as,among](@include_verb|@name_verb)<conj>nsubj"}},
    # ... where the parse hangs "among" from the last of the customers listed: "B counts A, which signed
    # a deal with it in May, and C among its customers"
    {"name": "counts_listed_as_customers", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "seller_noun": True, "roles": {"buyer": "<pobj<prep[as,among]",
                                    "seller": "<pobj<prep[as,among]<conj<dobj(@include_verb|@name_verb)>nsubj"}},
    # "its first customer, X," / "X, its biggest customer,": X buys from the possessor
    {"name": "own_customer_named", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": ">appos", "seller": ">poss"}},
    {"name": "own_customer_appos", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<appos", "seller": ">poss"}},
    {"name": "customer_of", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<attr>nsubj", "seller": ">prep[of]>pobj"}},
    # ... the seller (or its cloud) named before the noun: "A, a long-standing Azure customer,", "A is a
    # CoreWeave customer"
    *({"name": f"seller_customer{how}", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
       "seller_noun": True, "roles": {"buyer": buyer, "seller": ">compound"}}
      for how, buyer in (("_appos", "<appos"), ("_is", "<attr>nsubj"))),
    # "A is B's biggest customer", "..., in which A and C have long been its two largest clients"
    {"name": "is_own_customer", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<attr>nsubj", "seller": ">poss"}},
    # ... of goods named for their vendor: "A is a major buyer of Nvidia chips"
    {"name": "customer_of_vendor_goods", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "roles": {"buyer": "<attr>nsubj", "seller": ">prep[of]>pobj(@hardware_word|@compute_word)>compound"}},
    # ... of what the seller sells: "A will become a customer of B's cloud"
    {"name": "customer_of_sellers_goods", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "seller_noun": True, "roles": {"buyer": "<attr>nsubj", "seller": ">prep[of]>pobj>poss"}},
    # "A is one of the biggest customers of B", "A is one of B's biggest customers"
    {"name": "one_of_customers_of", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<pobj<prep[of]<attr>nsubj", "seller": ">prep[of]>pobj"}},
    {"name": "one_of_own_customers", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<pobj<prep[of]<attr>nsubj", "seller": ">poss"}},
    # a data-centre tenant rents capacity (`sells`: compute, whatever the landlord's trade): "A became B's
    # anchor tenant", "..., making A the venture's anchor tenant" (the parse making A the noun's subject)
    {"name": "own_tenant", "kind": "purchase", "sells": "compute", "trigger": "tenant", "tie": True,
     "tenant": True,
     "roles": {"buyer": "<attr>nsubj", "seller": ">poss"}},
    # ... or taken on as one: "B has signed A as the first tenant of its campus" (`sells`: compute), "B landed A
    # as a customer" (`tie`: what B is known to sell)
    {"name": "signs_on_tenant", "kind": "purchase", "sells": "compute", "trigger": "@deal_verb|add",
     "pos": "VERB", "roles": {"seller": ">nsubj", "buyer": ">dobj", "_as": ">prep[as]>pobj(tenant)"}},
    {"name": "signs_on_customer", "kind": "purchase", "tie": True, "trigger": "@deal_verb|add",
     "pos": "VERB", "roles": {"seller": ">nsubj", "buyer": ">dobj", "_as": ">prep[as]>pobj(customer|client)"}},
    # ... and named after the copula: "B's anchor tenant is A"; "B's biggest customer is A"
    {"name": "own_tenant_is", "kind": "purchase", "sells": "compute", "trigger": "tenant", "tie": True,
     "tenant": True,
     "roles": {"buyer": "<nsubj>attr", "seller": ">poss"}},
    {"name": "own_customer_is", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<nsubj>attr", "seller": ">poss"}},
    {"name": "made_own_tenant", "kind": "purchase", "sells": "compute", "trigger": "tenant", "tie": True,
     "tenant": True,
     "roles": {"buyer": ">nsubj", "seller": ">poss", "_make": "<ccomp|oprd(make)"}},
    # ... or a tenant at a data-centre site its landlord runs or owns: "A has been a tenant in B's Ashburn data
    # centre since 2023", "A is a tenant at a campus run by B" (a tenant of B itself is `customer_of`; `site`: a
    # data-centre site, not "B's headquarters building" nor "its records centre")
    *({"name": f"tenant_at_site_{how}", "kind": "purchase", "trigger": "tenant", "tie": True, "tenant": True,
       "site": True, "roles": {"buyer": "<attr>nsubj", "seller": f">prep[at,in,of]>pobj(@site_word|site){owner}",
                               "_what": ">prep[at,in,of]>pobj(@site_word|site)"}}
      for how, owner in SITE_OWNERS),
    # customers given as examples of a seller's: "B can keep (serves) customers such as A and C" (the noun
    # stands for its examples: its own place as the object of the seller's verb binds them)
    {"name": "customers_such_as", "kind": "purchase", "trigger": "@customer_noun", "tie": True, "seller_noun": True,
     "roles": {"buyer": "<dobj(@customer_keep_verb)>dobj", "seller": "<dobj(@customer_keep_verb)>nsubj"}},
    # ... in apposition: "A, one of B's biggest customers,", "A, one of the largest customers of B,"
    {"name": "one_of_own_customers_appos", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "seller_noun": True, "roles": {"buyer": "<pobj<prep[of]<appos", "seller": ">poss"}},
    {"name": "one_of_customers_of_appos", "kind": "purchase", "trigger": "@customer_noun", "tie": True,
     "seller_noun": True, "roles": {"buyer": "<pobj<prep[of]<appos", "seller": ">prep[of]>pobj"}},
    # a share of a seller's revenue is a customer's: "A made up 40% of B's revenue", "A accounted
    # for 62% of its sales", "A contributed $2 billion to B's revenue", "A was responsible for most of
    # B's sales" (never a revenue named in another clause: "..., and C for most of D's")
    *({"name": f"share_of_revenue{how}", "kind": "purchase", "trigger": trigger, "pos": pos, "tie": True,
       "roles": {"buyer": buyer, "seller": seller}}
      for how, trigger, pos, buyer, seller in (
          ("", "@share_verb", "VERB", ">nsubj", ">dobj>prep[of]>pobj(@revenue_noun)>poss"),
          ("_prep", "@share_verb", "VERB", ">nsubj", ">prep>pobj>prep[of]>pobj(@revenue_noun)>poss"),
          ("_to", "@share_verb", "VERB", ">nsubj", ">prep[to,in]>pobj(@revenue_noun)>poss"),
          ("_adj", "responsible", "ADJ", "<acomp>nsubj", ">prep[for]>pobj>prep[of]>pobj(@revenue_noun)>poss"))),
    {"name": "customers_include", "kind": "purchase", "trigger": "@include_verb", "tie": True,
     "roles": {"buyer": ">dobj|attr", "seller": ">nsubj(@customer_noun)>poss"}},
    # ... in a relative clause: "B's largest customers, which include A and C, ..."
    {"name": "customers_which_include", "kind": "purchase", "trigger": "@include_verb", "pos": "VERB", "tie": True,
     "roles": {"buyer": ">dobj|attr", "seller": "<relcl(@customer_noun)>poss", "_which": ">nsubj(which|that)"}},
    {"name": "taps_for", "kind": "purchase", "trigger": "tap|hire|choose|select|pick|enlist|engage", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_for": ">prep[for,to]"}},
    # a seller chosen to host or run what the chooser runs on computers: "A selected B to host its AI
    # workloads", "B has been chosen by A to run its models" (hosting is selling capacity, whatever B's
    # trade: `sells`); not "A hired B to run its marketing"
    {"name": "chooses_to_host", "kind": "purchase", "sells": "compute", "trigger": "@choose_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_what": ">xcomp|advcl(@host_verb)>dobj(@hosted_noun)"}},
    # ... or paid to: "A pays B to host them (its models)" (whatever is hosted: paid hosting is capacity sold)
    {"name": "pays_to_host", "kind": "purchase", "sells": "compute", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_host": ">xcomp|advcl(@host_verb)"}},
    # ... and stated directly: "B will host (run) A's AI workloads", "B hosts training runs for A" (capacity
    # sold, whatever B's trade: `sells`); not "B will host A's models" (a platform offering them:
    # distribution) nor "B hosts a conference for A"
    {"name": "hosts_buyers_work", "kind": "purchase", "sells": "compute", "trigger": "@host_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@hosted_work_noun)>poss"}},
    # work moved onto a cloud: "A is moving (migrating) its training workloads to Google Cloud" (its own work,
    # not "A moved its headquarters to B")
    {"name": "moves_work_to", "kind": "purchase", "sells": "compute", "trigger": "move|migrate|shift|port",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">prep[to,onto]>pobj",
                              "_what": ">dobj(@hosted_work_noun|application|app|datum|data)>poss[its,their]"}},
    {"name": "hosts_work_for", "kind": "purchase", "sells": "compute", "trigger": "@host_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[for]>pobj", "_what": ">dobj(@hosted_work_noun)"}},
    {"name": "hosts_work_of_buyer", "kind": "purchase", "sells": "compute", "trigger": "@host_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@hosted_work_noun)>prep[for,of]>pobj"}},
    # ... or where they are hosted: "A's systems will be hosted in a data centre run by B (a B-operated data
    # centre)"
    *({"name": f"hosted_at_site_{how}", "kind": "purchase", "sells": "compute", "trigger": "@host_verb|house",
       "pos": "VERB", "roles": {"buyer": ">nsubjpass>poss", "seller": f">prep[in,at]>pobj(@site_word){owner}",
                                "_what": ">nsubjpass(@hosted_work_noun|system|server|cluster|model|hardware)"}}
      for how, owner in SITE_OWNERS),
    # ... passive: "B has been chosen by A to host its workloads"
    {"name": "chosen_by_to_host", "kind": "purchase", "sells": "compute", "trigger": "@choose_verb", "pos": "VERB",
     "roles": {"buyer": ">agent>pobj", "seller": ">nsubjpass", "_what": ">xcomp|advcl(@host_verb)>dobj(@hosted_noun)"}},
    # a seller chosen to supply (or make) what is bought: "A picked B to provide 200 megawatts of capacity", "B
    # was selected by A to supply its servers", "A chose B to make its chips" (what is supplied says the kind)
    {"name": "chooses_to_supply", "kind": "purchase", "trigger": "@choose_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_what": ">xcomp|advcl(@supply_verb|@make_verb)>dobj"}},
    {"name": "chosen_by_to_supply", "kind": "purchase", "trigger": "@choose_verb", "pos": "VERB",
     "roles": {"buyer": ">agent>pobj", "seller": ">nsubjpass", "_what": ">xcomp|advcl(@supply_verb|@make_verb)>dobj"}},
    # a seller chosen for its role: "A picked B as its chip supplier", "B was chosen by A as its cloud
    # provider", "A named B its preferred vendor" (the chooser buys; the seller noun says what)
    {"name": "chooses_as_seller", "kind": "purchase", "seller_noun": True, "trigger": "@choose_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_as": ">prep[as]>pobj(@seller_noun)"}},
    # ... or as its cloud partner: "A picked (names) B as its primary cloud and training partner" (a partner noun
    # only with the goods it names: not "as its launch partner")
    {"name": "chooses_as_cloud_partner", "kind": "purchase", "seller_noun": True, "trigger": "@choose_verb",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">dobj",
                              "_as": ">prep[as]>pobj(partner)>compound|amod|nmod(cloud|compute|computing|infrastructure)"}},
    {"name": "names_seller", "kind": "purchase", "seller_noun": True, "trigger": "@choose_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">dobj", "_as": ">oprd(@seller_noun)"}},
    # ... or made it: "A makes Azure its primary cloud provider" (the parser makes B the noun's subject, or the
    # verb's object with the noun its complement)
    *({"name": f"makes_seller_own{how}", "kind": "purchase", "seller_noun": True, "trigger": "make", "pos": "VERB",
       "roles": {"buyer": ">nsubj", **roles}}
      for how, roles in (("", {"seller": ">ccomp(@seller_noun)>nsubj", "_own": ">ccomp(@seller_noun)>poss[its,their]"}),
                         ("_object", {"seller": ">dobj", "_own": ">oprd|ccomp(@seller_noun)>poss[its,their]"}))),
    # ... and the tie as it stands: "A counts (lists) B as its main cloud provider", "C invested in A,
    # which counts B as its supplier"
    {"name": "counts_as_seller", "kind": "purchase", "seller_noun": True, "tie": True, "trigger": "@include_verb",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">dobj", "_as": ">prep[as]>pobj(@seller_noun)"}},
    # the seller's side of a sale: "A won a $2 billion contract from B", "A disclosed an order from B"
    # (not "A signed a contract for capacity from B", which A buys)
    # (the parser may hang "from B" on the order's worth: "A won an order worth $300 million from B")
    *({"name": f"order_from{how}", "kind": "purchase", "tie": True, "trigger": "order|contract",
       "roles": {"buyer": buyer, "seller": "<dobj(@win_verb)>nsubj"}}
      for how, buyer in (("", ">prep[from]>pobj"), ("_worth", ">amod(worth)>prep[from]>pobj"))),
    # the speaker as the seller of a purchase it reports that names no seller (`speaker`): "B said A
    # would buy $2 billion of its chips", "B said A had agreed to buy $30 billion of cloud capacity",
    # "B said A had signed a contract worth $14 billion for computing capacity"; B sells only what it
    # is known to sell (its role) or what the sentence calls its own ("its chips"), and not where the
    # purchase names a seller or the goods' maker, nor where B is described as an investor
    {"name": "speaker_sells", "kind": "purchase", "speaker": True, "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": "<ccomp(@speech_verb)>nsubj"}},
    {"name": "speaker_sells_agreed", "kind": "purchase", "speaker": True, "trigger": "@buy_verb", "pos": "VERB",
     "roles": {"buyer": "<xcomp>nsubj", "seller": "<xcomp<ccomp(@speech_verb)>nsubj"}},
    {"name": "speaker_sells_contract", "kind": "purchase", "speaker": True, "trigger": "@deal_noun|@purchase_noun",
     "pos": "NOUN", "roles": {"buyer": "<dobj>nsubj", "seller": "<dobj<ccomp(@speech_verb)>nsubj"}},
    # ... through an agreeing verb: "B said A had agreed to expand their contract by up to $6.5 billion"
    # (`contract_sold`: a contract that names nothing bought buys what the speaker sells)
    {"name": "speaker_sells_contract_agreed", "kind": "purchase", "speaker": True, "contract_sold": True,
     "trigger": "@deal_noun|@purchase_noun", "pos": "NOUN",
     "roles": {"buyer": "<dobj<xcomp>nsubj", "seller": "<dobj<xcomp<ccomp(@speech_verb)>nsubj"}},
    # ... and the purchase the contract is for, whose figure it states: "B said A had signed a
    # contract to buy $300 billion of computing power"
    {"name": "speaker_sells_contract_to_buy", "kind": "purchase", "speaker": True, "trigger": "@buy_verb",
     "pos": "VERB", "roles": {"buyer": "<acl(@deal_noun|@purchase_noun)<dobj>nsubj",
                              "seller": "<acl(@deal_noun|@purchase_noun)<dobj<ccomp(@speech_verb)>nsubj"}},
    # an order falling in the seller's period: "In B's latest quarter, A placed a $5 billion order",
    # "A put in a further $2 billion order during B's fiscal year" (an order of what B sells: `tie`);
    # only where the order names no seller of its own (`period`: "In B's quarter, A placed an order
    # with C", "... an order for C chips" are orders from C)
    {"name": "order_in_sellers_period", "kind": "purchase", "tie": True, "period": True, "trigger": "@order_verb",
     "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": ">prep[in,during,over]>pobj(@period_noun)>poss",
                              "_what": ">dobj(order)"}},
    {"name": "order_put_in_in_sellers_period", "kind": "purchase", "tie": True, "period": True,
     "trigger": "@order_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubj", "seller": ">prep[in,during,over]>pobj(@period_noun)>poss", "_what": ">prt[in]>pobj(order)"}},
    # an order placed for a vendor's goods: "A placed an order for B chips", "A put in a $2 billion
    # order for B's servers"
    {"name": "order_for_vendor_goods", "kind": "purchase", "trigger": "order", "pos": "NOUN",
     "roles": {"buyer": "<dobj(@order_verb)>nsubj", "seller": ">prep[for]>pobj>compound|poss"}},
    # an order placed (booked, put in) with its seller: "A booked an order with B for accelerators" (the subject
    # buys, whatever it sells itself; `object_words`: what the subject's own words say of its trade is no part of
    # what it orders, "the cloud start-up placed the order with B")
    # ... or from it: "A placed an order for servers from B" (the parser may hang "from B" on the verb, the order
    # or its goods; placed, not booked: "A books an order from B" is A's sale)
    # (`contract_sold`: an order that names nothing bought buys what its seller sells, "A placed an order with
    # Nvidia for 2,000 of them")
    *({"name": f"order_placed_with_seller{how}", "kind": "purchase", "trigger": trigger, "pos": "VERB",
       "object_words": True, "contract_sold": True,
       "roles": {"buyer": ">nsubj", "seller": seller, "_order": ">dobj(order)"}}
      for how, trigger, seller in (
          ("", "@order_verb", ">prep[with]>pobj"), ("_noun", "@order_verb", ">dobj(order)>prep[with]>pobj"),
          ("_from", "place|put|submit", ">prep[from]>pobj"),
          ("_from_noun", "place|put|submit", ">dobj(order)>prep[from]>pobj"),
          ("_from_goods", "place|put|submit", ">dobj(order)>prep[for]>pobj>prep[from]>pobj"))),
    # an order placed with its seller, named by the participle: "A paid 30% upfront on an order for servers placed
    # with B", "A has an order placed with B" (placed by the verb's subject: "A placed an order with B" is
    # `order_placed_with_seller`)
    *({"name": f"order_placed_with{how}{on}", "kind": "purchase", "trigger": "order", "pos": "NOUN",
       "roles": {"buyer": buyer, "seller": seller}}
      # (the parser may hang the participle on the goods: "an order for servers placed with B")
      for how, seller in (("", ">acl(@order_verb)>prep[with]>pobj"),
                          ("_goods", ">prep[for]>pobj>acl(@order_verb)>prep[with]>pobj"))
      for on, buyer in (("", "<dobj>nsubj"), ("_on", "<pobj<prep>nsubj"))),
    # ... goods that the seller makes or delivers: "A placed orders for racks that B will deliver"
    {"name": "order_for_goods_seller_delivers", "kind": "purchase", "trigger": "order", "pos": "NOUN",
     "roles": {"buyer": "<dobj(@order_verb)>nsubj", "seller": ">>prep[for]>pobj>relcl(@supply_verb|@make_verb)>nsubj"}},
    # ... or a purchase agreement signed for them: "A signed a purchase agreement for B systems" (the
    # noun says it buys: "A signed an agreement for B's chip design" buys nothing)
    {"name": "purchase_deal_for_vendor_goods", "kind": "purchase", "trigger": "@deal_noun", "pos": "NOUN",
     "roles": {"buyer": "<dobj(@deal_verb)>nsubj", "seller": ">prep[for]>pobj>compound|poss",
               "_buying": ">compound(purchase|supply|procurement)"}},
    # ... and by the buyer's possessive: "A's $10 billion order for B accelerators was confirmed"
    {"name": "order_poss_for_vendor_goods", "kind": "purchase", "trigger": "order", "pos": "NOUN",
     "roles": {"buyer": ">poss", "seller": ">prep[for]>pobj>compound|poss"}},
    {"name": "order_put_in_for_vendor_goods", "kind": "purchase", "trigger": "order", "pos": "NOUN",
     "roles": {"buyer": "<pobj<prt[in]>nsubj", "seller": ">prep[for]>pobj>compound|poss"}},
    # a seller landing a deal with its buyer: "Dell lands $2.3 billion server deal with Northwind" (what the
    # deal noun names says the kind; "secured a deal with B" is as often a buyer's)
    {"name": "lands_deal_with", "kind": "purchase", "trigger": "@landed_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@deal_noun)>prep[with]>pobj"}},
    {"name": "wins_order_from", "kind": "purchase", "tie": True, "trigger": "@win_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[from]>pobj", "_what": ">dobj(order|contract)"}},
    # ... or a buyer's commitment won, to rent or buy from the winner: "B secured a commitment from A to lease
    # 1.2 GW of capacity at its campus", "B won an agreement from A to buy its servers" (the parser may hang the
    # infinitive on the verb)
    *({"name": f"wins_commitment_from_to_buy{how}", "kind": "purchase", "trigger": "@win_verb", "pos": "VERB",
       "roles": {"seller": ">nsubj", "buyer": ">dobj(commitment|agreement|pledge|contract|deal)>prep[from]>pobj",
                 "_buy": buy + "(@rent_verb|take|buy|purchase|use|reserve)"}}
      for how, buy in (("", ">dobj>acl"), ("_verb", ">xcomp|advcl"))),
    # ... the buyer named in the contract's name: "B won a $2 billion Microsoft contract"
    {"name": "wins_named_order", "kind": "purchase", "tie": True, "trigger": "@win_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj(order|contract)>compound|poss"}},
    # makers, builders and installers sell what they make for the buyer: "B will make A's chips",
    # "B will make chips for A", "A signed a deal under which B will make its chips", "B will
    # fabricate CPUs that A will use", "B will run data centres for A", "B installing systems in A's
    # data centres", "a campus built (under construction) by B for A" (a builder of data-centre
    # capacity sells it: `tie`)
    {"name": "makes_poss_goods", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj>poss"}},
    {"name": "makes_for", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[for]>pobj", "_what": ">dobj"}},
    {"name": "makes_goods_for", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj>prep[for]>pobj"}},
    # capacity put in place and run for a buyer: "B will deploy GPUs for A", "B struck a deal to deploy
    # Nvidia systems for A", "B will host and operate 50,000 GPUs for A", "B will operate 250 MW of
    # capacity for A" (the deployer sells capacity,
    # whatever it deploys, unless it is known to sell chips: `sells`)
    {"name": "deploys_for", "kind": "purchase", "sells": "compute", "trigger": "@deploy_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[for]>pobj", "_what": ">dobj"}},
    {"name": "deploys_goods_for", "kind": "purchase", "sells": "compute", "trigger": "@deploy_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj>>prep[for]>pobj"}},
    # ... the second of two verbs sharing the first's object: "a data centre that B will build and run for A"
    {"name": "deploys_shared_object_for", "kind": "purchase", "sells": "compute", "trigger": "@deploy_verb",
     "pos": "VERB", "roles": {"seller": "<conj>nsubj", "buyer": ">prep[for]>pobj", "_what": "<conj>dobj"}},
    # ... and said of the capacity: "a cluster run for A by B", "GPUs operated for A by B"
    {"name": "deployed_for_by", "kind": "purchase", "sells": "compute", "trigger": "@deploy_verb", "pos": "VERB",
     "roles": {"seller": ">agent>pobj", "buyer": ">prep[for]>pobj"}},
    # ... the site named in apposition: "B builds and operates the Abilene, Texas campus for A"
    {"name": "deploys_named_site_for", "kind": "purchase", "sells": "compute", "trigger": "@deploy_verb", "pos": "VERB",
     "site": True, "roles": {"seller": ">nsubj", "buyer": ">dobj>appos(@site_word)>prep[for]>pobj",
                             "_what": ">dobj>appos(@site_word)"}},
    # a site built for a buyer: "B is building a data centre in Texas for A" (GUIDELINES "Cloud and
    # data-centre ties": a firm that builds data-centre capacity for A sells A compute; a `site`
    # pattern's site is a campus or a data centre, not "a research center")
    {"name": "builds_site_for", "kind": "purchase", "sells": "compute", "trigger": "@make_verb|develop", "pos": "VERB",
     "site": True, "roles": {"seller": ">nsubj", "buyer": ">prep[for]>pobj", "_what": ">dobj(@site_word)"}},
    {"name": "builds_site_for_buyer", "kind": "purchase", "sells": "compute", "trigger": "@make_verb|develop",
     "pos": "VERB", "site": True,
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@site_word)>prep[for]>pobj", "_what": ">dobj(@site_word)"}},
    # ... the buyer's own site: "B is constructing A's flagship campus", "B will run A's data centres"
    {"name": "builds_poss_site", "kind": "purchase", "sells": "compute", "trigger": "@make_verb|develop|operate|run",
     "pos": "VERB", "site": True,
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@site_word)>poss", "_what": ">dobj(@site_word)"}},
    # ... for the buyer's use: "B will deploy GPUs in its data centres for A's use" (wherever the parse hangs "for")
    {"name": "deploys_for_use", "kind": "purchase", "sells": "compute", "trigger": "@deploy_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">>prep[for]>pobj(use)>poss", "_what": ">dobj"}},
    # designing a buyer's chips sells them as making them does: "B will design custom chips for A",
    # "B is developing A's accelerators" (chips only: "designed a logo for A" is no sale; "B and A will
    # co-design A's chips" is work done together)
    {"name": "designs_chips_for", "kind": "purchase", "trigger": "@design_for_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[for]>pobj", "_what": ">dobj(@hardware_goods_word)"}},
    {"name": "designs_chips_for_buyer", "kind": "purchase", "trigger": "@design_for_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj(@hardware_goods_word)>prep[for]>pobj"}},
    # (`unless_helped`: "B has helped engineer A's chips" is co-design, `helps_design`; "B helps design chips for
    # A" is still a sale)
    {"name": "designs_poss_chips", "kind": "purchase", "trigger": "@design_for_verb", "pos": "VERB",
     "unless_helped": True, "roles": {"seller": ">nsubj", "buyer": ">dobj(@hardware_goods_word)>poss"}},
    # a chip taped out at its maker: "A has taped out its second chip at B's foundry" (`sells`: chips, whatever
    # the object says; not "with B", a design partner perhaps; the tagger may read "taped" as "tap"; the parser
    # may hang "at B" on the chip)
    *({"name": f"tapes_out_at_maker{how}", "kind": "purchase", "sells": "chips", "trigger": "tape|tap",
       "pos": "VERB", "roles": {"buyer": ">nsubj", "seller": f"{path}>prep[at]>pobj", "_out": ">prt[out]"}}
      for how, path in (("", ""), ("_chip", ">dobj"))),
    # ... at the maker's fab or on its process, the buyer making its own design there: "A will produce its
    # accelerator on the B 18A process", "A will make its chips at B's plants"
    # (a possessive by name: "on its process" is the subject's own)
    *({"name": f"made_on_makers_process{how}", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": f">>prep[on,at]>pobj(process|node|fab|plant|factory|foundry)>{owner}",
                 "_what": ">dobj(@hardware_goods_word)", **named}}
      for how, owner, named in (("", "compound", {}), ("_poss", "poss", {
          "_named": ">>prep[on,at]>pobj(process|node|fab|plant|factory|foundry)>poss>case"}))),
    # ... in the passive: "A's chip will be fabricated on B's 3-nanometre process"
    {"name": "made_on_makers_process_passive", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
     "roles": {"buyer": ">nsubjpass>poss", "seller": ">prep[on,using,with]>pobj(process|node)>poss"}},
    # ... or made by the maker at the buyer's bidding: "A will have B manufacture its chips" (a negation of
    # "have" denies it, `status.clause_status`), "A got B to make its first chip" (the parser makes B the subject
    # of "make" or the object of "got")
    *({"name": f"has_maker_make{how}", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
       "roles": {"seller": seller, "buyer": buyer, "_what": ">dobj"}}
      for how, seller, buyer in (("", ">nsubj", "<ccomp(have|get)>nsubj"),
                                 ("_got", "<xcomp(get)>dobj", "<xcomp(get)>nsubj"))),
    # ... and had made by it, as agreed: "A agreed (signed on) to have B build a custom chip" (not "A refused to
    # have B make its chips", nor "A would not have B make them": the verb above says what was agreed)
    {"name": "agreed_to_have_maker_make", "kind": "purchase", "trigger": "@make_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": "<ccomp(have|get)<xcomp|advcl(agree|sign|contract|arrange)>nsubj",
               "_what": ">dobj(@hardware_goods_word)"}},
    {"name": "makes_under_deal", "kind": "purchase", "trigger": "@make_verb|@supply_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": "<relcl(@deal_noun)<dobj>nsubj"}},
    # ... or supplies under a deal made with the buyer: "B will supply the site with electricity under an
    # agreement signed with A", "B will deliver the racks under a contract with A"
    # (`plain_terms`: the verb names no recipient of its own, and the deal is a sale, not a licence or a financing)
    *({"name": f"supplies_under_deal_with{how}", "kind": "purchase", "trigger": "@supply_verb", "pos": "VERB",
       "plain_terms": True,
       "roles": {"seller": ">nsubj", "buyer": f">prep[under]>pobj(contract|agreement|deal|order|pact){path}>pobj"}}
      for how, path in (("", ">prep[with]"), ("_signed", ">acl(@deal_verb)>prep[with]"))),
    {"name": "makes_goods_buyer_uses", "kind": "purchase", "trigger": "@make_verb|@supply_verb|design", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">dobj>relcl(@use_verb)>nsubj"}},
    {"name": "installs_in", "kind": "purchase", "trigger": "@install_verb", "pos": "VERB",
     "roles": {"seller": ">nsubj", "buyer": ">prep[in,at,into,inside]>pobj>poss"}},
    # ... a site built or run for one buyer's use: "B will build and operate a campus dedicated to A's cloud" (the
    # parser may hang "dedicated" on the site, the verb or the place named: "a campus in Pune dedicated to A")
    *({"name": f"builds_site_dedicated_to{how}{whose}", "kind": "purchase", "site": True, "pos": "VERB",
       "trigger": "@make_verb|operate|run|develop",
       "roles": {"seller": ">nsubj", "buyer": f"{where}(dedicate|reserve)>prep[to,for]>pobj{owner}",
                 "_what": ">dobj(@site_word)"}}
      for how, where in (("", ">dobj>acl"), ("_clause", ">advcl"), ("_place", ">prep[in,at]>pobj>acl"))
      for whose, owner in (("", ""), ("_owner", "(cloud|customer|workload|service|platform|region)>poss"))),
    {"name": "built_by_for", "kind": "purchase", "tie": True, "trigger": "@make_verb|@deploy_verb|construction",
     "roles": {"seller": ">agent|prep[by]>pobj", "buyer": ">prep[for]>pobj"}},
    {"name": "built_by_x_for", "kind": "purchase", "tie": True, "trigger": "@make_verb|construction",
     "roles": {"seller": ">agent|prep[by]>pobj", "buyer": ">agent|prep[by]>pobj>prep[for]>pobj"}},
    {"name": "under_construction_by_for", "kind": "purchase", "tie": True, "trigger": "construction",
     "roles": {"seller": "<pobj<prep>agent|prep[by]>pobj", "buyer": "<pobj<prep>prep[for]>pobj"}},
    # a deal with another to buy or rent from it: "A signed an agreement with B to rent GPU capacity" (A rents,
    # whatever the names say of their trades; the parser may hang the infinitive on the verb)
    *({"name": f"deal_with_to_buy{how}", "kind": "purchase", "trigger": "@deal_verb", "pos": "VERB",
       "roles": {"buyer": ">nsubj", "seller": ">dobj(@deal_noun)>prep[with]>pobj", "_to": to}}
      for how, to in (("", ">dobj(@deal_noun)>acl(@rent_verb|@buy_verb|reserve)"),
                      ("_verb", ">xcomp|advcl(@rent_verb|@buy_verb|reserve)"))),
    {"name": "deal_with", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB", "unless_won": True,
     "roles": {"party": ">nsubj", "counterparty": ">dobj(@deal_noun)>prep[with]>pobj"}},
    # "A signed a deal with B" where "with B" hangs from the verb, or from the deal's
    # size ("struck a deal worth $2 billion with B", "an agreement valued at $1 billion with B")
    {"name": "deal_verb_with", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB",
     "roles": {"party": ">nsubj", "counterparty": ">prep[with]>pobj", "_deal": ">dobj(@deal_noun)"}},
    {"name": "deal_worth_with", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB",
     "roles": {"party": ">nsubj", "counterparty": ">dobj(@deal_noun)>amod|acl>prep[with]>pobj"}},
    # ... or from what the deal is for: "A signed a contract for 4.5 gigawatts with B" (the parser hangs
    # "with B" on the deal's object, on the noun's "for" or on the verb's)
    *({"name": f"deal_for_with{how}", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB",
       "roles": {"party": ">nsubj", "counterparty": path, "_deal": ">dobj(@deal_noun)"}}
      for how, path in (("", ">dobj>prep[for]>pobj>prep[with]>pobj"), ("_verb", ">prep[for]>pobj>prep[with]>pobj"))),
    # ... or from what the deal is of: "A signed a memorandum of understanding (a letter of intent) with B"
    {"name": "deal_of_intent_with", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB",
     "roles": {"party": ">nsubj", "counterparty": ">dobj(@deal_noun)>prep[of]>pobj(understanding|intent)>prep[with]>pobj"}},
    {"name": "deal_noun_with", "kind": "deal", "trigger": "@deal_noun",
     "roles": {"party": ">poss", "counterparty": ">prep[with]>pobj"}},
    {"name": "deal_noun_between", "kind": "deal", "trigger": "@deal_noun",
     "roles": {"parties": ">prep[between]>pobj"}},
    # the deal a relative clause says who made: "the $17.4 billion contract A signed with B" (not "an
    # order A placed with B", which says what kind of deal it is: a purchase)
    *({"name": f"deal_signed_with{how}", "kind": "deal", "trigger": "deal|contract|agreement|pact|arrangement",
       "roles": {"party": party, "counterparty": counterparty}}
      for how, party, counterparty in (("", ">relcl(@deal_verb)>nsubj", ">relcl(@deal_verb)>prep[with]>pobj"),
                                       # (the parser may take A for the deal's apposition, its verb for A's clause)
                                       ("_appos", ">appos", ">appos>acl(@deal_verb)>prep[with]>pobj"))),
    # "a five-year contract was signed between A and B" (the deal noun the passive's subject)
    {"name": "deal_made_between", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB",
     "roles": {"parties": ">prep[between]>pobj", "_deal": ">nsubjpass(@deal_noun)"}},
    # "A and B signed a deal" (with each other); not "A and B signed contracts with C" (`together`)
    {"name": "struck_deal_together", "kind": "deal", "trigger": "@deal_verb", "pos": "VERB", "together": True,
     "roles": {"parties": ">nsubj", "_deal": ">dobj(@deal_noun)"}},
    # ---- distribution: the model's maker -> the platform that offers it -------------------
    {"name": "offered_on", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
     "roles": {"model": ">nsubjpass", "platform": ">prep[in,on,through,via,into,inside,within]>pobj"}},
    # ... or bought there by its users: "A's model can now be bought (purchased) through B's Vertex AI"
    {"name": "bought_through", "kind": "distribution", "trigger": "buy|purchase", "pos": "VERB",
     "roles": {"model": ">nsubjpass", "platform": ">prep[through,via]>pobj"}},
    # offered (available) to a platform's users: "A's models will be offered to customers of B", "... to
    # B's customers", "A's assistant is available to B cloud customers"
    *({"name": f"offered_to_users_{how}", "kind": "distribution", "trigger": "@offer_verb|@give_verb", "pos": "VERB",
       "roles": {"model": ">nsubjpass", "platform": path}} for how, path in _USERS_OF_PLATFORM.items()),
    *({"name": f"available_to_users_{how}", "kind": "distribution", "trigger": "@available_adj",
       "roles": {"model": "<acomp|oprd>nsubj|nsubjpass", "platform": path}} for how, path in _USERS_OF_PLATFORM.items()),
    # ... made so: "A agreed to make its models available to customers of B" (the adjective's own subject)
    *({"name": f"made_available_to_users_{how}", "kind": "distribution", "trigger": "@available_adj",
       "roles": {"model": ">nsubj", "platform": path}} for how, path in _USERS_OF_PLATFORM.items()),
    # ... and where they reach it: "A's model is offered to developers inside B's Foundry"
    {"name": "offered_to_users_on", "kind": "distribution", "trigger": "@offer_verb|@give_verb", "pos": "VERB",
     "roles": {"model": ">nsubjpass", "platform": _USERS_ON_PLATFORM}},
    {"name": "available_to_users_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<acomp|oprd>nsubj|nsubjpass", "platform": _USERS_ON_PLATFORM}},
    # ... and where it is offered, a relative clause on the platform: "B's Bedrock, where A's models have
    # been sold since 2023" (on the last of a list of platforms: "B's Bedrock and C's Vertex, where ...")
    *({"name": f"offered_where{how}", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
       "roles": {"model": ">nsubjpass", "platform": path, "_where": ">advmod[where]"}}
      for how, path in {"": "<relcl", "_listed": "<relcl<conj"}.items()),
    # ... through a platform, however far the parser hangs it: "A's models are offered to enterprise
    # customers through B's Foundry"
    {"name": "offered_far_through", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
     "roles": {"model": ">nsubjpass", "platform": ">>prep[through,via]>pobj"}},
    # ... on platforms named by who runs them: "A's models are offered on cloud platforms operated by B and C"
    # (and the second of two places: "offered through its own app and on platforms run by B")
    *({"name": f"offered_on_platforms_run_by{how}", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
       "roles": {"model": ">nsubjpass", "platform": f"{prep}[on,through,via]>pobj>acl(operate|run|own)>agent>pobj"}}
      for how, prep in {"": ">prep", "_second": ">prep>conj"}.items()),
    {"name": "offered_by", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
     "roles": {"model": ">nsubjpass", "platform": ">agent>pobj"}},
    {"name": "platform_offers", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj", "model": ">dobj"}},
    # (the parser may read a named model as the one offered to: "B will offer Tarn 3 through its catalogue", with
    # "Tarn" a dative; `models_only`: never "B will offer customers a discount")
    # (`split_version`: the verb's only object, if any, the version number: not "offer Claude users free credits")
    {"name": "platform_offers_named_model_read_as_dative", "kind": "distribution",
     "trigger": "offer|sell|resell|distribute|list|carry|host|serve", "pos": "VERB", "models_only": True,
     "split_version": True, "roles": {"platform": ">nsubj", "model": ">dative"}},
    # ... shipped on its devices, named as a model ("Samsung will ship A's compact models on its phones"; not
    # "lets us ship it this year")
    {"name": "platform_ships", "kind": "distribution", "trigger": "ship", "pos": "VERB",
     "roles": {"platform": ">nsubj", "model": ">dobj(@model_noun)"}},
    # ... or a named model shipped on its devices: "Samsung ships Google's Gemini on its phones" (`models_only`:
    # a model or product, not chips: "B ships Blackwell systems")
    {"name": "platform_ships_named_model", "kind": "distribution", "trigger": "ship", "pos": "VERB",
     "models_only": ("Model",), "roles": {"platform": ">nsubj", "model": ">dobj",
                                         "_on": ">prep[on,inside,as]>pobj"}},
    # ... a product of its own that runs on one: "B will offer a Claude-powered assistant to its customers", "an
    # A-powered helpdesk agent" (`no_chip_maker`: not "an Nvidia-powered service", which runs on chips)
    *({"name": f"platform_offers_powered{how}", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
       "no_chip_maker": True,
       "roles": {"platform": ">nsubj", role: f">dobj({_POWERED_PRODUCTS})>amod|compound(power)>npadvmod|compound"}}
      for how, role in (("", "model"), ("_maker", "maker"))),
    # ... models from their maker, where the parser hangs "from A" on the verb: "B agreed to bundle models from
    # A into its suite"
    {"name": "platform_offers_models_from_maker", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj", "model": ">prep[from,by]>pobj", "_models": ">dobj(@model_noun)"}},
    # ... or runs, lists or packages a named model for its users: "B is running Vexa 3 for developers",
    # "B began listing Vexa 3 in its catalogue" (`models_only`: the object a named model or product, not
    # a company, a site or shares: "B runs Stargate", "B listed its shares"; or only the types it names)
    {"name": "platform_runs_models", "kind": "distribution", "trigger": "run|list|package", "pos": "VERB",
     "models_only": True, "roles": {"platform": ">nsubj", "model": ">dobj"}},
    # ... or powers its own product with one: "B will use A's Gemini to power Siri" (`models_only`: a
    # model, never a cloud product: "A will use Azure to run its models" buys capacity)
    {"name": "uses_model_to_power", "kind": "distribution", "trigger": "use|tap|pick|choose|select|adopt",
     "pos": "VERB", "models_only": ("Model",),
     "roles": {"platform": ">nsubj", "model": ">dobj", "_to": ">xcomp|advcl(power|run|drive|underpin)"}},
    # ... or powers another's product: "A's models will power B's assistant", "Claude will power Amazon's new
    # Alexa assistant", "A's model will power the assistant in B's Xcelerator software" (a product of the
    # platform's own, never "Nvidia chips will power Meta's data centre")
    *({"name": f"model_powers_product{how}", "kind": "distribution", "trigger": "power|underpin", "pos": "VERB",
       "roles": {"model": ">nsubj", "platform": path}}
      for how, path in (("", ">dobj(@own_product_noun)>poss"),
                        ("_in", ">dobj(@own_product_noun)>prep[in,inside,within,across]>pobj>poss"))),
    # ... a product of another maker named: "A's models will power Microsoft Copilot", "... will power Siri"
    # (the subject's noun says models: not "Nvidia chips will power Meta Superintelligence Labs"; `named_product`:
    # the object is a named product or model, not "A's models will power B's growth")
    {"name": "models_power_named_product", "kind": "distribution", "trigger": "power|underpin", "pos": "VERB",
     "named_product": True, "roles": {"model": ">nsubj(@model_noun)", "platform": ">dobj"}},
    # ... or makes it the default on its devices: "A signed a deal to make Gemini the default assistant on
    # B phones"
    {"name": "made_default_on", "kind": "distribution", "trigger": "make", "pos": "VERB", "models_only": True,
     "roles": {"model": ">ccomp|oprd>nsubj", "platform": ">ccomp|oprd>prep[on,in,across]>pobj",
               "_default": ">ccomp|oprd>compound|amod[default]"}},
    # ... by the platform itself, of its own product: "B will make A's Claude the default assistant inside its
    # app"; the company named for its product: "B will make Perplexity the default search engine in its browser"
    # (its maker the subject: "A will make Claude the default in B's app" is `made_default_on`)
    *({"name": f"made_default_own{how}", "kind": "distribution", "trigger": "make|set", "pos": "VERB",
       **extra, "roles": {role: ">ccomp|oprd>nsubj", "platform": ">nsubj",
                          "_default": ">ccomp|oprd>compound|amod[default]"}}
      for how, role, extra in (("", "model", {"models_only": True}), ("_maker", "maker", {}))),
    # ... or is the default one there: "A's GPT-5 stays (is) the default model in B's Copilot", "A remains the
    # default search engine in B's Safari"
    *({"name": f"is_default_in{how}", "kind": "distribution", "trigger": "@model_noun|option|choice|engine",
       "pos": "NOUN", **extra, "roles": {role: "<attr|dobj(be|remain|stay|become)>nsubj",
                                         "platform": ">prep[in,on,inside,across,within]>pobj",
                                         "_default": ">amod|compound[default]"}}
      for how, role, extra in (("", "model", {"models_only": True}), ("_maker", "maker", {}))),
    # ... or paid to be: "A pays B $20 billion a year to be the default search engine in its browser"
    {"name": "paid_to_be_default", "kind": "distribution", "trigger": "pay", "pos": "VERB",
     "roles": {"maker": ">nsubj", "platform": ">dative|dobj",
               "_default": ">xcomp(be|remain|stay|become)>attr>amod|compound[default]"}},
    # ... on its devices as they are sold: "B's phones come preloaded with A's assistant", "B laptops are
    # bundled with A's chatbot" (the devices' owner offers it)
    *({"name": f"devices_preloaded_with{how}", "kind": "distribution", "trigger": "preload|preinstall|bundle",
       "pos": "VERB", "roles": {"platform": path, "model": ">prep[with]>pobj"}}
      # (the parser may take "come" for the passive's auxiliary and hang the subject on it)
      for how, path in {"": ">nsubj|nsubjpass>poss|compound", "_come": ">auxpass(come)>nsubj>poss|compound"}.items()),
    # ... shipped with it on them: "B ships its phones with A's assistant preinstalled" (the parser makes
    # the model the participle's subject, or "with" hung on the devices)
    *({"name": f"ships_devices_with_preinstalled{how}", "kind": "distribution", "trigger": "preinstall|preload|bundle",
       "pos": "VERB", "roles": {"platform": "<ccomp|advcl|xcomp(ship|sell|launch|offer)>nsubj", "model": model}}
      for how, model in (("", ">nsubj"), ("_with", "<ccomp|advcl|xcomp(ship|sell|launch|offer)>dobj>prep[with]>pobj"))),
    # ... or shipped as their default: "B will ship A's Gemini assistant as the default helper on its phones",
    # "B set A's model as the default in its app"
    # (the company named for its product: "B uses A as its default search engine")
    *({"name": f"shipped_as_default{how}", "kind": "distribution", "pos": "VERB",
       "trigger": "ship|@preinstall_verb|include|feature|set|put|offer|integrate|use|adopt|deploy|pick|choose|select",
       "roles": {"platform": ">nsubj", role: ">dobj", "_default": ">prep[as]>pobj>>amod|compound[default]"}}
      for how, role in (("", "model"), ("_maker", "maker"))),
    # ... devices that come (ship) with it preinstalled: "every B laptop will come with A's assistant
    # preinstalled", "the handheld from B ships with A's Le Chat preinstalled" (the parser makes the model
    # the participle's subject or the object of "with")
    *({"name": f"devices_come_with_preinstalled{how}{whose}", "kind": "distribution", "trigger": "come|ship|arrive",
       "pos": "VERB", "roles": {"platform": owner, "model": model, "_pre": pre}}
      for whose, owner in (("", f">nsubj({_SOLD_UNITS})>poss|compound"),
                           ("_from", f">nsubj({_SOLD_UNITS})>>prep[from,by]>pobj"))
      for how, model, pre in (
          ("", ">prep[with]>pobj", ">advcl|xcomp|oprd|acomp(@preinstall_verb|install)"),
          ("_acl", ">prep[with]>pobj", ">prep[with]>pobj>acl(@preinstall_verb|install)"),
          ("_subject", ">advcl(@preinstall_verb|install)>nsubj", ">advcl(@preinstall_verb|install)"))),
    # ... with an assistant, named as such, on board: "B's new phones will ship with A's assistant" (not an
    # engine or a model, which may be a car's: "Ford's new models will come with Toyota's hybrid engine")
    *({"name": f"devices_come_with_assistant{whose}", "kind": "distribution", "trigger": "come|ship|arrive|launch",
       "pos": "VERB", "roles": {"platform": owner, "model": ">prep[with]>pobj(assistant|chatbot|copilot)"}}
      for whose, owner in (("", f">nsubj({_SOLD_UNITS})>poss|compound"),
                           ("_from", f">nsubj({_SOLD_UNITS})>>prep[from,by]>pobj"))),
    # ... or on the devices of a maker named after them: "A's assistant will ship on new smart TVs from B",
    # "A's ChatGPT will be available as a built-in app on TVs from B" ("from B" hung on the devices or the app)
    *({"name": f"on_devices_from{how}{hung}", "kind": "distribution", "trigger": trigger, "pos": pos,
       "models_only": True, "roles": {"model": model, "platform": f"{on}>prep[from,by]>pobj", **devices}}
      for how, trigger, pos, model in (("", "ship|come|arrive|run|launch|appear|debut", "VERB", ">nsubj"),
                                       ("_available", "available", "ADJ", "<acomp>nsubj"))
      # ("from B" on the devices, or on the app that is on them: "as a built-in app on TVs from B"; never an
      # app "from" a store alone, a listing every app has)
      for hung, on, devices in (
          ("", f">prep[on,in,across,inside]>pobj({_SOLD_UNITS})", {}),
          ("_app", f">prep[as]>pobj>prep[on,in,across,inside]>pobj({_SOLD_UNITS})", {}),
          ("_app_from", ">prep[as]>pobj(app|application|assistant|feature)",
           {"_on": f">prep[as]>pobj>prep[on,in,across,inside]>pobj({_SOLD_UNITS})"}))),
    # ... or preinstalled on them: "A's Copilot app will come preinstalled on every B unit"
    {"name": "preinstalled_on_devices", "kind": "distribution", "trigger": "@preinstall_verb", "pos": "VERB",
     "roles": {"model": ">nsubjpass", "platform": f">prep[on,in,across]>pobj({PREINSTALLED_ON})>poss|compound"}},
    # ... named by their maker: "A's Edge models have been preloaded on B notebooks since 2024", "A models come
    # preloaded on B phones"
    {"name": "makers_preinstalled_on_devices", "kind": "distribution", "trigger": "@preinstall_verb", "pos": "VERB",
     "roles": {"maker": ">nsubjpass(@model_noun|assistant|app|software|chatbot)>poss|compound|amod",
               "platform": f">prep[on,in,across]>pobj({PREINSTALLED_ON})>poss|compound"}},
    # (... or comes so: "A's assistant will come (ship) pre-installed on B laptops", the participle read as a verb
    # or an adjective)
    {"name": "comes_preinstalled_on_devices", "kind": "distribution", "trigger": "@preinstall_verb",
     "roles": {"model": "<acomp|advcl|xcomp|oprd(come|ship|arrive)>nsubj",
               "platform": f">prep[on,in,across]>pobj({PREINSTALLED_ON})>poss|compound"}},
    # ... or preinstalled there by the devices' maker: "B will preinstall A's Lumen-3 on its laptops"
    {"name": "maker_preinstalls_on_devices", "kind": "distribution", "trigger": "@preinstall_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj", "model": ">dobj", "_on": f">prep[on,in,across,into]>pobj({PREINSTALLED_ON})"}},
    # ... or another maker's, named by who made it: "B will preinstall a model developed by A on its TVs", "B will
    # preinstall an assistant from A on its laptops", "B would preload an A-powered assistant on its phones"
    # (the parser may hang "on its TVs" on the maker's participle)
    *({"name": f"maker_preinstalls_others_on_devices{how}{hung}", "kind": "distribution",
       "trigger": "@preinstall_verb", "pos": "VERB",
       "roles": {"platform": ">nsubj", "maker": f">dobj{path}",
                 "_on": f"{on}prep[on,in,across,into]>pobj({PREINSTALLED_ON})"}}
      for how, path, under in (("_made_by", ">acl(develop|build|make|create|train)>agent>pobj",
                                ">acl(develop|build|make|create|train)"),
                               ("_from", ">prep[from,by]>pobj", ">prep[from,by]>pobj"),
                               ("_powered", ">amod|compound(power)>npadvmod|compound", None))
      for hung, on in (("", ">"), ("_under_maker", f">dobj{under}>")) if under or not hung),
    # ... or preinstalled by the model's maker on another's devices: "A agreed to preinstall its assistant on
    # handsets sold by B", "A will preinstall its assistant on B laptops"
    *({"name": f"maker_preinstalls_own_on_devices{how}{hung}", "kind": "distribution", "trigger": "@preinstall_verb",
       "pos": "VERB", "roles": {"maker": ">nsubj", "_own": ">dobj>poss[its,their]",
                                "platform": f"{on}prep[on,in,across,into]>pobj({PREINSTALLED_ON}){path}"}}
      for how, path in (("", ">poss|compound"), ("_sold_by", ">acl(sell|make|build)>agent>pobj"))
      for hung, on in (("", ">"), ("_object", ">dobj>"))),
    # ... resold: "B will resell A's platform to its clients" (another company's product, whatever it is called)
    # (or distributed, where what is distributed is goods, software or models, not money, shares or power:
    # "B will distribute A's accelerators")
    *({"name": f"resells_owners_product{how}", "kind": "distribution", "trigger": trigger, "pos": "VERB",
       "roles": {"platform": ">nsubj", "maker": maker}}
      for how, trigger, maker in (("", "resell|white-label", ">dobj>poss"),
                                  ("_distributed", "distribute", f">dobj({_CARRIED})>poss"))),
    # ... its products named by their maker: "B distributes processors from A and C", "B resells servers made
    # by A" (the parser may hang "from A" on the verb)
    *({"name": f"distributes_goods_from{how}", "kind": "distribution", "trigger": "resell|distribute",
       "pos": "VERB", "roles": {"platform": ">nsubj", "maker": maker, "_what": f">dobj({_CARRIED})"}}
      for how, maker in (("", ">dobj>prep[from,by]>pobj"), ("_verb", ">prep[from]>pobj"),
                         ("_made_by", ">dobj>acl(make|build|design|develop|produce)>agent>pobj"))),
    # ... downloaded from a hub: "Skarn 2 can be downloaded from B", "developers can download Skarn 2 from B"
    *({"name": f"downloaded_from{how}", "kind": "distribution", "trigger": "download", "pos": "VERB",
       "models_only": True, "roles": {"model": model, "platform": ">prep[from,on,via,through]>pobj"}}
      for how, model in (("", ">nsubjpass"), ("_active", ">dobj"))),
    # ... as its reseller: "B is a reseller (distributor) of A's models"
    {"name": "reseller_of", "kind": "distribution", "trigger": "reseller|distributor",
     "roles": {"platform": "<attr>nsubj", "model": ">prep[of]>pobj"}},
    # ... of a company's products, where a word says it is the maker's own ("B is an authorised distributor for
    # A and C", not "the preferred distributor for carmakers such as A": its customers), or of its goods named
    # ("B is the exclusive distributor of A's K2 chip in Japan")
    *({"name": f"distributor_for{how}", "kind": "distribution", "trigger": "reseller|distributor",
       "roles": {"platform": "<attr>nsubj", "maker": maker, **extra}}
      for how, maker, extra in (
          ("", ">prep[for]>pobj", {"_named": ">amod[authorised,authorized,franchised,official,exclusive,sole]"}),
          ("_goods", f">prep[of,for]>pobj({_CARRIED})>poss", {}))),
    # ... signed on as its reseller: "A has signed B as a reseller", "A appointed B as its distributor"
    {"name": "signed_as_reseller", "kind": "distribution", "pos": "VERB",
     "trigger": "sign|appoint|name|add|enlist|recruit|choose|pick|select|tap",
     "roles": {"maker": ">nsubj", "platform": ">dobj", "_as": ">prep[as]>pobj(reseller|distributor)"}},
    # ... under a resale deal it made with the maker: "B signed a reseller agreement with A", "B, which struck
    # a distribution deal with A" (the parser may hang "with A" on the verb)
    # (`maker_by_role`: where B makes models and A does not, or A is known to own a platform and B is not, A
    # sells B's: "Mistral signed a distribution deal with Cisco"; no resale at all where the deal's word names
    # energy or money: "a power distribution agreement")
    *({"name": f"resale_deal_with{how}", "kind": "distribution", "trigger": "@deal_verb", "pos": "VERB",
       "maker_by_role": True,
       "roles": {"platform": ">nsubj", "maker": maker,
                 "_resale": ">dobj(@deal_noun)>compound|amod(reseller|distribution|resale|reselling|distributor)"}}
      for how, maker in (("", ">dobj(@deal_noun)>prep[with]>pobj"), ("_verb", ">prep[with]>pobj"),
                         # (the parser may read "with A covering Europe" as a clause, A its subject)
                         ("_covering", ">dobj(@deal_noun)>prep[with]>pcomp>nsubj"))),
    # ... or its goods said to be sold (available) under such a deal with the platform: "Its agents are sold to
    # retailers under a reseller agreement with B", "It has been available since May under a distribution
    # agreement with B" (the goods' or the subject's maker)
    *({"name": f"sold_under_resale_deal{how}", "kind": "distribution", "trigger": "@deal_noun", "pos": "NOUN",
       "roles": {"platform": ">prep[with]>pobj", "maker": maker,
                 "_resale": ">compound|amod(reseller|distribution|resale|reselling|distributor)"}}
      for how, maker in (("", "<pobj<prep[under](sell|offer|resell|distribute|market)>nsubjpass>poss"),
                         ("_available", "<pobj<prep[under](be)>nsubj"))),
    # ... its users given a spell of it: "B will give its cardholders six months of A's Pro tier", "B began giving
    # subscribers a free year of C Plus" (the product of another maker)
    {"name": "gives_users_spell_of", "kind": "distribution", "trigger": "@give_verb|@offer_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj", "_users": ">dobj|dative(@user_noun)",
               "model": ">dobj(month|year|week|day|trial|subscription|membership)>prep[of,to]>pobj"}},
    # ... handed out: "B has been handing out C Pro since July"
    {"name": "hands_out", "kind": "distribution", "trigger": "hand|give", "pos": "VERB",
     "roles": {"platform": ">nsubj", "model": ">dobj", "_out": ">prt[out,away]"}},
    # ... access to it: "B sells (offers, provides) access to A's models"
    {"name": "platform_offers_access", "kind": "distribution", "trigger": "@offer_verb|@give_verb", "pos": "VERB",
     "no_recipient": True, "roles": {"platform": ">nsubj", "model": ">dobj(access)>prep[to]>pobj"}},
    # models reaching their users through a platform, or going on sale there: "A's models reached customers
    # through B's catalogue", "A's models go on sale through B's cloud"
    {"name": "models_reach_users_through", "kind": "distribution", "trigger": "reach", "pos": "VERB",
     "roles": {"model": ">nsubj(@model_noun|@software_noun)", "_users": ">dobj(@user_noun|business|enterprise)",
               "platform": ">prep[through,via]>pobj"}},
    *({"name": f"models_go_on_sale_through{how}", "kind": "distribution", "trigger": "go", "pos": "VERB",
       "roles": {"model": ">nsubj(@model_noun|@software_noun)", "_sale": ">prep[on]>pobj(sale)", "platform": path}}
      for how, path in (("", ">prep[through,via]>pobj"), ("_noun", ">prep[on]>pobj(sale)>prep[through,via]>pobj"))),
    # ... and by their maker, through a platform: "A sells its models (software) through B's Bedrock" (a platform
    # offering its own models is their maker: no distribution of them, `proposals.Proposer`)
    {"name": "sells_models_through", "kind": "distribution", "trigger": "sell|offer|resell|distribute|market|serve",
     "pos": "VERB",
     "roles": {"model": ">dobj(@model_noun|@software_noun)", "platform": ">prep[through,via,on,inside,within]>pobj"}},
    # ... the model named: "A offers Claude to businesses through B's Bedrock and C's Vertex AI"
    # (its maker the subject: "B will offer A's Vexa through its Brity suite" is B's resale, read otherwise)
    # (not "serve": "A serves GPT-5 through B's data centers" runs it on B's cloud)
    {"name": "sells_named_model_through", "kind": "distribution",
     "trigger": "sell|offer|resell|distribute|market", "pos": "VERB", "models_only": True,
     "maker_subject": True, "roles": {"model": ">dobj", "platform": ">prep[through,via]>pobj", "_maker": ">nsubj"}},
    # ... or a product the article names and nothing else knows, sold by the subject: "A will sell Tessiter
    # through the Azure Marketplace" (`unknown_product`: a name that is no company's, model's or product's the
    # gazetteer or the article makes out; the subject is its maker)
    # (or begun selling: "A will begin selling Tessiter through the Azure Marketplace")
    *({"name": f"maker_sells_unknown_product_through{how}", "kind": "distribution", "unknown_product": "_product",
       "trigger": "sell|offer|resell|distribute|market", "pos": "VERB",
       "roles": {"maker": maker, "platform": ">prep[through,via]>pobj", "_product": ">dobj"}}
      for how, maker in (("", ">nsubj"), ("_begun", "<xcomp(begin|start)>nsubj"))),
    # ... or a maker's product on a cloud's software marketplace, whatever the product is called: "A's scanner
    # is sold through AWS Marketplace", "its platform can be bought through B's Azure Marketplace", "A is
    # listed on the Google Cloud Marketplace", "A's tools are sold through the marketplaces of B and C" (a
    # marketplace named as one of software, or, `software_owner`, owned by a cloud or software company: not "A's
    # phones are sold on B's marketplace", a shop)
    *({"name": f"sold_on_marketplace{how}{whose}", "kind": "distribution", "pos": "VERB",
       "trigger": "@offer_verb|buy|purchase|procure|find", **flag,
       "roles": {role: path, "platform": platform, **({"_software": gate} if gate else {})}}
      for whose, role, path in (("", "maker", ">nsubjpass>poss"), ("_named", "model", ">nsubjpass"),
                                ("_maker_named", "maker", ">nsubjpass"))
      for how, platform, gate, flag in (("", _MARKETPLACE, _MARKETPLACE + _SOFTWARE_MARKET, {}),
                                        ("_of", _MARKETPLACE + ">prep[of]>pobj", None, {"software_owner": True}))),
    # ... listed there by its maker: "A will list its forecasting service in AWS Marketplace", "A sells its
    # agent through the Stripe App Marketplace" (the maker the subject; a software marketplace, as above)
    # (the parser may hang the marketplace on the object)
    *({"name": f"lists_on_marketplace{how}{owner}", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
       "roles": {"maker": ">nsubj", "platform": on + _MARKETPLACE + owned,
                 "_software": on + _MARKETPLACE + _SOFTWARE_MARKET, "_own": ">dobj>poss[its,their]"}}
      for how, on in (("", ""), ("_object", ">dobj"))
      for owner, owned in (("", ""), ("_owner", ">>compound|poss"))),
    # ... available there: "A's tool is available in AWS Marketplace"
    # (the parser may hang the marketplace on the verb: "A's tool is now available in the Stripe App Marketplace")
    # (the marketplace named for its owner: "the Stripe App Marketplace")
    *({"name": f"available_on_marketplace{how}{on}{owner}", "kind": "distribution", "trigger": "@available_adj",
       "roles": {role: path, "platform": where + _MARKETPLACE + owned,
                 "_software": where + _MARKETPLACE + _SOFTWARE_MARKET}}
      for how, role, path in (("", "maker", "<acomp>nsubj>poss"), ("_named", "model", "<acomp>nsubj"),
                              ("_maker_named", "maker", "<acomp>nsubj"))
      for on, where in (("", ""), ("_verb", "<acomp"))
      for owner, owned in (("", ""), ("_owner", ">>compound|poss"))),
    # ... or put there by their maker: "A put its models on B's Bedrock" (the parser may hang "on B"
    # on the models)
    *({"name": f"put_models_on{how}", "kind": "distribution", "trigger": "put|place|list", "pos": "VERB",
       "roles": {"model": ">dobj(@model_noun)", "platform": path}}
      for how, path in {"": ">prep[on,onto]>pobj", "_noun": ">dobj>prep[on,onto]>pobj"}.items()),
    # ... or by the platforms on their own: "B and C both put A's model on their cloud platforms"
    *({"name": f"platform_puts_model_on_own{how}", "kind": "distribution", "trigger": "put|place|list|host",
       "pos": "VERB", "roles": {"platform": ">nsubj", "model": ">dobj",
                                "_own": f"{path}[on,onto]>pobj>poss[its,their]"}}
      for how, path in {"": ">prep", "_noun": ">dobj>prep"}.items()),
    # ... and another maker's offered beside them: "B carries models from A alongside C's GPT-5"
    *({"name": f"platform_offers_alongside{how}", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
       "roles": {"platform": ">nsubj", "model": path, "_what": ">dobj"}}
      for how, path in {"": ">prep[alongside]>pobj", "_noun": ">dobj>>prep[alongside]>pobj"}.items()),
    # ... by their makers: "Azure AI Foundry also carries models from A, B and C"
    {"name": "platform_offers_models_from", "kind": "distribution", "trigger": "@offer_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj", "model": ">dobj(@model_noun)>prep[from,by]>pobj"}},
    # a product of the article's company, named by a name no one else's ("Since February, Brisvane 2 has been
    # available through Amazon Bedrock", "Brisvane 2 is offered to customers through B"): the company the article is
    # about makes it (`focus_maker`, where the clause names no other company and it is not the platform;
    # `unknown_product`: a proper name no mention covers)
    # (the parser may hang the platform on the copula: "has been available through B")
    *({"name": f"unknown_product_{how}", "kind": "distribution", "focus_maker": True, "unknown_product": "_product",
       "trigger": trigger, "pos": pos, "roles": {"_product": product, "platform": f"{on}prep[on,in,through,via]>pobj"}}
      for how, trigger, pos, product, on in (
          ("available_on", "@available_adj", "ADJ", "<acomp>nsubj", ">"),
          ("available_on_copula", "@available_adj", "ADJ", "<acomp>nsubj", "<acomp>"),
          # (offered or sold, not hosted or built on B: "Workspace is hosted on Google Cloud" buys capacity)
          ("offered_through", "offer|sell|resell|distribute|list|carry", "VERB", ">nsubjpass", ">"))),
    {"name": "available_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<acomp>nsubj", "platform": ">prep[on,in,through,via,to,inside]>pobj"}},
    # ... or on what it is available for: "A's models are available for download on B", "available for
    # purchase through C's marketplace"
    {"name": "available_for_use_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<acomp>nsubj",
               "platform": ">prep[for]>pobj[download,downloading,purchase,use,rent,sale,deployment]"
                           ">prep[on,in,through,via,inside,from]>pobj"}},
    # (the parser may hang the platform on the copula: "A's model is now available to B customers through C")
    {"name": "available_on_copula", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<acomp>nsubj", "platform": "<acomp>prep[on,through,via,inside]>pobj"}},
    # (or on the users they are available to: "A's model will be available to enterprise customers through
    # Vertex AI", "available to researchers through B's cloud service")
    {"name": "available_to_users_through", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<acomp|oprd>nsubj|nsubjpass",
               "platform": ">prep[to]>>prep[through,via,on,inside,within]>pobj"}},
    {"name": "made_available_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": ">nsubj", "platform": ">prep[on,in,through,via,to,inside]>pobj"}},
    # (... where the parse hangs the platform on "make": "A will make its models available to developers
    # through B's platform")
    {"name": "made_available_by_verb_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": ">nsubj", "platform": "<ccomp|oprd(make)>prep[on,in,through,via,inside]>pobj"}},
    # (... or made so by their maker, named as the subject: "A will make the tool available to broadcasters
    # through AWS Marketplace"; `unnamed_thing`: what is made available names no company, model or product,
    # which its own patterns read)
    # (the parser may hang the platform on either word)
    *({"name": f"maker_makes_available_on{how}", "kind": "distribution", "trigger": "@available_adj",
       "unnamed_thing": "_thing",
       "roles": {"maker": "<ccomp|oprd(make)>nsubj", "_thing": f">nsubj({_USED_WORK}|product|service|feature)",
                 "platform": path}}
      for how, path in (("", "<ccomp|oprd(make)>prep[on,in,through,via,inside]>pobj"),
                        ("_low", ">prep[on,in,through,via,inside]>pobj"))),
    # (... or made so in the passive: "A's models will be made available to B customers through B's Foundry")
    {"name": "was_made_available_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<oprd>nsubjpass", "platform": "<oprd>prep[on,in,through,via,inside]>pobj"}},
    {"name": "models_available_on", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": "<amod", "platform": ">prep[on,in,through,via,to,inside]>pobj"}},
    {"name": "platform_makes_available", "kind": "distribution", "trigger": "@available_adj",
     "roles": {"model": ">nsubj", "platform": "<ccomp|oprd|xcomp>nsubj"}},
    # "A added B's models to C's platform", "A is bringing its assistant to B phones": the platform
    # is where the model goes, whoever moves it
    {"name": "brought_into", "kind": "distribution", "trigger": "@integrate_verb", "pos": "VERB",
     "roles": {"model": ">dobj", "platform": ">prep[to,into,inside,onto]>pobj"}},
    # a model put in a company's own products: "B will use A's Gemini models in its Galaxy phones", "B
    # will embed A's assistant across its apps" (not "use A's models internally", nor "across its research
    # and engineering": no product of B's; a use of another's technology is a partnership, GUIDELINES "Kinds")
    {"name": "used_in_own_products", "kind": "distribution", "trigger": "use|deploy|embed|integrate|build",
     "pos": "VERB", "roles": {"model": ">dobj",
                              "platform": ">prep[in,inside,across,into]>pobj(@own_product_noun)>poss"}},
    {"name": "used_in_own_products_noun", "kind": "distribution", "trigger": "use|deploy|embed|integrate|build",
     "pos": "VERB", "roles": {"model": ">dobj",
                              "platform": ">dobj>prep[in,inside,across,into]>pobj(@own_product_noun)>poss"}},
    # what users reach on a platform: "customers can reach A's models through B's Vertex AI"
    {"name": "reached_through", "kind": "distribution", "trigger": "@reach_verb", "pos": "VERB",
     "roles": {"model": ">dobj", "platform": ">prep[through,via,on,inside,within,in]>pobj"}},
    # ... "from inside B's workbench"
    {"name": "reached_from_inside", "kind": "distribution", "trigger": "@reach_verb", "pos": "VERB",
     "roles": {"model": ">dobj", "platform": ">prep[from]>prep[inside,within]>pobj"}},
    # ... and used there: "developers can use A's models on B" (not "A will run its models on B": a cloud bought)
    {"name": "used_on_platform", "kind": "distribution", "trigger": "use|try|choose|pick|select", "pos": "VERB",
     "roles": {"model": ">dobj", "platform": ">prep[on,through,via,inside,within]>pobj"}},
    # (the parser may hang "on B" inside a long list of models)
    {"name": "used_on_platform_in_list", "kind": "distribution", "trigger": "use|try|choose|pick|select",
     "pos": "VERB", "roles": {"model": ">dobj", "platform": ">dobj>>prep[on,through,via,inside,within]>pobj"}},
    # a platform's users reaching a model: "B customers can call A's models", "users of B can pick
    # Claude", "B's subscribers can now access A's assistant" (the platform is the users' owner)
    {"name": "platform_users_reach", "kind": "distribution", "trigger": "@reach_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj(@user_noun)>compound|poss|amod|nmod", "model": ">dobj"}},
    {"name": "users_of_platform_reach", "kind": "distribution", "trigger": "@reach_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj(@user_noun)>prep[of,on]>pobj", "model": ">dobj"}},
    # ... choosing among models: "B customers can choose from A's Vexa, C's Pirn and D's models", "B's
    # users can now use A's models"
    {"name": "platform_users_choose_from", "kind": "distribution", "trigger": "@reach_verb", "pos": "VERB",
     "roles": {"platform": ">nsubj(@user_noun)>compound|poss|amod|nmod", "model": ">prep[from,among]>pobj"}},
    {"name": "platform_users_use", "kind": "distribution", "trigger": "use", "pos": "VERB",
     "roles": {"platform": ">nsubj(@user_noun)>compound|poss|amod|nmod", "model": ">dobj"}},
    # a model or product moving onto a platform: "A's models are coming to B's cloud", "A's assistant
    # arrives on B phones", "A's models will launch on B"
    {"name": "comes_to", "kind": "distribution", "trigger": "@arrive_verb", "pos": "VERB",
     "roles": {"model": ">nsubj", "platform": ">prep[to,on,onto,in,inside]>pobj"}},
    # ... gone live there: "A's new model went live on B's Bedrock"
    {"name": "went_live_on", "kind": "distribution", "trigger": "go", "pos": "VERB",
     "roles": {"model": ">nsubj", "platform": ">prep[on,in,inside,through,via]>pobj", "_live": ">advmod|acomp[live]"}},
    {"name": "arrival_on", "kind": "distribution", "trigger": "@arrival_noun",
     "roles": {"model": ">prep[of]>pobj", "platform": ">prep[on,in,to,inside,through,via]>pobj"}},
    # (or through the users it reaches: "the availability of A's models to enterprise customers through B")
    {"name": "arrival_to_users_through", "kind": "distribution", "trigger": "@arrival_noun",
     "roles": {"model": ">prep[of]>pobj", "platform": ">prep[to]>>prep[through,via,on,inside,within]>pobj"}},
    # a platform handing another company's product to its users ("A is giving a year of
    # B's Pro plan to its customers"), or the maker handing it to a platform's users
    # ("B will give A's subscribers a free year of its service"): B -> A
    # (the users the indirect object: "A will give its mobile customers 12 months of B's Pro plan")
    *({"name": f"gives_{what}to_users{how}", "kind": "distribution", "trigger": "@give_verb", "pos": "VERB",
       "roles": {"platform": ">nsubj", "model": model, "_to": to}}
      for what, model in (("product_", ">dobj"), ("time_of_product_", ">dobj>prep[of]>pobj"))
      for how, to in (("", ">dative|prep[to,for]>>pobj(@user_noun)"), ("_indirect", ">dative(@user_noun)"))),
    {"name": "gives_platform_users_product", "kind": "distribution", "trigger": "@give_verb", "pos": "VERB",
     "roles": {"maker": ">nsubj", "platform": ">dative|dobj(@user_noun)>poss"}},
    # a platform's users receiving another company's product: "users of A phones get B's
    # assistant free", "A's subscribers receive B's Pro plan": B -> A
    {"name": "users_of_platform_get_product", "kind": "distribution", "trigger": "get|receive", "pos": "VERB",
     "roles": {"platform": ">nsubj(@user_noun)>prep[of]>pobj", "model": ">dobj"}},
    {"name": "platform_users_get_product", "kind": "distribution", "trigger": "get|receive", "pos": "VERB",
     "roles": {"platform": ">nsubj(@user_noun)>compound|poss", "model": ">dobj"}},
    # ---- partnership -------------------------------------------------------------------
    # "A and B team up to build ..." (`together`: not "A and B team up with C")
    {"name": "team_up", "kind": "partnership", "trigger": "team|pair|join", "pos": "VERB", "together": True,
     "roles": {"parties": ">nsubj", "_up": ">prt[up]"}},
    {"name": "partner_with", "kind": "partnership", "trigger": "@partner_verb", "pos": "VERB", "weak": True,
     "roles": {"partner": ">nsubj", "other": ">prep[with]>pobj"}},
    # working together: "A is working with B on memory" (`weak`: beside another deal of the pair it is that deal)
    {"name": "works_with", "kind": "partnership", "trigger": "work|research", "pos": "VERB", "weak": True,
     "roles": {"partner": ">nsubj", "other": ">prep[with,alongside]>pobj"}},
    # ... or with its people: "A will work with Nvidia engineers (B's researchers) to tune its model" (joint work
    # by name, not weak)
    {"name": "works_with_staff", "kind": "partnership", "trigger": "work|research", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">prep[with,alongside]>pobj(@staff_noun|designer)>compound|poss"}},
    # ... building something together, a distinct collaboration beside the pair's other deals (GUIDELINES
    # "Beside an investment"): "A will build two more sites alongside B", "B, with which A is building a data centre"
    {"name": "builds_with", "kind": "partnership", "trigger": "@joint_verb", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">prep[with,alongside]>pobj",
               "_what": ">dobj(@site_word|@compute_word|@hardware_word|site|model)"}},
    # ... and a verb of making done jointly, whatever it makes (`builds_with` asks what): "B, which co-designs
    # the TPU with A"
    {"name": "co_makes_with", "kind": "partnership", "trigger": "co-design|co-develop|co-engineer", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">prep[with,alongside]>pobj"}},
    # ... or a making verb done together with another: "Zeta, which A developed together with B", "A designed the
    # chip jointly with B" (the parser may hang "with" on the adverb)
    *({"name": f"made_together_with{how}", "kind": "partnership", "trigger": "@joint_verb", "pos": "VERB",
       "roles": {"partner": ">nsubj", "other": path, "_together": ">advmod[together,jointly]"}}
      for how, path in (("", ">prep[with,alongside]>pobj"), ("_adverb", ">advmod[together,jointly]>prep[with]>pobj"))),
    # help given to design another's product, co-design (GUIDELINES "Kinds"): "B helped A design its TPU", "B has
    # helped engineer A's TPU", "A enlisted (hired) B to help engineer its chip"
    # (a product designed, not "helped A develop its AI strategy (its share sale)")
    *({"name": f"helps_design{how}", "kind": "partnership", "trigger": "help", "pos": "VERB",
       "roles": {"partner": partner, "other": other, "_design": f">xcomp|ccomp(@design_verb)>dobj({_DESIGNED})"}}
      for how, partner, other in (("", ">nsubj", ">ccomp|xcomp(@design_verb)>nsubj"),
                                  ("_owned", ">nsubj", f">xcomp|ccomp(@design_verb)>dobj({_DESIGNED})>poss"),
                                  ("_enlisted", "<xcomp>dobj", "<xcomp>nsubj"))),
    # ... in a relative clause on the product: "A's TPU, which B helps design", "a Google design that B has helped
    # engineer", "A's accelerators, which B helps A design" (the parser may read "design" as a noun)
    *({"name": f"helps_design_relative{how}", "kind": "partnership", "trigger": "help", "pos": "VERB",
       "roles": {"partner": ">nsubj", "other": f"<relcl({_DESIGNED}|{_CHIP_NAMES}|design)>poss|compound",
                 "_design": design,
                 "_which": ">dobj[which,that]"}}
      for how, design in (("", ">xcomp|ccomp(@design_verb)"), ("_noun", ">dobj(@design_verb)"))),
    # rights to another's technology, a licence: "A's rights to B's models run through 2032", "A holds rights
    # to B's intellectual property"
    *({"name": f"rights_to_others_work{how}", "kind": "partnership", "trigger": "right", "pos": "NOUN",
       "roles": {"partner": partner, "other": ">prep[to]>pobj>poss"}}
      for how, partner in (("", ">poss"), ("_held", "<dobj(hold|have|keep|retain|get|gain)>nsubj"))),
    # trials run together: "C will begin field trials of the technology with A and B" (`weak`)
    *({"name": f"runs_trials_with{how}", "kind": "partnership", "trigger": "trial|pilot|test", "pos": "NOUN",
       "weak": True, "roles": {"partner": "<dobj>nsubj", "other": other}}
      for how, other in (("", ">prep[with]>pobj"), ("_of", ">prep[of]>pobj>prep[with]>pobj"),
                         ("_verb", "<dobj>prep[with]>pobj"))),
    {"name": "builds_thing_with", "kind": "partnership", "trigger": "@joint_verb", "pos": "VERB", "weak": True,
     "roles": {"partner": ">nsubj", "other": ">dobj>prep[with,alongside]>pobj"}},
    # a licence paid for (GUIDELINES "Kinds": licensing is a partnership): "A will pay B $40 million in
    # royalties", "A paid B $1 billion for its technology", "A is to give B $80 million as licence
    # fees"; fees alone are not a licence ("A will pay B $2 billion in fees for GPU capacity")
    {"name": "pays_license_fees", "kind": "partnership", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">dative|dobj", "_fee": ">>pobj(@license_fee_noun)"}},
    {"name": "pays_licensing_fees", "kind": "partnership", "trigger": "@pay_verb", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">dative|dobj", "_fee": ">>pobj(fee)>amod|compound(@license_fee_noun)"}},
    # another's work licensed (GUIDELINES "Kinds": licensing is a partnership): "A licenses B's models",
    # "A licenses B and C models", "A already licenses two of B's programmes", "A licensed the design from
    # B" (`weak`: "A licenses B's chips" is the purchase `buy_verb` reads)
    *({"name": f"licenses_others_work{how}", "kind": "partnership", "trigger": "license|licence", "pos": "VERB",
       "weak": True, "roles": {"partner": ">nsubj", "other": path}}
      for how, path in (("", ">dobj>poss"), ("_part", ">dobj>prep[of]>pobj>poss"), ("_from", ">prep[from]>pobj"),
                        ("_named", ">dobj(@model_noun)>nmod|compound"))),
    # ... and one's own work licensed to another: "A has licensed its catalogue (its design) to B" (`weak` the same)
    {"name": "licenses_own_work_to", "kind": "partnership", "trigger": "license|licence", "pos": "VERB",
     "weak": True, "roles": {"partner": ">nsubj", "other": ">dative|prep[to]>pobj", "_own": ">dobj>poss[its,their]"}},
    # an agreement with another to work on something together: "A has agreed with B to adapt one of B's models"
    # (not "to settle their dispute"; `weak`: beside the pair's other deal it is that deal)
    {"name": "agreed_with_to", "kind": "partnership", "trigger": "agree", "pos": "VERB", "weak": True,
     "roles": {"partner": ">nsubj", "other": ">prep[with]>pobj",
               "_to": ">xcomp|advcl(@joint_verb|@partner_verb|adapt|integrate|test|pilot|tune|fine-tune|train|study|"
                      "deploy|use|roll|install|embed|supply|provide|offer|distribute|license|licence)>aux[to]"}},
    # ... in a relative clause on the thing licensed: "B's Gemini, which A licenses under an agreement"
    {"name": "licenses_others_work_relative", "kind": "partnership", "trigger": "license|licence", "pos": "VERB",
     "ruling": True, "roles": {"partner": ">nsubj", "other": "<relcl>poss", "_which": ">dobj(which|that)"}},
    # ... a licence taken for it: "A signed a licence for B's Command model", "a licence from (with) B",
    # "an agreement to use B's models" (models: "a deal to use B's chips" is a purchase); each reads the
    # pair's deal as a licence, which the older rules then do not read as a purchase (`ruling`)
    *({"name": f"license_for_others_work{how}", "kind": "partnership", "trigger": "license|licence", "pos": "NOUN",
       "ruling": True, "roles": {"partner": "<dobj>nsubj", "other": path}}
      for how, path in (("", ">prep[for,to]>pobj>poss"), ("_from", ">prep[from,with]>pobj"))),
    # ... or another's work used under one: "A has been using B's technology under a licence since 2022"
    {"name": "uses_others_work_under_license", "kind": "partnership", "trigger": "@use_verb", "pos": "VERB",
     "ruling": True, "roles": {"partner": ">nsubj", "other": ">dobj>poss",
                               "_under": ">prep[under]>pobj(license|licence|licensing)"}},
    # ... provided or drawn on under one: "A will provide its models to B under a licence", "B's systems draw on
    # A models under an agreement signed in 2024" (what is drawn on is a model: "on A's cloud under a contract"
    # is capacity bought)
    {"name": "provides_under_license", "kind": "partnership", "trigger": "@supply_verb|@offer_verb", "pos": "VERB",
     "ruling": True, "roles": {"partner": ">nsubj", "other": ">prep|dative[to]>pobj",
                               "_under": ">prep[under]>pobj(license|licence|licensing)"}},
    *({"name": f"draws_on_models_under_agreement{how}", "kind": "partnership", "trigger": "draw|rely|build",
       "pos": "VERB", "ruling": True,
       "roles": {"partner": partner, "other": ">prep[on,upon]>pobj(@model_noun)>compound|poss",
                 "_under": ">prep[under]>pobj(license|licence|licensing|agreement|deal)"}}
      for how, partner in (("", ">nsubj"), ("_owned", ">nsubj>poss"))),
    # ... an agreement giving another access to one's content: "A disclosed a $10 million agreement giving B
    # access to its content (archive, data)" (content licensed: GUIDELINES "Kinds")
    {"name": "agreement_giving_access_to_content", "kind": "partnership", "trigger": "@deal_noun", "pos": "NOUN",
     "ruling": True, "roles": {"partner": "<dobj>nsubj", "other": ">acl(give|grant)>dative|dobj>compound|dative",
                               "_content": ">acl(give|grant)>dobj(access)>prep[to]>pobj(content|data|archive|"
                                           "library|catalogue|catalog|journalism|article|book|text|image|music)"}},
    # ... or a customer's stated use of another's models or software (GUIDELINES "Kinds": a technology deal;
    # "Beside an investment": a stated use is a collaboration of its own): "A will test B's underwriting
    # models", "A uses B's tools to screen paperwork", "A will deploy B's software across its network"
    # (models and software: "deploy B's chips" is a purchase; `unnamed_work`: not a model named, "A uses B's
    # Llama models", which anyone may download; `no_chip_or_cloud`: not the software of a chip's maker or the
    # platform of a cloud; `customer_use`: the company itself uses them, not its researchers in a study, and a
    # test is one to come, not a benchmark run ("A tested B's models on 40 tasks"); built
    # into one's own product, "A will embed B's models in its suite", it is B's distribution; `unless_offered`:
    # "A will use B's models across its apps" is that distribution alone)
    {"name": "uses_others_models", "kind": "partnership", "pos": "VERB", "unnamed_work": True, "no_chip_or_cloud": True,
     "unless_offered": True, "customer_use": True,
     "trigger": "use|test|trial|pilot|deploy|roll|adopt",
     "roles": {"partner": ">nsubj", "other": f">dobj({_USED_WORK})>poss"}},
    # ... or money a customer will spend on them: "A has agreed to spend $250 million on B's models", "A will
    # spend $40 million on B's API" (not on chips or a cloud: "spend $40 million on B's chips" buys them)
    # (the parser may hang "on" from the sum: "spend at least €25 million on B's models"; a platform is no model:
    # "spend $30 billion buying compute on B's Azure platform" buys capacity, whether or not B is known as a cloud)
    *({"name": f"spends_on_others_models{how}", "kind": "partnership", "pos": "VERB", "no_chip_or_cloud": True,
       "trigger": "spend",
       "roles": {"partner": ">nsubj", "other": f"{on}>prep[on]>pobj(@model_noun|@software_noun|tool|technology|api)>poss"}}
      for how, on in (("", ""), ("_sum", ">dobj"))),
    {"name": "agreement_to_use_models", "kind": "partnership", "trigger": "@deal_noun", "pos": "NOUN", "ruling": True,
     "roles": {"partner": "<dobj>nsubj", "other": ">acl|relcl(use|license|licence|deploy)>dobj(@model_noun)>poss"}},
    # two subjects making something together ("A and B will build tools together", "the two companies
    # will jointly develop chips"): joint development, a collaboration of its own beside their other deals
    {"name": "built_together", "kind": "partnership", "trigger": "@joint_verb", "pos": "VERB",
     "roles": {"parties": ">nsubj", "_together": ">advmod[together,jointly]"}},
    # ... something joint set up or built: "A and B agreed to set up a joint research lab", "the two companies
    # will open a joint testing centre"
    {"name": "set_up_joint_thing", "kind": "partnership", "venture": True, "trigger": "@form_verb|@joint_verb|open",
     "pos": "VERB",
     "roles": {"parties": ">nsubj", "_joint": ">dobj>>amod[joint]"}},
    # ... or agreed to build together, the agreement being the two subjects': "A and B agreed to build a
    # simulated farm" (not "A and B agreed to buy C", nor one subject's "A agreed to build a plant")
    {"name": "agreed_to_build", "kind": "partnership", "trigger": "agree", "pos": "VERB",
     "roles": {"parties": ">nsubj", "_build": ">xcomp(@joint_verb)"}},
    {"name": "partnered_together", "kind": "partnership", "trigger": "partner|team|collaborate|cooperate",
     "pos": "VERB", "roles": {"parties": ">nsubj"}},
    # partners of a named owner: "A and B are C's partners", "named as its partners",
    # "its partners A and B" (a partnership unless the noun says what is bought: "its
    # cloud partner", sold to the owner: `owner_buys`)
    *({"name": f"partners_poss_{how}", "kind": "deal", "trigger": "partner", "pos": "NOUN", "owner_buys": True,
       "roles": {"party": path, "counterparty": ">poss"}} for how, path in _PARTNERS_NAMED.items()),
    # ... and, whoever the owner is ("the venture's partners"), its partners are
    # not partners of each other for being listed
    *({"name": f"partners_listed_{how}", "kind": "deal", "trigger": "partner", "pos": "NOUN", "listed": True,
       "roles": {"party": path, "_owner": ">poss"}} for how, path in _PARTNERS_NAMED.items()),
    # ... and the owner's partners listed after them: "its partners are (include) A and B" (partners, whatever
    # the owner sells), not partners of each other, whether or not the sentence names the owner ("the launch
    # partners are A, B and C")
    *({"name": f"partners_poss_{how}", "kind": "partnership", "trigger": "partner", "pos": "NOUN",
       "roles": {"partner": path, "other": ">poss"}} for how, path in _PARTNERS_LISTED.items()),
    *({"name": f"partners_listed_{how}", "kind": "deal", "trigger": "partner", "pos": "NOUN", "listed": True,
       "roles": {"party": path}} for how, path in _PARTNERS_LISTED.items()),
    # money the parties put into their partnership together: "A and B will invest $5 billion in a strategic
    # partnership" (partners, no investment in each other)
    {"name": "invest_in_own_partnership", "kind": "partnership", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"parties": ">nsubj", "_what": ">prep[in,into,to]>pobj(@partner_noun)"}},
    # ... or one party's money into its partnership with the other: "A will invest $5 billion in a
    # strategic partnership with B" (partners, with A's sum; no investment in B)
    {"name": "invest_in_partnership_with", "kind": "partnership", "trigger": "@invest_verb|@pledge_verb", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">prep[in,into,to]>pobj(@partner_noun)>prep[with]>pobj"}},
    # joining a company as its partner: "A and B have joined C as technology partners", "A signed on as a
    # partner to C" (each is C's partner, not the other's)
    {"name": "joined_as_partner", "kind": "partnership", "trigger": "join", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">dobj", "_as": ">prep[as]>pobj(partner|@partner_noun)"}},
    # ... with no company joined named: "A and B have joined as launch partners" (each a partner of the
    # company the article is about, `focus_partner`, not of each other)
    {"name": "joined_as_partners", "kind": "partnership", "trigger": "join|sign", "pos": "VERB", "listed": True,
     "focus_partner": True, "roles": {"partner": ">nsubj", "_as": ">prep[as]>pobj(partner)"}},
    {"name": "signed_on_as_partner_to", "kind": "partnership", "trigger": "sign|come", "pos": "VERB",   # ("came aboard as")
     "roles": {"partner": ">nsubj", "other": ">prep[as]>pobj(partner)>prep[to,of,for]>pobj", "_on": ">prt[on,aboard]"}},
    {"name": "partnership_between", "kind": "partnership", "trigger": "@partner_noun",
     "roles": {"parties": ">prep[between]>pobj"}},
    # members of a joint venture named without stakes are partners of each other (GUIDELINES "Ventures")
    {"name": "venture_of", "kind": "partnership", "venture": True, "trigger": "@venture_noun",
     "roles": {"parties": ">prep[of,between,among]>pobj"}},
    # ... and with their shares stated, investors in it: "Zeta, a 50:50 joint venture between A and B", "Zeta, an
    # equally owned venture of A and B" (GUIDELINES "Ventures": stated stakes are investments in the venture)
    # "Zeta is a 60:40 joint venture between A and B"
    *({"name": f"venture_with_shares_of{how}{is_}", "kind": "investment", "trigger": "@venture_noun",
       "roles": {"investor": ">prep[of,between,among]>pobj", "investee": venture, "_shares": shares}}
      for is_, venture in (("", "<appos"), ("_is", "<attr>nsubj"))
      for how, shares in _VENTURE_SHARES.items()),
    # ... and of a named owner, with the other: "Zeta, its 50-50 venture with B", "Zeta, A's equally owned joint
    # venture with B" (both the owner and B invest)
    *({"name": f"venture_with_shares_with{how}{whose}", "kind": "investment", "trigger": "@venture_noun",
       "roles": {"investor": investor, "investee": "<appos", "_shares": shares}}
      for whose, investor in (("", ">prep[with]>pobj"), ("_owner", ">poss"))
      for how, shares in _VENTURE_SHARES.items()),
    # formed, or announced, signed, agreed as a deal is: "A and B announced a joint venture"
    {"name": "formed_venture", "kind": "partnership", "venture": True, "trigger": "@form_verb|@deal_verb", "pos": "VERB",
     "roles": {"parties": ">nsubj", "_what": ">dobj(@venture_noun|fund)"}},
    # ... and named: "A and B formed Zeta, a joint venture to build data centres"
    {"name": "formed_named_venture", "kind": "partnership", "venture": True, "trigger": "@form_verb|announce|unveil",
     "pos": "VERB",
     "roles": {"parties": ">nsubj", "_what": ">dobj>appos(@venture_noun)"}},
    # "a joint venture with B" of a named owner: "A formed (set up, unveiled) a joint venture with B", "A's
    # venture with B"; "the initiative that A shares with B and C" (members of one venture)
    {"name": "formed_venture_with", "kind": "partnership", "venture": True, "trigger": "@form_verb|@deal_verb", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">dobj(@venture_noun)>prep[with]>pobj"}},
    # ... where "with B" hangs from the verb: "A has a joint venture in Japan with B"
    {"name": "formed_venture_verb_with", "kind": "partnership", "venture": True, "trigger": "@form_verb|@deal_verb", "pos": "VERB",
     "roles": {"partner": ">nsubj", "other": ">prep[with]>pobj", "_what": ">dobj(@venture_noun)"}},
    {"name": "venture_poss_with", "kind": "partnership", "venture": True, "trigger": "@venture_noun",
     "roles": {"partner": ">poss", "other": ">prep[with]>pobj"}},
    # (the parse may read "that A shares with" as a noun "A shares": a relative clause all the same)
    {"name": "venture_shared_with", "kind": "partnership", "venture": True, "trigger": "share",
     "roles": {"partner": ">nsubj|compound", "other": ">prep[with]>pobj", "_what": "<relcl(@joint_effort_noun)"}},
    {"name": "venture_formed_by", "kind": "partnership", "venture": True, "trigger": "@form_verb", "pos": "VERB",
     "roles": {"parties": ">agent>pobj", "_what": ">nsubjpass(@venture_noun)"}},
]

# Each kind's roles in the order (from, to) of GUIDELINES.md.
ROLE_ORDER: dict[str, tuple[str, str]] = {
    "investment": ("investor", "investee"),
    "acquisition": ("acquirer", "acquired"),
    "purchase": ("buyer", "seller"),
    "deal": ("party", "counterparty"),
    "partnership": ("partner", "other"),
    "distribution": ("model", "platform"),
}
# Roles filled by a company that stand where another role stands: the maker of
# what a platform offers is on the model's side ("B will give A's users its app").
STANDS_FOR = {"maker": "model"}
# Roles whose word may name its company through what it owns or makes:
# "Claude models" (the model's maker), "Samsung phones", "Microsoft's marketplace".
NAMED_THROUGH = {"model", "platform"}
# Roles a model (standing for its maker) may fill; other roles take companies.
MODEL_ROLES = {"model"}
# Roles whose companions take the role too: "A led the round, along with B",
# "A and B are among its backers, as is C" (B and C invest as A does);
# "a venture formed by A together with B" (B is a member as A is); "B offers
# A's models alongside C's" (C's models are offered as A's are).
WITH_COMPANIONS = {"investor", "parties", "model"}
