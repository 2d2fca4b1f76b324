"""The analysis layer: everything between segmentation and the checks.

read -> segment -> **analyse** -> check -> report -> render. ``Document`` holds an article's
text and sentences and computes each analysis once: ``doc.people`` (names and titles:
``people``; who is who: ``coreference``), ``doc.orgs`` (``orgs``) and ``doc.places``
(``places``, with the ``gazetteer``; both built on ``names``), ``doc.quantities``
(``quantities``, ``units``), ``doc.dates`` (``dates``). ``spelling`` decides how two
spellings of a name relate; ``lexicon`` is the one loader of the data files.
"""
from .document import Document

__all__ = ["Document"]
