"""One document in, its entities and claims out: the extractor stages chained, as one pure function.

``extract_document`` is what a worker runs (in-process now, a Dask task later); the cross-document step is
:class:`kg.entities.EntityRegistry`, fed with the results in document order.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from kg.certainty import assess_claims
from kg.entities import EntityIndex, find_mentions, resolve_entities
from kg.items import OFFICES, Claim, DocumentExtraction, Entity, Event
from kg.lexicon import Lexicon, load_lexicon
from kg.records import Document
from kg.relations import find_claims, weak_person

log = logging.getLogger(__name__)

# A name typed only by default takes the type its role implies ("merilis X": X is a product).
ROLE_TYPES = {("releases", "object"): "Product", ("developedBy", "subject"): "Product", ("acquires", "object"): None,
              ("announced", "object"): "Product", ("leads", "subject"): "Person", ("ceoOf", "subject"): "Person"}
PRODUCT_ROLES = frozenset({("releases", "object"), ("developedBy", "subject"), ("announced", "object")})


def retype_by_role(index: EntityIndex, claims: list[Claim], lexicon: Lexicon | None = None) -> dict[str, Entity]:
    """Give default-typed entities (and one-word names the NER alone calls persons) the type their claims imply.

    index: the document's entities.
    claims: its claims.
    lexicon: the relations' argument types (None: the bundled lexicons).
    RETURNS: label → Entity with updated types (unchanged entities included).
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    entities = dict(index.entities)
    # holders of an office are people, whatever else a rule made of them ("Presiden AS George W Bush" is no product
    # that a prosecutor "mengumumkan apakah …")
    holders = {c.subject for c in claims if c.predicate in OFFICES}
    for c in claims:
        if not isinstance(c.object, str):
            continue
        pairs = [(c.subject, "subject", c.object), (c.object, "object", c.subject)]
        spec = lex.relations.get("leads" if c.predicate == "ceoOf" else c.predicate)
        for label, role, other in pairs:
            ent = entities.get(label)
            if ent is None:
                continue
            if ent.type_source == "ner" and (c.predicate, role) in PRODUCT_ROLES and ent.type not in (
                    "AIModel", "Product") and not (ent.type == "Person" and label in holders) and ent.type != "Place":
                entities[label] = replace(ent, type="Product", type_source="role")  # the NER knows no products
                continue
            if spec is not None and weak_person(ent):
                slot = spec.subject_types if role == "subject" else spec.object_types
                if ent.type not in slot and "Organization" in slot:  # "Sagarindo merekrut …": not a person
                    entities[label] = replace(ent, type="Organization", type_source="role")
                continue
            if (ent.type_source == "ner" and ent.type != "Person" and c.extractor == "rule:title-apposition"
                    and role == "subject"):
                entities[label] = replace(ent, type="Person", type_source="role")  # "Direktur X Y": Y holds it
                continue
            if (ent.type_source == "ner" and ent.type == "Person" and c.extractor == "rule:title-apposition"
                    and role == "object" and c.predicate in OFFICES):
                entities[label] = replace(ent, type="Organization", type_source="role")  # "Ketua X, Y": X is led
                continue
            if ent.type_source != "default":
                # NER knows no products: a name it tags ORG that competes with a model is a model/product too
                peer = entities.get(other)
                if (c.predicate == "competesWith" and ent.type_source == "ner" and ent.type == "Organization"
                        and peer is not None and peer.type in ("AIModel", "Product")
                        and peer.type_source in ("cue:product", "version")):
                    entities[label] = replace(ent, type="Product", type_source="role")
                continue
            new = ROLE_TYPES.get((c.predicate, role))
            if new == "Product" and ent.type == "AIModel":
                new = None  # a model is already a kind of product
            if c.predicate == "competesWith":
                peer = entities.get(other)
                if peer is not None and peer.type in ("AIModel", "Product") and peer.type_source != "default":
                    new = peer.type
            if new:
                entities[label] = replace(ent, type=new, type_source="role")
    return entities


def extract_document(doc: Document, lexicon: Lexicon | None = None) -> DocumentExtraction:
    """Run the extractor on one parsed document.

    doc: the parsed document.
    lexicon: the lexicons (None: the bundled ones).
    RETURNS: the document's entities and claims (with certainty), labels local to the document.

    Example:
        >>> from kg.conllu import read_conllu
        >>> doc = read_conllu("# text = Meta merekrut.\\n1\\tMeta\\tmeta\\tPROPN\\t_\\t_\\t2\\tnsubj\\t_\\t_\\n"
        ...                   "2\\tmerekrut\\trekrut\\tVERB\\t_\\t_\\t0\\troot\\t_\\t_\\n", "d1")
        >>> [e.label for e in extract_document(doc).entities]
        ['Meta']
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    mentions = find_mentions(doc, lex)
    index = resolve_entities(mentions, lex)
    claims = assess_claims(doc, find_claims(doc, index, lex), lex)
    entities = retype_by_role(index, claims, lex)
    # a seat must stay a place: a one-word name the NER called a place, that another claim showed to be a company
    # ("anak perusahaan Zetacorp, yakni PT X"), is no seat of X
    claims = [c for c in claims if c.predicate != "basedIn" or not isinstance(c.object, str)
              or entities.get(c.object) is None or entities[c.object].type == "Place"]
    # ... and a product must stay a product: a person kept as one (an office holder) is nobody's release
    claims = [c for c in claims if not any(
        (c.predicate, role) in PRODUCT_ROLES and label in entities and entities[label].type in ("Person", "Place")
        for label, role in ((c.subject, "subject"), (c.object if isinstance(c.object, str) else None, "object")))]
    claims = _for_the_employer(claims, entities)
    # a product does not compete with the company that makes or puts it out ("Ponsel X itu akan menghadapi persaingan
    # dari pesaing domestik Daehan, Y": X's rival is Y, not its own maker)
    makers = {frozenset((c.subject, c.object)) for c in claims if isinstance(c.object, str)
              and c.predicate in ("developedBy", "releases", "announced")}
    claims = [c for c in claims if c.predicate != "competesWith" or not isinstance(c.object, str)
              or frozenset((c.subject, c.object)) not in makers]
    return DocumentExtraction(document=doc.id, entities=tuple(entities.values()), claims=tuple(claims))


def _for_the_employer(claims: list[Claim], entities: dict[str, Entity]) -> list[Claim]:
    """An office holder who releases or announces a product does it for the organisation the same sentence makes
    them head of ("CEO Apple, Steve Jobs, memperkenalkan iPhone": Apple announces it; dev/GUIDELINES: an organisation
    releases and announces). Only where the sentence names exactly one such organisation."""
    heads: dict[tuple[int, str], set[str]] = {}
    for c in claims:
        if (c.predicate in ("ceoOf", "leads") and isinstance(c.object, str) and c.certainty == "asserted"
                and c.object in entities and entities[c.object].type == "Organization"):
            heads.setdefault((c.sentence, c.subject), set()).add(c.object)
    seen = {(c.subject, c.predicate, c.object if isinstance(c.object, str) else c.object.label) for c in claims}
    out = []
    for c in claims:
        orgs = heads.get((c.sentence, c.subject), set())
        if (c.predicate in ("releases", "announced") and len(orgs) == 1 and c.subject in entities
                and entities[c.subject].type == "Person"):
            org = next(iter(orgs))
            key = (org, c.predicate, c.object if isinstance(c.object, str) else c.object.label)
            if key in seen:
                continue
            seen.add(key)
            c = replace(c, subject=org, extractor=c.extractor + "+employer")
        out.append(c)
    return out


def relabel(claim: Claim, mapping: dict[str, str]) -> Claim:
    """RETURNS the claim with its entity labels mapped to global canonical labels (events keep their text)."""
    obj = claim.object
    if isinstance(obj, Event):
        if obj.about is not None:
            obj = replace(obj, about=mapping.get(obj.about, obj.about))
    else:
        obj = mapping.get(obj, obj)
    stated_by = mapping.get(claim.stated_by, claim.stated_by) if claim.stated_by else None
    return replace(claim, subject=mapping.get(claim.subject, claim.subject), object=obj, stated_by=stated_by)
