"""Extractors: pure functions from article text to facts (no RDF here).

One module per concern (names, orgs, positions, meetings, awards, dates);
:func:`kg.extract.pipeline.extract_facts` runs them all over one article.
"""
