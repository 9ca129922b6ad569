"""Mint IRIs: one deterministic function from a name (or any content) to an IRI under the resource namespace.

``mint_iri(name)`` gives ``https://w3id.org/kg-id/resource/<slug>`` where the slug keeps letters and digits (any
script, NFC-normalised), "-", "." and "~", writes spaces as "_", and percent-encodes every other character's UTF-8
bytes (including "_" and "%" themselves, so different names never share a slug). A slug longer than 80 characters is
cut and suffixed with a short SHA-256 of the whole name. The result is checked against the IRI grammar (RFC 3987)
here, at minting time: rdflib only warns on a bad IRI and fails later, while serialising.

``content_iri(kind, *parts)`` gives ``…/resource/<kind>/<hash>`` for nodes without a name of their own (claims,
events): the hash of their content, so the same input always gives the same graph.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.vocab import RESOURCE

MAX_SLUG = 80
_SAFE_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.~")
# RFC 3987 ucschar ranges (characters allowed unencoded in an IRI path)
_UCS = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), (0x10000, 0x1FFFD), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    (0x40000, 0x4FFFD), (0x50000, 0x5FFFD), (0x60000, 0x6FFFD), (0x70000, 0x7FFFD), (0x80000, 0x8FFFD),
    (0x90000, 0x9FFFD), (0xA0000, 0xAFFFD), (0xB0000, 0xBFFFD), (0xC0000, 0xCFFFD), (0xD0000, 0xDFFFD),
    (0xE1000, 0xEFFFD),
)
_PCT = "%[0-9A-F]{2}"
_IRI_PATH_CHAR = r"[A-Za-z0-9\-._~!$&'()*+,;=:@/]"
_VALID = re.compile(r"^https://w3id\.org/kg-id/resource/(?:" + _IRI_PATH_CHAR + "|" + _PCT + r"|[^\x00-\x9f])+$")


def _is_ucschar(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _UCS)


def _keep(ch: str) -> bool:
    if ch in _SAFE_ASCII:
        return True
    if ord(ch) < 0xA0 or not _is_ucschar(ch):
        return False
    return unicodedata.category(ch)[0] in ("L", "N")


def _encode(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))


def _digest(text: str, n: int = 12) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def slug(name: str) -> str:
    """Turn any string into an IRI path segment.

    name: any string (any Unicode, punctuation, any length; empty gives a hash).
    RETURNS: the slug, e.g. "Sam Altman" → "Sam_Altman", "X (Twitter)" → "X_%28Twitter%29".
    """
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    if not text:
        return "_" + _digest(name)
    out: list[str] = []
    for ch in text:
        out.append("_" if ch == " " else ch if _keep(ch) else _encode(ch))
    result = "".join(out)
    if len(result) > MAX_SLUG:
        cut = result[:MAX_SLUG]
        cut = re.sub(r"%[0-9A-F]?$", "", cut)  # never cut inside a %XX escape
        result = f"{cut}-{_digest(text)}"
    if result in (".", ".."):  # dot segments would be removed by IRI resolution
        result = _encode(result[0]) + result[1:]
    return result


def is_valid_iri(iri: str) -> bool:
    """RETURNS True when ``iri`` is a well-formed IRI under the resource namespace (checked by the RFC 3987 path
    grammar: unreserved/sub-delims ASCII, %XX escapes, non-ASCII ucschar letters)."""
    if not _VALID.match(iri):
        return False
    return all(ord(c) < 0xA0 or _is_ucschar(c) for c in iri)


def mint_iri(name: str, *, kind: str | None = None) -> URIRef:
    """Mint the IRI of a named thing.

    name: the canonical name (entities) or identifier (documents).
    kind: an optional path prefix ("doc" gives …/resource/doc/<slug>).
    RETURNS: the IRI, deterministic for the name.
    Raises ValueError if the result were not a valid IRI (a bug: every string should mint one).

    Example:
        >>> str(mint_iri("Sam Altman"))
        'https://w3id.org/kg-id/resource/Sam_Altman'
    """
    iri = str(RESOURCE) + (f"{kind}/" if kind else "") + slug(name)
    if not is_valid_iri(iri):
        raise ValueError(f"could not mint a valid IRI for {name!r}: {iri!r}")
    return URIRef(iri)


def content_iri(kind: str, *parts: object) -> URIRef:
    """Mint the IRI of an unnamed node (claim, event) from its content.

    kind: the path prefix ("claim", "event").
    parts: the content that identifies the node; equal content gives the same IRI.
    RETURNS: ``…/resource/<kind>/<16 hex digits>``.
    """
    text = "\x1f".join(str(p) for p in parts)
    return URIRef(f"{RESOURCE}{kind}/{_digest(text, 16)}")
