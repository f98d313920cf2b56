#!/usr/bin/env python3
"""Convert jieba's dictionary and HMM tables into AssetBank's compact embedded format.

Source: Debian package python3-jieba (MIT licence). Run after `apt-get install -y python3-jieba`:

    python3 tools/dictionaries/build-chinese-dictionary.py [--jieba-dir DIR] [--out DIR]

Writes into src/AssetBank.Analysis.Chinese/Resources/:
  jieba-dict.txt.gz  UTF-8; a header "#<TAB>LONG<TAB>CHARS<TAB>PAIRS" (number of keys, words and
                     prefixes, of three or more chars, their total length, and the number of two-char
                     keys, so the loader sizes its tables once), then lines "word<TAB>frequency",
                     words normalised as the segmenter looks them up (full-width folded, lower-cased),
                     duplicates merged (highest frequency) and sorted by UTF-16 code units, so that the
                     loader can insert prefixes without lookups. The part-of-speech column is dropped.
  jieba-hmm.txt.gz   UTF-8 lines, states in the order B E M S, natural-log probabilities:
                       start<TAB>pB<TAB>pE<TAB>pM<TAB>pS
                       trans<TAB>FROM<TAB>pB<TAB>pE<TAB>pM<TAB>pS   (empty = impossible)
                       emit<TAB>CHAR<TAB>pB<TAB>pE<TAB>pM<TAB>pS    (empty = not seen)
The output is deterministic (sorted, fixed gzip mtime) so that a rebuild gives the same bytes.
"""

import argparse
import gzip
import importlib.util
import io
import os
import sys

STATES = "BEMS"


def load_table(path):
    """Load one of jieba's finalseg/prob_*.py modules and return its P table."""
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.P


def fmt(value):
    return repr(float(value))


def write_gz(path, text):
    raw = text.encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())
    return len(raw), len(buffer.getvalue())


def normalize(word):
    """Mirror of the C# CharClassifier.Normalize: fold full-width ASCII, then lower-case char by char."""
    out = []
    for char in word:
        code = ord(char)
        if 0xFF01 <= code <= 0xFF5E:
            char = chr(code - 0xFEE0)
        elif code == 0x3000:
            char = " "
        lower = char.lower()
        out.append(lower if len(lower) == 1 else char)
    return "".join(out)


def utf16_key(word):
    return word.encode("utf-16-be")


def build_dictionary(jieba_dir):
    words = {}
    with open(os.path.join(jieba_dir, "dict.txt"), encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            parts = line.strip().split(" ")
            if not parts or not parts[0]:
                continue
            word = normalize(parts[0])
            try:
                freq = int(parts[1]) if len(parts) > 1 else 1
            except ValueError:
                sys.exit(f"dict.txt:{number}: bad frequency in {line!r}")
            if "\t" in word or " " in word:
                continue
            words[word] = max(freq, words.get(word, 0))
    ordered = sorted(words, key=utf16_key)
    prefixes = set()
    for word in ordered:
        for end in range(1, len(word)):
            prefixes.add(word[:end])
    prefixes -= words.keys()
    keys = set(words) | prefixes
    long_keys = [k for k in keys if len(k) >= 3]
    pairs = sum(1 for k in keys if len(k) == 2)
    lines = [f"#\t{len(long_keys)}\t{sum(len(k) for k in long_keys)}\t{pairs}"] + [f"{word}\t{words[word]}" for word in ordered]
    return "\n".join(lines) + "\n", len(ordered)


def build_hmm(jieba_dir):
    final = os.path.join(jieba_dir, "finalseg")
    start = load_table(os.path.join(final, "prob_start.py"))
    trans = load_table(os.path.join(final, "prob_trans.py"))
    emit = load_table(os.path.join(final, "prob_emit.py"))
    out = ["start\t" + "\t".join(fmt(start[s]) for s in STATES)]
    for source in STATES:
        row = trans.get(source, {})
        out.append("trans\t" + source + "\t" + "\t".join(fmt(row[s]) if s in row else "" for s in STATES))
    chars = sorted(set().union(*(emit[s].keys() for s in STATES)))
    for char in chars:
        if len(char) != 1 or char in "\t\r\n":
            continue
        out.append("emit\t" + char + "\t" + "\t".join(fmt(emit[s][char]) if char in emit[s] else "" for s in STATES))
    return "\n".join(out) + "\n", len(chars)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.normpath(os.path.join(here, "..", "..", "src", "AssetBank.Analysis.Chinese", "Resources"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jieba-dir", default="/usr/lib/python3/dist-packages/jieba")
    parser.add_argument("--out", default=default_out)
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.jieba_dir, "dict.txt")):
        sys.exit(f"{args.jieba_dir}/dict.txt not found: apt-get install -y python3-jieba")
    os.makedirs(args.out, exist_ok=True)

    text, words = build_dictionary(args.jieba_dir)
    raw, packed = write_gz(os.path.join(args.out, "jieba-dict.txt.gz"), text)
    print(f"jieba-dict.txt.gz: {words} words, {raw} bytes -> {packed} bytes gzip")

    text, chars = build_hmm(args.jieba_dir)
    raw, packed = write_gz(os.path.join(args.out, "jieba-hmm.txt.gz"), text)
    print(f"jieba-hmm.txt.gz: {chars} characters, {raw} bytes -> {packed} bytes gzip")


if __name__ == "__main__":
    main()
