#!/usr/bin/env python3
"""Whole-site build benchmark: our generator against Hugo on the same synthetic corpus.

Generates a corpus shaped like the real content (front matter with uses, costs and studies; ~900-word
bodies with headings, tables, lists and 5-15 citations; a reference library of N/2 sources), builds it
with the generator (Release) and with Hugo (installed from Debian when missing, minimal templates), and
prints wall time, their ratio, peak memory and output size. Not part of `dotnet test`.

Peak memory is given for the generator's own process (from `build --timings`) and, apart, for Pagefind, which
the index stage runs as a process of its own: GNU time's figure for the whole build is the larger of the two.

The generator is timed twice on each corpus: a cold build (a fresh checkout: every social preview image is
painted) and a warm rebuild (the images of unchanged titles come from .cache/, as on an editor's machine or a
CI run that restores that folder). Its search-index stage (Pagefind) is reported apart, from `build --timings`,
and left out of the ratio, since Hugo builds no search index.

    python3 tests/benchmarks/build_benchmark.py                              # 5,000 articles
    python3 tests/benchmarks/build_benchmark.py --articles 1000 5000 10000   # and the slope of time against N
    python3 tests/benchmarks/build_benchmark.py --repeat 3                   # medians of three rounds, and their range

Times on a shared 2-core machine vary by 10-30% from run to run; with --repeat each round builds with the generator
and with Hugo back to back, so each round's ratio compares like with like.
"""
import argparse
import collections
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WORDS = ("the a small study found no clear change in fat skin hair pain after shots into the middle layer "
         "most people had mild bruising some had swelling a few had infections the evidence is weak and "
         "trials were small without a comparison group doctors may offer other choices such as diet exercise "
         "or surgery ask your clinician what is in the mix how many sessions you need and what it costs").split()
LEVELS = ["high", "moderate", "low", "very-low", "none"]
# Glossary terms among WORDS, so that articles link their first use and the glossary lists the articles that use each.
GLOSSARY = ("bruising", "swelling", "infections", "evidence", "trials", "surgery", "clinician", "sessions")


def sentence(rng, citations):
    words = rng.choices(WORDS, k=rng.randint(8, 16))
    text = " ".join(words).capitalize()
    if citations and rng.random() < 0.35:
        text += " [@" + rng.choice(citations) + "]"
    return text + "."


def site_settings_without_questions():
    """The repository's site.yml without the home page's questions, which link to sections of the real articles."""
    lines, skipping = [], False
    for line in (REPO / "site.yml").read_text().splitlines(keepends=True):
        if line.startswith("questions:"):
            skipping = True
        elif skipping and line[:1] not in (" ", "#", "\n", ""):
            skipping = False
        if not skipping:
            lines.append(line)
    return "".join(lines)


def write_corpus(root: Path, articles: int, rng: random.Random):
    references = [f"ref{i:05d}" for i in range(max(1, articles // 2))]
    (root / "content/articles").mkdir(parents=True)
    (root / "content/references").mkdir(parents=True)
    (root / "content/pages").mkdir(parents=True)
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "site.yml").write_text(site_settings_without_questions())
    shutil.copy(REPO / "content/people.yml", root / "content/people.yml")
    (root / "content/glossary.yml").write_text("".join(
        f"- term: {term.capitalize()}\n  definition: A plain definition of {term}.\n  refs: [{references[0]}]\n" for term in GLOSSARY))
    for key in references:
        year = rng.randint(1990, 2024)
        (root / f"content/references/{key}.md").write_text(
            f"---\ntype: journal-article\nauthors: [Doe J, Roe R]\ntitle: Study {key} of mesotherapy\n"
            f"container: Journal of Tests\nyear: {year}\nvolume: \"{rng.randint(1, 90)}\"\npages: 1-9\n"
            f"doi: 10.1000/{key}\nstudy_design: Randomised trial\nparticipants: {rng.randint(10, 500)} adults\n"
            f"key_finding: No clear difference.\nverification: full\ncitation_status: cite\n---\n"
            f"{sentence(rng, [])} {sentence(rng, [])}\n")
    for i in range(articles):
        cited = rng.sample(references, k=min(len(references), rng.randint(5, 15)))
        body = []
        for section in range(6):
            body.append(f"## Section {section} about {rng.choice(WORDS)}\n")
            for _ in range(3):
                body.append(" ".join(sentence(rng, cited) for _ in range(4)) + "\n")
            if section == 2:
                body.append("| Aspect | Value |\n|---|---|\n" + "".join(f"| {rng.choice(WORDS)} | {rng.randint(1, 99)} |\n" for _ in range(4)))
            if section == 4:
                body.append("".join(f"- {sentence(rng, cited)}\n" for _ in range(5)))
        # Every cited key appears at least once, as in real articles.
        body.append(" ".join(f"See also [@{key}]." for key in cited) + "\n")
        uses = "".join(
            f"  - name: Use {u}\n    evidence: {rng.choice(LEVELS)}\n    verdict: {sentence(rng, [])}\n    refs: [{cited[u % len(cited)]}]\n"
            for u in range(3))
        (root / f"content/articles/article-{i:05d}.md").write_text(
            f"---\ntitle: Article {i} about mesotherapy\nsummary: {sentence(rng, [])}\ntags: [{rng.choice(['fat', 'skin', 'hair', 'pain'])}]\n"
            f"authors: [editorial-team]\nreviewed_by: []\npublished: 2026-10-01\nupdated: 2026-11-01\nlast_reviewed: 2026-11-01\nnext_review: 2027-11-01\n"
            f"sources_searched: 2026-10-15\n"
            f"uses:\n{uses}"
            f"costs:\n  - item: Session\n    currency: USD\n    min: 200\n    max: 600\n    per: session\n    year: 2010\n    ref: {cited[0]}\n"
            f"studies:\n  - ref: {cited[1]}\n    question: Does it work?\n    design: Trial\n    participants: 20 adults\n    duration: 12 weeks\n    finding: No difference.\n"
            f"---\n" + "\n".join(body))


def write_hugo_copy(corpus: Path, hugo: Path):
    (hugo / "layouts/_default").mkdir(parents=True)
    (hugo / "hugo.toml").write_text('baseURL = "https://example.org/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n')
    (hugo / "layouts/_default/single.html").write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>"
        "<p>{{ .Params.summary }}</p>{{ .Content }}</main></body></html>\n")
    (hugo / "layouts/_default/list.html").write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><title>{{ .Title }}</title></head><body><main><ul>"
        "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n")
    shutil.copytree(corpus / "content/articles", hugo / "content/articles")
    shutil.copytree(corpus / "content/references", hugo / "content/references")


def write_equal_work_hugo_copy(corpus: Path, hugo: Path):
    """The corpus as the equal-work Hugo site (tests/benchmarks/hugo-equal): the same articles and references, the
    site settings, glossary and people as data, our assets, and a plain base image for the preview images."""
    shutil.copytree(Path(__file__).parent / "hugo-equal", hugo)
    shutil.copytree(corpus / "content/articles", hugo / "content/articles", dirs_exist_ok=True)
    shutil.copytree(corpus / "content/references", hugo / "content/references", dirs_exist_ok=True)
    shutil.copy(corpus / "site.yml", hugo / "data/site.yml")
    shutil.copy(corpus / "content/glossary.yml", hugo / "data/glossary.yml")
    shutil.copy(corpus / "content/people.yml", hugo / "data/people.yml")
    shutil.copytree(corpus / "templates/assets", hugo / "assets/assets")
    (hugo / "assets/assets/social").mkdir()
    (hugo / "assets/assets/social/base.png").write_bytes(plain_png(1200, 630, (18, 52, 86)))


def plain_png(width, height, colour):
    """A PNG of one colour, the base the preview images are drawn on."""
    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    rows = (b"\0" + bytes(colour) * width) * height
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def measure(command, cwd):
    """Wall time (s), processor time (s, user + system, children included), peak resident memory (MiB) and standard
    output of one command, from GNU time. On a shared machine processor time is the steadier figure."""
    result = subprocess.run(["/usr/bin/time", "-f", "BENCH %e %U %S %M", *command], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    seconds, user, system, kilobytes = result.stderr.strip().splitlines()[-1].split()[1:]
    return float(seconds), float(user) + float(system), int(kilobytes) / 1024, result.stdout


Round = collections.namedtuple(
    "Round", "generator index warm hugo ratio warm_ratio generator_cpu warm_cpu hugo_cpu generator_mib hugo_mib")


def run_round(build, work: Path):
    """A cold build (no output, no social image cache), a warm rebuild over it, and a Hugo build into an empty folder.
    Hugo runs right after the generator in every round, so that each ratio compares builds made while the machine was
    in the same state."""
    for leftover in (work / "site/_site", work / "site/.cache", work / "hugo/public"):
        shutil.rmtree(leftover, ignore_errors=True)
    cold_time, cold_cpu, _, cold_output = measure(build, work)
    warm_time, warm_cpu, _, warm_output = measure(build, work)
    hugo_time, hugo_cpu, hugo_mib, _ = measure(["hugo", "--quiet", "--destination", str(work / "hugo/public")], work / "hugo")
    index_time = stage_seconds(cold_output, "Index")
    generator_time = cold_time - index_time
    warm_time -= stage_seconds(warm_output, "Index")
    return Round(generator_time, index_time, warm_time, hugo_time, generator_time / hugo_time, warm_time / hugo_time, cold_cpu, warm_cpu,
                 hugo_cpu, max(generator_mebibytes(cold_output), generator_mebibytes(warm_output)), hugo_mib)


def generator_mebibytes(output):
    """The generator's own peak memory from `build --timings` ("Memory    2045 MiB at most ...")."""
    for line in output.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] == "Memory" and words[2] == "MiB":
            return float(words[1])
    sys.exit(f"no 'Memory' line in the generator's --timings output:\n{output}")


def pagefind_mebibytes(site: Path, work: Path):
    """Pagefind's peak memory indexing the built site on its own, as the index stage runs it."""
    runner = REPO / "node_modules/pagefind/lib/runner/bin.cjs"
    _, _, mebibytes, _ = measure(["node", str(runner), "--site", str(site), "--output-path", str(work / "pagefind-alone"), "--silent"], work)
    shutil.rmtree(work / "pagefind-alone")
    return mebibytes


def stage_seconds(output, stage):
    """A stage's wall time from the lines `build --timings` prints ("Index      1.234 s  (processor 0.1 s)")."""
    for line in output.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] == stage and words[2] == "s":
            return float(words[1])
    sys.exit(f"no '{stage}' line in the generator's --timings output:\n{output}")


def folder_size(path: Path):
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def ensure_tools():
    """Hugo and GNU time come from Debian; install them when this machine lacks them."""
    missing = [package for package, path in (("hugo", "/usr/bin/hugo"), ("time", "/usr/bin/time")) if not os.path.exists(path)]
    if missing:
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[5000])
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds per size (cold, warm and Hugo builds each); figures are medians, and their range is printed")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    args = parser.parse_args()

    ensure_tools()
    # Built inside the repository (bin/ is ignored by git) so the generator finds node_modules, and Pagefind, above it.
    generator = REPO / "tests/benchmarks/bin/generator"
    subprocess.run(["dotnet", "build", str(REPO / "generator"), "-c", "Release", "-o", str(generator), "-v", "q", "-nologo"], check=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()
    print(f"hugo: {hugo_version}\ncores: {os.cpu_count()}\nload average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    print("generator s: whole build without the search index; index s: Pagefind, apart; ratio: generator s / hugo s;")
    print("warm: a rebuild with the social image cache filled; cpu: processor seconds (user + system) of the whole command")
    if args.repeat > 1:
        print(f"each figure is the median of {args.repeat} rounds (a ratio is taken within each round); peak memory is the highest")
    print(f"{'articles':>8} {'generator s':>12} {'index s':>8} {'hugo s':>8} {'ratio':>6} {'warm s':>7} {'warm ratio':>10} "
          f"{'gen cpu s':>10} {'warm cpu s':>11} {'hugo cpu s':>11} {'gen MiB':>8} {'index MiB':>9} {'hugo MiB':>9} {'gen output MB':>14} {'hugo output MB':>15}")
    rows = []
    for count in args.articles:
        work = Path(tempfile.mkdtemp(prefix=f"kb-bench-{count}-"))
        write_corpus(work / "site", count, random.Random(count))
        write_hugo_copy(work / "site", work / "hugo")
        build = ["dotnet", str(generator / "kb.dll"), "build", "--root", str(work / "site"), "--output", str(work / "site/_site"), "--timings"]
        rounds = [run_round(build, work) for _ in range(args.repeat)]
        index_mem = pagefind_mebibytes(work / "site/_site", work)
        gen_size = folder_size(work / "site/_site") / 1e6
        hugo_size = folder_size(work / "hugo/public") / 1e6
        typical = {field: statistics.median(getattr(r, field) for r in rounds) for field in Round._fields}
        rows.append((count, typical["generator"], typical["warm"], typical["hugo"]))
        print(f"{count:>8} {typical['generator']:>12.2f} {typical['index']:>8.2f} {typical['hugo']:>8.2f} {typical['ratio']:>6.2f} "
              f"{typical['warm']:>7.2f} {typical['warm_ratio']:>10.2f} {typical['generator_cpu']:>10.2f} {typical['warm_cpu']:>11.2f} "
              f"{typical['hugo_cpu']:>11.2f} {max(r.generator_mib for r in rounds):>8.0f} {index_mem:>9.0f} {max(r.hugo_mib for r in rounds):>9.0f} "
              f"{gen_size:>14.1f} {hugo_size:>15.1f}", flush=True)
        if args.repeat > 1:
            spread = lambda field: f"{min(getattr(r, field) for r in rounds):.2f}-{max(getattr(r, field) for r in rounds):.2f}"
            print(f"{'':>8} range of {args.repeat} rounds: generator {spread('generator')} s, hugo {spread('hugo')} s, "
                  f"ratio {spread('ratio')}, warm {spread('warm')} s, generator cpu {spread('generator_cpu')} s", flush=True)
        if not args.keep:
            shutil.rmtree(work)
    # Linear growth means the same cost per extra article between every pair of sizes.
    for (n1, g1, w1, h1), (n2, g2, w2, h2) in zip(rows, rows[1:]):
        per_article = lambda t1, t2: (t2 - t1) / (n2 - n1) * 1000
        print(f"slope {n1} -> {n2}: generator {per_article(g1, g2):.2f} ms per extra article (warm {per_article(w1, w2):.2f}), "
              f"hugo {per_article(h1, h2):.2f}")
    load = os.getloadavg()
    print(f"load average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    shutil.rmtree(generator)


if __name__ == "__main__":
    main()
