"""Exports of the RDF graph: Turtle (turtle.py), GraphML via networkx (nx.py), HTML via pyvis (html.py)."""
