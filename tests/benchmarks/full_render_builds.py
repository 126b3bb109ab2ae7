#!/usr/bin/env python3
"""Peak memory and processor time of each kind of build that renders every page though a build cache exists, and of a
one-article build for comparison, on build_benchmark.py's corpus. Each run takes a fresh copy of the corpus and builds
it in turn: a clean build, a one-article edit, an edit of a template, of site.yml and of the glossary (every page shows
them), other options (--base-url), a cache from another build of the generator (--other, a generator of other code),
and the previous output gone. Pagefind is replaced by tests/benchmarks/pagefind-stand-in, so the figures are the
generator's. Prints, per kind, the peak (GNU time's maximum resident set), processor seconds (user + system), wall
seconds, the collector's setting, the cache's line of `--timings`, then median and range per kind and the load average.

    dotnet build generator -c Release -o /tmp/gen
    dotnet build generator -c Release -o /tmp/gen-other -p:Deterministic=false
    python3 tests/benchmarks/full_render_builds.py --generator /tmp/gen/kb.dll --other /tmp/gen-other/kb.dll \
        --articles 10000 --runs 3 --work /tmp/full-render

Needs about 1.5 GB of disk per run at 10,000 articles, kept until the end (see cold_builds.py on deleting). Not part
of `dotnet test`.
"""
import argparse
import os
import random
import shutil
import subprocess
from pathlib import Path

import build_benchmark
from two_commits import spread

REPO = Path(__file__).resolve().parents[2]
OTHER_BASE_URL = "https://example.org/other/"


def build(generator: Path, site: Path, options=()):
    """Peak MiB, processor s, wall s and the `--timings` lines naming the cache and the collector, of one build."""
    result = subprocess.run(["/usr/bin/time", "-f", "BENCH %e %U %S %M", "dotnet", str(generator), "build", "--root", str(site),
                             "--output", str(site / "_site"), "--timings", *options],
                            cwd=site, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build of {site} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    wall, user, system, kilobytes = (float(value) for value in result.stderr.strip().splitlines()[-1].split()[1:])
    said = {line.split()[0]: " ".join(line.split()[1:]) for line in result.stdout.splitlines() if line.startswith(("Cache", "Collector"))}
    return kilobytes / 1024, user + system, wall, said.get("Collector", "?"), said.get("Cache", "?")


def append(path: Path, text: str):
    with path.open("a") as file:
        file.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generator", type=Path, required=True, help="kb.dll of the generator measured")
    parser.add_argument("--other", type=Path, required=True, help="kb.dll of a generator of other code (another identity)")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, required=True, help="a folder for the corpus and its copies (kept)")
    args = parser.parse_args()

    args.work.mkdir(parents=True, exist_ok=True)
    stand_in = args.work / "node_modules/pagefind"
    if not stand_in.exists():
        shutil.copytree(REPO / "tests/benchmarks/pagefind-stand-in", stand_in)
    corpus = args.work / f"corpus-{args.articles}"
    if not corpus.exists():
        build_benchmark.write_corpus(corpus, args.articles, random.Random(args.articles))

    kinds = {}
    loads = []
    for run in range(args.runs):
        site = args.work / f"run-{os.getpid()}-{run}"
        shutil.copytree(corpus, site, symlinks=True)
        steps = [
            ("clean build", lambda: None, args.generator, ()),
            ("one-article edit", lambda: build_benchmark.edit_one_article(site, run), args.generator, ()),
            ("template edit", lambda: append(site / "templates/layout.html", "\n"), args.generator, ()),
            ("site.yml edit", lambda: append(site / "site.yml", f"# edition {run}\n"), args.generator, ()),
            ("glossary edit", lambda: append(site / "content/glossary.yml", f"# edition {run}\n"), args.generator, ()),
            ("other options (--base-url)", lambda: None, args.generator, ("--base-url", OTHER_BASE_URL)),
            ("cache of another generator", lambda: None, args.other, ("--base-url", OTHER_BASE_URL)),
            ("previous output gone", lambda: shutil.rmtree(site / "_site"), args.other, ("--base-url", OTHER_BASE_URL)),
        ]
        for kind, edit, generator, options in steps:
            edit()
            peak, processor, wall, collector, cache = build(generator, site, options)
            loads.append(os.getloadavg()[0])
            kinds.setdefault(kind, []).append((peak, processor, wall))
            print(f"run {run + 1}, {kind}: peak {peak:.0f} MiB, processor {processor:.2f} s, wall {wall:.1f} s; "
                  f"{collector}; cache {cache}; load {loads[-1]:.1f}", flush=True)

    for kind, figures in kinds.items():
        print(f"{kind}: peak MiB {spread([figure[0] for figure in figures], 0)}; processor s {spread([figure[1] for figure in figures])}; "
              f"wall s {spread([figure[2] for figure in figures], 1)}")
    print(f"load average (1 min) after the builds: {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main()
