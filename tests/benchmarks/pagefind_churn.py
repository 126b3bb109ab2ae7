#!/usr/bin/env python3
"""Steady one-article builds of the benchmark's corpus (build_benchmark.py's, seed 5000) with the real Pagefind against
the same builds with Pagefind's stand-in (tests/benchmarks/pagefind-stand-in): a Release generator of the checkout,
one corpus and a copy of it, each brought to the steady state (a clean build and two one-article builds), then --runs
rounds of an edit (`edit_one_article`) and a build of each, alternating which goes first. With --as-benchmark, each
round instead repeats build_benchmark.py's sequence for each site (the output and cache set aside, a cold build, the
builds cache deleted, a warm build, then two one-article builds) and measures the second one-article build, the one
the benchmark reports. Prints each build's wall and
processor seconds (the whole process, GNU time), each stage's wall and processor seconds (`--timings`), the files in
the output, and the load average; then medians and ranges per indexer.

    python3 tests/benchmarks/pagefind_churn.py --articles 5000 --runs 5

Not part of `dotnet test`.
"""
import argparse
import os
import random
import shutil
import statistics
import subprocess
import tempfile
from pathlib import Path

import build_benchmark
from same_output import REPO

STAGES = ("Load", "Validate", "Link", "Render", "Index", "Emit")


def stage_seconds(output: str, stage: str):
    """A stage's wall and processor seconds from `build --timings` ("Emit      1.234 s  (processor 0.1 s)")."""
    for line in output.splitlines():
        words = line.replace("(", " ").replace(")", " ").split()
        if words[:1] == [stage] and "processor" in words:
            return float(words[1]), float(words[words.index("processor") + 1])
    raise SystemExit(f"no {stage} line in the generator's --timings output:\n{output}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--as-benchmark", action="store_true", help="measure the benchmark's second one-article build after a cold and a warm one")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (its path is printed)")
    args = parser.parse_args()

    generator = REPO / "tests/benchmarks/bin/generator"
    subprocess.run(["dotnet", "build", str(REPO / "generator"), "-c", "Release", "-o", str(generator), "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    work = Path(tempfile.mkdtemp(prefix="kb-pagefind-churn-"))
    print(f"work folder: {work}")
    try:
        # The indexer looks for node_modules above the site first, then above the generator (this checkout's, the real one).
        shutil.copytree(REPO / "tests/benchmarks/pagefind-stand-in", work / "stand-in/node_modules/pagefind")
        sites = {"pagefind": work / "pagefind/site", "stand-in": work / "stand-in/site"}
        build_benchmark.write_corpus(sites["pagefind"], args.articles, random.Random(5000))
        shutil.copytree(sites["pagefind"], sites["stand-in"])

        def build(site: Path):
            return build_benchmark.measure(["dotnet", str(generator / "kb.dll"), "build", "--root", str(site), "--output",
                                            str(site / "_site"), "--timings"], site)

        def build_as_benchmark(site: Path, run: int):
            """build_benchmark.run_round's builds before its second one-article build."""
            for number, leftover in enumerate((site / "_site", site / ".cache")):
                if leftover.exists():
                    leftover.rename(site.parent / f"set-aside-{run}-{number}")
            build(site)
            shutil.rmtree(site / ".cache/builds")
            build(site)
            build_benchmark.edit_one_article(site, run * 2)
            build(site)

        if not args.as_benchmark:
            for site in sites.values():
                build(site)
                for edition in range(2):
                    build_benchmark.edit_one_article(site, edition)
                    build(site)

        figures = {name: {"wall": [], "cpu": [], **{stage: [] for stage in STAGES}} for name in sites}
        loads = []
        for run in range(args.runs):
            order = list(sites) if run % 2 == 0 else list(reversed(sites))
            for name in order:
                if args.as_benchmark:
                    build_as_benchmark(sites[name], run)
                build_benchmark.edit_one_article(sites[name], 100 + run)
                wall, cpu, _, output = build(sites[name])
                if "Cache     incremental" not in output:
                    raise SystemExit(f"the {name} build after a one-article edit was not incremental:\n{output}")
                figures[name]["wall"].append(wall)
                figures[name]["cpu"].append(cpu)
                for stage in STAGES:
                    figures[name][stage].append(stage_seconds(output, stage))
                files = sum(len(names) for _, _, names in os.walk(sites[name] / "_site"))
                print(f"run {run + 1} {name}: {wall:.2f} s (processor {cpu:.2f} s), {files} files; "
                      + ", ".join(f"{stage.lower()} {w:.2f} ({p:.2f})" for stage in STAGES for w, p in [figures[name][stage][-1]]), flush=True)
            loads.append(os.getloadavg()[0])

        def spread(values):
            return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"

        for name, numbers in figures.items():
            # A stage's processor time is the generator's own, Pagefind's (a child process) not included.
            print(f"{name}: wall {spread(numbers['wall'])}, processor (Pagefind included) {spread(numbers['cpu'])}, wall without "
                  f"the index stage {spread([w - i[0] for w, i in zip(numbers['wall'], numbers['Index'])])}, the generator's processor "
                  f"without it {spread([sum(numbers[s][run][1] for s in STAGES if s != 'Index') for run in range(args.runs)])}")
            for stage in STAGES:
                print(f"  {stage.lower():>8}: wall {spread([w for w, _ in numbers[stage]])}, processor {spread([p for _, p in numbers[stage]])}")
        print(f"load average (1 min) after each run: {', '.join(f'{load:.1f}' for load in loads)}")
    finally:
        if not args.keep:
            shutil.rmtree(work)


if __name__ == "__main__":
    main()
