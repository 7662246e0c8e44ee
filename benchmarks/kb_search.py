"""Knowledge search at scale: import, index build, query latency and edit-to-visible time.

Writes a synthetic bilingual corpus (`kb_corpus.py`: half Chinese, half English, service-desk
topics) as article files, imports it into a fresh SQLite database with the real importer,
builds the index (SQLite FTS5 over our own analysed words) with `KnowledgeBase.rebuild_index`,
runs a mix of agents' queries through `KnowledgeBase.search`, and times how long an edited
article file takes to show up in search. Side by side, in the same run: SQLite FTS5 with
`tokenize='trigram'` over the same articles (title and Markdown body) and the same queries.

    .venv/bin/python benchmarks/kb_search.py [--articles 5000] [--queries 500]
    .venv/bin/python benchmarks/kb_search.py --articles 50000
    .venv/bin/python benchmarks/kb_search.py --profile   # cProfile of the build and queries

The baseline's queries: the same words as ours (jieba cuts Chinese, stop words dropped, no
stemming), OR-ed. Trigrams cannot match a term shorter than 3 characters, and most Chinese
words are 2, so a query with such a term goes through a full scan with LIKE on every term
instead (scored 3 for a title match plus 1 for a body match per term); a query whose terms
are all 3 characters or more uses MATCH, ranked by bm25 with the title weighted 3.
"""

import argparse
import cProfile
import io
import os
import pstats
import resource
import sqlite3
import statistics
import string
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import NamedTuple

from kb_corpus import (
    DEFAULT_SEED,
    Query,
    article_file,
    article_id,
    article_path,
    query_mix,
    write_corpus,
)

from frontline.schema import init_database
from knowledge import tables
from knowledge.analysis import RUNS, STOP_WORDS, is_chinese, load_dictionary
from knowledge.importer import import_folder
from knowledge.service import KnowledgeBase
from store.engine import open_engine

TARGET_BUILD_S = 10.0  # for 5,000 articles
TARGET_UPDATE_MS = 300.0
MIN_TRIGRAM = 3
LIMIT = 10


def target_p95_ms(articles: int) -> float:
    return 10.0 if articles <= 5000 else 40.0


class Timed(NamedTuple):
    ms: float
    hits: int
    total: int
    cpu_ms: float  # this process's CPU time: what a busy machine's other work cannot inflate
    like: bool = False  # the baseline's full-scan path


class Update(NamedTuple):
    label: str
    ms: float
    parts: str


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summary(timings: Iterable[float]) -> tuple[float, float, float, float]:
    ordered = sorted(timings)
    if not ordered:
        return (float("nan"),) * 4
    p50, p95, p99 = (percentile(ordered, share) for share in (0.50, 0.95, 0.99))
    return p50, p95, p99, ordered[-1]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def children_cpu_s() -> float:
    """CPU time of this process's finished children (the build's worker processes)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- ours ---------------------------------------------------------------------------


def run_queries(kb: KnowledgeBase, queries: list[Query]) -> list[Timed]:
    timed = []
    for query in queries:
        cpu = time.process_time_ns()
        start = time.perf_counter_ns()
        result = kb.search(query.text, limit=LIMIT)
        ms = (time.perf_counter_ns() - start) / 1e6
        cpu_ms = (time.process_time_ns() - cpu) / 1e6
        timed.append(Timed(ms, len(result.hits), result.total, cpu_ms))
    return timed


def visible(kb: KnowledgeBase, word: str, wanted: str, deadline_s: float = 10.0) -> float:
    """Search for `word` until `wanted` is among the hits; returns the time that took, in ms."""
    start = time.perf_counter()
    while wanted not in {hit.id for hit in kb.search(word).hits}:
        if time.perf_counter() - start > deadline_s:
            sys.exit(f"{wanted} did not show up in search for {word!r} within {deadline_s} s")
        time.sleep(0.005)
    return (time.perf_counter() - start) * 1000


def marker_word(number: int) -> str:
    """A word found in no article: lower-case letters only, so no stemmer changes it much."""
    letters = string.ascii_lowercase
    tail = "".join(letters[(number // 26**i) % 26] for i in range(4))
    return f"zqx{tail}vel"


def measure_updates(
    kb: KnowledgeBase, folder: Path, scratch: Path, *, n: int, seed: int
) -> list[Update]:
    """Edit one article file, import, and search for the new word until the article shows."""
    updates: list[Update] = []
    numbers = [max(1, n // 3), max(1, n // 2), n]  # a Chinese and an English article or two
    for round_, number in enumerate(numbers):
        wanted = article_id(number)
        path = folder / article_path(number, n, seed)

        # 1. The real path, as `kb import FOLDER`: the whole folder is read again.
        word = marker_word(round_ * 10 + 1)
        path.write_text(article_file(number, n, seed, f"Marker {word}."), encoding="utf-8")
        start = time.perf_counter()
        report = kb.import_folder(folder)
        imported = (time.perf_counter() - start) * 1000
        found = visible(kb, word, wanted)
        if report.updated != [wanted]:
            sys.exit(f"expected {wanted} updated, the import reported {report.as_dict()}")
        updates.append(
            Update(
                "whole folder",
                imported + found,
                f"import_folder {imported:.0f} ms + search {found:.1f} ms",
            )
        )

        # 2. The same, step by step, to see where the time goes.
        word = marker_word(round_ * 10 + 2)
        path.write_text(article_file(number, n, seed, f"Marker {word}."), encoding="utf-8")
        start = time.perf_counter()
        import_folder(kb.engine, folder)
        stored = time.perf_counter()
        opened = kb.folder.open()
        tables.hashes(opened)  # what update_index reads first, timed alone
        opened.close()
        hashes = time.perf_counter()
        kb.update_index()
        indexed = time.perf_counter()
        found = visible(kb, word, wanted)
        updates.append(
            Update(
                "whole folder, by step",
                (indexed - start - (hashes - stored)) * 1000 + found,
                f"DB import {(stored - start) * 1000:.0f} ms + update_index "
                f"{(indexed - hashes) * 1000:.0f} ms (of which reading the index's "
                f"hashes {(hashes - stored) * 1000:.0f} ms) + search {found:.1f} ms",
            )
        )

        # 3. A folder holding only the edited file (a partial import, which the importer allows).
        word = marker_word(round_ * 10 + 3)
        single = scratch / f"one-{round_}"
        single_path = single / path.name
        single.mkdir()
        text = article_file(number, n, seed, f"Marker {word}.")
        single_path.write_text(text, encoding="utf-8")
        path.write_text(text, encoding="utf-8")  # the main copy too, as an editor would
        start = time.perf_counter()
        report = kb.import_folder(single)
        imported = (time.perf_counter() - start) * 1000
        found = visible(kb, word, wanted)
        updates.append(
            Update(
                "one-file folder",
                imported + found,
                f"import_folder {imported:.0f} ms + search {found:.1f} ms",
            )
        )
    return updates


# --- the FTS5 trigram baseline -----------------------------------------------------


def fts_build(db_path: Path, source: Path) -> tuple[float, int]:
    """Index title and Markdown body of every stored article; returns (seconds, rows)."""
    fts = sqlite3.connect(db_path, isolation_level=None)
    fts.execute("PRAGMA journal_mode=WAL")
    articles = sqlite3.connect(source)
    start = time.perf_counter()
    fts.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='trigram')"
    )
    fts.execute("BEGIN")
    fts.executemany(
        "INSERT INTO docs(id, title, body) VALUES (?, ?, ?)",
        articles.execute("SELECT id, title, body FROM kb_articles"),
    )
    fts.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    fts.execute("COMMIT")
    seconds = time.perf_counter() - start
    rows = fts.execute("SELECT count(*) FROM docs").fetchone()[0]
    fts.close()
    articles.close()
    return seconds, rows


def fts_terms(text: str) -> list[str]:
    """The query's words as ours sees them, before stemming: jieba cuts Chinese runs."""
    import rjieba  # noqa: PLC0415 - here, so that prepare() times its dictionary load

    terms = []
    for match in RUNS.finditer(text):
        run = match.group()
        words = rjieba.cut(run) if is_chinese(run) else [run.lower()]
        terms += [word for word in words if word.strip() and word not in STOP_WORDS]
    return list(dict.fromkeys(terms))


class Fts:
    def __init__(self, db_path: Path) -> None:
        self.db = sqlite3.connect(db_path, isolation_level=None)
        self.like_path = 0

    def search(self, text: str) -> tuple[int, int, bool]:
        """(hits shown, total, LIKE path?); the hits with a title and a snippet, like ours."""
        terms = fts_terms(text)
        if not terms:
            return 0, 0, False
        if all(len(term) >= MIN_TRIGRAM for term in terms):
            match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
            rows = self.db.execute(
                "SELECT id, title, snippet(docs, 2, '<mark>', '</mark>', '…', 16) FROM docs "
                "WHERE docs MATCH ? ORDER BY bm25(docs, 0.0, 3.0, 1.0) LIMIT ?",
                (match, LIMIT),
            ).fetchall()
            total = self.db.execute(
                "SELECT count(*) FROM docs WHERE docs MATCH ?", (match,)
            ).fetchone()[0]
            return len(rows), total, False
        self.like_path += 1
        score = " + ".join("(title LIKE ?) * 3 + (body LIKE ?)" for _ in terms)
        patterns = [f"%{term}%" for term in terms for _ in range(2)]
        rows = self.db.execute(
            f"SELECT id, title, substr(body, 1, 160), score, count(*) OVER () FROM "
            f"(SELECT id, title, body, {score} AS score FROM docs) WHERE score > 0 "
            "ORDER BY score DESC LIMIT ?",
            (*patterns, LIMIT),
        ).fetchall()
        return len(rows), (rows[0][4] if rows else 0), True

    def update(self, number: int, word: str) -> float:
        """Change one row and search for the new word; returns ms until it is found."""
        wanted = article_id(number)
        start = time.perf_counter()
        self.db.execute("BEGIN")
        self.db.execute(
            "UPDATE docs SET body = body || ? WHERE id = ?", (f"\nMarker {word}.\n", wanted)
        )
        self.db.execute("COMMIT")
        rows = self.db.execute("SELECT id FROM docs WHERE docs MATCH ?", (f'"{word}"',)).fetchall()
        if (wanted,) not in rows:
            sys.exit(f"the baseline did not find {wanted} for {word!r}")
        return (time.perf_counter() - start) * 1000


def run_fts(fts: Fts, queries: list[Query]) -> list[Timed]:
    timed = []
    for query in queries:
        cpu = time.process_time_ns()
        start = time.perf_counter_ns()
        hits, total, like = fts.search(query.text)
        ms = (time.perf_counter_ns() - start) / 1e6
        timed.append(Timed(ms, hits, total, (time.process_time_ns() - cpu) / 1e6, like))
    return timed


# --- profiling -----------------------------------------------------------------------


def profile(label: str, call: Callable[[], object], top: int, save: Path | None) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    if save is not None:
        save.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(save / f"{label.split(maxsplit=1)[0]}.prof")
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order)
        stats.print_stats(top)
        lines = out.getvalue().splitlines()
        start = next(i for i, line in enumerate(lines) if "ncalls" in line)
        print(f"\n--- {label}, top {top} by {order} ---")
        print("\n".join(line for line in lines[start - 2 :] if line.strip()))


# --- main ------------------------------------------------------------------------------


@dataclass
class Figures:
    articles: int
    warmup: int
    queries: list[Query]
    corpus_s: float = 0.0
    corpus_mb: float = 0.0
    import_s: float = 0.0
    db_mb: float = 0.0
    jieba_ms: float = 0.0
    build_s: float = 0.0
    build_cpu_s: float = 0.0
    build_workers_cpu_s: float = 0.0  # the worker processes that analyse the articles
    built: int = 0
    index_mb: float = 0.0
    first_ms: float = 0.0
    ours: list[Timed] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    fts_s: float = float("nan")
    fts_rows: int = 0
    fts_mb: float = 0.0
    theirs: list[Timed] = field(default_factory=list)
    like_path: int = 0
    fts_update_ms: float = float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--warmup", type=int, default=100, help="untimed queries first")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--dir", type=Path, default=None, help="for the scratch folder")
    parser.add_argument("--no-baseline", action="store_true", help="skip SQLite FTS5")
    parser.add_argument("--profile", action="store_true", help="cProfile a second build, queries")
    parser.add_argument("--profile-top", type=int, default=25)
    parser.add_argument("--profile-dir", type=Path, default=None, help="save .prof files here")
    args = parser.parse_args()
    n, seed = args.articles, args.seed
    figures = Figures(n, args.warmup, query_mix(args.queries, seed))
    warmup = query_mix(args.warmup, seed + 1)

    with TemporaryDirectory(dir=args.dir, prefix="kb-bench-") as scratch_name:
        scratch = Path(scratch_name)
        folder = scratch / "kb"
        engine = open_engine(f"sqlite:///{scratch / 'kb.db'}")
        kb = KnowledgeBase(engine, scratch / "index")
        prepare(figures, kb, folder, seed)

        start = time.perf_counter()
        kb.search("退款 refund")  # opens the index and reads the synonyms (there are none)
        figures.first_ms = (time.perf_counter() - start) * 1000
        run_queries(kb, warmup)
        figures.ours = run_queries(kb, figures.queries)

        fts: Fts | None = None
        if not args.no_baseline:
            fts = baseline(figures, scratch, warmup)
        figures.updates = measure_updates(kb, folder, scratch, n=n, seed=seed)
        if fts is not None:
            figures.fts_update_ms = statistics.median(
                fts.update(number, marker_word(900 + number)) for number in (1, n // 2, n)
            )
        print_report(figures)

        if args.profile:
            print("\nprofiling (the figures above were measured without the profiler)")
            profile("build (rebuild_index)", kb.rebuild_index, args.profile_top, args.profile_dir)
            run_queries(kb, warmup)
            profile(
                f"queries ({len(figures.queries)} searches)",
                lambda: run_queries(kb, figures.queries),
                args.profile_top,
                args.profile_dir,
            )
        engine.dispose()


def prepare(figures: Figures, kb: KnowledgeBase, folder: Path, seed: int) -> None:
    """Write the corpus, import it into a fresh database, load rjieba, build the index."""
    n = figures.articles
    start = time.perf_counter()
    write_corpus(folder, n, seed)
    figures.corpus_s = time.perf_counter() - start
    figures.corpus_mb = folder_size(folder) / 1e6

    init_database(kb.engine)
    start = time.perf_counter()
    report = import_folder(kb.engine, folder)
    figures.import_s = time.perf_counter() - start
    if len(report.added) != n or report.skipped:
        sys.exit(f"the import did not take every article: {report.as_dict()}")
    database = Path(str(kb.engine.url.database))
    figures.db_mb = sum(path.stat().st_size for path in database.parent.glob(database.name + "*"))
    figures.db_mb /= 1e6  # with the WAL file, not yet checkpointed

    start = time.perf_counter()
    load_dictionary()
    figures.jieba_ms = (time.perf_counter() - start) * 1000

    cpu = time.process_time()
    workers = children_cpu_s()
    start = time.perf_counter()
    figures.built = kb.rebuild_index().updated
    figures.build_s = time.perf_counter() - start
    figures.build_cpu_s = time.process_time() - cpu
    figures.build_workers_cpu_s = children_cpu_s() - workers
    current = kb.folder.current()
    figures.index_mb = folder_size(current) / 1e6 if current else 0.0


def baseline(figures: Figures, scratch: Path, warmup: list[Query]) -> "Fts":
    fts_path = scratch / "fts.db"
    figures.fts_s, figures.fts_rows = fts_build(fts_path, scratch / "kb.db")
    figures.fts_mb = sum(path.stat().st_size for path in scratch.glob("fts.db*")) / 1e6
    fts = Fts(fts_path)
    run_fts(fts, warmup)
    fts.like_path = 0
    figures.theirs = run_fts(fts, figures.queries)
    figures.like_path = fts.like_path
    return fts


def verdict(value: float, limit: float) -> str:
    return "met" if value < limit else "NOT met"


def print_report(figures: Figures) -> None:
    n, queries = figures.articles, figures.queries
    kinds = Counter(query.kind for query in queries)
    print(
        f"corpus: {n:,} articles ({n - n // 2:,} Chinese, {n // 2:,} English), "
        f"{figures.corpus_mb:.1f} MB of files, written in {figures.corpus_s:.1f} s"
    )
    print(
        f"queries: {len(queries)} ({', '.join(f'{k} {v}' for k, v in kinds.most_common())}; "
        f"{sum(q.partial for q in queries)} with the last word cut short, "
        f"{sum(q.typo for q in queries)} misspelt), after {figures.warmup} warm-up queries; "
        f"limit {LIMIT} hits with snippets"
    )
    print(
        f"import into SQLite: {figures.import_s:.1f} s ({n / figures.import_s:,.0f} articles/s), "
        f"database {figures.db_mb:.0f} MB"
    )
    print(
        "rjieba dictionary load (once per process, not in the build or query times): "
        f"{figures.jieba_ms:.0f} ms"
    )
    print(f"first search after the build (opens the index): {figures.first_ms:.1f} ms")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    cpu50, cpu95, _, _ = summary(t.cpu_ms for t in figures.ours)
    fcpu50, fcpu95, _, _ = summary(t.cpu_ms for t in figures.theirs)
    print(
        f"CPU time, for a busy machine: build {figures.build_cpu_s:.1f} s here + "
        f"{figures.build_workers_cpu_s:.1f} s in worker processes; query p50/p95 ours "
        f"{cpu50:.2f}/{cpu95:.2f} ms, FTS5 {fcpu50:.2f}/{fcpu95:.2f} ms; load average "
        + " ".join(f"{load:.1f}" for load in os.getloadavg())
    )
    print_table(figures)
    print_kinds(figures)
    print("\nupdate visible (edit a file, import, search for the new word until it shows):")
    for update in figures.updates:
        print(f"  {update.label:22}{update.ms:8.0f} ms   {update.parts}")


def print_table(figures: Figures) -> None:
    n, ours, theirs = figures.articles, figures.ours, figures.theirs
    p50, p95, p99, top = summary(t.ms for t in ours)
    f50, f95, f99, ftop = summary(t.ms for t in theirs)
    p95_target = target_p95_ms(n)
    whole = statistics.median(u.ms for u in figures.updates if u.label == "whole folder")
    single = statistics.median(u.ms for u in figures.updates if u.label == "one-file folder")
    docs_s = figures.built / figures.build_s
    if n == 5000:
        build_target = (f"< {TARGET_BUILD_S:g} s", verdict(figures.build_s, TARGET_BUILD_S))
        rate_target = ("", "")
    else:
        build_target = ("", "")
        floor = 5000 / TARGET_BUILD_S
        rate_target = (f">= {floor:,.0f}", verdict(floor, docs_s))
    update_target = f"< {TARGET_UPDATE_MS:g} ms"
    rows = [
        ("index build", f"{figures.build_s:.1f} s", f"{figures.fts_s:.1f} s", *build_target),
        (
            "  docs/s",
            f"{docs_s:,.0f}",
            f"{figures.fts_rows / figures.fts_s:,.0f}",
            *rate_target,
        ),
        ("  index size", f"{figures.index_mb:.0f} MB", f"{figures.fts_mb:.0f} MB", "", ""),
        ("query p50", f"{p50:.2f} ms", f"{f50:.2f} ms", "", ""),
        (
            "query p95",
            f"{p95:.2f} ms",
            f"{f95:.2f} ms",
            f"< {p95_target:g} ms",
            verdict(p95, p95_target),
        ),
        ("query p99", f"{p99:.2f} ms", f"{f99:.2f} ms", "", ""),
        ("query max", f"{top:.1f} ms", f"{ftop:.1f} ms", "", ""),
        (
            "queries with hits",
            f"{sum(t.hits > 0 for t in ours) / len(ours):.0%}",
            f"{sum(t.hits > 0 for t in theirs) / max(len(theirs), 1):.0%}",
            "",
            "",
        ),
        (
            "update visible, folder",
            f"{whole:.0f} ms",
            f"{figures.fts_update_ms:.1f} ms¹",
            update_target,
            verdict(whole, TARGET_UPDATE_MS),
        ),
        (
            "update visible, 1 file",
            f"{single:.0f} ms",
            "",
            update_target,
            verdict(single, TARGET_UPDATE_MS),
        ),
    ]
    print()
    print(f"{'metric':26}{'ours (FTS5)':>16}{'FTS5 trigram':>16}{'target':>16}  verdict")
    for metric, mine, base, target, met in rows:
        shown = base if theirs or not base else "-"  # --no-baseline
        print(f"{metric:26}{mine:>16}{shown:>16}{target:>16}  {met}")
    print("¹ baseline: UPDATE of one row, COMMIT and a MATCH for the new word; it reads no files.")


def print_kinds(figures: Figures) -> None:
    queries, ours, theirs = figures.queries, figures.ours, figures.theirs
    print(f"\nby query kind (ms){'ours p50':>14}{'p95':>8}{'FTS5 p50':>12}{'p95':>8}{'count':>8}")
    groups: dict[str, list[int]] = defaultdict(list)
    for i, query in enumerate(queries):
        groups[query.kind].append(i)
        if query.partial:
            groups["last word partial"].append(i)
        if query.typo:
            groups["misspelt"].append(i)
    if theirs:
        for i in range(len(queries)):
            groups["FTS5 LIKE path" if theirs[i].like else "FTS5 MATCH path"].append(i)
    for kind, members in groups.items():
        m50, m95, _, _ = summary(ours[i].ms for i in members)
        b50, b95, _, _ = summary(theirs[i].ms for i in members) if theirs else (float("nan"),) * 4
        print(f"  {kind:20}{m50:12.2f}{m95:8.2f}{b50:12.2f}{b95:8.2f}{len(members):8}")
    if theirs:
        like = figures.like_path / len(queries)
        print(
            f"baseline: {figures.like_path} of {len(queries)} queries ({like:.0%}) had a term "
            f"shorter than {MIN_TRIGRAM} characters and went through the LIKE full scan"
        )


if __name__ == "__main__":
    main()
