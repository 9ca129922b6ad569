"""Claims and entities → one rdflib Graph: the single source of truth every export is projected from.

The graph follows the contract documented in ``ontology/kg.ttl``: entities with rdf:type, one rdfs:label and
skos:altLabel; kgo:Document nodes with dcterms:identifier; every claim an rdf:Statement with its certainty and
evidence; asserted claims also as plain triples; delayed objects as kgo:Event nodes (kgo:about the named product).
Node IRIs are deterministic (names via :func:`kg.iris.mint_iri`, claims and events via a hash of their content), so
the same input gives the same graph. Computing is kept apart from mutating: ``claim_triples`` computes, the
``add_*`` functions add to a graph they are given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.iris import content_iri, mint_iri
from kg.items import Claim, Entity, Event
from kg.vocab import ENTITY_CLASSES, KGO, RESOURCE

SCHEMA = Namespace("https://schema.org/")
Triple = tuple[URIRef, URIRef, URIRef | Literal]


def new_graph() -> Graph:
    """RETURNS an empty Graph with the project's prefixes bound (kgo, kgr, rdf, rdfs, skos, prov, dcterms, xsd)."""
    g = Graph(bind_namespaces="core")
    g.bind("kgo", KGO._NS)
    g.bind("kgr", RESOURCE)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("xsd", XSD)
    return g


def entity_iri(label: str) -> URIRef:
    """RETURNS the IRI of the entity with this canonical label."""
    return mint_iri(label)


def document_iri(doc_id: str) -> URIRef:
    """RETURNS the IRI of a document (``…/resource/doc/<id>``)."""
    return mint_iri(doc_id, kind="doc")


def event_iri(event: Event, subject: str) -> URIRef:
    """RETURNS the IRI of an event: a hash of its document, kind, subject and description."""
    return content_iri("event", event.document, event.kind, subject, event.label)


def claim_iri(claim: Claim) -> URIRef:
    """RETURNS the IRI of a claim's statement: a hash of where it was found and what it says."""
    obj = claim.object.label if isinstance(claim.object, Event) else claim.object
    return content_iri("claim", claim.document, claim.sentence, claim.subject, claim.predicate, obj, claim.certainty)


def document_triples(doc_id: str) -> Iterator[Triple]:
    """RETURNS the triples describing a document node."""
    node = document_iri(doc_id)
    yield node, RDF.type, KGO.Document
    yield node, DCTERMS.identifier, Literal(doc_id)


def entity_triples(entity: Entity, documents: Iterable[str] = ()) -> Iterator[Triple]:
    """RETURNS the triples describing an entity: type, label, other names, and the documents that mention it."""
    node = entity_iri(entity.label)
    yield node, RDF.type, ENTITY_CLASSES.get(entity.type, KGO.Organization)
    yield node, RDFS.label, Literal(entity.label)
    for alias in entity.aliases:
        yield node, SKOS.altLabel, Literal(alias)
    for doc_id in documents:
        yield node, PROV.wasDerivedFrom, document_iri(doc_id)


def claim_triples(claim: Claim) -> Iterator[Triple]:
    """RETURNS the triples of one claim: its rdf:Statement with evidence, the event node if any, and the plain triple
    when the claim is asserted."""
    subj = entity_iri(claim.subject)
    pred = KGO[claim.predicate]
    if isinstance(claim.object, Event):
        obj = event_iri(claim.object, claim.subject)
        yield obj, RDF.type, KGO.Event
        yield obj, RDFS.label, Literal(claim.object.label, lang="id")
        yield obj, PROV.wasDerivedFrom, document_iri(claim.object.document)
        if claim.object.about is not None:
            yield obj, KGO.about, entity_iri(claim.object.about)
        if claim.object.date is not None:
            yield obj, KGO.date, Literal(claim.object.date, lang="id")
        if claim.object.reason is not None:
            yield obj, KGO.reason, Literal(claim.object.reason, lang="id")
    else:
        obj = entity_iri(claim.object)
    st = claim_iri(claim)
    yield st, RDF.type, RDF.Statement
    yield st, RDF.subject, subj
    yield st, RDF.predicate, pred
    yield st, RDF.object, obj
    yield st, KGO.certainty, Literal(claim.certainty)
    yield st, PROV.wasDerivedFrom, document_iri(claim.document)
    yield st, KGO.evidence, Literal(claim.evidence, lang="id")
    yield st, KGO.charStart, Literal(claim.start)
    yield st, KGO.charEnd, Literal(claim.end)
    yield st, KGO.confidence, Literal(Decimal(f"{claim.confidence:.2f}"))
    yield st, KGO.extractor, Literal(claim.extractor)
    if claim.trigger:
        yield st, KGO.trigger, Literal(claim.trigger)
    if claim.cue:
        yield st, KGO.cue, Literal(claim.cue)
    if claim.stated_by:
        yield st, KGO.statedBy, entity_iri(claim.stated_by)
    if claim.certainty == "asserted":
        yield subj, pred, obj


def add_triples(graph: Graph, triples: Iterable[Triple]) -> Graph:
    """Add triples to a graph. RETURNS the graph."""
    for t in triples:
        graph.add(t)
    return graph


def build_graph(
    documents: Iterable[str],
    entities: Iterable[tuple[Entity, Iterable[str]]],
    claims: Iterable[Claim],
    graph: Graph | None = None,
) -> Graph:
    """Build the knowledge graph.

    documents: ids of the documents built.
    entities: each entity with the ids of the documents that mention it.
    claims: the claims, labels already resolved to the entities' canonical labels.
    graph: a graph to add to (None: a new one with the prefixes bound).
    RETURNS: the graph.
    """
    g = graph if graph is not None else new_graph()
    for doc_id in documents:
        add_triples(g, document_triples(doc_id))
    for entity, docs in entities:
        add_triples(g, entity_triples(entity, docs))
    for claim in claims:
        add_triples(g, claim_triples(claim))
    return g
