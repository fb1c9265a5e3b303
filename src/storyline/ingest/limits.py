"""Size and safety limits for the readers: one frozen dataclass the settings object holds.

Every limit turns hostile or broken input into an ``ItemError`` with a reason that names the
limit, instead of a crash or an out-of-memory kill. The defaults are sized for news: the
largest page in the T17/Crisis sets is under 1 MB of text, a large real feed is a few MB, and
a month-long WARC of a news site is a few GB made of records well under 50 MB.
"""
from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
GB = 1024 * MB


@dataclass(frozen=True)
class ReaderLimits:
    # A whole input file (text, HTML, JSON, feed; a JSONL or WARC file is streamed, so this
    # is only checked for the non-streamed formats and for stdin / URL bodies).
    max_file_bytes: int = 200 * MB
    # One JSON/JSONL record (one line of JSONL, one element of a JSON list).
    max_record_bytes: int = 5 * MB
    # Nesting deeper than this in a JSON record is refused; real article records nest 2-4
    # levels, 64 leaves room for rich metadata and stays far below Python's recursion limit.
    max_json_depth: int = 64
    # One HTML page (file, WARC payload or URL body); trafilatura's own default cap is 20 MB.
    max_html_bytes: int = 20 * MB
    # Decompressed HTTP payload of one WARC response record that we read and extract
    # (after both the record's gzip member and the HTTP Content-Encoding are undone).
    max_decompressed_bytes: int = 50 * MB
    # Gzip-bomb guard for streamed .gz input (WARC, .jsonl.gz): once more than
    # ``gzip_ratio_floor_bytes`` have come out, output may not exceed ``max_gzip_ratio``
    # times the compressed input read so far. Text and HTML compress 3-10x, WARCs of
    # repetitive pages rarely 30x; a bomb of zeros is ~1000x.
    max_gzip_ratio: int = 200
    gzip_ratio_floor_bytes: int = 64 * MB
    # Entries read from one feed.
    max_feed_entries: int = 10_000
    # Characters of one article's text. A 50 MB "article" (a log file, a dump saved as .txt)
    # is not news: the longest real article in T17/Crisis is well under 1 MB, and the
    # stages after reading (near-copy signatures, the search index) grow with the text.
    max_text_chars: int = 1_000_000
    # Titles derived from the first sentence are cut at a word boundary at this length.
    max_title_chars: int = 200
    # Fetching a feed from an http(s) URL.
    fetch_timeout_s: float = 30.0
    user_agent: str = "storyline/0.1 (+news story tracker; feed reader)"
