#!/usr/bin/env python3
"""Checks that a change leaves every output byte as it was: builds the real site and a synthetic corpus with the
generator of a base commit and with that of the working tree (or of --head), and compares the two outputs file by
file (names and SHA-256). A refactoring passes with "identical"; any difference is listed and the exit code is 1.

    python3 tests/benchmarks/same_output.py                         # working tree against HEAD, 5,000 articles
    python3 tests/benchmarks/same_output.py --base HEAD~3 --head HEAD --articles 100 5000
    python3 tests/benchmarks/same_output.py --range main..topic        # every commit of a range against its parent

Each side builds its own checkout's content, templates and site.yml; the synthetic corpus is written by
build_benchmark.py's corpus writer from that checkout's templates, with the same seed on both sides. Not part of
`dotnet test`.
"""
import argparse
import hashlib
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import build_benchmark

REPO = Path(__file__).resolve().parents[2]


def checkout(ref: str, work: Path) -> Path:
    tree = work / f"checkout-{len(list(work.glob('checkout-*')))}"
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), ref], check=True)
    return tree


def first_parent(commit: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), "rev-parse", f"{commit}^"], capture_output=True, text=True, check=True).stdout.strip()


def build_generator(tree: Path) -> Path:
    # Inside the checkout (bin/ is ignored by git), so the generator finds that checkout's node_modules and Pagefind.
    output = tree / "tests/benchmarks/bin/same-output-generator"
    subprocess.run(["dotnet", "build", str(tree / "generator"), "-c", "Release", "-o", str(output), "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    return output / "kb.dll"


def build_site(generator: Path, root: Path, output: Path):
    result = subprocess.run(["dotnet", str(generator), "build", "--root", str(root), "--output", str(output)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build of {root} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")


def file_hashes(folder: Path) -> dict:
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file() and not path.is_symlink()}


def outputs(tree: Path, articles: list, work: Path) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    generator = build_generator(tree)
    sites = {"real site": tree}
    build_benchmark.REPO = tree
    for count in articles:
        corpus = work / f"corpus-{count}"
        build_benchmark.write_corpus(corpus, count, random.Random(count))
        sites[f"{count} articles"] = corpus
    built = {}
    for name, root in sites.items():
        output = work / ("out-" + name.replace(" ", "-"))
        build_site(generator, root, output)
        built[name] = file_hashes(output)
        shutil.rmtree(output)
    return built


def report(label: str, base: dict, head: dict) -> bool:
    """Prints how head's outputs differ from base's; true when every site is identical."""
    same = True
    for name in base:
        before, after = base[name], head[name]
        changed = sorted(path for path in before.keys() & after.keys() if before[path] != after[path])
        gone, added = sorted(before.keys() - after.keys()), sorted(after.keys() - before.keys())
        if not (changed or gone or added):
            print(f"{label}{name}: identical ({len(after)} files)", flush=True)
            continue
        same = False
        print(f"{label}{name}: {len(changed)} changed, {len(gone)} gone, {len(added)} added of {len(before)} files", flush=True)
        for kind, paths in (("changed", changed), ("gone", gone), ("added", added)):
            for path in paths[:20]:
                print(f"  {kind}: {path}")
            if len(paths) > 20:
                print(f"  ... and {len(paths) - 20} more {kind}")
    return same


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD", help="the commit to compare against (default HEAD)")
    parser.add_argument("--head", help="a commit to compare (default: the working tree as it is)")
    parser.add_argument("--range", help="BASE..HEAD: compare every commit of the range with its first parent, one build each")
    parser.add_argument("--articles", type=int, nargs="+", default=[5000])
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kb-same-output-"))
    trees = []

    def outputs_of(ref):
        tree = checkout(ref, work)
        trees.append(tree)
        try:
            return outputs(tree, args.articles, work / f"out-{len(trees)}")
        finally:
            # A checkout holds its own node_modules and build output; a long range would fill the disk.
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
            shutil.rmtree(work / f"out-{len(trees)}", ignore_errors=True)

    try:
        if args.range:
            commits = subprocess.run(["git", "-C", str(REPO), "rev-list", "--reverse", "--topo-order", args.range],
                                     capture_output=True, text=True, check=True).stdout.split()
            # Each commit against its first parent: for a merge, the branch it was merged into.
            pairs = [(first_parent(commit), commit) for commit in commits]
        else:
            pairs = [(args.base, args.head)]
        all_same, built = True, {}
        for base_ref, head_ref in pairs:
            base = built.get(base_ref) or built.setdefault(base_ref, outputs_of(base_ref))
            head = built.setdefault(head_ref, outputs_of(head_ref)) if head_ref else outputs(REPO, args.articles, work / "working-tree")
            label = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %s", head_ref],
                                   capture_output=True, text=True).stdout.strip()[:100] + ": " if head_ref else ""
            all_same &= report(label, base, head)
        sys.exit(0 if all_same else 1)
    finally:
        for tree in trees:
            if tree.exists():
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
