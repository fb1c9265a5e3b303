"""Reliability figures: hostile inputs tried, SIGKILLs survived, API requests under load.

    python bench/reliability.py [--clients 50] [--seconds 30] [--inputs 2000] [--no-kills]

1. hostile inputs: ``--inputs`` random texts (unicode, decoded random bytes, digit/punctuation/
   emoji runs, relative dates against anchors at years 1 and 9999) through the four
   rule-based extractors, then the same items through ``pipeline.ingest`` with the hashing
   embedder; every one must be stored or be an error record;
2. kills: the scenario of ``tests/test_crash_safety.py`` (SIGKILL the ingest 20 times at
   random points, resume, check the store);
3. API load: ``storyline serve`` in a subprocess on 127.0.0.1 over the demo corpus, ``--clients``
   threads each looping over the read endpoints and pages for ``--seconds``; every response
   must be 2xx (or the 4xx a hostile query asks for), never a 5xx or a connection error.

Prints the figures and writes them to the ``## Reliability`` section of BENCHMARKS.md.
``tests/test_concurrency.py`` imports ``start_server`` and ``api_load`` from here.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

# What the load clients ask for: list pages, one story, one article, searches (hostile ones
# included: FTS5 syntax, quotes, SQL) and the HTML pages. Ids are filled in from the store.
READ_PATHS = [
    "/api/health", "/api/stories", "/api/stories?limit=5&offset=2", "/api/articles?limit=50",
    "/api/search?q=troops", '/api/search?q="NATO troops"', "/api/search?q=NEAR(a b)",
    "/api/search?q=a*%20OR%20%22", "/api/search?q=%27%3B%20DROP%20TABLE%20articles%3B--",
    "/", "/search?q=withdrawal", "/alerts",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(db: str) -> None:
    """The demo corpus ingested with the hashing embedder (fast, no model)."""
    from storyline.demo import corpus_files

    env = dict(os.environ, STORYLINE_EMBEDDER="hashing", TQDM_DISABLE="1")
    cmd = [sys.executable, "-m", "storyline", "--db", db, "ingest", "--no-progress",
           *[str(p) for p in corpus_files()]]
    subprocess.run(cmd, env=env, check=True, capture_output=True)


def start_server(db: str, token: str | None = None, timeout: float = 120.0) -> tuple[subprocess.Popen, str]:
    """``storyline serve`` on a free loopback port; returns (process, base URL) once it answers."""
    import httpx

    port = free_port()
    env = dict(os.environ, STORYLINE_EMBEDDER="hashing", TQDM_DISABLE="1")
    env.pop("STORYLINE_API_TOKEN", None)
    if token:
        env["STORYLINE_API_TOKEN"] = token
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "--db", db, "serve", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not answer /api/health in time")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def story_and_article_paths(base: str) -> list[str]:
    import httpx

    stories = httpx.get(base + "/api/stories?limit=3", timeout=30).json()["items"]
    articles = httpx.get(base + "/api/articles?limit=3", timeout=30).json()["items"]
    return ([f"/api/stories/{s['id']}" for s in stories] + [f"/stories/{s['id']}" for s in stories[:1]]
            + [f"/api/articles/{a['id']}" for a in articles] + [f"/articles/{a['id']}" for a in articles[:1]])


def api_load(base: str, *, clients: int = 50, seconds: float = 30.0, paths: list[str] | None = None,
             max_requests: int = 1_000_000) -> dict[str, Any]:
    """``clients`` threads, each with its own connection, looping over ``paths`` for ``seconds``.

    Returns requests served, errors (5xx and transport errors, with samples), status counts,
    and latency percentiles in milliseconds. The loop is bounded by time and by ``max_requests``.
    """
    import httpx

    paths = paths or READ_PATHS
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    count = [0]

    def worker(k: int) -> None:
        rng = random.Random(k)
        local_lat, local_status, local_err = [], {}, []
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.monotonic() < deadline:
                with lock:
                    if count[0] >= max_requests:
                        break
                    count[0] += 1
                path = rng.choice(paths)
                t0 = time.perf_counter()
                try:
                    r = client.get(path)
                    local_lat.append((time.perf_counter() - t0) * 1000)
                    local_status[r.status_code] = local_status.get(r.status_code, 0) + 1
                    if r.status_code >= 500:
                        local_err.append(f"{r.status_code} {path}: {r.text[:200]}")
                except httpx.HTTPError as exc:
                    local_err.append(f"{type(exc).__name__} {path}: {exc}")
        with lock:
            latencies.extend(local_lat)
            for s, n in local_status.items():
                statuses[s] = statuses.get(s, 0) + n
            errors.extend(local_err)

    t0 = time.monotonic()
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 1) if latencies else 0.0

    return {"clients": clients, "seconds": round(wall, 1), "requests": len(latencies) + len(errors),
            "served": len(latencies), "errors": len(errors), "error_samples": errors[:5],
            "statuses": dict(sorted(statuses.items())), "rps": round(len(latencies) / wall, 1) if wall else 0.0,
            "p50_ms": pct(50), "p90_ms": pct(90), "p99_ms": pct(99),
            "mean_ms": round(statistics.fmean(latencies), 1) if latencies else 0.0}


# --- hostile inputs ---------------------------------------------------------------------------


def hostile_texts(n: int, seed: int = 8) -> list[str]:
    rng = random.Random(seed)
    rel = ["next year", "i morgen", "tomorrow", "last month", "i går", "next week", "31 December", "senest 1. januar"]
    out = []
    for i in range(n):
        kind = i % 6
        if kind == 0:
            out.append("".join(chr(rng.randrange(0x20, 0xD7FF)) for _ in range(rng.randrange(1, 300))))
        elif kind == 1:
            out.append(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300))).decode("utf-8", "replace"))
        elif kind == 2:
            out.append(rng.choice("0123456789.,%") * rng.randrange(1, 2000))
        elif kind == 3:
            out.append("".join(rng.choice(["😀", "🇩🇰", "👍🏽", "\u200d", ".", '"', "«", "»"]) for _ in range(rng.randrange(1, 500))))
        elif kind == 4:
            out.append(" ".join(rng.choice(rel + ["2500", "soldiers", '"', "said", ","]) for _ in range(rng.randrange(1, 60))))
        else:
            out.append(rng.choice(["x", ".", "\n", '"', "1"]))
    return out


def run_hostile(n: int) -> dict[str, Any]:
    from storyline.extract.dates import extract_dates
    from storyline.extract.figures import extract_figures
    from storyline.extract.quotes import extract_quotes
    from storyline.models import Article, PartialDate
    from storyline.pipeline import ingest
    from storyline.settings import Settings
    from storyline.store import open_store

    anchors = [None, PartialDate(dt.date(1, 1, 1)), PartialDate(dt.date(9999, 12, 31)),
               PartialDate(dt.date(9999, 1, 1), "year"), PartialDate(dt.date(2021, 4, 14))]
    langs = ["en", "da", "de", "fr", "es", "und"]
    articles, crashes = [], []
    t0 = time.perf_counter()
    for i, text in enumerate(hostile_texts(n)):
        a = Article(id=Article.make_id("bench", "", text), title="", text=text, lang=langs[i % len(langs)],
                    published=anchors[i % len(anchors)])
        try:
            extract_figures(a), extract_dates(a), extract_quotes(a)
        except Exception as exc:  # noqa: BLE001 - counted and reported
            crashes.append(f"{type(exc).__name__}: {exc}"[:200])
        if a.published is None or 1800 <= a.published.value.year <= 2100:
            articles.append(a)
    extract_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as d:
        store = open_store(os.path.join(d, "h.db"))
        t0 = time.perf_counter()
        report = ingest([], store, Settings(db=os.path.join(d, "h.db"), embedder="hashing"), items=articles)
        stored = store.count_articles()
        store.close()
    unique = len({a.id for a in articles})
    return {"inputs": n, "extractor_crashes": len(crashes), "crash_samples": crashes[:3],
            "extract_s": round(extract_s, 1), "pipeline_items": len(articles), "stored": stored,
            "unique": unique, "pipeline_errors": report.errors, "pipeline_s": round(time.perf_counter() - t0, 1)}


def run_kills() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as d:
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", d,
                               str(REPO / "tests" / "test_crash_safety.py")], capture_output=True, text=True, cwd=REPO)
        found = list(Path(d).rglob("kills.json"))
        kills = json.loads(found[0].read_text())["kills"] if found else 0
    return {"passed": done.returncode == 0, "kills": kills, "tail": done.stdout.strip().splitlines()[-1:]}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--no-kills", action="store_true")
    ap.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    args = ap.parse_args(argv)

    out: dict[str, Any] = {}
    out["hostile"] = run_hostile(args.inputs)
    print("hostile:", json.dumps(out["hostile"]), flush=True)
    if not args.no_kills:
        out["kills"] = run_kills()
        print("kills:", json.dumps(out["kills"]), flush=True)
    with tempfile.TemporaryDirectory() as d:
        db = os.path.join(d, "load.db")
        build_db(db)
        proc, base = start_server(db)
        try:
            paths = READ_PATHS + story_and_article_paths(base)
            out["api"] = api_load(base, clients=args.clients, seconds=args.seconds, paths=paths)
        finally:
            stop_server(proc)
    print("api:", json.dumps(out["api"]), flush=True)

    if not args.no_write:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from benchmarks_md import write_section

        h, api = out["hostile"], out["api"]
        lines = [
            "| what | figure |", "| --- | --- |",
            f"| hostile inputs through the 4 rule-based extractors | {h['inputs']} tried, {h['extractor_crashes']} crashes "
            f"({h['extract_s']} s) |",
            f"| the same through `pipeline.ingest` (hashing embedder) | {h['pipeline_items']} items, "
            f"{h['stored']} stored of {h['unique']} unique ids, {h['pipeline_errors']} errors ({h['pipeline_s']} s) |",
        ]
        if "kills" in out:
            k = out["kills"]
            lines.append(f"| SIGKILLs during ingest (tests/test_crash_safety.py), then resume | {k['kills']} kills survived, "
                         f"store consistent: {'yes' if k['passed'] else 'NO'} |")
        lines += [
            f"| API: {api['clients']} concurrent clients for {api['seconds']} s on loopback | {api['served']} requests "
            f"served ({api['rps']}/s), {api['errors']} errors, statuses {api['statuses']} |",
            f"| API latency | p50 {api['p50_ms']} ms, p90 {api['p90_ms']} ms, p99 {api['p99_ms']} ms |",
        ]
        body = ("\n".join(lines) + "\n\nThe API figures are for the demo corpus (57 articles) on the 2-core "
                "development machine (otherwise idle during the run), one uvicorn worker; the load clients run on the same "
                "machine, so latency includes their CPU use. Hostile queries (FTS5 syntax, SQL, unbalanced "
                "quotes) are in the request mix and answer 400.")
        cmd = " ".join(["python bench/reliability.py", *(sys.argv[1:] if argv is None else argv)])
        write_section("Reliability", cmd, body)
    return out


if __name__ == "__main__":
    main()
