#!/usr/bin/env python3
"""Which words of a built site's Pagefind index lie outside their own index part's bounds, and what Pagefind 1.6's
search script (request_indexes in pagefind_web) loads for a query of each (docs/performance.md, "Words at the end of
index parts").

    python3 tests/benchmarks/index_part_bounds.py <site output> [--queries queries.json]

Prints, for each language, how many words lie outside their part's bounds, whether the lookup loads their part, and
how many bytes of other parts it loads too. With --queries, writes each such word as a query for
index_part_queries.cjs, which runs them in Chromium.
"""
import argparse
import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def cbor(data: bytes, at: int):
    """Decodes the CBOR item at `at` (definite lengths only, as Pagefind writes them); returns it and where the next begins."""
    head = data[at]
    major, size = head >> 5, head & 31
    at += 1
    if size >= 24:
        width = 1 << (size - 24)
        size, at = int.from_bytes(data[at:at + width], "big"), at + width
    if major in (2, 3):
        text = data[at:at + size]
        return (text.decode() if major == 3 else text), at + size
    if major == 4:
        items = []
        for _ in range(size):
            item, at = cbor(data, at)
            items.append(item)
        return items, at
    if major == 5:
        pairs = {}
        for _ in range(size):
            key, at = cbor(data, at)
            pairs[key], at = cbor(data, at)
        return pairs, at
    if major == 6:
        return cbor(data, at)
    return (-1 - size if major == 1 else size), at


def read(path: Path):
    content = gzip.decompress(path.read_bytes())
    assert content.startswith(SIGNATURE), path
    return cbor(content, len(SIGNATURE))[0]


def pages_of(entries, pages):
    """A word's pages: Pagefind writes each page's number as the difference from the one before."""
    found, number = set(), 0
    for entry in entries:
        number += entry[0]
        found.add(pages[number])
    return found


def parts_for(term, parts):
    """Pagefind 1.6's lookup of one term: every part whose bounds hold it, or failing that, every part whose bounds,
    each cut to the term's length, hold it."""
    strict = [part for part in parts if part[0] <= term <= part[1]]
    if strict:
        return strict
    return [part for part in parts
            if term[:min(len(term), len(part[0]))] >= part[0][:len(term)] and term[:min(len(term), len(part[1]))] <= part[1][:len(term)]]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--queries", type=Path)
    args = parser.parse_args()
    folder = args.site / "pagefind"
    entry = json.loads((folder / "pagefind-entry.json").read_text())
    queries = []
    for language, info in entry["languages"].items():
        meta = read(folder / f"pagefind.{info['hash']}.pf_meta")
        pages = [page[0] for page in meta[1]]
        parts = [tuple(part) for part in meta[2]]
        sizes = {part[2]: (folder / "index" / f"{part[2]}.pf_index").stat().st_size for part in parts}
        outside, last, missed, extra = 0, 0, 0, {}
        for start, end, name in parts:
            words = read(folder / "index" / f"{name}.pf_index")[0]
            for position, word in enumerate(words):
                if start <= word[0] <= end:
                    continue
                outside += 1
                last += position == len(words) - 1
                loaded = [part[2] for part in parts_for(word[0], parts)]
                missed += name not in loaded
                others = sum(sizes[hash] for hash in loaded if hash != name)
                if others:
                    extra[word[0]] = others
                pages_with_word = pages_of(word[1], pages)
                for variant in (word[2] if len(word) > 2 else []):
                    pages_with_word |= pages_of(variant[1], pages)
                queries.append({"language": language, "query": word[0], "part": name, "pages": sorted(pages_with_word)})
        words = sum(len(read(folder / "index" / f"{part[2]}.pf_index")[0]) for part in parts)
        worst = max(extra.items(), key=lambda item: item[1], default=("-", 0))
        print(f"{language}: {len(parts)} parts, {words} words; outside their part's bounds {outside} ({last} of them last in their part); "
              f"lookup misses the word's part {missed}; loads other parts too for {len(extra)}, "
              f"{sum(extra.values()) / 1024:.1f} KB in all, at most {worst[1] / 1024:.1f} KB ({worst[0]})")
    if args.queries:
        args.queries.write_text(json.dumps(queries))


if __name__ == "__main__":
    main()
