"""Analysing many articles in worker processes, so a full build uses every core.

The stemmer and the Markdown expressions are Python (jieba, in Rust, is under a tenth of the
time now): in threads they would hold the GIL and freeze the app's window; in processes they run
beside it. Workers are spawned, never forked, because the app has threads running (forking
those is unsafe), and each loads the segmenter's dictionary once (0.15 s).
"""

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context

from knowledge.analysis import load_dictionary
from knowledge.documents import Document, IndexedArticle, document, documents

MIN_PARALLEL = 400  # fewer articles are analysed faster here than workers start
BATCH = 50  # articles per task: big enough to make passing them cheap
MAX_WORKERS = 4


def analysed(articles: Iterable[IndexedArticle], total: int) -> Iterator[Document]:
    """The articles' documents in order; in worker processes when there are many."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if total < MIN_PARALLEL or workers < 2:
        yield from map(document, articles)
        return
    context = get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=load_dictionary) as pool:
        pending: deque[Future[list[Document]]] = deque()
        source = iter(articles)
        while batch := list(islice(source, BATCH)):
            pending.append(pool.submit(documents, batch))
            if len(pending) > workers * 4:  # bounded: memory stays flat at any size
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
