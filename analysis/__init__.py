"""Bayan: Arabic news coverage of official meetings as source-linked facts and briefings.

Import what analysts use most from here::

    import analysis
    facts = analysis.load_facts("seed")
    analysis.tables.agreements_table(facts)
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("bayan")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"

from analysis.articles import ArticleError, read_article
from analysis.facts import FactsError, load_facts, save_facts
from analysis.schema import Facts

__all__ = [
    "ArticleError",
    "Facts",
    "FactsError",
    "__version__",
    "load_facts",
    "read_article",
    "save_facts",
]
