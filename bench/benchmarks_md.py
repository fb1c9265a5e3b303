"""Write one ``## Section`` of BENCHMARKS.md, keeping every other section as it is."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

PATH = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"
HEADER = ("# Benchmarks\n\nEvery figure here was written by the command shown with it, on the machine it names "
          "(2 cores, 24 GB unless stated). Ratios compare runs made in the same process or session.\n")


def write_section(title: str, command: str, body: str, path: Path = PATH) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    section = (f"## {title}\n\nCommand: `{command}` (run {dt.date.today().isoformat()})\n\n{body.strip()}\n\n")
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")
