"""The kg-id ontology's terms (``ontology/kg.ttl``) as an rdflib DefinedNamespace.

``_fail = True``: a misspelt term (``KGO.competeWith``) raises AttributeError instead of minting a new IRI. A test
checks that this class and the ontology file declare exactly the same terms.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-id/ontology"
RESOURCE = Namespace("https://w3id.org/kg-id/resource/")


class KGO(DefinedNamespace):
    """Terms of the kg-id ontology (prefix ``kgo``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-id/ontology#")

    # classes
    Organization: URIRef
    Person: URIRef
    AIModel: URIRef
    Product: URIRef
    Place: URIRef
    Event: URIRef
    Document: URIRef

    # relations between entities
    competesWith: URIRef
    delayed: URIRef
    recruitsFrom: URIRef
    leads: URIRef
    ceoOf: URIRef
    developedBy: URIRef
    releases: URIRef
    basedIn: URIRef
    announced: URIRef
    acquires: URIRef
    partnersWith: URIRef
    investsIn: URIRef
    about: URIRef
    date: URIRef
    reason: URIRef

    # claim provenance and certainty
    certainty: URIRef
    evidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    confidence: URIRef
    extractor: URIRef
    trigger: URIRef
    cue: URIRef
    statedBy: URIRef


ENTITY_CLASSES: dict[str, URIRef] = {
    "Organization": KGO.Organization,
    "Person": KGO.Person,
    "AIModel": KGO.AIModel,
    "Product": KGO.Product,
    "Place": KGO.Place,
}
RELATIONS: tuple[str, ...] = (
    "competesWith", "delayed", "recruitsFrom", "leads", "ceoOf", "developedBy", "releases", "basedIn", "announced",
    "acquires", "partnersWith", "investsIn",
)
SYMMETRIC: frozenset[str] = frozenset({"competesWith", "partnersWith"})
