#!/usr/bin/env python3
"""Compares one-article builds of two commits: builds a Release generator of each, writes one synthetic corpus
(build_benchmark.py's, seed 5000) and a copy of it for each, brings each to the steady state (a clean build and two
one-article builds), then edits one article of each and builds it, alternating which commit goes first, --runs times.
Pagefind is replaced by tests/benchmarks/pagefind-stand-in, so the figures are the generator's. Prints processor
seconds (user + system, the whole process) and wall seconds of each build and of its load, validate, link, render and
emit stages (`--timings`), median and range per commit, how many pages' stamps each build worked out (when the
generator says), and the load average.

    python3 tests/benchmarks/one_article_builds.py --base main --head HEAD --articles 5000 --runs 5
    python3 tests/benchmarks/one_article_builds.py --base main --head HEAD --runs 8 --niceness -15   # as root

Not part of `dotnet test`.
"""
import argparse
import os
import shutil
from pathlib import Path

import build_benchmark
from two_commits import spread, two_commits

STAGES = ("Load", "Validate", "Link", "Render", "Emit")


def stage_processor_seconds(output: str, stage: str) -> float:
    """A stage's processor time from `build --timings` ("Emit      1.234 s  (processor 0.1 s)")."""
    for line in output.splitlines():
        words = line.replace("(", " ").replace(")", " ").split()
        if words[:1] == [stage] and "processor" in words:
            return float(words[words.index("processor") + 1])
    raise SystemExit(f"no {stage} line in the generator's --timings output:\n{output}")


def pages_stamped(output: str) -> str:
    """How many pages' stamps the build worked out, from its Cache line ("stamped 33,"); "-" for a generator that does not say."""
    for line in output.splitlines():
        if line.startswith("Cache") and "stamped " in line:
            return line.split("stamped ", 1)[1].split(",", 1)[0]
    return "-"


def build(generator: Path, site: Path, niceness: int = 0):
    wall, cpu, _, output = build_benchmark.measure(
        ["nice", "-n", str(niceness), "dotnet", str(generator), "build", "--root", str(site), "--output", str(site / "_site"), "--timings"], site)
    return wall, cpu, output


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main")
    parser.add_argument("--head", default="HEAD")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--niceness", type=int, default=0,
                        help="the measured builds' scheduling priority (`nice`; negative needs root); on the shared machine -15 did not "
                             "bring their wall time near the idle one (docs/performance.md, \"stages side by side\")")
    args = parser.parse_args()

    with two_commits(args.base, args.head, args.articles, prefix="kb-one-article-") as (work, generators, corpus):
        sites = {name: work / f"{name}-site" for name in generators}
        for name, site in sites.items():
            shutil.copytree(corpus, site)
            build(generators[name], site)
            for edition in range(2):
                build_benchmark.edit_one_article(site, edition)
                build(generators[name], site)

        # Per commit: the whole build's and each stage's processor and wall seconds, one value per run.
        figures = {name: {what: [] for what in ("processor", "wall", *(f"{stage} {kind}" for stage in STAGES for kind in ("processor", "wall")))}
                   for name in generators}
        stamped = {}
        loads = []
        for run in range(args.runs):
            order = ["base", "head"] if run % 2 == 0 else ["head", "base"]
            for name in order:
                build_benchmark.edit_one_article(sites[name], 100 + run)
                wall, cpu, output = build(generators[name], sites[name], args.niceness)
                if "Cache     incremental" not in output:
                    raise SystemExit(f"the {name} build after a one-article edit was not incremental:\n{output}")
                figures[name]["processor"].append(cpu)
                figures[name]["wall"].append(wall)
                for stage in STAGES:
                    figures[name][f"{stage} processor"].append(stage_processor_seconds(output, stage))
                    figures[name][f"{stage} wall"].append(build_benchmark.stage_seconds(output, stage))
                stamped[name] = pages_stamped(output)
            loads.append(os.getloadavg()[0])
            print(f"run {run + 1}: " + ", ".join(
                f"{name} {figures[name]['processor'][-1]:.2f} processor s, wall {figures[name]['wall'][-1]:.2f} s ("
                + ", ".join(f"{stage.lower()} {figures[name][f'{stage} processor'][-1]:.3f}/{figures[name][f'{stage} wall'][-1]:.3f}" for stage in STAGES)
                + f" processor/wall s, stamped {stamped[name]})" for name in order)
                  + f"; load average {loads[-1]:.1f}", flush=True)

        for name, ref in (("base", args.base), ("head", args.head)):
            for kind in ("processor", "wall"):
                print(f"{name} ({ref}), whole build, {kind}: {spread(figures[name][kind], 3)} s")
                for stage in STAGES:
                    print(f"{name} ({ref}), {stage.lower()} stage, {kind}: {spread(figures[name][f'{stage} {kind}'], 3)} s")
        print(f"load average (1 min) during the runs: {min(loads):.1f}-{max(loads):.1f}")

if __name__ == "__main__":
    main()
