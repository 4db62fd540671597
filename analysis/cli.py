"""The ``briefing`` command line (also ``python -m analysis``).

It parses arguments, calls library functions and turns their errors into one clear line on
stderr and a non-zero exit code. It holds no logic of its own, and nothing imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Bayan: Arabic news on official meetings as source-linked facts and briefings.",
    )
    parser.add_argument("--version", action="version", version=f"bayan {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    render = commands.add_parser(
        "render",
        help="render a briefing (HTML and PDF) for an article",
        description="Execute the briefing notebook for an article (parameters injected as "
        "papermill does, run in-process with nbclient) and convert it to HTML and PDF in "
        "OUT/<article id>/. A failed run keeps the previous report and "
        "saves the failed notebook under OUT/<article id>/failed/.",
    )
    render.add_argument(
        "articles",
        nargs="+",
        metavar="ARTICLE",
        help="article id (see `briefing articles`) or path to a text file; several render "
        "as a batch with one browser, failures reported together",
    )
    render.add_argument("--out", type=Path, default=None, help="output root (default: reports/)")
    render.add_argument(
        "--facts-source",
        choices=["curated", "extracted"],
        default=None,
        help="curated facts file or the extractor (default: curated for a known id, "
        "extracted for a file path)",
    )
    render.add_argument("--language", choices=["en", "ar", "bilingual"], default="bilingual")
    render.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set another notebook parameter (a JSON value or a plain string); "
        "unknown names are errors",
    )
    render.add_argument("--no-pdf", action="store_true", help="write the HTML only")

    extract = commands.add_parser(
        "extract",
        help="extract facts from article files, one JSON object per line",
        description="Print one facts object per input file, one per line, in input order.",
    )
    extract.add_argument("files", nargs="+", type=Path, metavar="FILE")

    evaluate = commands.add_parser(
        "evaluate",
        help="score the extractor against gold facts",
        description="Compare extracted facts with the gold files of a corpus and print "
        "per-field precision, recall and F1 and per-article differences.",
    )
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of <id>.json gold files")
    evaluate.add_argument(
        "--articles", type=Path, required=True, help="folder of <id>.txt articles"
    )
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--summary",
        action="store_true",
        help="print the scores only, not each article's differences (for a held-out set)",
    )

    commands.add_parser("articles", help="list known article ids")

    schema = commands.add_parser("schema", help="write the facts JSON Schema")
    schema.add_argument("--out", type=Path, default=None, help="folder (default: data/schema/)")
    return parser


def _render(args: argparse.Namespace) -> int:
    from analysis.render import BatchRenderError, parse_parameter, render_briefing, render_many

    options = dict(
        out_dir=args.out,
        facts_source=args.facts_source,
        language=args.language,
        parameters=dict(parse_parameter(item) for item in args.param),
        pdf=not args.no_pdf,
    )
    if len(args.articles) == 1:
        results = [render_briefing(args.articles[0], **options)]
    else:
        try:
            results = render_many(args.articles, **options)
        except BatchRenderError as error:
            for result in error.results:
                print("\n".join(map(str, result.files)))
            raise
    for result in results:
        print("\n".join(map(str, result.files)))
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from analysis.extract import extract_file

    for path in args.files:
        facts = extract_file(
            path, warn=lambda message: print(f"warning: {message}", file=sys.stderr)
        )
        sys.stdout.write(facts.model_dump_json() + "\n")
    return EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluate import evaluate_corpus, format_report

    report = evaluate_corpus(args.gold, args.articles)
    print(
        json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
        if args.json
        else format_report(report, per_article=not args.summary)
    )
    return EXIT_OK


def _articles(args: argparse.Namespace) -> int:
    from analysis.articles import known_article_ids

    print("\n".join(known_article_ids()))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from analysis.facts import write_json_schema

    print(write_json_schema(args.out))
    return EXIT_OK


_COMMANDS = {
    "render": _render,
    "extract": _extract,
    "evaluate": _evaluate,
    "articles": _articles,
    "schema": _schema,
}


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        The exit code: 0 on success, 1 when the work failed, 2 for bad input.
    """
    from analysis.articles import ArticleError
    from analysis.facts import FactsError

    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (ArticleError, FactsError, ValueError) as error:
        print(f"briefing {args.command}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except RuntimeError as error:
        print(f"briefing {args.command}: failed: {error}", file=sys.stderr)
        return EXIT_FAILED
