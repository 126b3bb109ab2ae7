#!/usr/bin/env python3
"""Sorts the samples of a `perf record -g` profile of a build into the kinds of work docs/performance.md names
("Cold build at 5,000 articles: where the processor time goes") and prints each kind's share of the samples:

    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 499 -g -o perf.data \\
        dotnet kb.dll build --root site --output site/_site --timings
    python3 tests/benchmarks/profile_categories.py perf.data

A sample in the kernel is sorted by the system call it serves; one in the runtime's compiler or collector threads, or
in the runtime itself, by that; any other by the first library of its stack named below, else "other managed code"
(the compiled code's stacks are often cut short, so much of the generator's own code lands there). Not part of
`dotnet test`.
"""
import collections
import subprocess
import sys

# The first whose name is in a sample's stack names its kind; painting comes first, since it calls compression.
LIBRARIES = (
    (("SocialImagePainter", "SkiaSharp", "Compression.Native"), "preview images: painting and PNG"),
    (("Scriban",), "templates (Scriban)"),
    (("Markdig",), "Markdown (Markdig)"),
    (("YamlDotNet",), "YAML (YamlDotNet)"),
    (("libcrypto",), "hashing (SHA-256)"),
    (("SearchWordCache",), "search vocabulary"),
)


def kind(thread: str, frames: list) -> str:
    stack = "\n".join(frames)
    leaf = frames[0] if frames else ""
    if "kernel.kallsyms" in leaf:
        if "__ext4_new_inode" in stack:
            return "kernel: finding a free inode (creating files and folders)"
        if "sys_openat" in stack or "sys_mkdir" in stack:
            return "kernel: the rest of opening and creating files and folders"
        if any(call in stack for call in ("sys_write", "sys_pwrite", "sys_close", "ftruncate", "sys_rename")):
            return "kernel: writing, closing, renaming"
        if "page_fault" in stack:
            return "kernel: page faults"
        return "kernel: other"
    if "libclrjit" in leaf or thread.startswith(".NET Tiered"):
        return "runtime: compiling"
    if thread.startswith(".NET BGC"):
        return "runtime: background collector thread"
    if "libcoreclr" in leaf:
        return "runtime: on the working threads (collections, allocation, type checks)"
    return next((name for keys, name in LIBRARIES if any(key in stack for key in keys)), "other managed code")


def main():
    script = subprocess.run(["perf", "script", "-i", sys.argv[1], "-F", "comm,ip,sym,dso"], capture_output=True, text=True, check=True).stdout
    counts = collections.Counter()
    for sample in script.split("\n\n"):
        lines = [line.strip() for line in sample.splitlines() if line.strip()]
        if lines:
            counts[kind(lines[0], lines[1:])] += 1
    total = sum(counts.values())
    for name, count in counts.most_common():
        print(f"{100 * count / total:5.1f}%  {count:6d}  {name}")
    print(f"{total} samples")


if __name__ == "__main__":
    main()
