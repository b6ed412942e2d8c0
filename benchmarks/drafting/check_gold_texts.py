#!/usr/bin/env python3
"""Checks that every gold quotation is printed in its article text.

Usage: python3 benchmarks/drafting/check_gold_texts.py [SET_DIR...]
(default: every set folder beside this script).

A quotation's text is split at the ` … ` joins the gold format allows between printed
pieces, and a piece that is not printed whole is split again at `[...]` cuts; every part
must then occur verbatim in the article's text, in order, and the quotations of a file
must start in printed order. Articles whose text is not in the repository are skipped.
Exits 1 when any quotation fails, listing each with its file and number.
"""
import pathlib
import sys

import yaml

JOIN = " … "
CUT = "[...]"


def printed_parts(quotation):
    """Each piece of the quotation (split at joins) with the sides of its cuts."""
    for piece in quotation.split(JOIN):
        yield piece, [part.strip() for part in piece.split(CUT) if part.strip()]


def locate(article, quotation, start):
    """Returns the offset where the quotation's first part is printed at or after start, or None.

    A piece is looked for whole first, since many articles print `[...]` themselves; only
    when it is not printed whole are the sides of its cuts looked for one after another.
    """
    first = None
    pos = start
    for whole, parts in printed_parts(quotation):
        for candidate in ([whole] if article.find(whole, pos) >= 0 else parts):
            at = article.find(candidate, pos)
            if at < 0:
                return None
            first = at if first is None else first
            pos = at + len(candidate)
    return first


def check_file(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not gold.get("text_in_repo", True):
        return []
    article = (path.parent / gold["article"]).read_text(encoding="utf-8")
    problems = []
    previous = 0
    for number, q in enumerate(gold["quotations"], 1):
        # A quotation printed twice is listed at its first place, so search from the start
        # for the place and only then check the order.
        at = locate(article, q["text"], 0)
        if at is None:
            problems.append(f"{path}: quotation {number} is not printed in {gold['article']}: {q['text'][:60]!r}")
            continue
        later = locate(article, q["text"], previous)
        if later is None:
            problems.append(f"{path}: quotation {number} is listed out of printed order: {q['text'][:60]!r}")
        else:
            previous = later
    return problems


def main(argv):
    here = pathlib.Path(__file__).resolve().parent
    sets = [pathlib.Path(a) for a in argv] or sorted(p for p in here.iterdir() if p.is_dir())
    problems = []
    files = 0
    for folder in sets:
        for path in sorted(folder.glob("*.yaml")):
            files += 1
            problems += check_file(path)
    print("\n".join(problems) if problems else f"{files} gold files: every quotation is printed in its text, in order")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
