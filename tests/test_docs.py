"""The README's two commands are the project's promise: test them as written."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_opens_with_two_commands():
    install, tests = readme_commands()
    assert "pip install" in install and "storyline" in install and " demo" in install
    assert "pytest" in tests
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.strip() in ci, ".ci/run must call the README's test command"


@pytest.mark.slow
def test_readme_demo_command_runs_the_main_job(tmp_path):
    """The demo part of the first command (the install part is what CI itself just did)."""
    install, _ = readme_commands()
    demo = install.split("&&")[-1].strip()
    assert demo.startswith(".venv/bin/storyline")
    exe = Path(sys.executable).parent / "storyline"
    args = demo.split()[1:]
    args[args.index("--db") + 1] = str(tmp_path / "demo.db")
    out = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=1800)
    assert out.returncode == 0, out.stderr
    assert "stories" in out.stdout and "timeline:" in out.stdout
    # the stories it lists are the demo's gold stories (story-level BCubed F1 against gold.json)
    from storyline.demo import load_gold
    from storyline.store import open_store

    gold = load_gold()["articles"]
    store = open_store(str(tmp_path / "demo.db"))
    try:
        story_of = {aid: sid for aid, (_, sid) in store.assignments().items()}
        pairs = [(gold[r.article.url]["story"], store.resolve_cluster_id(story_of[r.article.id]))
                 for r in store.iter_articles()]
    finally:
        store.close()
    assert len(pairs) == len(gold)
    p = r = 0.0
    for g, s in pairs:
        same_pred = [g2 for g2, s2 in pairs if s2 == s]
        same_gold = [s2 for g2, s2 in pairs if g2 == g]
        p += sum(g2 == g for g2 in same_pred) / len(same_pred)
        r += sum(s2 == s for s2 in same_gold) / len(same_gold)
    p, r = p / len(pairs), r / len(pairs)
    assert 2 * p * r / (p + r) >= 0.9, (p, r)  # measured 0.98 (9 stories for 10 gold)
    again = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=1800)
    assert again.returncode == 0
    assert "0 new articles" in again.stdout  # re-running the demo changes nothing
