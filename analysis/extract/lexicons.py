"""Word lists learned from the unlabelled ANT corpus, and the command that rebuilds them.

Most word lists of :mod:`analysis.extract` are written by hand (``data/*.json``). One kind
of knowledge is better counted than written: which words are verbs in the imperfect. A word
of four letters or more that opens with ي and whose form with ت also occurs in the
corpus, not much more rarely (يبحر/تبحر، يعترف/تعترف), is a verb; a last name of that
shape has no such twin (يونكر، يعلون، يوسف) or a stray one (توران). The stems (the word
without ي) are kept in ``data/imperfect_stems.json``.

The list is counted over all ~40,000 articles of the shared ANT corpus (both files), never
from a gold set's choices, and is committed, so extraction needs no corpus. Rebuild it::

    .venv/bin/python -m analysis.extract.lexicons
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

from analysis import corpus
from analysis.files import write_text_atomic
from analysis.text import normalize

__all__ = ["build_imperfect_stems", "imperfect_stems", "main"]

_PATH = Path(__file__).parent / "data" / "imperfect_stems.json"
_WORD = re.compile(r"[^\W_]+")
MIN_COUNT = 2  # occurrences each of the ي and the ت form
# The rarer form must be at least this share of the other: a name in ت with a stray ي twin
# (توران 65, يوران 2) is no verb; verbs are written with both (يدلي 85, تدلي 23).
MIN_SHARE = 0.1


@cache
def imperfect_stems() -> frozenset[str]:
    """Normalized stems S such that يS and تS are both verbs in the imperfect."""
    return frozenset(json.loads(_PATH.read_text(encoding="utf-8"))["stems"])


def build_imperfect_stems(texts: list[str] | None = None) -> list[str]:
    """Count ي/ت word pairs in ``texts`` (default: every ANT article) and return the stems.

    Args:
        texts: article texts; the shared ANT corpus when ``None``.

    Returns:
        The sorted stems whose ي and ت forms both occur at least :data:`MIN_COUNT` times.
    """
    counts: Counter[str] = Counter()
    if texts is None:
        texts = [a.text for f in corpus.ant_files() for a in corpus.iter_ant_articles(f)]
    for text in texts:
        counts.update(w for w in _WORD.findall(normalize(text).text) if len(w) >= 4)
    stems = []
    for word, n in counts.items():
        twin = counts.get("ت" + word[1:], 0)
        rarer = min(n, twin)
        if word[0] == "ي" and rarer >= MIN_COUNT and rarer >= MIN_SHARE * max(n, twin):
            stems.append(word[1:])
    return sorted(stems)


def main(argv: list[str] | None = None) -> int:
    """Rebuild ``data/imperfect_stems.json`` from the shared ANT corpus."""
    del argv
    if not corpus.ant_files():
        print("the shared ANT corpus is absent; nothing rebuilt", file=sys.stderr)
        return 1
    stems = build_imperfect_stems()
    data = {
        "_doc": (
            "Stems S (normalized) such that the imperfect verbs يS and تS each occur at "
            f"least {MIN_COUNT} times in the shared ANT corpus, the rarer at least "
            f"{MIN_SHARE:.0%} as often as the other. Built by "
            "`python -m analysis.extract.lexicons` (analysis/extract/lexicons.py); "
            "counted, not chosen."
        ),
        "source": "ANT corpus, ant-jawhara.jsonl.gz and ant-multisource.jsonl.gz, all articles",
        "stems": stems,
    }
    write_text_atomic(_PATH, json.dumps(data, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(stems)} stems written to {_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
