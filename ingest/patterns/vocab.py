"""The words of deals, by lemma, each class defined once.

Patterns in `deals.py` name a class ("@invest_verb") instead of listing
words, so a new word for an existing idea is one line here:

>>> "pour" in LEMMAS["invest_verb"]
True
"""
from __future__ import annotations

LEMMAS: dict[str, list[str]] = {
    # money put into a company: "invested in", "put into", "poured into", "committed to"
    "invest_verb": ["invest", "co-invest", "put", "pour", "plow", "plough", "pump", "inject", "sink", "funnel", "channel"],
    "pledge_verb": ["commit", "pledge", "contribute", "chip"],
    # money staked on a company: "A bet $30 billion on B", "A's $13 billion wager on B"
    "bet_word": ["bet", "wager", "gamble"],
    # the target's side of a round: "raised $2 billion from ..."
    "raise_verb": ["raise", "secure", "receive", "get", "land", "close", "attract", "pull", "draw", "obtain", "take"],
    # what a verb of getting ("secure", "receive", "draw", "land") must get for a round: money, not
    # "praise from B" or "an order from B"
    "raised_noun": ["million", "billion", "trillion", "$", "money", "capital", "cash", "fund", "funding", "financing",
                    "investment", "backing", "round", "tranche", "injection", "infusion", "commitment", "series",
                    "equity", "stake"],
    # backing a company, or owning it (GUIDELINES "Kinds": a parent owning a subsidiary is investment):
    # "A-backed B", "A-owned B", "B is owned by A", "the A-controlled B"
    "back_verb": ["back", "fund", "finance", "bankroll", "support", "underwrite", "capitalize", "capitalise", "own",
                  "control"],
    "invest_noun": ["investment", "stake", "funding", "backing", "injection", "infusion", "contribution",
                    "commitment", "capital", "financing", "equity", "cash", "cheque"],
    "investor_noun": ["investor", "backer", "funder", "shareholder", "stakeholder", "participant", "owner",
                      "financier", "holder", "subscriber"],
    # a round's investors named together: "the roster (syndicate) also included B and C"
    "investor_list_noun": ["roster", "syndicate", "lineup", "line-up"],
    # what an investor's holdings are called: "A's portfolio includes B", "A's bets include B"
    "portfolio_noun": ["portfolio", "investment", "holding", "bet"],
    "holding_noun": ["stake", "share", "equity", "warrant", "option", "interest", "holding", "participation",
                     "slice", "piece", "percent", "%", "cent", "majority", "half", "third", "quarter"],
    # a right to buy shares: held by the investor, issued by the company (GUIDELINES "Stakes and warrants");
    # "the right to buy 5% of its shares" is one
    "warrant_noun": ["warrant", "option", "right"],
    # money moving into a company: "$1 billion is to go into B from A", "with $2 billion coming from A"
    "money_motion_verb": ["go", "flow", "come", "pour", "arrive", "stream"],
    # what a stake does when it changes hands: "the stake goes to A"
    "transfer_verb": ["go", "pass", "transfer", "fall", "move", "revert"],
    # what an article calls a company others set up together and own shares of: "Zeta, a joint venture"
    "co_owned_noun": ["venture", "vehicle"],
    # a share with no company named, in an article about a venture: "A holds 35%", "B the remaining 20%"
    "venture_share": ["percent", "cent", "%", "majority", "minority", "rest", "remainder", "balance", "stake"],
    "hold_verb": ["hold", "own", "have", "take", "acquire", "buy", "receive", "get", "keep", "retain", "control"],
    # a round's money, named as such: "the money came from A", "the capital was supplied by A"
    "round_money_noun": ["money", "cash", "capital", "funding", "financing", "fund", "investment", "backing"],
    # a funding round, also by its stage ("the seed", "the extension"; "Series B" by its letter, `ingest.pipeline`), or
    # a private placement in a listed company (a PIPE)
    "round_noun": ["round", "raise", "fundraise", "fundraising", "series", "funding", "financing", "tranche", "seed",
                   "placement", "pre-seed", "extension", "pipe", "PIPE"],
    # what a company does with its own round besides raising it: "A announced (completed) a seed round"
    "round_news_verb": ["announce", "unveil", "complete", "finalize", "finalise", "disclose", "confirm"],
    # a company's first appearance with money in hand: "A came out of stealth with a $32 million seed",
    # "A emerged with $10 million", "A launched with backing from B" ("come" only with "out")
    "debut_verb": ["emerge", "come", "launch", "debut", "exit"],
    "lead_verb": ["lead", "co-lead", "colead", "anchor", "headline", "head"],
    # a round's leader named as such: "B acted as lead investor", "C and D were co-leads"
    "lead_noun": ["co-lead", "colead", "co-leader", "lead"],
    # a deal fixed for a time ahead: "A is due to put $X into B", "is set to buy", "is slated to invest"
    # (spaCy's lemma of "slated" is "slat"); not a hedge such as "could" or "considering"
    "schedule_word": ["due", "set", "slate", "slat", "schedule", "poise", "poised"],
    "join_verb": ["join", "participate", "enter"],
    "include_verb": ["include", "count", "list", "comprise", "feature", "number"],
    # naming what a company is: "A is named (identified) as its backer"
    "name_verb": ["name", "identify", "describe", "cite", "designate", "call"],
    # acquisitions
    "acquire_verb": ["acquire", "buy", "purchase", "absorb", "snap", "scoop", "swallow"],
    # what is bought when a company's business is: "buy assets from X" is an acquisition
    "business_noun": ["asset", "business", "unit", "division", "operation", "team", "portfolio", "arm"],
    # what is left of a company that is bought: "the rest of B", "what remained of B" (not "the bulk of B":
    # a part of a company is no acquisition of it)
    # phrasal verbs of buying, with "up": "picked up the rest of B"
    "pick_up_verb": ["pick", "take", "mop", "hoover"],
    "remainder_noun": ["rest", "remainder", "remains", "remnant"],
    # ... and the other parts of a round's money named without a sum: "half (the balance) came from A", "B and C
    # made up most of the remainder"
    "money_part_noun": ["half", "bulk", "balance", "most"],
    "acquire_noun": ["acquisition", "takeover", "purchase", "buyout", "merger", "bid"],
    # a listing company's deal with a blank-check company: "A completed its business combination with B"
    "merger_noun": ["merger", "combination", "tie-up"],
    # dealing in general: the light verbs of "signed a contract with", "struck a deal with"
    "deal_verb": ["sign", "strike", "ink", "reach", "announce", "agree", "seal", "forge", "finalize", "finalise", "close",
                  "clinch", "complete", "enter", "expand", "extend", "unveil", "disclose", "form", "establish",
                  "have", "make", "land", "win", "secure", "place"],
    "deal_noun": ["deal", "contract", "agreement", "pact", "arrangement", "accord", "commitment", "order",
                  "partnership", "collaboration", "alliance", "tie-up", "memorandum", "mou", "transaction",
                  "letter", "loi"],
    # the instruments of a deal not yet made in full: "signed a letter of intent", "a memorandum of understanding"
    "preliminary_deal_noun": ["letter", "memorandum", "mou", "loi"],
    "buy_verb": ["buy", "purchase", "rent", "lease", "order", "procure", "source", "acquire", "spend", "license",
                 "licence", "contract"],
    "supply_verb": ["supply", "provide", "deliver", "sell", "ship", "furnish", "lease", "rent"],
    # paying for a licence: "A will pay B $40 million in royalties", "pay B $X for its technology"
    "pay_verb": ["pay", "hand", "give", "remit", "owe"],
    "license_fee_noun": ["royalty", "license", "licence", "licensing", "technology", "patent", "ip",
                         "know-how"],
    # a purchase named by its noun: "agreed to a four-year lease of servers from B"
    "purchase_noun": ["lease", "rental", "purchase", "order", "procurement", "reservation"],
    # ... of which those whose object's subject buys "from" a seller ("A signed a lease of servers from B"):
    # not an order, which a seller wins "from" its buyer ("A won an order from B")
    "taken_purchase_noun": ["lease", "rental", "purchase", "procurement", "reservation"],
    # placing an order: "A placed (put in) a $5 billion order"
    "order_verb": ["place", "put", "submit", "book", "lodge"],
    # a seller's reporting period, in which a buyer's order falls: "in B's latest quarter"
    "period_noun": ["quarter", "year", "half", "period", "month"],
    # the seller's side of winning a sale: "A won a $2 billion contract from B"
    "win_verb": ["win", "land", "secure", "receive", "get", "book", "bag", "clinch", "disclose", "reveal",
                 "announce", "report"],
    # ... where it can only be the seller's: "A landed a server deal with B" ("secured a deal" is as often a buyer's)
    "landed_verb": ["win", "land", "clinch", "bag"],
    # a customer's share of a seller's business: "A made up 40% of B's revenue"
    "share_verb": ["make", "account", "represent", "contribute", "generate", "comprise", "drive"],
    "revenue_noun": ["revenue", "sale", "income", "turnover", "business", "bookings", "backlog"],
    # making for a buyer: "B will fabricate A's chips", "a campus built by B for A"
    "make_verb": ["make", "manufacture", "produce", "fabricate", "build", "construct", "assemble"],
    # designing what a buyer will own: "B will design (develop) custom chips for A"
    "design_verb": ["design", "develop", "co-design", "co-develop", "codevelop", "engineer", "customize", "customise"],
    # ... by one side for the other, which sells the design: not "co-design", done together
    "design_for_verb": ["design", "develop", "engineer", "customize", "customise"],
    # putting systems in place: "B installing systems in A's data centres" ("instal" is spaCy's lemma
    # of "installing")
    "install_verb": ["install", "instal", "deploy"],
    # putting capacity in place and running it for a buyer: "B will deploy (host, operate) GPUs for A"
    "deploy_verb": ["deploy", "host", "operate", "run", "roll"],
    # verbs of using, whose passive says who uses a thing, not who bought it: "B's GPUs are used
    # (deployed) by A" is no purchase (GUIDELINES "Background ties": "runs on X's chips" alone is none)
    "usage_verb": ["use", "deploy", "run", "need", "rely"],
    # what a buyer does with what it bought: "chips that A will use"
    "use_verb": ["use", "deploy", "buy", "rent", "run", "install", "instal", "need", "put"],
    # what the seller of capacity does for its buyer: "a deal with B to deploy GPUs", "to host its models"
    "operate_verb": ["deploy", "build", "run", "host", "operate", "roll", "supply", "provide", "deliver", "furnish"],
    # the nouns of a sale: a contract of these with a cloud or a chipmaker buys what it sells,
    # unless its words say licensing or joint work ("a $3 billion contract with CoreWeave")
    "sale_noun": ["deal", "contract", "agreement", "order", "commitment", "pact", "arrangement", "transaction"],
    "partner_verb": ["partner", "team", "collaborate", "cooperate", "ally", "join"],
    # making something together: "is building a data centre with B", "works with B on chips"
    "joint_verb": ["build", "develop", "co-develop", "codevelop", "create", "design", "construct", "engineer",
                   "work", "research", "tune", "optimize", "optimise", "co-design", "co-engineer"],
    "partner_noun": ["partnership", "collaboration", "alliance", "tie-up", "venture", "cooperation"],
    # a company several companies set up together
    "venture_noun": ["venture", "consortium", "jv", "coalition", "joint-venture"],
    # an undertaking several companies share: "the initiative that A shares with B and C"
    "joint_effort_noun": ["venture", "consortium", "jv", "coalition", "joint-venture", "initiative", "project",
                          "effort", "programme", "program", "undertaking"],
    "form_verb": ["form", "create", "launch", "establish", "set", "found", "co-found", "cofound"],
    # a description that says it is not the company just named: "the rival company", "the other startup"
    # words that say a tie is over: "its former supplier", "an ex-investor", "a one-time backer",
    # "A formerly rented servers from B" ("once", read apart: "Once backed by A, B grew" is a time)
    "former_word": ["former", "erstwhile", "one-time", "onetime", "ex", "formerly"],
    # what a deal that ends before it starts does: "the takeover collapsed (unravelled)"
    "fail_verb": ["collapse", "fail", "founder", "unravel"],
    # what a party does to end a tie it had: "A dropped B as its cloud provider", "A ended (terminated)
    # its contract with B", "A severed ties with B" (the tie is over: no commitment, as for a former one)
    "end_verb": ["drop", "ditch", "dump", "end", "terminate", "sever", "exit", "quit"],
    # what ends a deal: "regulators blocked the deal", "A abandoned its plan to buy B"
    # (or ends a tie: "A ended (dissolved) its joint venture with B")
    "call_off_verb": ["abandon", "scrap", "cancel", "terminate", "block", "scuttle", "torpedo", "nix", "end", "dissolve",
                      "unwind"],
    # verbs over a deal noun that do not make their subject a party to it: "A criticised the investment in
    # B", "analysts questioned the deal", "regulators are probing the takeover" (A is no investor or buyer)
    "doubt_verb": ["criticise", "criticize", "question", "doubt", "oppose", "probe", "investigate", "scrutinise",
                   "scrutinize", "mock", "ridicule", "deny", "dispute", "challenge", "slam", "condemn", "decry",
                   "fault", "examine", "review", "welcome", "praise", "hail", "applaud", "protest", "fear",
                   "dismiss", "downplay", "discuss", "debate", "analyse", "analyze", "track", "watch", "follow"],
    # what a possessor's "deal for B" gets, besides compute, chips and holdings, where it is no purchase
    # of B: "A's $5 billion deal for B includes cloud credits", "... gives A a share of profits"
    "deal_goods_word": ["credit", "profit", "revenue", "token", "usage", "access", "license", "licence", "royalty"],
    # changing a deal's size: "funding for B could be increased by A", "A's stake in B was raised"
    "resize_verb": ["increase", "raise", "boost", "expand", "double", "triple", "lift", "top", "enlarge", "up"],
    # choosing a seller for a role: "A picked B as its chip supplier", "A chose B as its cloud provider"
    "choose_verb": ["tap", "hire", "choose", "select", "pick", "enlist", "engage", "name", "appoint", "designate"],
    # ... to host what runs on computers: "A selected B to host its AI workloads", "to run its models"
    "host_verb": ["host", "run", "train", "serve", "power", "operate"],
    "hosted_noun": ["workload", "model", "service", "application", "app", "data", "infrastructure", "inference",
                    "training", "compute", "computing", "cluster", "chatbot", "assistant", "llm", "database", "server",
                    "gpu", "supercomputer", "agent"],
    # ... of which those a seller of capacity runs for its buyer: "B will host A's training runs" (not a
    # model or an app, which a platform offers: distribution)
    "hosted_work_noun": ["workload", "training", "inference", "compute", "computing", "cluster", "infrastructure",
                         "supercomputer", "server", "gpu", "database", "run", "job"],
    # a sale of a holding: "A sold a 5% stake to B" (B invests in A), "A sold its stake in C to B" (B in C)
    "sell_verb": ["sell", "offload", "transfer", "divest"],
    # a deal only sought, not agreed: "A offered (sought, tried) to buy B", "A made a bid for B", "A's
    # offer for B" (GUIDELINES "Status": talk, not a commitment) ...
    "attempt_verb": ["offer", "seek", "try", "attempt", "propose", "bid", "want", "hope", "look"],
    "bid_noun": ["bid", "offer", "proposal", "approach", "overture", "tender"],
    # a deal its parties mean to sign, not yet signed: "A expects (hopes, plans, is set) to sign a deal with B"
    # (these verbs and the attempt verbs above; verbs of signing only: "plans to seal (close) its purchase of B",
    # already agreed, is not one)
    "intend_verb": ["expect", "plan", "aim", "intend", "set"],
    "conclude_verb": ["sign", "strike", "ink", "reach"],
    # talks towards a deal: "A is in (advanced) talks to buy B" (GUIDELINES "Status": talk, not a commitment;
    # the talks' infinitive still has A as its subject, `SUBJECT_VARIANTS` in ingest/roles.py)
    "talk_noun": ["talk", "discussion", "negotiation", "conversation"],
    # ... unless the bid is taken: "B accepted A's bid", "A's offer was approved", "A won the bid for B"
    "accept_verb": ["accept", "approve", "win", "endorse", "agree", "back", "recommend"],
    # a refusal, which denies the deal of its own clause only: "B refused to sell to C" (not "A agreed
    # to invest in B after B refused to sell to C")
    "refuse_verb": ["refuse", "decline", "reject", "rebuff", "spurn"],
    # what a company does with a deal that goes to another: "A lost the contract to supply B",
    # "A missed out on an order", "A was outbid for the contract" (the deal word as object)
    "lose_verb": ["lose", "forfeit", "miss", "outbid"],
    # leaving a deal or its talks: "A walked away from talks to buy B", "A pulled out of the deal"
    "withdraw_verb": ["walk", "pull", "withdraw", "back", "step", "exit", "retreat", "drop"],
    # verbs that place their subject in a group: "A is (ranks, figures) among the backers"
    "copula_verb": ["be", "rank", "figure", "count", "feature", "sit", "stand", "appear", "remain", "number", "become"],
    # a noun that, with "the two", "both" or "each", stands for several companies named before ("each parent")
    "group_noun": ["company", "firm", "group", "partner", "side", "parent"],
    # a noun that is two companies by itself: "the pair agreed to ...", "the duo"
    "pair_noun": ["pair", "duo"],
    "not_the_one_word": ["other", "rival", "competing", "former", "previous", "another", "opposing"],
    # verbs of a share price's move, whose subject is the company the news that moved it is about: "A
    # jumped 17% after the chip designer agreed to be bought by B"
    "price_move_verb": ["rise", "jump", "rocket", "soar", "climb", "surge", "gain", "rally", "pop", "spike", "leap",
                        "fall", "drop", "slide", "slip", "sink", "tumble", "slump", "plunge", "sag", "dip", "retreat"],
    "customer_noun": ["customer", "client", "buyer", "tenant", "offtaker"],
    # a seller's verbs of having customers: "B serves (keeps, counts) customers such as A"
    "customer_keep_verb": ["keep", "serve", "retain", "win", "land", "have", "count", "include"],
    # what a company is taken on as, which is no takeover of it: "A picked up B as a customer", "A
    # landed B as its cloud partner"
    "taken_on_as_noun": ["customer", "client", "buyer", "tenant", "offtaker", "partner", "user", "supplier",
                         "provider", "vendor", "investor", "backer", "shareholder", "sponsor", "subscriber"],
    "provider_noun": ["provider", "supplier", "vendor", "partner", "host"],
    # who sells to an owner named by its possessive ("B is A's biggest supplier"); not "partner", which
    # alone is a partnership (GUIDELINES "Partner wording")
    "seller_noun": ["provider", "supplier", "vendor", "host"],
    # what a deal is about
    "compute_word": ["compute", "computing", "cloud", "capacity", "infrastructure", "server", "datacenter",
                     "data", "instance", "service", "cluster", "supercomputer", "colocation",
                     "rental", "reservation"],
    # where a buyer's models are trained or run, when it is another's: "A trains its models on B's clusters",
    # "A runs on B's cloud" (GUIDELINES "Cloud and data-centre ties"; chips alone are no purchase)
    "compute_place_noun": ["cloud", "cluster", "supercomputer", "capacity", "infrastructure", "datacenter",
                           "datacentre", "compute", "computing", "gpu", "instance", "server"],
    # what an energy deal sells: a "nuclear power agreement" is no purchase of compute, even
    # for data centres ("power" itself counts only as a modifier: "computing power" is compute)
    # a data-centre site bought or leased ("leased a data-centre campus from B"): capacity bought, whoever
    # sells it (GUIDELINES "Cloud and data-centre ties"); "centre", "hall" and "campus" only beside "data"
    "site_word": ["campus", "centre", "center", "hall", "facility"],
    # renting is using another's capacity: "rent 750 MW of compute from B" buys B's capacity, whatever B makes
    "rent_verb": ["rent", "lease"],
    # what a company's own products are, where another's model put in them is distributed: "B will use A's
    # models in its phones (across its apps)"; not its research or its operations
    "own_product_noun": ["product", "phone", "smartphone", "app", "application", "device", "software", "service",
                         "platform", "assistant", "browser", "search", "tool", "suite", "offering", "feature",
                         "laptop", "pc", "computer", "car", "vehicle", "tv", "television", "glasses", "headset",
                         "speaker", "chatbot", "copilot", "lineup", "portfolio", "catalog", "catalogue", "store"],
    # the words before a product noun that make it no product of its possessor's now: "A's former app", "A's
    # favourite platform" (another's, that A likes), "A's top rival app"
    "not_owned_now_word": ["former", "old", "onetime", "one-time", "spun", "rival", "competing", "favourite",
                           "favorite", "preferred", "chosen", "top", "main", "biggest", "largest"],
    # a word that refers back to the platform named before: "Llama arrived on the platform"
    "platform_noun": ["platform", "catalogue", "catalog", "marketplace", "store", "service"],
    # taking a share of a site's capacity, named by its size: "A will lease (take, reserve) 500 MW at B's campus"
    "take_capacity_verb": ["take", "lease", "rent", "reserve", "occupy", "use", "secure", "book", "contract"],
    # ... or getting it, which is buying only at a data-centre site or where compute is named ("A will get 50 MW
    # of computing capacity from B"; "A will obtain 200 MW from a utility" is power)
    "get_capacity_verb": ["get", "receive", "obtain"],
    "capacity_unit": ["megawatt", "gigawatt", "MW", "GW", "mw", "gw"],
    # who a site is the landlord's: "a facility operated by B", "a campus owned (run, built) by B"
    "site_owner_verb": ["operate", "own", "run", "build", "develop", "manage"],
    # chipmaking tools, which are no AI hardware (GUIDELINES "What hardware means"): "spend $3 billion on
    # lithography equipment from B" buys nothing the guidelines count
    "fab_tool_word": ["lithography", "chipmaking", "chip-making", "euv", "etch", "etching", "wafer-fab", "deposition",
                      "metrology", "inspection", "bonder", "scanner", "etcher"],
    "energy_word": ["electricity", "energy", "nuclear", "ppa", "solar", "geothermal", "hydropower", "utility",
                    "megawatt-hour", "reactor", "hydroelectric"],
    # a partnership's modifiers that do not say what is bought: "infrastructure partner" alone is a
    # partnership (GUIDELINES "Partner wording"), "cloud partnership" is compute
    "vague_tie_word": ["infrastructure", "strategic", "technology", "technical", "launch", "preferred", "long-term",
                       "key", "close"],
    # what an article calls a company the gazetteer does not know, saying what it sells (`ingest.trades`):
    # "Nebius, a cloud provider", "chipmaker Lanthe", "Kovix, the data center operator"; the noun
    # names a trade, its modifiers (or the noun itself) the goods
    "trade_noun": ["provider", "operator", "company", "firm", "giant", "startup", "start-up", "maker", "designer",
                   "developer", "manufacturer", "supplier", "specialist", "business", "vendor", "builder",
                   "hyperscaler", "neocloud", "chipmaker", "foundry", "landlord", "lessor"],
    "cloud_trade_word": ["cloud", "datacenter", "center", "centre", "campus", "compute", "computing", "hosting",
                         "colocation", "hyperscaler", "neocloud", "infrastructure"],
    # chips named by their maker ("Lanthe's accelerators", "Lanthe GPUs"), which says what the maker sells
    "made_chip_word": ["chip", "gpu", "accelerator", "processor", "cpu", "superchip", "asic", "tpu", "xpu"],
    "chip_trade_word": ["chip", "chipmaker", "semiconductor", "gpu", "processor", "accelerator", "silicon", "memory",
                        "server", "hardware", "foundry", "cpu", "asic", "superchip"],
    "hardware_word": ["chip", "gpu", "server", "accelerator", "processor", "system", "hardware", "silicon", "cpu", "rack",
                      "superchip", "xpu", "asic", "tpu", "memory", "card", "equipment", "dram", "hbm", "nand", "module",
                      "die", "wafer"],
    # what is bought says its kind where the seller's trade is not known: "A bought servers (accelerators)
    # from B" is hardware, "A will buy compute (capacity) from B", "B will build AI infrastructure for
    # A" and "A will pay B for access to its GPUs" are compute ("system", "memory" alone say too little)
    "hardware_goods_word": ["chip", "gpu", "server", "accelerator", "processor", "cpu", "rack", "superchip", "xpu",
                            "asic", "tpu", "hardware", "equipment", "hbm", "dram", "die", "wafer"],
    "compute_goods_word": ["compute", "computing", "capacity", "cloud", "instance", "infrastructure", "access"],
    # what hours or credits given are of when they are computing: "GPU-hours", "cloud credits" (read as written:
    # the lemma of "GPU" keeps its capitals)
    "compute_time_word": ["cloud", "gpu", "gpus", "compute", "computing", "supercomputer", "supercomputing"],
    # running computing of one's own: "B operates 40 MW of GPU capacity" sizes no deal (`figure_words.site_size`)
    # and, for a company the gazetteer lacks, says it sells computing (`trades`) when what it runs is capacity
    "fleet_verb": ["operate", "manage"],
    "fleet_word": ["capacity", "datacenter", "centre", "center", "cluster", "compute", "computing"],
    # goods that say nothing of their kind: "B will supply A with the same parts" sells what B sells
    "generic_goods_word": ["part", "component", "product", "equipment", "unit", "item", "good", "kit"],
    "license_word": ["license", "licence", "licensing", "technology", "research", "engineering", "co-develop",
                     "develop", "design", "codevelop", "collaborate", "collaboration", "partnership", "integrate"],
    # joint work a deal is for, with no sum stated: "signed a letter of intent with B to cooperate on
    # memory", "a licensing deal with B" (GUIDELINES "Kinds": licensing and technology deals are partnerships)
    "joint_work_word": ["license", "licence", "licensing", "co-develop", "codevelop", "collaborate", "cooperate",
                        "collaboration", "cooperation", "co-design", "co-engineer", "research", "development"],
    "share_word": ["share", "stock", "stake", "equity", "warrant", "option"],
    # money lent, which fits no kind of commitment (debt is no equity: "a $2 billion loan from B", "$500
    # million in debt financing", "a credit facility from B", "$1 billion of notes"); "credit" only
    # modifying a noun of money ("a credit facility", "a line of credit"; "cloud credits" are not debt)
    "debt_word": ["loan", "debt", "bond", "note", "debenture", "borrowing", "mortgage", "credit"],
    # what makes debt an equity deal all the same: "equity and debt", "convertible notes" (they turn into shares)
    "equity_word": ["equity", "stock", "share", "stake", "convertible", "preferred", "warrant"],
    # an investor's part of a round: "Nvidia's share came to $150 million", "its cheque was $50 million"
    "portion_noun": ["share", "portion", "part", "contribution", "cheque", "check", "slice", "ticket", "allocation"],
    # the unit words of a sum: "chipping in $95 million", "is investing 60 million euros"
    "money_word": ["million", "billion", "trillion", "mn", "bn", "m", "b", "$", "money", "cash", "capital",
                   "dollar", "euro", "pound", "yen", "yuan", "rupee", "crore", "lakh", "riyal", "dirham", "franc",
                   "krona", "krone", "ringgit", "peso", "rand", "shekel", "zloty"],
    # distribution: a platform offering another company's model
    "offer_verb": ["offer", "serve", "host", "resell", "sell", "distribute", "integrate", "incorporate", "embed", "add",
                   "list",
                   "bring", "build", "bundle", "carry", "preinstall", "pre-install", "preload"],
    # what a platform offers, where the text names its maker instead: "OpenAI's models"
    "model_noun": ["model", "assistant", "chatbot", "llm", "agent", "engine"],
    # a product offered where the text names its maker instead (GUIDELINES: distribution is of a model or
    # product): "B will resell A's software to its clients"
    "software_noun": ["software", "app"],
    # goods a distributor carries for their maker, besides software and models: "B distributes processors
    # from A", "A's accelerators" (not money, shares or power)
    "goods_noun": ["product", "processor", "chip", "accelerator", "card", "server", "board", "module", "component",
                   "device", "system", "solution", "gpu", "cpu", "fpga", "semiconductor", "microcontroller",
                   "sensor", "memory", "switch", "line", "portfolio", "range"],
    # units a named product is sold in, which stand for the product: "resell Claude Enterprise licences (seats)"
    "product_unit_noun": ["licence", "license", "seat", "subscription", "edition", "tier"],
    # what a maker puts out, in apposition to a model's name: "its latest release, Vexa 3"
    "release_noun": ["release", "offering", "product", "version", "launch", "flagship"],
    # a collection of one maker's models, where its "of" says so: "A's Devstral family of coding models"
    "model_collective_noun": ["family", "lineup", "line", "suite", "range", "portfolio", "collection"],
    # advising a party to a deal, which makes no party of the adviser (ingest/advisers.py): "B advised A on the sale"
    # ("represent" and "counsel" only "on" or "in" a deal)
    "advise_verb": ["advise", "counsel", "represent"],
    "adviser_noun": ["adviser", "advisor", "counsel", "banker"],
    # what one does to funds or firms it runs for others: "funds managed (advised) by C"
    "manage_verb": ["manage", "advise", "administer", "oversee"],
    # moving a model into a platform: "added A's models to B", "built ChatGPT into Siri"
    "integrate_verb": ["add", "bring", "build", "integrate", "incorporate", "embed", "bundle", "port", "roll", "put", "wire"],
    # what a platform's users do with a model it offers: "reach A's models through B"
    "reach_verb": ["reach", "access", "call", "pick", "choose", "select", "try", "query"],
    "arrive_verb": ["come", "arrive", "launch", "land", "debut", "head", "ship"],
    # a maker putting out its own model: "A released Vexa 3" (the model is A's wherever the article names it)
    "release_verb": ["release", "launch", "unveil", "introduce", "debut", "publish", "open-source", "train", "develop",
                     "build", "ship"],
    "arrival_noun": ["arrival", "availability", "launch", "integration", "addition", "debut"],
    "available_adj": ["available", "accessible", "live"],
    # devices sold to consumers, where a model put on them is no capacity rented ("to run its models on B's
    # robots"), and which come with another company's model on them ("every B laptop will come with A's
    # assistant preinstalled"; also named as a maker's units: "every B unit (model, machine)")
    "consumer_device_noun": ["phone", "smartphone", "handset", "laptop", "pc", "notebook", "tablet", "glasses",
                             "headset", "earbud", "wearable", "handheld", "car", "vehicle", "tv", "television",
                             "speaker", "watch", "robot", "humanoid", "drone"],
    # putting a model (an app) on a device before it is sold
    "preinstall_verb": ["preinstall", "pre-install", "preload", "pre-load", "bundle"],
    # handing a product to a platform's users: "gives its customers a year of B's Pro plan"
    "give_verb": ["give", "offer", "hand", "provide", "extend", "grant", "gift"],
    # the businesses a company sells of itself, whose buyer acquires that company: "sold its robotics unit to
    # B", "B bought its assets" (not "its patent portfolio", "its research team": no company changes hands)
    "sold_business_noun": ["asset", "business", "unit", "division", "arm", "operation", "subsidiary"],
    # a company's people, who act for it: "NVIDIA engineers will work with A", "researchers at B"
    "staff_noun": ["engineer", "researcher", "scientist"],
    # the people a platform serves
    "user_noun": ["user", "customer", "subscriber", "client", "member", "owner", "buyer", "developer", "holder",
                  "cardholder", "passenger", "shopper", "policyholder", "traveller", "traveler"],
    # nouns a company is named through: "the venture arm of AMD"
    # (a consortium or syndicate of named members stands for each of them: "a consortium of A, B and C
    # agreed to buy D" is each member's acquisition, GUIDELINES "Vehicles")
    "vehicle_noun": ["arm", "fund", "affiliate", "subsidiary", "unit", "vehicle", "entity", "division", "group",
                     "consortium", "syndicate"],
    # what a company that others are part of is called: "B, part of the conglomerate A"
    "parent_group_noun": ["conglomerate", "group", "parent", "holding", "empire", "chaebol", "keiretsu"],
    # nouns a company's name modifies and stands for: "A poured money into its B unit" (into B)
    "named_unit_noun": ["unit", "subsidiary", "arm", "affiliate", "division", "spinoff", "spin-off"],
    # how a vehicle is tied to the company it stands for: "a fund affiliated with Amazon"
    "affiliation_verb": ["affiliate", "link", "tie", "associate", "own", "control", "run", "manage", "connect"],
    # a deal's own price: "a transaction valued at $9 billion", "a deal priced at ..."
    "value_verb": ["value", "price"],
    # a figure of a second, lesser deal beside the pair's main one: "a separate $200 million
    # agreement", "up to $3 billion of additional capacity", "an option on $2 billion more"
    "secondary_word": ["separate", "additional", "extra", "optional", "option", "more"],
    # words on a figure that make it a tranche on top of an earlier deal of the pair: "another $2 billion",
    # "a further $2.75 billion" (the newly agreed deal's figure, GUIDELINES "headline figure")
    "tranche_word": ["another", "additional", "further", "fresh", "extra"],
    # verbs whose subject is a deal and whose object is its size: "the investment could reach
    # up to $100 billion", "the order totals $5 billion", "the contract is worth $2 billion", "its
    # total investment in B stands at $34 billion"
    "figure_verb": ["reach", "total", "amount", "be", "top", "exceed", "come", "value", "stand"],
    # verbs of paying out a sum, as a relative clause on the sum: "the $400 million (that) A spent on
    # B's chips", "the $2 billion A has invested in B"
    "spend_verb": ["spend", "pay", "invest", "pour", "commit"],
    # filling a site with equipment: "the hall will be fitted (equipped, filled) with racks"
    "fit_verb": ["fit", "equip", "fill", "outfit", "kit", "stock", "pack", "populate"],
    # verbs by which a company reports a clause: "B said (announced, confirmed) that A had agreed to buy ..."
    "speech_verb": ["say", "announce", "confirm", "disclose", "state", "tell", "report", "add", "note"],
    # verbs that, in the passive, give what others say of a company: "A, which had been reported (said,
    # believed) to be joining the round" (no fact the article states)
    "said_of_verb": ["report", "rumour", "rumor", "say", "believe", "understand", "think", "expect"],
    # words that add a companion to a phrase: "A, along with B", "A alongside B", "A, plus B"
    "companion_prep": ["alongside", "along", "plus", "together"],
    # what money is spent on when a verb of investing names an aim and no company: "invest $5 billion to
    # deploy B's fuel cells", "committing 8 billion yen to migrate its systems onto B's cloud" (not "to help the
    # startup grow", whose company is the investee)
    "spent_on_verb": ["deploy", "build", "buy", "purchase", "construct", "expand", "install", "lease", "rent",
                      "develop", "upgrade", "move", "migrate", "modernise", "modernize"],
    # the subject of a relative clause, standing for the word the clause hangs from: "B, which counts A as
    # an investor,"
    "relative_pronoun": ["which", "that", "who", "whom"],
}


def lemmas(name: str) -> list[str]:
    """The words of one class: `lemmas("lead_verb")` -> ["lead", ...]."""
    return LEMMAS[name]
