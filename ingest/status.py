"""A sentence's status from its hedges: announced, in talks, rumoured or denied
(GUIDELINES "Status"); a deal agreed and reported through sources still counts.

>>> status("acme is in advanced talks to buy beta")
'in_talks'
>>> status("acme denied it would buy beta"), status("acme bought beta, people familiar said")
('denied', 'announced')
"""
from __future__ import annotations

import re

from .patterns.vocab import LEMMAS
from .pipeline import start_up

# Each status with its hedge words, the first that matches wins. The words
# are lower case: callers pass the lower-cased sentence.
# a refusal of a deal is a denial: "A refused (declined) to buy B"; not "declined to
# comment (to disclose the amount, to elaborate)", which deny nothing. A pattern's deal
# reads it in its own clause only (`clause_status`)
REFUSAL = (r"(?:refus(?:ed|es|e|ing)|declin(?:ed|es|e|ing)) to (?:be )?(?:buy|bought|acquire|acquired|"
           r"purchase|purchased|sell|sold|invest|back|backed|fund|funded|merge|partner|license|supply|"
           r"take over|taken over)")
_REFUSAL = re.compile(rf"\b{REFUSAL}\b")
# undoing a tie named before: "change that arrangement", "end its partnership with B", "sell the stake"
UNDO_TIE = (r"(?:change|alter|end|exit|leave|drop|replace|switch|revisit|review|modify|unwind|cut|sell|divest|"
            r"terminate|reduce) (?:that|the|this|its|their|those|these) (?:[\w-]+ ){0,2}(?:arrangement|relationship|"
            r"partnership|deal|agreement|contract|ties?|stake|holding|shares|investment|provider|supplier)s?")
HEDGES = [
    ("denied", re.compile(rf"\b(denied|denies|deny|not in talks|"
                          # (not plans to undo a tie, which states it: "B has no plans to change (end) that
                          # arrangement" keeps B's tie; but "no plans to change course and invest in C" denies)
                          rf"no plans to (?!{UNDO_TIE}\b(?! (?:and|or)\b))|"
                          # "dismissed (rejected) a report that A would invest": the report is denied
                          rf"(?:dismiss|reject|refut|disput)(?:ed|es|e|ing)? (?:an? |the |this |that )?"
                          rf"(?:[\w'’-]+ ){{0,2}}reports?|"
                          # ... or called false: "a spokesperson called the report false", "the report was pure fiction"
                          rf"called (?:the|that|this|those|these) (?:[\w-]+ ){{0,2}}reports? [\"“']?(?:false|untrue|"
                          rf"inaccurate|baseless|speculation|fiction|wrong|incorrect)|"
                          rf"reports? (?:[\w-]+ ){{0,3}}that [^.;]{{1,160}}? (?:was|were|is|are) [\"“']?(?:pure |simply |"
                          rf"complete )?(?:fiction|false|untrue|baseless|speculation|wrong|incorrect)\b|"
                          # ... and in the passive: "reports that A would take a stake were dismissed by a spokesperson"
                          rf"reports? (?:[\w-]+ ){{0,3}}that [^.;]{{1,160}}? (?:was|were|has been|have been) (?:dismissed|denied|"
                          rf"refuted|rejected) (?:by|as)\b|"
                          # leaving a deal or its talks: "walked away from talks to buy B", "pulled out of the deal"
                          rf"(?:walk(?:ed|s|ing)?|pull(?:ed|s|ing)?|back(?:ed|s|ing)?) (?:away from|out of)|"
                          # ... or with nothing after it: "looked at buying a stake in B before walking away"
                          rf"walk(?:ed|s|ing)? away(?= *[,.;:]| *$| (?:last|this|earlier|after|in|over|when|because|amid)\b)|"
                          rf"withdr(?:ew|awn|aws?|awing) from|{REFUSAL}|"
                          # a tie said to be none: "A has no relationship (no contract) with B"
                          rf"(?:has|have|had|holds?|held) no (?:[\w-]+ ){{0,2}}(?:relationships?|ties|contracts?|"
                          rf"agreements?|deals?|partnerships?|stake|business) (?:with|in|to)\b|"
                          # a report taken back: "incorrectly reported that A had signed ...", "reports that A
                          # would invest were not accurate", "an earlier version of this article said A ..."
                          rf"(?:incorrectly|wrongly|falsely|erroneously|mistakenly) (?:reported|said|stated|described|"
                          rf"listed|named|identified)|(?:was|were|is|are) [\"“']?(?:simply |also )?(?:not accurate|inaccurate|"
                          rf"untrue)|an earlier version of (?:this|the) (?:article|story|report)|"
                          # a deal looked at and turned down: "A looked at taking a stake in B but decided against it"
                          rf"decided against (?:it|them|the (?:deal|investment|purchase|stake|bid)|investing|buying|"
                          rf"taking|acquiring|backing)|"
                          # a holder said to be none: "the deal does not make A a shareholder"
                          rf"(?:does|did|do|will|would) not make (?:[\w.&-]+ ){{1,4}}an? "
                          rf"(?:investor|shareholder|owner))\b",
     re.I)),
    ("in_talks", re.compile(r"\b((?:in|enter(?:s|ed|ing)?|open(?:s|ed|ing)|beg[au]n|start(?:s|ed|ing)|held|hold(?:s|ing)?|(?:has|have|had) had) "
                            r"(?:[\w-]+ ){0,2}(?:talks|discussions|negotiations)|"
                            r"pursu(?:e|es|ing) an? (?:[\w$.,-]+ ){0,3}"
                            r"(?:deal|partnership|agreement|investment|acquisition|alliance|collaboration|tie-up|venture|merger|takeover)|negotiating|considering|"
                            # an approach is a bid not yet agreed: "A approached B about an acquisition"
                            r"approach(?:ed|es|ing)? [^.;,]{1,40}? about\b|"
                            # ... or sounded out about one ("sounded out B about a takeover"; not "sounded out
                            # bankers about financing its purchase of B")
                            r"sound(?:ed|s|ing)? out [^.;,]{1,40}? (?:about|on|over) (?:an? |the |its )?"
                            r"(?:possible |potential )?(?:takeover|acquisition|merger|deal|sale|bid|investment)\b|"
                            r"exploring|explored|weighing|mulling|mulled|"
                            # "A looked at buying a stake in B", "is looking at acquiring B"
                            r"look(?:ed|s|ing)? at (?:buying|acquiring|investing|taking|backing|purchasing)|"
                            # "A weighs backing B", "A weighed a bid" (not "shares weighed on the index")
                            r"weigh(?:s|ed) (?:an? )?(?:backing|buying|investing|taking|acquiring|bid|offer|stake|"
                            r"investment|deal|sale|purchase|acquisition)|"
                            r"(?:will|would|to) (?:consider|explore|weigh|mull)|"
                            # pending, not yet agreed ("pending board review", "described as pending"); not a deal
                            # agreed awaiting approval ("pending regulatory approval", "its pending takeover of B")
                            r"pending(?! (?:(?:customary|regulatory|antitrust|competition|shareholder|government|"
                            r"governmental|final|closing|court|the|its|their|\w+'s) )*(?:approvals?|reviews?|clearances?|"
                            r"conditions|sign-off|consents?|closing)\b)(?! (?:[$€£][\d.,]+ ?(?:billion|million|bn|m) )?"
                            r"(?:acquisition|takeover|merger|purchase|sale|buyout|deal|investment)\b)|nearing a deal|could (?:invest|buy|acquire|pour|inject|put (?:in |up )?(?:another |an extra |a further )?"
                            r"(?:up to |as much as |about |around |roughly |nearly |more than |over )?(?:\$|€|£|US\$|\d+|money|cash|funds|capital)|"
                            r"take (?:an? |its )?(?:[\w-]+ )?stake|purchase|sign|commit)|may (?:invest|buy|acquire|take|purchase)|would (?:invest|"
                            r"buy|acquire)|"
                            # no deal yet: "no agreement has been reached", "has discussed", "had not produced a deal"
                            r"no (?:agreement|deal|contract) (?:has|had) (?:yet )?been (?:reached|signed|struck|agreed)|"
                            # ... and in the active: "has not (yet) reached an agreement to offer its model on B"
                            r"(?:has|have|had)(?: not|n't) (?:yet )?(?:reached|signed|struck|concluded|finali[sz]ed) "
                            r"an? (?:final |definitive |formal |binding )?(?:agreement|deal|contract) to\b|"
                            # "..., though nothing has been signed" (at the end of a clause: not "nothing has been
                            # signed on the board seat")
                            r"nothing (?:has|had) (?:yet )?been (?:signed|agreed)(?= *[,.;:]| *$| yet)|"
                            # a deal under discussion: "the company is also discussing a capacity deal with B" (not
                            # "was discussing the results on a call"; "has discussed" is read below)
                            r"(?:is|are|was|were|been) (?:also |still |now )?discussing (?:an? |the |its )?(?:[\w$.,-]+ ){0,3}?"
                            r"(?:deal|partnership|agreement|investment|acquisition|contract|tie-up|venture|merger|takeover|"
                            r"stake|sale|purchase|alliance)|"
                            # a trial without a deal: "is evaluating B's chips and has made no commitment either way"
                            # (not "has made no commitments on job cuts")
                            r"(?:has|have|had) (?:yet )?made no (?:firm |final )?commitments? (?:either way|there|yet)|"
                            r"(?:has|have|had) (?:also |only )?discussed|not (?:yet )?produced an? (?:agreement|deal|contract)|"
                            # the same hedges in the passive: "$1 billion could be invested in B by A"
                            r"(?:could|may|might) be (?:invested|put|poured|committed|bought|acquired|purchased|taken over)|"
                            # "talks about a possible sale of B to A"
                            r"(?:potential|possible) (?:deal|investment|acquisition|sale|takeover|merger|purchase)|"
                            # named as possible partners only: "listed A and B as potential capacity partners"
                            r"potential (?:[\w-]+ )?(?:partners?|suppliers?|customers?|backers?)|proposed (?:deal|investment))\b", re.I)),
    # what an outlet reported a company would do or planned ("local press reported that A would take a stake in
    # B", "a trade publication reported that A planned to buy B"), no party's word
    ("rumoured", re.compile(r"\b(rumou?red|speculat\w+|unconfirmed|(?:press|media|publications?|outlets?|newspapers?)"
                            r" reported (?:\w+ ){0,3}?that (?:[\w'&.-]+ ){1,6}?"
                            r"(?:would|planned to|plans to|was set to|is set to|was preparing to)\b)", re.I)),
]
# the hedges' words are all lower case: one case-sensitive pass over the
# lower-cased sentence first (much cheaper than case-blind matching)
_ANY_HEDGE = re.compile("|".join(f"(?:{pattern.pattern})" for _, pattern in HEDGES))


# "would" in a party's reported speech is the future of what it said, not a condition: "Acme said
# (on Monday) (that) it would buy Beta", "Beta said Acme would invest $1 billion in it", "Acme would
# buy Beta, the two companies said" announce the deal as "will" does. What a source of a report says a
# company would do ("people familiar said Acme would buy Beta", "analysts said", "a report said")
# stays talk: the speaker, the words before the verb of saying (or between the comma and the verb
# that ends the sentence), names no source
SAY = r"(?:said|says|announced|confirmed|disclosed|stated|added|told \w+)"
SAID_BEFORE = re.compile(rf"\b{SAY}\b(?=[^.;:!?]{{0,80}}? would\b)")
SAID_AFTER = re.compile(rf"\bwould\b[^;]*, (?P<speaker>[^,;]{{1,60}}) {SAY}\b[^,;]{{0,30}}$")
SOURCE = re.compile(r"\b(?:people|persons?|sources?|insiders?|analysts?|reports?|reported|reporting|according|"
                    r"familiar|briefed|media|newspapers?|outlets?)\b")
_WOULD = re.compile(r"\bwould\b")
_ASKED = re.compile(r"\b(?:whether|if)\b")


def reported_would(lower: str) -> str:
    """A lower-cased sentence with the "would" of a party's reported speech
    read as the "will" it reports.

    >>> reported_would("beta said acme would invest $1 billion in it")
    'beta said acme will invest $1 billion in it'
    >>> reported_would("people familiar with the matter said acme would invest in beta")
    'people familiar with the matter said acme would invest in beta'
    >>> reported_would("beta said it would not comment on whether acme would invest")
    'beta said it will not comment on whether acme would invest'
    >>> reported_would("acme would buy beta, the two companies said on monday.")
    'acme will buy beta, the two companies said on monday.'
    """
    if "would" not in lower:
        return lower
    said = SAID_BEFORE.search(lower)
    if said is not None and not SOURCE.search(lower, 0, said.start()):
        # up to a question or a condition it reports: "said it would not comment on whether A would buy B"
        asked = _ASKED.search(lower, said.end())
        end = asked.start() if asked is not None else len(lower)
        return lower[:said.end()] + _WOULD.sub("will", lower[said.end():end]) + lower[end:]
    after = SAID_AFTER.search(lower)
    if after is not None and not SOURCE.search(after["speaker"]):
        return _WOULD.sub("will", lower[:after.start("speaker")]) + lower[after.start("speaker"):]
    return lower


# an interview's question: a yes-no question after a label ("Q: Did Acme buy Beta?", "Kim: Will Acme invest?"), or
# any question the asker's label opens ("Q: If you were Acme, would you buy from Beta?"); not a question in running
# text, which may take its deal as given ("Did Acme need to pay $2 billion for Beta?")
_YES_NO_QUESTION = re.compile(r"\s*(?:[a-z]+\s?:\s*(?:did|does|do|is|are|was|were|will|would|has|have|had|can|"
                              r"should)\b|(?:q|question|interviewer|host|moderator|reporter)\s?:)[^?]*\?[\s\"”']*$")


# an answer that confirms what was asked, opening the paragraph after an interview's question ("A: Yes, since 2023.")
_CONFIRMED = re.compile(r"\s*(?:a|answer|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s?:\s*[\"“]?"
                        r"(?:yes|yeah|yep|correct|that's right|that is right|indeed|exactly)\b", re.IGNORECASE)


def answered_yes(lower: str, text: str, end: int) -> bool:
    """Whether an interview's question (a sentence `status` reads as asked)
    is confirmed by the answer after it ("Q: Harlow Cloud is your cloud
    provider?" then "A: Yes, since 2023."): the deal asked about is stated.

    >>> answered_yes("q: is b your cloud?", "Q: Is B your cloud?" + chr(10) + "A: Yes.", 19)
    True
    """
    return bool(_YES_NO_QUESTION.match(lower)) and _CONFIRMED.match(text, end) is not None


def status(lower: str) -> str:
    """The status the hedges of a lower-cased sentence give.

    >>> status("acme said on monday that it would buy beta"), status("acme would buy beta if asked")
    ('announced', 'in_talks')
    >>> status("acme uses no zeta chips and has no relationship with beta")
    'denied'
    """
    if _YES_NO_QUESTION.match(lower):
        return "rumoured"   # "q: did acme buy beta?": asked, not stated
    lower = reported_would(lower)
    if not _ANY_HEDGE.search(lower):
        return "announced"
    for name, pattern in HEDGES:
        if pattern.search(lower):
            return name
    return "announced"


# A deal verb's own clause can hedge or deny it where the sentence's words do not:
# "did not invest", "are not working together" deny it; "could pay", "might work
# together", "may pick" make it talk (GUIDELINES "Status": "could" does not count)
HEDGE_MODALS = frozenset({"could", "might", "may"})
FAIL_VERBS = frozenset(LEMMAS["fail_verb"])
CALL_OFF_VERBS = frozenset(LEMMAS["call_off_verb"])
ATTEMPT_VERBS = frozenset(LEMMAS["attempt_verb"])
BID_NOUNS = frozenset(LEMMAS["bid_noun"])
INTEND_VERBS = frozenset(LEMMAS["intend_verb"]) | ATTEMPT_VERBS
CONCLUDE_VERBS = frozenset(LEMMAS["conclude_verb"])
ACCEPT_VERBS = frozenset(LEMMAS["accept_verb"])
REFUSE_VERBS = frozenset(LEMMAS["refuse_verb"])
LOSE_VERBS = frozenset(LEMMAS["lose_verb"])
ENDING_VERBS = CALL_OFF_VERBS | LOSE_VERBS
# how a deal word reaches the verb that states it: "plan to invest", "signed a deal", "a contract to supply",
# "is (not) majority-owned by A" (the negation and the modal hang on the copula)
CLIMB = ("xcomp", "dobj", "attr", "acl", "acomp")
# a deal verb asked about, not stated: "whether it would partner with B", "unclear if A will invest"
ASKED = frozenset({"whether", "if"})
# the words that make a deal the alternative not taken: "rather than buying", "instead of buying"
INSTEAD = frozenset({"rather", "instead"})
# the prepositions by which a verb of losing takes the deal: "missed out on", "was outbid for"
LOST_PREPS = frozenset({"on", "for"})
WITHDRAW_VERBS = frozenset(LEMMAS["withdraw_verb"])
# how a verb of withdrawing takes the deal it leaves: "walked away from", "pulled out of"
LEFT_PREPS = frozenset({"from", "of"})


def clause_status(trigger, sentence_status: str, passive: bool = False, kind: str | None = None) -> str:
    """The status of the deal a pattern's trigger word states: 'denied' where its
    verb (or the verb it completes: "plan to invest") is negated, 'in_talks' where
    a modal of possibility governs it, else the sentence's; `passive`: the deal
    word is the passive subject of the verb whose agent is a party ("funding
    for B could be increased by A"), which hedges or denies it too ("A's stake
    in B may be raised" does not hedge A's stake); `kind`: the deal's kind,
    where known (a company said to be no investor is denied its stakes only).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme did not agree to invest in Zorb, and Borealis could buy Vexa.")
    >>> [clause_status(doc[i], "announced") for i in (5, 12)]   # invest, buy
    ['denied', 'in_talks']
    """
    words = [trigger]
    tok = trigger
    climb = CLIMB + ("nsubjpass",) if passive else CLIMB
    # "plan to invest", "signed a deal", "a contract to supply" (the infinitive may be parsed as a relative
    # clause), and where the agent is the party "the funding could be increased by A"
    while (tok.dep_ in climb or tok.dep_ == "relcl" and infinitive(tok) or _small_clause(tok) or _caused(tok)
           or _where_it_is(tok, trigger)) and tok.head is not tok:
        tok = tok.head
        words.append(tok)
    children = [ch for w in words for ch in w.children]
    negated = any(ch.dep_ == "neg" and not _not_only(ch) for ch in children)
    if negated and _ruling_out(words):
        return "in_talks"   # "A has not ruled out a further investment in B": possible, not denied
    if negated or _called_off(words) or not_taken(trigger) or _none_of(trigger, children) \
            or kind in (None, "investment") and _holder_denied(trigger):
        return "denied"
    if sentence_status == "announced" and any(ch.dep_ == "mark" and ch.lower_ in ASKED for ch in children):
        return "in_talks"   # "declined to say whether it would partner with B", "it is unclear if A will invest"
    if sentence_status != "announced" and _in_description(trigger):
        sentence_status = "announced"   # "talks with B, an operator backed by C": B's backing is a fact
    clause = next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), tok)
    if sentence_status == "in_talks" and clause.dep_ != "conj" and _hedged_only_beside(clause):
        sentence_status = "announced"   # "A has a contract with B and is in talks to expand it", "A raised
        #                                 $100 million in a round led by B, and C reported talks about ..."
    if sentence_status == "denied" and _refused_elsewhere(words):
        sentence_status = status(_REFUSAL.sub(" ", trigger.sent.text.lower()))
    if sentence_status == "announced" and (any(ch.dep_ == "aux" and ch.lower_ in HEDGE_MODALS for ch in children)
                                           or _only_sought(words) or _to_be_signed(words)):
        return "in_talks"
    if sentence_status == "announced" and asked_outright(trigger):
        return "rumoured"
    return sentence_status


# the words that open a yes-no question ("Has A bought B?", "Is A buying B?", "Will A invest?")
QUESTION_OPENERS = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "did", "does",
                              "do", "can", "could", "should", "shall"})
# the verbs a deal word may sit under and still be the thing asked: "Has A agreed to buy B?", "Will A sign a deal
# with B?" (not "Did A really need to pay $2 billion for B?", which takes the purchase as given)
ASKED_THROUGH = INTEND_VERBS | CONCLUDE_VERBS | ACCEPT_VERBS | {"be", "have", "do"}
# an answer that confirms the question before it: "Yes, it will take the first 200 MW."
_YES_AFTER = re.compile(r"\s*(?:a\s?:\s*)?[\"“]?(?:yes|yeah|correct|(?:it|they) did(?! not| n[o']t)|the answer is yes)\b",
                        re.IGNORECASE)


def asked_outright(trigger) -> bool:
    """Whether a deal word is what a yes-no question asks about, which states
    no deal: "Has A bought B?", "Is A buying B too?", "..., and has A agreed
    to buy B?" (not a question that takes the deal as given, "Did A need to
    pay $2 billion for B?", "Why did A buy B?", nor one the next paragraph
    answers "Yes").

    >>> from ingest.pipeline import load_nlp
    >>> nlp = load_nlp()
    >>> [asked_outright(nlp(t)[i]) for t, i in (("Has Acme Corp bought Zorb?", 3), ("Did Acme need to buy Zorb?", 4))]
    [True, False]
    """
    tok = trigger
    while not _inverted(tok):
        if tok.head.i == tok.i or not _asked_through(tok):
            return False    # "Is A, which bought B, a target?", "Did A's purchase of B make sense?": given
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_ not in ASKED_THROUGH:
            return False    # "Did A need to pay for B?": the question is about the need
    sent = trigger.sent     # (read only for a clause opened by its auxiliary: most deal words have none)
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?" and _YES_AFTER.match(sent.doc.text, sent.end_char) is None


def _asked_through(tok) -> bool:
    """Whether a question about the word a deal word hangs from asks about
    the deal too: a verb it completes or is coordinated with ("agreed to
    buy", "... and will it buy"), or the deal noun it signs ("sign a deal");
    not a relative clause, a description or a noun's phrase."""
    if tok.dep_ in ("xcomp", "conj") or tok.dep_ in ("relcl", "acl") and infinitive(tok):
        return tok.pos_ in ("VERB", "AUX")     # (or "a deal to buy chips", the infinitive read as a relative)
    return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB" \
        or tok.dep_ == "attr" and tok.head.lemma_ == "be"     # "Is A an investor in B?"


def _inverted(verb) -> bool:
    """A clause opened by its auxiliary, its subject after it: "Has A
    bought", "..., and will A buy", "Is A a customer" (the copula itself)."""
    opener = next((ch for ch in verb.lefts if ch.dep_ in ("aux", "auxpass")), None)
    if opener is None:      # (the parser may hang the auxiliary on the subject: "Will A sign ...?")
        first = verb.left_edge
        opener = first if first.pos_ == "AUX" and first.i < verb.i else verb
    if opener.lower_ not in QUESTION_OPENERS or not any(ch.dep_ in ("nsubj", "nsubjpass") and ch.i > opener.i
                                                        for ch in verb.children):
        return False
    before = opener.doc[opener.i - 1] if opener.i > opener.sent.start else None
    return before is None or before.is_quote or before.dep_ in ("cc", "punct")


def _caused(tok) -> bool:
    """A verb that "have" or "get" makes another do, whose negation and modal are the causer's: "A will not
    have B make its chips", "A did not get B to make them" (where the parse makes it the clausal complement;
    as an open one, "xcomp", it is climbed anyway)."""
    return tok.dep_ == "ccomp" and tok.head.lemma_ in ("have", "get")


def _where_it_is(tok, trigger) -> bool:
    """The deal word itself as the place a party is said to be, or that
    place's preposition: "A is not on B's cap table" (the verb's negation is
    the deal's; not a place above the deal: "A is not in any hurry to close
    the deal").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme is simply not on Zorb's cap table.")
    >>> clause_status(doc[8], "announced")
    'denied'
    """
    prep = tok.head if tok.dep_ == "pobj" else tok
    return (tok.i == trigger.i or prep.i == tok.i == trigger.head.i) and prep.dep_ == "prep" \
        and prep.head.lemma_ in BEING_VERBS


# the verbs that say where a party is ("is on its cap table", "sits on its board")
BEING_VERBS = frozenset({"be", "remain", "sit", "stay"})


def _small_clause(tok) -> bool:
    """A deal noun that "make" predicates of a party, which the parse makes
    that verb's clausal complement: "the deal does not make A an investor
    in B" (the verb's negation is the deal's); or a bare infinitive that
    "see" ("let", "help", "watch") governs: "the pact may see A take part".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("The deal does not make Acme an investor in Zorb.")
    >>> clause_status(doc[7], "announced")
    'denied'
    >>> doc = load_nlp()("The pact may see Acme take part in Zorb's round.")
    >>> clause_status(doc[5], "announced")
    'in_talks'
    """
    return tok.dep_ == "ccomp" and (tok.pos_ == "NOUN" and tok.head.lemma_.lower() == "make"
                                    or tok.tag_ == "VB" and tok.head.lemma_.lower() in _BARE_INFINITIVE_HEADS)


# verbs whose clause takes a bare infinitive that is the event they bring about or show, its modal or
# negation the event's: "the agreement may also see Samsung take part in B's round" (may: not yet agreed;
# "have" is `_caused`'s)
_BARE_INFINITIVE_HEADS = frozenset({"see", "let", "help", "watch"})


INVESTOR_NOUNS = frozenset(LEMMAS["investor_noun"])


def _holder_denied(trigger) -> bool:
    """Whether a deal word sits in a description of a company that its
    clause then says is no holder: "B, which had been reported to be joining
    the round, is not an investor" (the description's deal is denied; not
    "A, which was not a shareholder before, led the round").

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme, which had been reported to be joining the round, is not an investor.")
    >>> _holder_denied(doc[7])
    True
    """
    tok = trigger
    for _ in range(8):
        if tok.dep_ in ("relcl", "appos"):
            verb = tok.head.head if tok.head.dep_ in ("nsubj", "nsubjpass") else None
            # (a holder of nothing named: not "A, B's largest shareholder, is not an equity holder in C")
            return verb is not None and any(ch.dep_ == "neg" for ch in verb.children) and any(
                ch.dep_ == "attr" and ch.lemma_.lower() in INVESTOR_NOUNS
                and not any(p.dep_ == "prep" for p in ch.children) for ch in verb.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _hedged_only_beside(verb) -> bool:
    """Whether a sentence's hedge lies only in a clause joined after the
    deal's own: "A already has a contract with B and is in talks to expand
    it" states A's contract (not "A is in talks to buy B and invest in C",
    whose later verb is the hedged one's conjunct).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme already has a contract with Zorb and is in talks to expand it.")
    >>> _hedged_only_beside(doc[2])
    True
    """
    beside = [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ in ("VERB", "AUX")]
    if not beside:
        return False
    skip = {t.i for ch in beside for t in ch.subtree}
    return status(" ".join(t.lower_ for t in verb.sent if t.i not in skip)) == "announced"


def _ruling_out(words) -> bool:
    """A verb of excluding in the deal's chain: "ruled out", "excluded" (whose
    negation leaves the deal possible).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme has not ruled out an investment in Zorb.")
    >>> clause_status(doc[6], "announced")
    'in_talks'
    """
    return any(w.lemma_.lower() == "rule" and any(ch.dep_ == "prt" and ch.lower_ == "out" for ch in w.children)
               or w.lemma_.lower() in ("exclude", "preclude") for w in words)


# the nouns that describe a company ("the startup, which is backed by A")
COMPANY_NOUNS = frozenset(LEMMAS["trade_noun"] + ["lab", "group", "venture"])


def _in_description(trigger) -> bool:
    """Whether a deal word stands in a description of a company (an
    apposition or relative clause on its name), a background tie stated as
    fact whatever the sentence around it hedges (GUIDELINES "Background
    ties"): "in talks with B, a Virginia operator backed by C", "A, one of
    C's biggest customers, is in discussions to ...", "the startup, which is
    backed by C, said it might ...".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme is in talks with Zorb, an operator backed by Vexa.")
    >>> _in_description(doc[9]), _in_description(doc[2])
    (True, False)
    """
    tok = trigger
    for _ in range(8):
        if tok.dep_ in ("appos", "relcl"):
            if _said_of(tok):
                return False    # "B, which had been reported to be joining the round, is not an investor"
            head = tok.head
            return head.pos_ == "PROPN" or head.pos_ == "NOUN" and head.lemma_.lower() in COMPANY_NOUNS \
                or start_up(head)
        if tok.head is tok or tok is not trigger and tok.pos_ in ("VERB", "AUX") and tok.dep_ != "acl":
            return False
        tok = tok.head
    return False


SAID_OF_VERBS = frozenset(LEMMAS["said_of_verb"])


def _said_of(verb) -> bool:
    """A relative clause that gives what others say of its company, not what
    the article states: "B, which had been reported to be joining the round".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme, which had been reported to be joining the round, is not an investor.")
    >>> _in_description(doc[8])
    False
    """
    return verb.lemma_.lower() in SAID_OF_VERBS and any(ch.dep_ == "auxpass" for ch in verb.children)


def _only_sought(words) -> bool:
    """A deal only offered or sought: "A offered (tried, is seeking) to buy
    B" (the deal verb itself the complement of a verb of attempting; "A will
    try to close its purchase of B" is agreed), "A made a bid
    for B", "A's $2 billion offer for B" (a bid noun, in the chain), unless
    the bid is taken ("B accepted A's bid", "A's offer was approved")."""
    for n, w in enumerate(words):
        lemma = w.lemma_.lower()
        if n == 1 and lemma in ATTEMPT_VERBS and words[0].dep_ == "xcomp":
            return True     # not "tried to close its acquisition of B": that deal is agreed
        if lemma in BID_NOUNS and w.pos_ == "NOUN":
            return not (w.dep_ in ("dobj", "nsubjpass") and w.head.lemma_.lower() in ACCEPT_VERBS)
    return False


def _to_be_signed(words) -> bool:
    """A deal its parties only mean to sign: "A expects (hopes, plans, is
    set) to sign a framework agreement with B" (not yet agreed; "A signed a
    deal and expects to close it in May" is agreed, its verb not one of
    signing).

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme expects to sign a deal with Zorb. Acme signed a deal with Vexa.")
    >>> [clause_status(doc[i], "announced") for i in (5, 12)]
    ['in_talks', 'announced']
    """
    return any(w.lemma_.lower() in CONCLUDE_VERBS and w.dep_ == "xcomp" and w.head.lemma_.lower() in INTEND_VERBS
               for w in words)


def _refused_elsewhere(words) -> bool:
    """Whether a sentence denied only by a refusal ("refused to sell") says
    it of another clause than the deal's own: "A agreed to invest in B after
    B refused to sell to C" leaves A's investment as the rest of the
    sentence states it; "A refused to buy B" denies A's purchase."""
    if not _REFUSAL.search(words[0].sent.text.lower()) or any(w.lemma_.lower() in REFUSE_VERBS for w in words):
        return False
    without = _REFUSAL.sub(" ", words[0].sent.text.lower())
    return HEDGES[0][1].search(without) is None


def _called_off(words) -> bool:
    """A deal its own clause says ended before it began: "the takeover of B
    collapsed", "the deal was blocked by regulators", "A abandoned its plan
    to buy B" (the deal word, or the plan it completes, as the subject of a
    verb of failing or the object of a verb of calling off), or went to
    another: "A lost a contract to supply B", "A missed out on an order to
    supply B", "A was outbid for the deal" (the object of a verb of losing),
    or was left: "A walked away from talks to buy B", "A pulled out of the deal".

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Acme lost a contract to supply Zorb, and Borealis missed out on a deal to buy Vexa.")
    >>> [clause_status(doc[i], "announced") for i in (5, 16)]   # supply, buy
    ['denied', 'denied']
    """
    for w in words:
        verb = w.head.lemma_.lower()
        if w.dep_ == "nsubj" and (verb in FAIL_VERBS or _falls_apart(w.head)) \
                or w.dep_ in ("dobj", "nsubjpass") and verb in ENDING_VERBS:
            return True
        if w.dep_ == "pobj" and w.head.lower_ in LOST_PREPS and _loses(w.head.head):
            return True
        if w.dep_ == "pobj" and w.head.lower_ in LEFT_PREPS and _withdraws(w.head.head):
            return True
    return False


def _falls_apart(verb) -> bool:
    """"The purchase fell apart (through)": a deal that failed."""
    return verb.lemma_.lower() == "fall" and any(ch.lower_ in ("apart", "through") for ch in verb.children)


def _withdraws(word) -> bool:
    """A verb of leaving, reached from its particle or adverb ("walked away
    from talks", "pulled out of the deal", "withdrew from the bidding")."""
    if word.dep_ in ("advmod", "prt") and word.lower_ in ("away", "out", "back"):
        word = word.head
    return word.lemma_.lower() in WITHDRAW_VERBS and word.pos_ == "VERB"


def not_taken(verb) -> bool:
    """A verb naming the alternative not chosen: "built its own chips rather
    than buying them from B", "instead of buying from B", "chose to rent from
    A rather than buy from B" (the verb under "than" or "of", or coordinated
    by "than", with "rather" or "instead" before it); `clause_status` denies it.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zorb made its own chips rather than buying them from Acme.")
    >>> clause_status(doc[7], "announced")     # buying
    'denied'
    """
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("than", "of"):
        joint = verb.head
    elif verb.dep_ == "conj":
        joint = next((ch for ch in verb.head.children if ch.dep_ == "cc" and ch.lower_ == "than"), None)
    else:
        return False
    return joint is not None and any(ch.lower_ in INSTEAD for ch in joint.children)


# subjects that say no one made the deal
NO_ONE = frozenset({"neither", "none", "nobody", "nothing"})


def _none_of(trigger, children) -> bool:
    """A deal said to be none: "A had no agreement with B", "A holds no
    stake in B", "no contract with B" (the deal word or its verb's object
    with the determiner "no"); `clause_status` denies it.

    >>> from ingest.pipeline import load_nlp
    >>> doc = load_nlp()("Zorb said it had no agreement with Acme.")
    >>> clause_status(doc[3], "announced")     # had
    'denied'
    >>> doc = load_nlp()("Neither Zorb nor Vexa has signed a deal with Acme.")
    >>> clause_status(doc[5], "announced")     # signed
    'denied'
    """
    deals = [trigger] + [ch for ch in children if ch.dep_ in ("dobj", "nsubjpass")]
    if any(d.dep_ == "det" and d.lower_ == "no" for deal in deals for d in deal.children):
        return True
    # ... or made by no one: "Neither A nor B has signed a deal with C", "neither has announced a licence"
    subjects = [ch for ch in children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in NO_ONE or any(d.dep_ in ("det", "preconj") and d.lower_ == "neither" for d in s.children)
               for s in subjects)


def infinitive(verb) -> bool:
    """"(a contract) to supply B": a verb with its own "to"."""
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)


def _loses(verb) -> bool:
    """A verb of losing that takes the deal through a preposition ("missed
    out on", "was outbid for"), with no object of its own ("lost money on
    the contract" is no contract lost)."""
    return verb.lemma_.lower() in LOSE_VERBS and not any(ch.dep_ == "dobj" for ch in verb.children)


def _not_only(neg) -> bool:
    """"not only … but also" adds, it does not deny."""
    return neg.i + 1 < len(neg.doc) and neg.doc[neg.i + 1].lower_ == "only"
