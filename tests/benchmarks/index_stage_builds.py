#!/usr/bin/env python3
"""Compares the index stage of two commits with the real Pagefind: builds a Release generator of each, writes one
synthetic corpus (build_benchmark.py's, seed 5000) and a copy of it for each, brings each to the steady state (a clean
build and two one-article builds), then edits one article of each and builds it, alternating which commit goes first,
--runs times; then --cold times, alternating, sets each side's output and cache aside and makes a clean build.
Prints, per build, the index stage's wall time (`--timings`), the processor time of the whole build with Pagefind's
(GNU time, children included) and of the build outside its index stage (the generator's other stages), so that the
index stage's processor time with Pagefind's is the difference; then medians and ranges per commit, and the load average.

    python3 tests/benchmarks/index_stage_builds.py --base main --head HEAD --articles 5000 --runs 5 --cold 3

Both generators run the Pagefind of this checkout's node_modules (copied above the sites). Not part of `dotnet test`.
"""
import argparse
import os
import shutil
from pathlib import Path

import build_benchmark
from pagefind_churn import STAGES, stage_seconds
from two_commits import spread, two_commits


def build(generator: Path, site: Path):
    wall, cpu, _, output = build_benchmark.measure(
        ["dotnet", str(generator), "build", "--root", str(site), "--output", str(site / "_site"), "--timings"], site)
    index_wall, _ = stage_seconds(output, "Index")
    outside = sum(stage_seconds(output, stage)[1] for stage in STAGES if stage != "Index")
    return {"wall": wall, "cpu": cpu, "index wall": index_wall, "index cpu": cpu - outside}, output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main")
    parser.add_argument("--head", default="HEAD")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", type=int, default=3)
    args = parser.parse_args()

    with two_commits(args.base, args.head, args.articles, prefix="kb-index-stage-", real_pagefind=True) as (work, generators, corpus):
        sites = {name: work / f"{name}-site" for name in generators}
        for site in sites.values():
            shutil.copytree(corpus, site)
        for name, site in sites.items():
            build(generators[name], site)
            for edition in range(2):
                build_benchmark.edit_one_article(site, edition)
                build(generators[name], site)

        figures = {kind: {name: [] for name in generators} for kind in ("steady", "cold")}
        loads = []
        for kind, runs in (("steady", args.runs), ("cold", args.cold)):
            for run in range(runs):
                order = ["base", "head"] if run % 2 == 0 else ["head", "base"]
                for name in order:
                    site = sites[name]
                    if kind == "steady":
                        build_benchmark.edit_one_article(site, 100 + run)
                    else:
                        for number, leftover in enumerate((site / "_site", site / ".cache")):
                            leftover.rename(work / f"set-aside-{name}-{run}-{number}")
                    measured, output = build(generators[name], site)
                    expected = "Cache     incremental" if kind == "steady" else "Cache     clean build"
                    if expected not in output:
                        raise SystemExit(f"the {name} {kind} build was not as expected ({expected}):\n{output}")
                    figures[kind][name].append(measured)
                    print(f"{kind} {run + 1} {name}: " + ", ".join(f"{what} {value:.2f} s" for what, value in measured.items()), flush=True)
                loads.append(os.getloadavg()[0])
                for leftover in work.glob("set-aside-*"):
                    shutil.rmtree(leftover)

        for kind, sides in figures.items():
            for name, ref in (("base", args.base), ("head", args.head)):
                for what in ("index wall", "index cpu", "wall", "cpu"):
                    values = [measured[what] for measured in sides[name]]
                    if values:
                        print(f"{kind}, {name} ({ref}), {what}: {spread(values)}")
        print(f"load average (1 min) after each pair: {', '.join(f'{load:.1f}' for load in loads)}")


if __name__ == "__main__":
    main()
