"""kg: a knowledge graph of Vietnamese provincial Party news.

The library works on its own from Python::

    from kg.article import read_article
    from kg.extract.pipeline import extract_facts
    facts = extract_facts(read_article("seeds/001_b559765a8eaa996e.txt"))
"""

__version__ = "0.1.0"
