"""Certainty of claims: hedge, rumour and negation cues, with scope.

A claim made by a trigger word is ``speculative`` or ``negated`` when a cue (certainty.toml) is in the trigger's
scope. The scope is the trigger's own clause plus the clauses that govern it through complements: from the trigger
we climb while the word is an ``xcomp``/``ccomp``/``csubj`` of its head ("Meta dikabarkan merekrut …": dikabarkan
governs merekrut), and look at each word on the way and its function dependents (advmod, aux, mark, discourse, cop,
and an "menurut X" oblique). A cue in a neighbouring clause (conj, advcl, parataxis, relative clause) does not count.
The nearest cue wins; on a tie a hedge beats a negation ("mungkin tidak" is unsure). A question ("Bisakah X …?") is
speculative. Facts stated inside a noun phrase (apposition, title) only look at their own phrase ("bukan CEO X"),
except that a hedge on an appointment verb reaches the title in its object ("akan melantik Gubernur X Y").

Also: a denial verb governing the trigger through complements and objects negates it even under a hedge ("membantah
kabar bahwa X akan mengakuisisi Y"); a purpose clause ("untuk mencaplok") and a plan noun heading a nominal trigger
("rencana akuisisi") are speculative; a noun trigger under a light verb takes the verb's clause ("tidak lagi menjadi
sponsor"); a sentence adverb before a comma counts even when the parser made it a subject ("Kabarnya, X …").

Pure functions: :func:`assess` for one trigger, :func:`assess_claims` for a document's claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.entities import _tagged_person
from kg.items import OFFICES, Claim
from kg.lexicon import Lexicon, is_passive, phrase_starts, roots_of
from kg.records import Document, Sentence, Word

CLIMB = frozenset({"xcomp", "ccomp", "csubj"})
CUE_DEPRELS = frozenset(
    {"advmod", "advmod:emph", "aux", "aux:pass", "mark", "discourse", "cop", "det", "case:adv", "fixed", "obl",
     "nmod", "amod", "compound"}
)


def _base(deprel: str) -> str:
    return deprel.split(":")[0]


def _phrase_words(sentence: Sentence, phrases: Iterable[tuple[str, ...]]) -> dict[int, str]:
    """RETURNS word id → phrase for every word covered by one of ``phrases`` (consecutive lowercased words)."""
    out: dict[int, str] = {}
    for i, phrase in phrase_starts([w.text.lower() for w in sentence.words], phrases):
        for j in range(i, i + len(phrase)):
            out.setdefault(j + 1, " ".join(phrase))
    return out


def is_question(sentence: Sentence, lexicon: Lexicon) -> bool:
    """RETURNS True when the sentence is a question (ends with "?" or opens with a question word)."""
    first = next((w.text.lower() for w in sentence.words if any(c.isalpha() for c in w.text)), "")
    return sentence.text.rstrip().endswith("?") or first in lexicon.question_words


def _cue(word: Word, spec_phr: dict[int, str], neg_phr: dict[int, str], lexicon: Lexicon) -> tuple[str, str] | None:
    if word.id in spec_phr:  # (an empty phrase: a continuing state, "akan tetap", no hedge)
        return ("speculative", spec_phr[word.id]) if spec_phr[word.id] else None
    if word.id in neg_phr:
        return "negated", neg_phr[word.id]
    low = word.text.lower()
    if low in lexicon.speculative_words:
        return "speculative", low
    if low in lexicon.negated_words:
        return "negated", low
    return None


def _before_comma(sentence: Sentence, word: Word) -> bool:
    """True when a word (with its clitics) stands alone before a comma at the start of the sentence."""
    j = word.id + 1
    while j <= len(sentence.words) and sentence.word(j).head == word.id and sentence.word(j).upos != "PUNCT":
        j += 1
    return j <= len(sentence.words) and sentence.word(j).text == "," and word.id <= 2


def _no_longer(sentence: Sentence, claim: Claim, lexicon: Lexicon) -> bool:
    """Whether a negated claim's cue says the relation has stopped ("tidak lagi memimpin X"), not that it does not
    hold in some respect ("tidak memimpin X sendirian")."""
    return any(w.text.lower() == claim.cue and w.id < len(sentence.words) and w.id < claim.trigger_word
               and sentence.word(w.id + 1).text.lower() in lexicon.no_longer_words for w in sentence.words)


def _that_clause(sentence: Sentence, word: Word) -> bool:
    """Whether a clause opens with "bahwa": a content clause, whatever the parser made of it."""
    return any(c.deprel == "mark" and c.text.lower() == "bahwa" for c in sentence.children(word.id))


def denied_above(sentence: Sentence, word: Word, lexicon: Lexicon) -> str | None:
    """RETURNS the denial verb ("membantah", "menepis") that governs a trigger through any chain of heads, or None."""
    seen = 0
    describing = False  # inside a clause that describes the subject ("Perusahaan … yang berbasis di X, Y, membantah …")
    while word.head and seen < 6 and (_base(word.deprel) not in ("conj", "parataxis", "advcl", "root") or (
            _base(word.deprel) == "advcl" and _that_clause(sentence, word))):
        if word.deprel.startswith("acl"):
            noun = sentence.word(word.head)
            subject = noun.deprel.startswith("nsubj") or (noun.deprel == "appos" and noun.head and sentence.word(
                noun.head).deprel.startswith("nsubj"))
            describing = describing or subject
        word = sentence.word(word.head)  # not across a neighbouring clause: a denial there has its own scope
        # (but "membantah laporan harian X bahwa …" with the "bahwa" clause misparsed as an adverbial: what it denies)
        if word.text.lower() in lexicon.denial_words:
            if any(c.deprel.startswith("advmod") and c.text.lower() in ("tidak", "tak", "bukan")
                   for c in sentence.children(word.id)):
                return None  # "X tidak membantah kabar itu": no denial
            if describing and _denies_other(sentence, word, lexicon):
                return None  # the denial has its own object ("… membantah telah membeli Y"), not the description
            return word.text.lower()
        seen += 1
    return None


def _denies_other(sentence: Sentence, denial: Word, lexicon: Lexicon) -> bool:
    """Whether a denial verb has a complement of its own after it, other than a report pointed back at ("membantah
    telah membeli Y", not "membantah kabar itu", which denies what the subject's description said)."""
    for c in sentence.children(denial.id):
        if c.id < denial.id or _base(c.deprel) not in ("xcomp", "ccomp", "obj", "advcl"):
            continue
        reported = c.upos == "NOUN" and c.text.lower() in lexicon.report_nouns and any(
            g.text.lower() in ("itu", "tersebut", "ini") for g in sentence.children(c.id))
        return not reported
    return False


def _ended(sentence: Sentence, word: Word, lexicon: Lexicon) -> str | None:
    """RETURNS the predicate ("batal", "gagal") whose subject is a nominal trigger, or the plan noun heading it, or
    None: "Rencana akuisisi X resmi batal", "Kerja sama A dan B berakhir"."""
    if word.upos not in ("NOUN", "PROPN"):
        return None
    np = word
    if _base(word.deprel) in ("compound", "nmod", "flat") and word.head:
        np = sentence.word(word.head)  # "rencana akuisisi": the plan is what is called off
    if not np.deprel.startswith("nsubj") or not np.head:
        return None
    pred = sentence.word(np.head)
    for w in (pred, *(c for c in sentence.children(pred.id) if c.deprel in ("xcomp", "cop"))):
        if w.text.lower() in lexicon.ended_words or w.lemma.lower() in lexicon.ended_words:
            return w.text.lower()
    # "Kerja sama A dan B belum terwujud": the relation has not come about
    if set(roots_of(pred.text, pred.lemma)) & lexicon.realised_roots and any(
            c.text.lower() in lexicon.not_yet_words for c in sentence.children(pred.id) if c.deprel == "advmod"):
        return "belum " + pred.text.lower()
    return None


def _pending(sentence: Sentence, word: Word, spec_phr: dict[int, str], neg_phr: dict[int, str],
             lexicon: Lexicon) -> tuple[str, str] | None:
    """RETURNS a hedge on the predicate that makes a nominal trigger come about, when the trigger is its subject, or
    None: "Kerja sama A dan B akan diteken bulan depan" (speculative: "akan")."""
    if word.upos not in ("NOUN", "PROPN") or not word.deprel.startswith("nsubj") or not word.head:
        return None
    pred = sentence.word(word.head)
    if not set(roots_of(pred.text, pred.lemma)) & lexicon.realised_roots:
        return None
    for child in sentence.children(pred.id):
        if child.deprel in CUE_DEPRELS or child.id in spec_phr:
            hit = _cue(child, spec_phr, neg_phr, lexicon)
            if hit is not None and hit[0] == "speculative":
                return hit
    return None


def _sold(sentence: Sentence, word: Word, lexicon: Lexicon) -> str | None:
    """RETURNS the verb ("menjual", "melepas") whose object is a nominal trigger or the noun phrase it is part of,
    or None: "X menjual kepemilikan sahamnya di Y" says the stake has ended."""
    np, steps = word, 0
    while np.upos in ("NOUN", "PROPN") and _base(np.deprel) in ("compound", "nmod") and np.head and steps < 2:
        np = sentence.word(np.head)  # "kepemilikan saham": the holding is what is sold
        steps += 1
    if np.deprel != "obj" or not np.head:
        return None
    verb = sentence.word(np.head)
    return verb.text.lower() if set(roots_of(verb.text, verb.lemma)) & lexicon.sold_roots else None


def _names_person(sentence: Sentence, word: Word) -> bool:
    """True when the NER tags a person's name in the phrase a title heads ("Gubernur Jatim Soekarwo")."""
    todo = [word.id]
    while todo:
        i = todo.pop()
        if i != word.id and _tagged_person(sentence.word(i)):
            return True
        todo += [c.id for c in sentence.children(i) if c.deprel in ("flat", "flat:name", "nmod", "appos", "compound")]
    return False


def assess(sentence: Sentence, trigger: int, lexicon: Lexicon, *, nominal: bool = False) -> tuple[str, str | None]:
    """Decide the certainty of a claim made by one word.

    sentence: the sentence of the claim.
    trigger: id of the word that made the claim (0: none known; the claim is asserted unless the sentence asks).
    lexicon: the certainty cues.
    nominal: True for a fact stated inside a noun phrase: only the phrase's own dependents count.
    RETURNS: (certainty, cue) with certainty "asserted", "speculative" or "negated" and the cue text (None if asserted).
    """
    if trigger < 1 or trigger > len(sentence.words):
        return ("speculative", "?") if is_question(sentence, lexicon) else ("asserted", None)
    spec_phr = _phrase_words(sentence, lexicon.speculative_phrases)
    word = sentence.word(trigger)
    if not lexicon.appointment_roots & set(roots_of(word.text, word.lemma)):
        # "akan tetap", "akan terus": what goes on, no hedge; but an appointment still to come ("tetap akan
        # mengukuhkan X sebagai ketua umum") has not happened
        spec_phr.update(dict.fromkeys(_phrase_words(sentence, lexicon.continuing_phrases), ""))
    neg_phr = _phrase_words(sentence, lexicon.negated_phrases)
    # an office in a verb's slot: its object or complement, or "sebagai" + the office
    as_office = word.deprel in ("obj", "xcomp") or (word.deprel.startswith("obl") and any(
        c.deprel == "case" and c.text.lower() == "sebagai" for c in sentence.children(word.id)))
    # "mengusung Wali Kota Bekasi X sebagai calon Gubernur Y": X's present office in the object; another is proposed
    elsewhere = nominal and word.deprel == "obj" and bool(word.head) and any(
        c.id != word.id and any(g.deprel == "case" and g.text.lower() == "sebagai" for g in sentence.children(c.id))
        for c in sentence.children(word.head))
    if nominal:  # "calon ketua umum PAN, X": a candidate for the office does not hold it
        # the governing word counts only when the office is what it proposes ("mengusulkan X sebagai ketua"), not
        # when the office holder is its subject or agent ("Bupati X mengusulkan …", "diusung oleh Ketua Umum X")
        proposed = as_office and not elsewhere
        before = sentence.word(trigger - 1) if trigger > 1 and not elsewhere else None
        head = sentence.word(word.head) if word.head and proposed else None
        for w, words in ((before, lexicon.candidate_words), (head, lexicon.candidate_words | lexicon.proposal_roots)):
            # (a proposing word right before the office is the holder's act: "usulan Gubernur X", "diusulkan Bupati X")
            if w is not None and (w.text.lower() in words or set(roots_of(w.text, w.lemma)) & words):
                return "speculative", w.text.lower()  # also "mencalonkan X sebagai ketua umum"
    if not nominal:
        denial = denied_above(sentence, word, lexicon)
        if denial is not None:  # "X membantah (kabar bahwa) akan mengakuisisi Y": the text denies it
            return "negated", denial
        gov = sentence.word(word.head) if word.head else None
        decided = gov is not None and bool(set(roots_of(gov.text, gov.lemma)) & lexicon.decision_roots)
        for child in sentence.children(trigger):
            if child.deprel == "mark" and child.text.lower() in lexicon.purpose_marks and not decided:
                cues = [_cue(c, spec_phr, neg_phr, lexicon) for c in (sentence.children(gov.id) if gov else [])
                        if c.deprel in CUE_DEPRELS]
                refused = next((h for h in cues if h and h[0] == "negated"), None)
                if refused is not None:  # "tidak pernah mempertimbangkan untuk mengakuisisi Y": no aim at all
                    return refused
                return "speculative", child.text.lower()  # an aim; but "memutuskan untuk menunda" is done
        ended = _ended(sentence, word, lexicon) or (_sold(sentence, word, lexicon) if word.upos == "NOUN" else None)
        if ended is not None:  # "Rencana akuisisi X oleh Y resmi batal": the deal is off
            return "negated", ended
        pending = _pending(sentence, word, spec_phr, neg_phr, lexicon)
        if pending is not None:  # "Kerja sama A dan B akan diteken bulan depan": not yet signed
            return pending
        if word.upos in ("NOUN", "PROPN") and word.head and _base(word.deprel) in ("compound", "nmod", "flat"):
            hit = _cue(sentence.word(word.head), spec_phr, neg_phr, lexicon)  # "rencana akuisisi", "rumor merger"
            if hit is not None and hit[0] == "speculative":
                return hit
    level = 0
    reported = False  # reached through a "bahwa" clause: the governing verb's rumour noun counts ("ada kabar bahwa")
    while True:
        found: list[tuple[str, str]] = []
        own = _cue(word, spec_phr, neg_phr, lexicon) if word.id != trigger else None
        if own:
            found.append(own)
        for child in sentence.children(word.id):
            if reported and child.deprel in ("obj", "nsubj", "nsubj:pass"):
                hit = _cue(child, spec_phr, neg_phr, lexicon)
                if hit is not None and hit[0] == "speculative":
                    found.append(hit)
            # a sentence adverb written before a comma ("Kabarnya, X …", "Konon, …") even when parsed as a subject
            adverb = child.id < word.id and child.deprel.startswith("nsubj") and _before_comma(sentence, child)
            if child.deprel in CUE_DEPRELS or child.id in spec_phr or child.id in neg_phr or adverb:
                hit = _cue(child, spec_phr, neg_phr, lexicon)
                if hit is None and child.deprel in ("obl", "nmod"):
                    # "menurut spekulan": the cue phrase is the oblique with its preposition
                    for grand in sentence.children(child.id):
                        hit = hit or (("speculative", spec_phr[grand.id]) if grand.id in spec_phr else None)
                if hit:
                    found.append(hit)
            if level == 0 and child.deprel in ("obj", "obl", "obl:tmod", "nmod") and any(
                    g.deprel == "nummod" for g in sentence.children(child.id)):
                # a date still to come on the trigger ("dirilis 16 Juni mendatang"): the cue right after the date,
                # hung on the date or on the trigger
                nxt = sentence.word(child.id + 1) if child.id < len(sentence.words) else None
                hit = _cue(nxt, spec_phr, neg_phr, lexicon) if nxt is not None and nxt.head in (
                    child.id, word.id) and nxt.upos in ("ADJ", "VERB") else None
                if hit is not None and hit[0] == "speculative":
                    found.append(hit)
        if found:
            found.sort(key=lambda h: h[0] != "speculative")
            return found[0]
        light = level == 0 and word.upos in ("NOUN", "PROPN") and word.deprel in ("obj", "xcomp")
        # a "bahwa" clause is a complement even where the parser hung it as an adverbial clause
        said = word.deprel == "advcl" and any(c.deprel == "mark" and c.text.lower() == "bahwa"
                                              for c in sentence.children(word.id))
        # a clause of time ("Sejak bergabung dengan A, ia belum pernah absen", whatever the parser hung it as) is
        # out of the main clause's scope
        timed = any(c.deprel == "mark" and c.text.lower() in lexicon.time_marks for c in sentence.children(word.id))
        if nominal or level > 4 or (word.deprel not in CLIMB and not light and not said) or not word.head or timed:
            break
        reported = said
        word = sentence.word(word.head)  # a noun trigger under a light verb takes the verb's clause
        level += 1
    if not nominal and word.deprel == "root":
        # a hedge opening the sentence, which the parser took into the subject's name ("Konon Microsoft menanamkan
        # …", "Kabarnya PT X …"): it covers the main clause
        opening = next((w for w in sentence.words if any(ch.isalpha() for ch in w.text)), None)
        if (opening is not None and opening.id != trigger and opening.id < word.id
                and opening.text.lower() in lexicon.sentence_hedges):  # (not "Rencana komersialisasi X diundur")
            return "speculative", opening.text.lower()
    head = sentence.word(word.head) if word.head else None
    # (not "X akan dilantik Gubernur Y Z": the passive's title with its holder named is its agent, whose office is no
    # part of the plan; but "X akan dilantik Gubernur Y pekan depan" is X's office to come)
    agent = head is not None and word.deprel == "obj" and is_passive(head) and _names_person(sentence, word)
    if nominal and as_office and not elsewhere and not agent and head is not None and lexicon.appointment_roots & set(
            roots_of(head.text, head.lemma)):
        # a title in the object of a planned act ("akan melantik Gubernur X Y", "akan terpilih sebagai ketua X"): a
        # hedge there counts, a negation not
        outer = assess(sentence, word.head, lexicon)
        if outer[0] == "speculative" and outer[1] != "?":
            return outer
    if not nominal and is_question(sentence, lexicon):
        return "speculative", "?"
    return "asserted", None


def assess_claims(doc: Document, claims: Iterable[Claim], lexicon: Lexicon) -> list[Claim]:
    """Set the certainty of each claim from the cues in its scope.

    doc: the document the claims come from.
    claims: claims from :func:`kg.relations.find_claims`.
    lexicon: the certainty cues.
    RETURNS: the claims with ``certainty`` and ``cue`` set.
    """
    out = []
    for claim in claims:
        sentence = doc.sentences[claim.sentence]
        certainty, cue = assess(sentence, claim.trigger_word, lexicon, nominal=claim.nominal)
        out.append(replace(claim, certainty=certainty, cue=cue))
    # "memindahkan kantor pusatnya dari A ke B": once the move is stated as done, the seat it left has ended
    # (dev/GUIDELINES: a relation that held and then ended takes its final state, negated); a planned move leaves it
    # a relation the text says has ended ("X mundur dari jabatannya sebagai Ketua Y") is negated when the ending is
    # stated as done; an ending only planned or denied says nothing sure about the relation, and is dropped
    out = [replace(c, certainty="negated", cue=c.trigger) if c.ended else c
           for c in out if not c.ended or c.certainty == "asserted"]
    # ... and the office a title gave before the text says it ended ("Bupati X mengundurkan diri dari jabatannya")
    # is that one relation in its final state, not also a current one
    ended = {(c.subject, c.predicate, c.object): c.sentence for c in out if c.ended and isinstance(c.object, str)}
    out = [c for c in out if not (c.nominal and not c.ended and c.certainty == "asserted" and isinstance(c.object, str)
                                  and c.sentence <= ended.get((c.subject, c.predicate, c.object), -1))]
    # an office the text later says is no longer held ("Ia menjabat Presiden Direktur X pada 2008-2016. … Sejak 2016 ia
    # tidak lagi memimpin X") is one relation in its final state: the denial, not the tenure before it
    denied = {}
    for c in out:
        if (c.predicate in OFFICES and c.certainty == "negated" and isinstance(c.object, str)
                and _no_longer(doc.sentences[c.sentence], c, lexicon)):
            denied.setdefault((c.subject, c.predicate, c.object), c.sentence)
    out = [c for c in out if not (c.predicate in OFFICES and c.certainty == "asserted" and isinstance(c.object, str)
                                  and c.sentence < denied.get((c.subject, c.predicate, c.object), -1))]
    moves = {(c.sentence, c.subject): c for c in out if c.extractor == "rule:relocation" and c.certainty == "asserted"}
    return [replace(c, certainty="negated", cue=moves[(c.sentence, c.subject)].trigger)
            if c.extractor == "rule:relocation-from" and (c.sentence, c.subject) in moves else c for c in out]
