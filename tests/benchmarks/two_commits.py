"""Set-up and clean-up shared by the scripts that compare builds of two commits (cold_builds.py,
one_article_builds.py, index_stage_builds.py): a temporary work folder holding a worktree and a Release generator of
each commit, Pagefind's stand-in where the generator looks first (so the figures are the generator's) or, when asked,
the real Pagefind of this checkout, and build_benchmark.py's corpus (seed 5000). The worktrees are removed and the
folder deleted when the comparison ends, however it ends. Also how those scripts print a series of figures. Not part of
`dotnet test`.
"""
import contextlib
import random
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

import build_benchmark
from same_output import REPO, build_generator, checkout


class Comparison(NamedTuple):
    work: Path
    generators: dict
    corpus: Path


@contextlib.contextmanager
def two_commits(base: str, head: str, articles: int, prefix: str, real_pagefind: bool = False):
    """Yields a Comparison whose generators are keyed "base" and "head"."""
    with tempfile.TemporaryDirectory(prefix=prefix) as temporary:
        work = Path(temporary)
        trees = {name: checkout(ref, work) for name, ref in (("base", base), ("head", head))}
        try:
            generators = {name: build_generator(tree) for name, tree in trees.items()}
            # The indexer looks for node_modules above the site first.
            if real_pagefind:
                for package in ("pagefind", "@pagefind"):
                    shutil.copytree(REPO / "node_modules" / package, work / "node_modules" / package, symlinks=True)
            else:
                shutil.copytree(REPO / "tests/benchmarks/pagefind-stand-in", work / "node_modules/pagefind")
            corpus = work / "corpus"
            build_benchmark.write_corpus(corpus, articles, random.Random(5000))
            yield Comparison(work, generators, corpus)
        finally:
            for tree in trees.values():
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)


def spread(values, places: int = 2) -> str:
    """A series of figures as its median, its range and every value, in order."""
    return (f"median {statistics.median(values):.{places}f}, range {min(values):.{places}f}-{max(values):.{places}f} "
            f"({', '.join(f'{value:.{places}f}' for value in values)})")
