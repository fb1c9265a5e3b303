"""Reader throughput and coverage.

    python bench/bench_readers.py [--write]

1. T17 and Crisis (``../shared/datasets/*.tar.xz``, read in place through the tar reader):
   items/s, articles, errors, share dated and at which precision.
2. Synthetic inputs written to a temporary folder (made up here, no third-party text): JSONL,
   an RSS feed, HTML pages and a gzipped WARC; items/s for each reader.
3. Hostile inputs: the time to refuse a billion-laughs feed, a 1 GB gzip bomb and 100k-deep JSON.

``--write`` replaces the ``## readers`` section of BENCHMARKS.md with the figures.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from storyline.ingest import ReadStats, read_feed, read_json, read_paths, read_warc
from storyline.models import Article

ROOT = Path(__file__).resolve().parents[1]
DATASETS = ROOT / ".." / "shared" / "datasets"


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def bench_datasets(lines: list[str]) -> None:
    for name in ("t17.tar.xz", "ml_crisis.tar.xz"):
        path = DATASETS / name
        if not path.exists():
            lines.append(f"| {name} | (absent) | | | | |")
            continue
        stats = ReadStats()
        items, secs = timed(lambda: list(read_paths([str(path)], stats=stats)))
        # Input documents only: reference timelines are also .txt files in the archives.
        arts = [a for a in items if isinstance(a, Article) and "/reference/" not in a.source_path
                and "/timelines/" not in a.source_path and not a.source_path.endswith((".json", ".jsonl"))]
        prec = Counter(a.published.precision if a.published else "none" for a in arts)
        dated = sum(v for k, v in prec.items() if k != "none")
        lines.append(
            f"| {name} | {len(items)} | {stats.articles} | {stats.errors} | "
            f"{dated}/{len(arts)} ({100 * dated / max(len(arts), 1):.1f}%) {dict(prec)} | {len(items) / secs:,.0f} |"
        )


def make_synthetic(tmp: Path) -> dict[str, Path]:
    words = "byrådet vedtog budgettet tirsdag efter lange forhandlinger om skoler veje og klima".split()
    body = lambda i: " ".join(words[(i + k) % len(words)] for k in range(120)) + "."  # noqa: E731
    jsonl = tmp / "a.jsonl"
    with open(jsonl, "w") as f:
        for i in range(20_000):
            f.write(json.dumps({"title": f"Nyhed {i}", "text": body(i), "date": f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                                "source": "Testavisen", "section": "Indland"}, ensure_ascii=False) + "\n")
    items = "".join(
        f"<item><title>Nyhed {i}</title><link>https://x.example/{i}</link><pubDate>Mon, 06 Nov 2023 07:45:00 +0100</pubDate>"
        f"<description>&lt;p&gt;{body(i)}&lt;/p&gt;</description></item>" for i in range(1000))
    feed = tmp / "feed.xml"
    feed.write_text(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>")
    page = lambda i: (f"<html lang='da'><head><title>Nyhed {i}</title><meta property='article:published_time' "  # noqa: E731
                      f"content='2023-03-14'></head><body><nav>Forside Sport</nav><article><h1>Nyhed {i}</h1>"
                      + "".join(f"<p>{body(i + k)}</p>" for k in range(6)) + "</article><footer>Kontakt</footer></body></html>")
    html_dir = tmp / "html"
    html_dir.mkdir()
    for i in range(200):
        (html_dir / f"{i:04d}.html").write_text(page(i))
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp / "crawl.warc.gz"
    with open(warc, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(200):
            h = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://x.example/{i}", "response",
                                                payload=io.BytesIO(page(i).encode()), http_headers=h))
            h2 = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://x.example/{i}.png", "response",
                                                payload=io.BytesIO(b"\x89PNG" * 100), http_headers=h2))
    return {"jsonl (20k records)": jsonl, "rss (1k entries)": feed, "html (200 pages)": html_dir, "warc.gz (200 HTML + 200 PNG)": warc}


def bench_synthetic(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as d:
        for name, path in make_synthetic(Path(d)).items():
            items, secs = timed(lambda: list(read_paths([str(path)])))
            n_ok = sum(isinstance(x, Article) for x in items)
            lines.append(f"| {name} | {len(items)} | {n_ok} | {len(items) / secs:,.0f} |")


def bench_hostile(lines: list[str]) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_readers_hostile import BILLION_LAUGHS

    bomb = gzip.compress(b"WARC/1.0\r\n" + b"\0" * (1024 ** 3), compresslevel=9)
    cases = {
        "billion-laughs feed": lambda: list(read_feed(BILLION_LAUGHS, "x.xml")),
        f"gzip bomb WARC ({len(bomb) // 1024} KB -> 1 GB)": lambda: list(read_warc(bomb, "x.warc.gz")),
        "JSON nested 100k deep": lambda: list(read_json(b"[" * 100_000 + b"]" * 100_000, "x.json")),
    }
    for name, fn in cases.items():
        out, secs = timed(fn)
        lines.append(f"| {name} | {out[0].reason[:70]} | {secs * 1000:.0f} ms |")


def main() -> None:
    lines = ["## readers", "", "Command: `python bench/bench_readers.py --write` "
             f"({platform.python_version()}, {os.cpu_count()} cores shared with other jobs; {time.strftime('%Y-%m-%d')}).", "",
             "Datasets read in place from their tar.xz archives (dates from the `YYYY-MM-DD` folders):", "",
             "| archive | items | articles | item errors | input docs dated | items/s |", "|---|---|---|---|---|---|"]
    bench_datasets(lines)
    lines += ["", "Synthetic inputs (generated by the benchmark):", "", "| input | items | articles | items/s |", "|---|---|---|---|"]
    bench_synthetic(lines)
    lines += ["", "Hostile inputs (each must be one ItemError, quickly and in bounded memory):", "",
              "| input | reason | time |", "|---|---|---|"]
    bench_hostile(lines)
    text = "\n".join(lines) + "\n"
    print(text)
    if "--write" in sys.argv:
        path = ROOT / "BENCHMARKS.md"
        old = path.read_text() if path.exists() else "# Benchmarks\n"
        start = old.find("## readers")
        if start < 0:
            new = old.rstrip("\n") + "\n\n" + text
        else:
            nxt = old.find("\n## ", start + 3)
            new = old[:start] + text + (old[nxt + 1:] if nxt >= 0 else "")
        path.write_text(new)


if __name__ == "__main__":
    main()
