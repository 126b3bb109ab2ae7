#!/usr/bin/env python3
"""Whole-site build benchmark: our generator against Hugo on the same synthetic corpus.

Generates a corpus shaped like the real content (front matter with uses, costs and studies; ~900-word bodies with
headings, tables, lists and 5-15 citations; a reference library of N/2 sources; a glossary of eight terms), builds it
with the generator (Release) and with two Hugo sites (installed from Debian when missing), and prints wall time, the
ratios, peak memory and output size. Not part of `dotnet test`.

The two Hugo sites:
- minimal: two templates (a page and a list), about a quarter of our files; the ratio against it is the one of the
  first benchmark, kept for comparison.
- equal-work (tests/benchmarks/hugo-equal, written from templates/*.html): the same kinds of files as ours, in
  counts within 5% (the script lists them side by side and says if not): article pages with the evidence table and
  chart, prices and study cards from front matter, numbered citations with a reference list and back-links,
  glossary links, related articles and the link panel; an embed card per article and BibTeX, RIS and CSL-JSON per
  source as Hugo output formats; one preview image per article drawn with `images.Text`; source pages with the
  sentences that cite them; home, topics, evidence, bibliography, glossary, people, search, 404, feed, sitemap,
  robots.txt, _headers and _redirects. Long lists are split by Hugo's paginator at our page size (200), with
  rel=prev/next links and the later pages in the sitemap: the home's articles, each topic's, the evidence table's
  rows, the bibliography and the editors' translations pages (every English file's revision stamp and state). The
  Spanish edition (/es/: home, feed, topics, evidence, glossary, people, search, bibliography, over the Spanish
  articles, none in this corpus, or every source) is a section of its own, with English words, and each indexable
  page and sitemap entry has the same hreflang links as ours. Only the search (Pagefind's index and the query
  vocabulary) is left out, and Hugo's own /<list>/page/1/ redirects, which it always writes, are listed apart.

Before each size's first build the script writes what is in memory to disk and waits 65 s: the disk here (ext4
without a journal) does not reuse an inode freed in the last 60 seconds, or while its table block is unwritten, and
skips each such inode for every file it creates, so a cold build started within a minute or more of a large deletion
(another run's work folder, a test run's sites) took 35-45% longer in the fourteenth round's runs (docs/performance.md,
"Cold build at 5,000 articles" and the fourteenth round's runs at the end).

The I/O floor is the fastest of three copies of our output tree (`cp -a` to a fresh folder on the same disk): no
build that writes those files can take less.

Peak memory is given for the generator's own process (from `build --timings`) and, apart, for Pagefind, which
the index stage runs as a process of its own: GNU time's figure for the whole build is the larger of the two.

The generator is timed on each corpus: a cold build (a fresh checkout: every social preview image is painted), a warm
rebuild (the images of unchanged titles come from .cache/social-images/, but the build cache of pages is deleted first,
so every page is rendered), and incremental builds, each after another one-article edit (a sentence of one article's
body changed; the build cache in .cache/builds/ and the previous output are there, as on an editor's machine or a CI
run that restores them). The first starts from the output the warm rebuild replaced, which shares no file with the
live one, and is printed apart; the next ones (--steady-builds, 5 unless told), "incr", each start from the output of
the build before, as every build of an editor's edits after the first does. One such build moves with the machine's
state (2.6-3.0 s in three idle runs against 2.1-2.2 s for steady builds timed apart), so "incr" is their median, their
range and each value are printed, and its ratios to our cold build and to the minimal Hugo site's full build are taken
on the median, with and without the search-index stage (the edit changes an indexed page, so Pagefind indexes the
whole site again). The search-index stage (Pagefind) is reported apart, from `build --timings`, and left out of the
ratios, since neither Hugo site builds a search index. The equal-work Hugo site is built without its image cache, as
our cold build.

Last, a page check of our output at every size: every HTML page ends its document (</html>; Scriban's output limit
cuts a page short without a word), none is over 100 KB gzip-compressed, and the sitemap lists every page a search
engine may index (every HTML page but redirect stubs and pages marked noindex: embed cards and the not-found page).
The run exits with 1 when a page fails, after printing every figure.

    python3 tests/benchmarks/build_benchmark.py                              # 5,000 articles
    python3 tests/benchmarks/build_benchmark.py --articles 1000 5000 10000   # and the slope of time against N
    python3 tests/benchmarks/build_benchmark.py --repeat 3                   # medians of three rounds, and their range

Times on a shared 2-core machine vary by 10-30% from run to run; with --repeat each round builds with the generator
and both Hugo sites back to back, so each round's ratios compare like with like.
"""
import argparse
import collections
import gzip
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
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
    if (REPO / "i18n").is_dir():
        shutil.copytree(REPO / "i18n", root / "i18n")
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
    "Round", "generator index warm hugo ratio warm_ratio equal equal_ratio generator_cpu warm_cpu hugo_cpu equal_cpu "
             "generator_mib hugo_mib equal_mib incremental incremental_index incremental_cpu incremental_cold incremental_cold_indexed "
             "incremental_hugo incremental_hugo_indexed first_incremental first_incremental_cpu steady_incrementals")


def run_round(build, work: Path, edition: int, steady_builds: int):
    """A cold build (no output, no social image cache), a warm rebuild over it (social images cached, pages not), the
    first incremental build after a one-article edit, `steady_builds` more, each after another one-article edit, a build
    of the minimal Hugo site and one of the equal-work Hugo site, each Hugo site into an empty folder and the latter
    without its image cache (every preview image painted, as in our cold build). The steady builds' figures are their
    medians, each ratio taken on the median; their values without the index stage are kept in steady_incrementals. The
    Hugo builds run right after the generator in every round, so that each ratio compares builds made while the machine
    was in the same state. The round before's outputs are moved aside, not deleted, so the cold build does not pay for
    skipping the inodes a deletion just freed (see copy_seconds); main deletes them after the last build."""
    for number, leftover in enumerate((work / "site/_site", work / "site/.cache", work / "hugo/public", work / "hugo-equal/public", work / "hugo-equal/resources")):
        if leftover.exists():
            (work / "set-aside").mkdir(exist_ok=True)
            leftover.rename(work / f"set-aside/{edition}-{number}")
    cold_time, cold_cpu, _, cold_output = measure(build, work)
    shutil.rmtree(work / "site/.cache/builds")
    warm_time, warm_cpu, _, warm_output = measure(build, work)
    # The first build after a clean one starts from the output the clean build replaced, which shares no file with
    # the live output; from the next on, each starts from the output of the build before (an editor's steady state).
    incrementals = []
    for attempt in range(1 + steady_builds):
        edit_one_article(work / "site", edition * (1 + steady_builds) + attempt)
        incremental_time, incremental_cpu, _, incremental_output = measure(build, work)
        if "Cache     incremental" not in incremental_output:
            sys.exit(f"the build after a one-article edit was not incremental:\n{incremental_output}")
        incremental_index = stage_seconds(incremental_output, "Index")
        incrementals.append((incremental_time - incremental_index, incremental_index, incremental_cpu))
    (first_time, _, first_cpu), steady = incrementals[0], incrementals[1:]
    incremental_time, incremental_index, incremental_cpu = (statistics.median(figures[part] for figures in steady) for part in range(3))
    incremental_indexed = statistics.median(without + index for without, index, _ in steady)
    hugo_time, hugo_cpu, hugo_mib, _ = measure(["hugo", "--quiet", "--destination", str(work / "hugo/public")], work / "hugo")
    equal_time, equal_cpu, equal_mib, _ = measure(["hugo", "--quiet", "--destination", str(work / "hugo-equal/public")], work / "hugo-equal")
    index_time = stage_seconds(cold_output, "Index")
    generator_time = cold_time - index_time
    warm_time -= stage_seconds(warm_output, "Index")
    return Round(generator_time, index_time, warm_time, hugo_time, generator_time / hugo_time, warm_time / hugo_time,
                 equal_time, generator_time / equal_time, cold_cpu, warm_cpu, hugo_cpu, equal_cpu,
                 max(generator_mebibytes(cold_output), generator_mebibytes(warm_output)), hugo_mib, equal_mib,
                 incremental_time, incremental_index, incremental_cpu, incremental_time / generator_time,
                 incremental_indexed / (generator_time + index_time), incremental_time / hugo_time,
                 incremental_indexed / hugo_time, first_time, first_cpu, [without for without, _, _ in steady])


def settle_disk():
    """Writes every dirty page to disk and waits out the 60 s in which ext4 without a journal skips freed inodes (see
    the module's docstring), so the cold build does not pay for deletions made before the run."""
    os.sync()
    time.sleep(65)


def edit_one_article(site: Path, edition: int):
    """Changes one sentence of the body of the article in the middle of the corpus, as an editor's one-article edit."""
    articles = sorted((site / "content/articles").glob("*.md"))
    article = articles[len(articles) // 2]
    text = article.read_text()
    body = text.index("\n---\n") + 5
    sentence_end = text.index(". ", body)
    article.write_text(text[:sentence_end] + f" in edition {edition}" + text[sentence_end:])


def copy_seconds(tree: Path, work: Path):
    """The I/O floor: the fastest of three copies of a built tree (`cp -a`) into a fresh folder on the same disk. The
    copies are left for main to delete after the last build: on ext4 without a journal, a copy or build made right after
    a deletion pays for skipping the freed inodes (docs/performance.md, "Cold build at 5,000 articles")."""
    times = []
    for attempt in range(3):
        start = time.perf_counter()
        subprocess.run(["cp", "-a", str(tree), str(work / f"copy-{attempt}")], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


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


# Kinds listed but left out of the comparison, each with the reason the listing prints.
NOT_COMPARED = {
    "search index": "Hugo builds no search",
    "search vocabulary": "Hugo builds no search",
    "build marker": "the generator's own bookkeeping",
    "paginator's page 1": "Hugo's paginator always writes /<list>/page/1/, a redirect to the list, which we do not",
}
LIST_PAGES = {"references": "bibliography", "topics": "topic list", "evidence": "evidence page", "glossary": "glossary page",
              "people": "people page", "personas": "people page", "search": "search page", "translations": "translations page"}


def file_kind(relative: Path):
    """What a file of a built site is, by its place, the same way for our output and the equal-work Hugo site's
    (whose embed cards sit at /embed/articles/<slug>/ and whose fingerprinted assets have longer hashes). The later
    pages of a split list (<list>/page/<n>/) and the Spanish edition (/es/...) are kinds of their own."""
    parts, suffix = relative.parts, relative.suffix
    if parts[0] == "pagefind":
        return "search index"
    if parts[0] == "search" and suffix == ".json":
        return "search vocabulary"
    if parts[0] == ".kb-output":
        return "build marker"
    if parts[0] == "es" and len(parts) > 1:
        kind = file_kind(Path(*parts[1:]))
        return kind if kind in NOT_COMPARED else f"Spanish {kind}"
    if suffix == ".html" and len(parts) >= 3 and parts[-3] == "page":
        if parts[-2] == "1":
            return "paginator's page 1"
        return file_kind(Path(*parts[:-3], "index.html")) + ", pages 2+"
    if suffix == ".html":
        if parts in (("index.html",), ("404.html",)):
            return "home" if parts[0] == "index.html" else "not-found page"
        if parts[0] == "embed":
            return "embed card"
        if len(parts) == 2:
            return LIST_PAGES.get(parts[0], f"/{parts[0]}/ page")
        return {"articles": "article page", "references": "source page", "topics": "topic page"}.get(parts[0], f"{parts[0]} page")
    if parts[0] == "references":
        return f"source download {suffix}"
    if parts[:2] == ("assets", "social"):
        return "preview image"
    if parts[0] == "assets":
        return f"asset {suffix}"
    return relative.name


def output_inventory(root: Path):
    """Counts of a built site's files by kind and by extension (the name, for files without one)."""
    kinds, extensions = collections.Counter(), collections.Counter()
    for path in root.rglob("*"):
        if path.is_file():
            relative = path.relative_to(root)
            kind = file_kind(relative)
            kinds[kind] += 1
            if kind not in NOT_COMPARED:
                extensions[relative.suffix or relative.name] += 1
    return kinds, extensions


def compare_outputs(ours: Path, hugo: Path):
    """Prints our output's file kinds and extensions beside the equal-work Hugo site's, and returns the rows whose
    counts differ by more than 5% of ours (the search and the build marker aside)."""
    our_kinds, our_extensions = output_inventory(ours)
    hugo_kinds, hugo_extensions = output_inventory(hugo)
    apart = []
    print(f"  {'files by kind':<28} {'ours':>7} {'hugo':>7}")
    for title, mine, theirs in (("kind", our_kinds, hugo_kinds), ("extension", our_extensions, hugo_extensions)):
        if title == "extension":
            print(f"  {'files by extension':<28} {'ours':>7} {'hugo':>7}")
        for name in sorted(set(mine) | set(theirs), key=lambda name: (-mine[name], name)):
            compared = name not in NOT_COMPARED
            within = not compared or abs(theirs[name] - mine[name]) <= 0.05 * mine[name]
            note = "" if compared else f"  (not compared: {NOT_COMPARED[name]})"
            if not within:
                note = "  NOT within 5% of ours"
                apart.append(f"{title} {name}: ours {mine[name]}, hugo {theirs[name]}")
            print(f"  {name:<28} {mine[name]:>7} {theirs[name]:>7}{note}")
    total_ours = sum(our_extensions.values())
    total_hugo = sum(hugo_extensions.values())
    within = abs(total_hugo - total_ours) <= 0.05 * total_ours
    print(f"  {'all compared files':<28} {total_ours:>7} {total_hugo:>7}{'' if within else '  NOT within 5% of ours'}")
    if not within:
        apart.append(f"all compared files: ours {total_ours}, hugo {total_hugo}")
    return apart


PAGE_LIMIT_BYTES = 100_000  # gzip -9 (as build --precompress writes .gz copies), 100 KB


def check_pages(site: Path, base_url: str):
    """Every HTML page of a built site ends its document (</html>, so no template output was cut short), none is over
    100 KB gzip-compressed, and the sitemap lists every page a search engine may index: every HTML page but redirect
    stubs (meta refresh) and pages marked noindex (embed cards and the not-found page), and nothing else.
    Returns the problems, each naming the page."""
    problems, indexable = [], set()
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        data = path.read_bytes()
        compressed = len(gzip.compress(data, compresslevel=9))
        if not data.rstrip().lower().endswith(b"</html>"):
            problems.append(f"cut short (no </html> at the end): /{relative}, {len(data):,} bytes ({compressed:,} gzip), "
                            f"ends {data.rstrip()[-20:]!r}")
        if compressed > PAGE_LIMIT_BYTES:
            problems.append(f"over 100 KB compressed: /{relative}, {compressed:,} bytes gzip ({len(data):,} bytes)")
        head = data[:data.find(b"</head>")].lower()
        if b'http-equiv="refresh"' not in head and b'name="robots" content="noindex"' not in head:
            indexable.add("/" + relative.removesuffix("index.html"))
    sitemap = site / "sitemap.xml"
    listed = set()
    if sitemap.exists():
        for loc in re.findall(r"<loc>([^<]*)</loc>", sitemap.read_text()):
            listed.add("/" + loc.removeprefix(base_url).lstrip("/"))
    problems += [f"not in the sitemap: {page}" for page in sorted(indexable - listed)]
    problems += [f"in the sitemap but no such page: {page}" for page in sorted(listed - indexable)]
    return problems


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
                        help="rounds per size (cold, warm and both Hugo builds each); figures are medians, and their range is printed")
    parser.add_argument("--steady-builds", type=int, default=5,
                        help="one-article builds timed in the steady state per round, each after another edit; their median is the figure")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    args = parser.parse_args()
    if args.steady_builds < 1:
        parser.error("--steady-builds must be at least 1")

    ensure_tools()
    # Built inside the repository (bin/ is ignored by git) so the generator finds node_modules, and Pagefind, above it.
    generator = REPO / "tests/benchmarks/bin/generator"
    subprocess.run(["dotnet", "build", str(REPO / "generator"), "-c", "Release", "-o", str(generator), "-v", "q", "-nologo"], check=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()
    print(f"hugo: {hugo_version}\ncores: {os.cpu_count()}\nload average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    print("generator s: whole build without the search index; index s: Pagefind, apart; hugo s: the minimal Hugo site;")
    print("equal s: the equal-work Hugo site (tests/benchmarks/hugo-equal, every preview image painted); ratio: generator s / hugo s;")
    print("equal ratio: generator s / equal s; copy s: the I/O floor, fastest of three `cp -a` of our output tree; copy ratio: generator s / copy s;")
    print("warm: a rebuild with the social image cache filled; cpu: processor seconds (user + system) of the whole command")
    print(f"incr: the median of {args.steady_builds} steady builds, each after another one-article edit, with the build cache, without their index stage (incr index s);")
    print("incr/cold and incr/hugo: the median's ratios to our cold build and to the minimal Hugo site; '+index': both sides with their index stage")
    if args.repeat > 1:
        print(f"each figure is the median of {args.repeat} rounds (a ratio is taken within each round); peak memory is the highest")
    header = (f"{'articles':>8} {'generator s':>12} {'index s':>8} {'hugo s':>8} {'ratio':>6} {'equal s':>8} {'equal ratio':>11} "
              f"{'copy s':>7} {'copy ratio':>10} {'warm s':>7} {'warm ratio':>10} {'gen cpu s':>10} {'warm cpu s':>11} {'hugo cpu s':>11} "
              f"{'equal cpu s':>12} {'gen MiB':>8} {'index MiB':>9} {'hugo MiB':>9} {'equal MiB':>10} {'gen output MB':>14} {'equal output MB':>16}")
    rows, apart, problems, finished = [], [], [], []
    for count in args.articles:
        work = Path(tempfile.mkdtemp(prefix=f"kb-bench-{count}-"))
        write_corpus(work / "site", count, random.Random(count))
        write_hugo_copy(work / "site", work / "hugo")
        write_equal_work_hugo_copy(work / "site", work / "hugo-equal")
        print(f"{count} articles: corpus written; waiting 65 s for the disk to settle", flush=True)
        settle_disk()
        build = ["dotnet", str(generator / "kb.dll"), "build", "--root", str(work / "site"), "--output", str(work / "site/_site"), "--timings"]
        rounds = [run_round(build, work, edition, args.steady_builds) for edition in range(args.repeat)]
        # The floor first: Pagefind's run ends by deleting its index, which a copy made after it would pay for.
        floor = copy_seconds(work / "site/_site", work)
        index_mem = pagefind_mebibytes(work / "site/_site", work)
        gen_size = folder_size(work / "site/_site") / 1e6
        equal_size = folder_size(work / "hugo-equal/public") / 1e6
        typical = {field: statistics.median(getattr(r, field) for r in rounds) for field in Round._fields if field != "steady_incrementals"}
        rows.append((count, typical["generator"], typical["warm"], typical["hugo"], typical["equal"]))
        print(f"\n{header}")
        print(f"{count:>8} {typical['generator']:>12.2f} {typical['index']:>8.2f} {typical['hugo']:>8.2f} {typical['ratio']:>6.2f} "
              f"{typical['equal']:>8.2f} {typical['equal_ratio']:>11.2f} {floor:>7.2f} {typical['generator'] / floor:>10.2f} "
              f"{typical['warm']:>7.2f} {typical['warm_ratio']:>10.2f} {typical['generator_cpu']:>10.2f} {typical['warm_cpu']:>11.2f} "
              f"{typical['hugo_cpu']:>11.2f} {typical['equal_cpu']:>12.2f} {max(r.generator_mib for r in rounds):>8.0f} {index_mem:>9.0f} "
              f"{max(r.hugo_mib for r in rounds):>9.0f} {max(r.equal_mib for r in rounds):>10.0f} {gen_size:>14.1f} {equal_size:>16.1f}", flush=True)
        print(f"{'':>8} {'incr s':>7} {'incr index s':>12} {'incr cpu s':>10} {'incr/cold':>9} {'incr/cold +index':>16} "
              f"{'incr/hugo':>9} {'incr+index/hugo':>15}")
        print(f"{'':>8} {typical['incremental']:>7.2f} {typical['incremental_index']:>12.2f} {typical['incremental_cpu']:>10.2f} "
              f"{typical['incremental_cold']:>9.2f} {typical['incremental_cold_indexed']:>16.2f} {typical['incremental_hugo']:>9.2f} "
              f"{typical['incremental_hugo_indexed']:>15.2f}", flush=True)
        steady = [seconds for r in rounds for seconds in r.steady_incrementals]
        print(f"{'':>8} steady one-article builds (no index): median {statistics.median(steady):.2f} s, range {min(steady):.2f}-{max(steady):.2f} s "
              f"({', '.join(f'{seconds:.2f}' for seconds in steady)})", flush=True)
        print(f"{'':>8} first incremental build after the clean ones (no index): {typical['first_incremental']:.2f} s, "
              f"cpu {typical['first_incremental_cpu']:.2f} s (index included)", flush=True)
        if args.repeat > 1:
            spread = lambda field: f"{min(getattr(r, field) for r in rounds):.2f}-{max(getattr(r, field) for r in rounds):.2f}"
            print(f"{'':>8} range of {args.repeat} rounds: generator {spread('generator')} s, hugo {spread('hugo')} s, ratio {spread('ratio')}, "
                  f"equal {spread('equal')} s, equal ratio {spread('equal_ratio')}, warm {spread('warm')} s, "
                  f"generator cpu {spread('generator_cpu')} s", flush=True)
        print(f"\n{count} articles: our output beside the equal-work Hugo site's")
        apart += [f"{count} articles: {row}" for row in compare_outputs(work / "site/_site", work / "hugo-equal/public")]
        found = check_pages(work / "site/_site", site_base_url(work / "site"))
        problems += [f"{count} articles: {problem}" for problem in found]
        print(f"\n{count} articles: page check of our output: {len(found)} problem(s)", flush=True)
        if args.keep:
            print(f"kept in {work}")
        # Deleted after every size's builds (see copy_seconds); with --keep, only what the measurements left.
        finished += [work] if not args.keep else [work / "set-aside", *work.glob("copy-*")]
    # Linear growth means the same cost per extra article between every pair of sizes.
    for (n1, g1, w1, h1, e1), (n2, g2, w2, h2, e2) in zip(rows, rows[1:]):
        per_article = lambda t1, t2: (t2 - t1) / (n2 - n1) * 1000
        print(f"slope {n1} -> {n2}: generator {per_article(g1, g2):.2f} ms per extra article (warm {per_article(w1, w2):.2f}), "
              f"hugo {per_article(h1, h2):.2f}, equal-work hugo {per_article(e1, e2):.2f}")
    load = os.getloadavg()
    for folder in finished:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"load average at end: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    shutil.rmtree(generator)
    if apart:
        print("\nfile counts of the equal-work Hugo site not within 5% of ours:\n  " + "\n  ".join(apart))
    else:
        print("\nfile counts of the equal-work Hugo site: every kind and extension compared is within 5% of ours")
    if problems:
        print("\npage check failures (cut short, over 100 KB gzip-compressed, or not in the sitemap):\n  " + "\n  ".join(problems))
        sys.exit(1)


def site_base_url(site: Path):
    """The base URL in a corpus's site.yml, which the sitemap's addresses start with."""
    for line in (site / "site.yml").read_text().splitlines():
        if line.startswith("base_url:"):
            return line.split(":", 1)[1].strip()
    sys.exit(f"no base_url in {site / 'site.yml'}")


if __name__ == "__main__":
    main()
