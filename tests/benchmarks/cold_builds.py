#!/usr/bin/env python3
"""Compares the processor time of a cold build (no output, no .cache/) of two commits, or of one commit under two
runtime settings: builds a Release generator of each, writes one synthetic corpus (build_benchmark.py's, seed 5000)
and a fresh copy of it for every build, then builds the copies, alternating which side goes first, --runs times.
Pagefind is replaced by tests/benchmarks/pagefind-stand-in, so the figures are the generator's. Prints each build's
processor seconds (user and system apart, the whole process), wall seconds, the processor seconds of its stages
(`--timings`) and its peak memory, median and range per side, then the I/O floor on the same disk (the fastest of
three `cp -a` of the last output into fresh folders) and the load average.

    python3 tests/benchmarks/cold_builds.py --base main --head HEAD --articles 5000 --runs 3
    python3 tests/benchmarks/cold_builds.py --base HEAD --head HEAD --head-env DOTNET_GCConserveMemory=0

Nothing is deleted until every build is done: on a file system without a journal (as on the machine the figures in
docs/performance.md come from), ext4 skips inodes freed in the last minute or more when it creates a file, and a
build started right after a tree was deleted pays for that scan (docs/performance.md, "Cold build at 5,000 articles:
where the processor time goes"). Needs about 0.7 GB of disk per build at 5,000 articles. Not part of `dotnet test`.
"""
import argparse
import os
import shutil
import statistics
import subprocess
from pathlib import Path

import build_benchmark
from one_article_builds import STAGES, stage_processor_seconds
from two_commits import spread, two_commits


def measure(generator: Path, site: Path, environment: dict):
    """Wall seconds, user and system seconds and `--timings` output of one build of `site`, from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "BENCH %e %U %S", "dotnet", str(generator), "build", "--root", str(site),
                             "--output", str(site / "_site"), "--timings"],
                            cwd=site, capture_output=True, text=True, env={**os.environ, **environment})
    if result.returncode != 0:
        raise SystemExit(f"build of {site} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    wall, user, system = (float(value) for value in result.stderr.strip().splitlines()[-1].split()[1:])
    return wall, user, system, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main")
    parser.add_argument("--head", default="HEAD")
    parser.add_argument("--head-env", action="append", default=[], metavar="NAME=VALUE",
                        help="an environment variable set for the head side's builds only (say, a runtime setting)")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    environments = {"base": {}, "head": dict(setting.split("=", 1) for setting in args.head_env)}

    with two_commits(args.base, args.head, args.articles, prefix="kb-cold-") as (work, generators, corpus):
        sites = {(name, run): work / f"{name}-{run}" for run in range(args.runs) for name in generators}
        for site in sites.values():
            shutil.copytree(corpus, site, symlinks=True)

        figures = {name: {"wall": [], "user": [], "system": [], "processor": [], "peak MiB": [], **{stage: [] for stage in STAGES}} for name in generators}
        loads = []
        for run in range(args.runs):
            order = ["base", "head"] if run % 2 == 0 else ["head", "base"]
            for name in order:
                wall, user, system, output = measure(generators[name], sites[(name, run)], environments[name])
                for what, value in (("wall", wall), ("user", user), ("system", system), ("processor", user + system)):
                    figures[name][what].append(value)
                figures[name]["peak MiB"].append(build_benchmark.generator_mebibytes(output))
                for stage in STAGES:
                    figures[name][stage].append(stage_processor_seconds(output, stage))
            loads.append(os.getloadavg()[0])
            print(f"run {run + 1}: " + ", ".join(
                f"{name} {figures[name]['processor'][-1]:.2f} processor s (user {figures[name]['user'][-1]:.2f}, "
                f"system {figures[name]['system'][-1]:.2f}), wall {figures[name]['wall'][-1]:.2f} s, "
                + ", ".join(f"{stage.lower()} {figures[name][stage][-1]:.2f}" for stage in STAGES)
                + f", peak {figures[name]['peak MiB'][-1]:.0f} MiB" for name in order)
                  + f"; load average {loads[-1]:.1f}", flush=True)

        for name, ref in (("base", args.base), ("head", args.head)):
            label = f"{name} ({ref}{''.join(f', {setting}' for setting in args.head_env) if name == 'head' else ''})"
            for what in ("processor", "user", "system", "wall") + STAGES:
                print(f"{label}, {what.lower()} s: {spread(figures[name][what])}")
            print(f"{label}, peak MiB: {spread(figures[name]['peak MiB'])}")
        last = sites[(order[-1], args.runs - 1)] / "_site"
        floor = build_benchmark.copy_seconds(last, work)
        print(f"I/O floor: fastest of three `cp -a` of the last output {floor:.2f} s; wall medians over it: "
              + ", ".join(f"{name} {statistics.median(figures[name]['wall']) / floor:.2f}" for name in generators))
        print(f"load average (1 min) during the runs: {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main()
