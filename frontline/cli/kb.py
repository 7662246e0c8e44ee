"""`frontline kb`: import, search, read and evaluate the knowledge base; the owners' report."""

import argparse
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from frontline.cli.arguments import whole_number
from frontline.cli.output import CommandError, print_json, print_table
from frontline.context import AppContext
from knowledge.analytics import QueryLine, record_feedback, record_open, record_query, report
from knowledge.evaluation import Evaluation, evaluate, read_golden
from knowledge.importer import ImportReport
from knowledge.library import get_article
from knowledge.models import VOTES
from knowledge.search import SearchFilters, SearchResult
from knowledge.service import IndexReport
from store.types import utcnow


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    kb = commands.add_parser("kb", help="the knowledge base")
    actions = kb.add_subparsers(dest="action", required=True, metavar="ACTION")

    importing = actions.add_parser("import", help="import article files from a folder")
    importing.add_argument("folder", type=Path, metavar="DIR")
    importing.add_argument("--json", action="store_true", help="print the counts as JSON")
    importing.set_defaults(handler=run_import)

    searching = actions.add_parser("search", help="search articles ('-': queries from stdin)")
    searching.add_argument("query", metavar="QUERY")
    searching.add_argument("--lang", help="only articles in this language, e.g. zh or en")
    searching.add_argument("--tag")
    searching.add_argument("--product")
    searching.add_argument("--audience", choices=["customer", "internal"])
    searching.add_argument("--limit", type=whole_number, default=10, metavar="N")
    searching.add_argument("--user", metavar="USER", help="who searched, for the analytics")
    searching.add_argument("--json", action="store_true", help="print the hits as JSON")
    searching.set_defaults(handler=run_search)

    evaluating = actions.add_parser("eval", help="measure search against golden queries")
    evaluating.add_argument("file", type=Path, metavar="FILE")
    evaluating.add_argument("--k", type=whole_number, default=10, metavar="K")
    evaluating.add_argument("--json", action="store_true")
    evaluating.set_defaults(handler=run_eval)

    reindex = actions.add_parser("reindex", help="rebuild this workstation's search index")
    reindex.set_defaults(handler=run_reindex)

    show = actions.add_parser("show", help="print an article")
    show.add_argument("article_id", metavar="ID")
    show.add_argument("--html", action="store_true", help="the sanitised HTML the viewer shows")
    show.add_argument("--json", action="store_true")
    show.add_argument("--user", metavar="USER", help="who read it, for the analytics")
    show.add_argument("--query-id", type=whole_number, metavar="N", help="the search it came from")
    show.set_defaults(handler=run_show)

    feedback = actions.add_parser("feedback", help="rate an article")
    feedback.add_argument("article_id", metavar="ID")
    feedback.add_argument("--user", required=True, metavar="USER")
    feedback.add_argument("--vote", required=True, choices=VOTES)
    feedback.add_argument("--comment", default="")
    feedback.set_defaults(handler=run_feedback)

    owners = actions.add_parser("report", help="what the knowledge owners should fix")
    owners.add_argument("--days", type=whole_number, metavar="N", help="only the last N days")
    owners.add_argument("--json", action="store_true")
    owners.set_defaults(handler=run_report)


def _progress(done: int, total: int) -> None:
    """Index building progress, on standard error so JSON output stays clean."""
    end = "\n" if done >= total else ""
    print(f"\rIndexing articles: {done}/{total}", end=end, file=sys.stderr, flush=True)


def run_import(context: AppContext, args: argparse.Namespace) -> int:
    if not args.folder.is_dir():
        raise CommandError(f"{args.folder}: no such folder")
    result = context.knowledge.import_folder(args.folder, _progress)
    if args.json:
        print_json(result.as_dict())
    else:
        _print_import(result)
    return 0


def _print_import(result: ImportReport) -> None:
    print(
        f"added {len(result.added)}, updated {len(result.updated)}, "
        f"unchanged {result.unchanged}, skipped {len(result.skipped)}"
    )
    for skipped in result.skipped:
        print(f"skipped {skipped.path}: {skipped.reason}")
    for warning in result.warnings:
        print(f"warning {warning.path}: {warning.reason}")
    if result.synonyms != "none":
        print(f"synonyms: {result.synonyms}")


def run_search(context: AppContext, args: argparse.Namespace) -> int:
    filters = SearchFilters(
        language=args.lang, tag=args.tag, product=args.product, audience=args.audience
    )
    if args.query == "-":
        # Batch mode, for evaluation: not recorded in the search analytics.
        for line in sys.stdin:
            if line.strip():
                found = context.knowledge.search(line.strip(), filters, limit=args.limit)
                print_json(found.as_dict(), indent=None)
        return 0
    found = context.knowledge.search(args.query, filters, limit=args.limit)
    query_id = record_query(context.engine, args.query, filters, found.total, args.user)
    if args.json:
        print_json(found.as_dict() | {"query_id": query_id})
    else:
        _print_hits(found)
    return 0


def _print_hits(found: SearchResult) -> None:
    if found.corrected:
        print(f"No results for “{found.query}”; showing results for “{found.did_you_mean}”.")
    elif found.did_you_mean:
        print(f"Did you mean: {found.did_you_mean}")
    print(f"{found.total} articles")
    for hit in found.hits:
        print(f"\n{hit.id}  {hit.title}  [{hit.language}, {hit.audience}]  {hit.score:.2f}")
        print(f"    {hit.snippet}")


def run_eval(context: AppContext, args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such file")
    golden = read_golden(args.file)

    def rank(query: str) -> list[str]:
        hits = context.knowledge.search(query, limit=args.k).hits
        return [hit.id for hit in hits]

    result = evaluate(golden, rank, k=args.k)
    if args.json:
        print_json(result.as_dict())
    else:
        _print_evaluation(result)
    return 0


def _print_evaluation(result: Evaluation) -> None:
    k = result.k
    rows = [("all", result.overall), *sorted(result.by_language.items())]
    print_table(
        ["LANGUAGE", "QUERIES", f"RECALL@{k}", f"MRR@{k}", f"NDCG@{k}"],
        [(name, s.queries, f"{s.recall:.3f}", f"{s.mrr:.3f}", f"{s.ndcg:.3f}") for name, s in rows],
    )
    if result.misses:
        print(f"\n{len(result.misses)} queries found none of their articles in the top {k}:")
        for miss in result.misses:
            found = ", ".join(miss.found[:3]) or "nothing"
            print(f"  {miss.query}  wanted {', '.join(miss.relevant)}, found {found}")


def run_reindex(context: AppContext, args: argparse.Namespace) -> int:
    result: IndexReport = context.knowledge.rebuild_index(_progress)
    print(f"indexed {result.updated} articles")
    return 0


def run_show(context: AppContext, args: argparse.Namespace) -> int:
    article = get_article(context.engine, args.article_id)
    record_open(context.engine, article.id, query_id=args.query_id, username=args.user)
    if args.json:
        print_json(article.as_dict() | {"html": article.html})
    elif args.html:
        print(article.html)
    else:
        print(
            f"{article.id} · revision {article.revision} · {article.language} · "
            f"{article.audience} · updated {article.updated} · owner {article.owner}"
        )
        print(f"# {article.title}\n")
        print(article.body)
    return 0


def run_feedback(context: AppContext, args: argparse.Namespace) -> int:
    context.agent(args.user)  # only active staff give feedback
    record_feedback(
        context.engine, args.article_id, args.vote, username=args.user, comment=args.comment
    )
    print(f"recorded: {args.article_id.upper()} {args.vote}")
    return 0


def run_report(context: AppContext, args: argparse.Namespace) -> int:
    since = utcnow() - timedelta(days=args.days) if args.days else None
    result = report(context.engine, since=since)
    if args.json:
        print_json(result.as_dict())
        return 0
    _print_queries("Searches that found nothing:", result.zero_results)
    _print_queries("\nSearches whose results nobody opened:", result.never_opened)
    print("\nArticles with negative feedback:")
    print_table(
        ["ID", "TITLE", "HELPFUL", "NOT HELPFUL", "OUTDATED", "LATEST COMMENT"],
        [
            (
                a.id,
                a.title,
                a.helpful,
                a.not_helpful,
                a.outdated,
                a.comments[0] if a.comments else "",
            )
            for a in result.negative_feedback
        ],
    )
    return 0


def _print_queries(title: str, lines: Sequence[QueryLine]) -> None:
    print(title)
    print_table(
        ["QUERY", "SEARCHES", "LAST"],
        [(line.query, line.searches, f"{line.last:%Y-%m-%d %H:%M}") for line in lines],
    )
