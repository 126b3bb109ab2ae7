#!/usr/bin/env python3
"""Save-to-reloaded-page benchmark: our `serve` against `hugo server`, in headless Chromium.

Writes the synthetic corpus of build_benchmark.py (about 100 articles by default) and its equal-work Hugo copy, starts
`serve` on the one and `hugo server` on the other, and opens the same article in Chromium through the Playwright
that the test project restores (reload_browser.cjs). Then, for each server, 20 times: a sentence of the article's
Markdown changes ("Reload marker N."), saved in place (truncate and write, as vim and nano do) and, every third round,
by writing a temporary file and renaming it over the article (as VS Code does); the time is taken from the save to the
first frame in which the page shows the new sentence. It prints the median and worst for both servers, their ratio,
and where our time goes, from one clock (the system clock, in the browser, in Node and here):
- watch: from the save to the start of the rebuild (the file event and the wait for the write to settle);
- rebuild: as serve reports it;
- message: from the end of the rebuild to the reload message arriving in the page;
- reload: from the message to the new page's first byte (the browser leaving the page and asking for it again);
- page and assets: from the first byte to the frame that shows the sentence (parsing, styles, scripts), with how many
  assets the new page fetched over the network rather than from its cache;
- and whether the search re-index was still running when the page showed the sentence.
Last, it runs ours on the real content (a copy of the repository's site) with the article given by --real-article.

    python3 tests/benchmarks/reload_benchmark.py                   # 100 articles, 20 saves each, and the real site
    python3 tests/benchmarks/reload_benchmark.py --rounds 5 --no-real

Not part of `dotnet test`. Hugo is /usr/bin/hugo (build_benchmark.py installs it when missing), Chromium /usr/bin/chromium.
"""

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from build_benchmark import REPO, ensure_tools, write_corpus, write_equal_work_hugo_copy

BROWSER_SCRIPT = Path(__file__).parent / "reload_browser.cjs"
MARKER = "Reload marker 0."
# The article the real-site run edits: a long one, with evidence blocks, many citations and glossary links.
REAL_ARTICLE = "mesotherapy-for-fat"


def playwright_package():
    """The Node package of the Playwright that the test project restores (Microsoft.Playwright ships it)."""
    candidates = [REPO / "tests/KnowledgeBase.Tests/bin/Debug/net10.0/.playwright/package",
                  *sorted((Path.home() / ".nuget/packages/microsoft.playwright").glob("*/.playwright/package"), reverse=True)]
    for candidate in candidates:
        if (candidate / "package.json").exists():
            return candidate
    sys.exit("no Playwright package: build the test project first (dotnet build tests/KnowledgeBase.Tests)")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def add_marker(article: Path):
    """Appends the marker sentence to the article's first paragraph of body text, the line the rounds rewrite."""
    lines = article.read_text().splitlines(keepends=True)
    closing = lines.index("---\n", 1)
    for number in range(closing + 1, len(lines)):
        line = lines[number]
        if line.strip() and line[0].isalpha():
            lines[number] = line.rstrip("\n") + f" {MARKER}\n"
            article.write_text("".join(lines))
            return
    sys.exit(f"no paragraph to mark in {article}")


class Server:
    """A server process whose output lines are kept with the time each arrived."""

    def __init__(self, command, cwd, ready):
        self.lines = []
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env={**os.environ, "COLUMNS": "400", "NO_COLOR": "1"})
        self._ready = threading.Event()
        threading.Thread(target=self._read, args=(ready,), daemon=True).start()
        if not self._ready.wait(300):
            self.stop()
            sys.exit(f"{command[0]} did not start:\n" + "".join(line for _, line in self.lines))

    def _read(self, ready):
        for line in self.process.stdout:
            self.lines.append((time.time() * 1000, line))
            if ready in line:
                self._ready.set()

    def stop(self):
        self.process.terminate()
        self.process.wait(30)

    def after(self, moment, pattern):
        """The first line after a moment that matches, as (time, match), or None."""
        for at, line in self.lines:
            if at >= moment and (match := re.search(pattern, line)):
                return at, match
        return None


def measure_in_browser(url, article: Path, rounds, pause):
    settings = {"playwright": str(playwright_package()), "url": url, "file": str(article), "rounds": rounds, "pause": pause}
    result = subprocess.run(["node", str(BROWSER_SCRIPT), json.dumps(settings)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"the browser run failed:\n{result.stdout}\n{result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def run_server(command, site: Path, ready, article: str, rounds, pause, rebuilt_line, indexed_line=None):
    """Starts a server on the site, measures the saves in the browser, and adds to each save when the server said it
    had rebuilt (and re-indexed) after it, and in how many milliseconds."""
    port = free_port()
    server = Server([*command, "--port", str(port)], site, ready)
    try:
        saves = measure_in_browser(f"http://localhost:{port}/articles/{article}/", site / f"content/articles/{article}.md", rounds, pause)
    finally:
        server.stop()
    for save in saves:
        for name, pattern in (("rebuild", rebuilt_line), ("index", indexed_line)):
            said = server.after(save["saved"], pattern) if pattern else None
            save[name + "End"], save[name] = (said[0], float(said[1][1])) if said else (None, None)
    return saves, [line for _, line in server.lines if ": error " in line or "could not" in line]


def run_ours(generator: Path, site: Path, article: str, rounds, pause):
    return run_server(["dotnet", str(generator / "kb.dll"), "serve", "--root", str(site), "--output", str(site / "_site")], site, "Serving ",
                      article, rounds, pause, r"Rebuilt \d+ of \d+ pages in (\d+) ms", r"Search index updated in (\d+) ms")


def run_hugo(hugo_site: Path, article: str, rounds, pause):
    return run_server(["hugo", "server", "--bind", "127.0.0.1"], hugo_site, "Web Server is available",
                      article, rounds, pause, r"Total in (\d+) ms")


def total(save):
    return save["frame"] - save["saved"]


def summary(name, saves):
    times = [total(save) for save in saves]
    in_place = [total(save) for save in saves if save["save"] == "in place"]
    renamed = [total(save) for save in saves if save["save"] == "rename"]
    print(f"{name:<34} median {statistics.median(times):7.0f} ms  worst {max(times):7.0f} ms  best {min(times):6.0f} ms"
          f"  (in place: median {statistics.median(in_place):.0f}; by rename: median {statistics.median(renamed):.0f})")
    return statistics.median(times), max(times)


def breakdown(name, saves):
    """Median of each part of the time from save to page, over the rounds where every part was seen."""
    parts = {"watch": [], "rebuild": [], "message": [], "reload": [], "page and assets": []}
    fetched, assets, indexing, kept_place, index_times = [], [], 0, 0, []
    for save in saves:
        if save["rebuildEnd"] is None or save["message"] is None or save["responseStart"] is None:
            continue
        start = save["rebuildEnd"] - save["rebuild"]
        parts["watch"].append(start - save["saved"])
        parts["rebuild"].append(save["rebuild"])
        parts["message"].append(save["message"] - save["rebuildEnd"])
        parts["reload"].append(save["responseStart"] - save["message"])
        parts["page and assets"].append(save["frame"] - save["responseStart"])
        fetched.append(save["assetsFetched"])
        assets.append(save["assets"])
        indexing += save["indexEnd"] is not None and save["indexEnd"] - save["index"] < save["frame"] < save["indexEnd"]
        index_times += [save["index"]] if save["index"] is not None else []
        kept_place += save["scrollY"] > 0
    if not parts["watch"]:
        print(f"{name}: no round with every part seen")
        return
    print(f"{name}, medians of {len(parts['watch'])} rounds: " + "; ".join(f"{part} {statistics.median(values):.0f} ms" for part, values in parts.items()))
    print(f"{'':<4}assets fetched over the network per reload: median {statistics.median(fetched):.0f} of {statistics.median(assets):.0f}; "
          f"search re-index: median {statistics.median(index_times) if index_times else 0:.0f} ms, still running when the page showed the sentence "
          f"in {indexing} of {len(parts['watch'])} rounds; "
          f"page still scrolled after the reload: {kept_place} of {len(parts['watch'])}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pause", type=int, default=1500, help="milliseconds between a page showing a save and the next save")
    parser.add_argument("--real-article", default=REAL_ARTICLE, help="the article of the real site to edit")
    parser.add_argument("--no-real", action="store_true", help="skip the run on the real content")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    args = parser.parse_args()

    ensure_tools()
    playwright_package()
    generator = REPO / "tests/benchmarks/bin/reload-generator"
    subprocess.run(["dotnet", "build", str(REPO / "generator"), "-c", "Release", "-o", str(generator), "-v", "q", "-nologo"], check=True)
    work = Path(tempfile.mkdtemp(prefix="kb-reload-"))
    article = "article-00000"
    write_corpus(work / "site", args.articles, random.Random(args.articles))
    add_marker(work / f"site/content/articles/{article}.md")
    write_equal_work_hugo_copy(work / "site", work / "hugo-equal")
    load = os.getloadavg()
    print(f"{subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.strip()}\ncores: {os.cpu_count()}\n"
          f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n"
          f"{args.rounds} saves per server, every third by rename; {args.pause} ms between a page showing a save and the next save\n")

    print("ours...", flush=True)
    ours, problems = run_ours(generator, work / "site", article, args.rounds, args.pause)
    print("hugo server...", flush=True)
    hugo, _ = run_hugo(work / "hugo-equal", article, args.rounds, args.pause)
    ours_median, ours_worst = summary(f"ours, {args.articles} articles", ours)
    hugo_median, hugo_worst = summary(f"hugo server, {args.articles} articles", hugo)
    print(f"ratio ours / hugo server: median {ours_median / hugo_median:.2f}, worst {ours_worst / hugo_worst:.2f}\n")
    breakdown("ours", ours)
    breakdown("hugo server", hugo)

    if not args.no_real:
        real = work / "real"
        real.mkdir()
        for name in ("content", "templates", "i18n"):
            shutil.copytree(REPO / name, real / name)
        for name in ("site.yml", "published-urls.txt"):
            shutil.copy(REPO / name, real / name)
        add_marker(real / f"content/articles/{args.real_article}.md")
        real_saves, real_problems = run_ours(generator, real, args.real_article, args.rounds, args.pause)
        problems += real_problems
        print()
        summary(f"ours, real site ({args.real_article})", real_saves)
        breakdown("ours, real site", real_saves)

    load = os.getloadavg()
    print(f"\nload average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    shutil.rmtree(generator)
    if args.keep:
        print(f"kept in {work}")
    else:
        shutil.rmtree(work)
    if problems:
        print("\nserve reported problems during the saves:\n  " + "  ".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
