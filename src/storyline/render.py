"""Text renderings of the view dicts, for the terminal and for Markdown export."""
from __future__ import annotations

import json
import unicodedata
from typing import Any


def fact_name(f: dict[str, Any]) -> str:
    """What a fact is about, as people read it: "people killed (Valencia)", "US withdrawal deadline"."""
    name = " ".join(p for p in (f.get("subject"), f.get("attribute")) if p)
    return f"{name} ({', '.join(f['context'])})" if f.get("context") else name


def count(n: int, one: str, many: str | None = None) -> str:
    """'1 article', '3 articles'."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _char_width(c: str) -> int:
    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def text_width(s: str) -> int:
    """Columns ``s`` takes in a terminal: Chinese, Japanese and Korean characters take two,
    combining marks none."""
    return sum(_char_width(c) for c in s)


def _clip(s: str | None, n: int) -> str:
    """``s`` on one line in at most ``n`` terminal columns, cut with an ellipsis."""
    s = " ".join((s or "").split())
    if text_width(s) <= n:
        return s
    out, used = [], 0
    for c in s:
        w = _char_width(c)
        if used + w > n - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _pad(s: str, n: int) -> str:
    """``s`` clipped to ``n`` columns and padded with spaces to exactly ``n`` (str.ljust counts
    characters, so a column of Chinese outlets ran twice as wide as the header)."""
    s = _clip(s, n)
    return s + " " * (n - text_width(s))


def articles_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no articles)"
    lines = []
    for r in rows:
        copy = f"  copy of {r['copy_of'][:8]}" if r.get("copy_of") else ""
        lines.append(f"{r['id']}  {r['published'] or '?':<10}  {r['lang']:<3}  {_pad(r.get('outlet') or '', 14)}  "
                     f"{_clip(r.get('display_title') or r['title'], 70)}{copy}")
    return "\n".join(lines)


def _timeline_lines(story: dict[str, Any], limit: int | None = None) -> list[str]:
    """Timeline entries in date order; with ``limit``, only the best-attested ones (most articles)."""
    entries = story.get("timeline") or []
    shown = entries
    if limit is not None and len(entries) > limit:
        ranked = sorted(range(len(entries)), key=lambda i: (-len(entries[i].get("article_ids", [])), i))[:limit]
        shown = [entries[i] for i in sorted(ranked)]
    out = [f"      {e['date']:<10}  {_clip(e['text'], 100)}  ({len(e.get('article_ids', []))} art.)" for e in shown]
    if len(shown) < len(entries):
        out.append(f"      … {len(entries) - len(shown)} more entries: storyline timeline {story['id']}")
    return out


def stories_text(stories: list[dict[str, Any]], *, timelines: bool = False) -> str:
    if not stories:
        return "(no stories)"
    lines = []
    for s in stories:
        lines.append(f"{s['id']}  {s['first_date'] or '?'} → {s['last_date'] or '?'}  "
                     f"{count(s['size'], 'article')}  [{', '.join(s['languages'])}]")
        lines.append(f"    {_clip(s['title'], 100)}")
        for ev in s.get("events", []):
            lines.append(f"    · event {ev['id']}  {ev['first_date'] or '?'}  {len(ev['article_ids'])} art.  "
                         f"{_clip(ev['title'], 70)}")
        if timelines and s.get("timeline"):
            lines.append("    timeline:")
            lines.extend(_timeline_lines(s, limit=8))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def story_text(story: dict[str, Any], articles: dict[str, Any] | None = None) -> str:
    s = story
    out = [f"Story {s['id']}: {s['title']}",
           f"  {s['first_date'] or '?'} → {s['last_date'] or '?'}, {count(s['size'], 'article')}, languages {', '.join(s['languages'])}"]
    if s.get("summary"):
        out += ["", "Summary:", "  " + _clip(s["summary"], 600)]
    out += ["", "Events:"]
    for ev in s["events"]:
        out.append(f"  {ev['id']}  {ev['first_date'] or '?'} → {ev['last_date'] or '?'}  {_clip(ev['title'], 80)}")
        for aid in ev["article_ids"]:
            a = (articles or {}).get(aid)
            if a is not None:
                out.append(f"      {aid}  {a.published.iso() if a.published else '?':<10} {a.lang}  {_clip(a.display_title, 70)}")
    if s.get("timeline"):
        out += ["", "Timeline:"] + _timeline_lines(s)
    if s.get("facts"):
        out += ["", "Facts:"]
        for f in s["facts"]:
            vals = fact_sep(f).join(elide([f"{v['value']} (as of {v.get('as_of') or '?'}, "
                                           f"{len(v.get('article_ids', []))} art.)" for v in f.get("values", [])]))
            name = fact_name(f)
            out.append(f"  [{f.get('status', '')}] {name}: {vals}")
    if s.get("entities"):
        out += ["", "Entities:"]
        for e in s["entities"][:40]:
            alias = f" (also {', '.join(a for a in e.get('aliases', []) if a != e['name'])})" if len(e.get("aliases", [])) > 1 else ""
            out.append(f"  {e['type']:<4} {e['name']}{alias}  ×{count(len(e.get('article_ids', [])), 'article')}")
    if s.get("figures"):
        out += ["", "Figures:"]
        for f in s["figures"][:40]:
            q = "" if f.get("qualifier") in (None, "", "exact", "range") else f"{f['qualifier'].replace('_', ' ')} "
            what = f" {f['what']}" if f.get("what") else ""
            out.append(f"  {q}{figure_value(f)}{what}  — “{_clip(f.get('text'), 40)}” [{f['article_id'][:8]}]")
    if s.get("dates"):
        out += ["", "Dates:"]
        for d in s["dates"][:40]:
            out.append(f"  {d['value']:<10} {d['kind']:<9} “{_clip(d.get('text'), 50)}” [{d['article_id'][:8]}]")
    if s.get("quotes"):
        out += ["", "Quotes:"]
        for q in s["quotes"][:20]:
            relay = f" via {' / '.join(q['relays'])}" if q.get("relays") else ""
            out.append(f"  {q.get('speaker') or '?'}{relay}: “{_clip(q['text'], 90)}”")
    return "\n".join(out) + "\n"


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|&~"})


def md_text(text: Any) -> str:
    """Text from an article as literal Markdown: one line, its markup characters escaped (an
    outlet "<Gazette>" would be read as an HTML tag and vanish, "*" and "_" start emphasis)."""
    return " ".join(str(text or "").split()).translate(_MD_SPECIAL)


def _span(first: str | None, last: str | None) -> str:
    if not first and not last:
        return "undated"
    return f"{first or '?'} → {last or '?'}"


def fact_sep(fact: dict[str, Any]) -> str:
    """How a fact's values are joined: a change is an arrow, a conflict 'vs' (the values are
    alternatives reported side by side, not a sequence), anything else a comma."""
    return {"changed": " → ", "conflicting": " vs "}.get(fact.get("status") or "", ", ")


def elide(items: list[str], head: int = 2, tail: int = 3) -> list[str]:
    """The first ``head`` and last ``tail`` of a long list with a count of the rest between them
    (a figure reported daily for two months is 40 values on one line)."""
    if len(items) <= head + tail + 1:
        return items
    return items[:head] + [f"… {len(items) - head - tail} more …"] + items[-tail:]


def export_text(doc: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2)
    if fmt == "jsonl":
        lines = [json.dumps({"type": "article", **a}, ensure_ascii=False) for a in doc["articles"]]
        lines += [json.dumps({"type": "story", **s}, ensure_ascii=False) for s in doc["stories"]]
        return "\n".join(lines)
    return export_markdown(doc)


def export_markdown(doc: dict[str, Any]) -> str:
    """The export as a Markdown report: per story its dates, summary, timeline, facts and articles."""
    md = ["# Storyline export", "", f"{count(len(doc['articles']), 'article')}, {count(len(doc['stories']), 'story', 'stories')}", ""]
    arts = {a["id"]: a for a in doc["articles"]}
    for s in doc["stories"]:
        md += [f"## {md_text(s['title'])}", "", f"`{s['id']}` · {_span(s['first_date'], s['last_date'])} · "
               f"{count(s['size'], 'article')} · {', '.join(s['languages'])}", ""]
        if s.get("summary"):
            md += [md_text(s["summary"]), ""]
        if s.get("timeline"):
            md += ["### Timeline", ""] + [f"- **{e['date']}** {md_text(e['text'])}" for e in s["timeline"]] + [""]
        if s.get("facts"):
            md += ["### Facts", ""]
            for f in s["facts"]:
                vals = fact_sep(f).join(f"{md_text(v['value'])} ({v.get('as_of') or '?'})" for v in f.get("values", []))
                name = md_text(fact_name(f))
                md.append(f"- *{f.get('status', '')}* {name}: {vals}")
            md.append("")
        md += ["### Articles", ""]
        for aid in s["article_ids"]:
            a = arts.get(aid, {})
            md.append(f"- {a.get('published') or 'undated'} [{a.get('lang')}] "
                      f"{md_text(a.get('display_title') or a.get('title') or aid)}"
                      + (f" ({md_text(a['outlet'])})" if a.get("outlet") else ""))
        md.append("")
    return "\n".join(md)


_PREFIX_UNITS = ("$", "€", "£", "¥")


def _plain_number(v: float) -> str:
    """2500 -> "2,500", 5.5e10 -> "55,000,000,000", 97.6 -> "97.6": never an exponent."""
    v = float(v)
    if v.is_integer():
        return f"{int(v):,}"
    return f"{v:,.6f}".rstrip("0").rstrip(".")


def figure_value(f: dict) -> str:
    """A figure's value as people read it: digits grouped, a range as low–high, its unit
    ("$55,000,000,000", "97.6%", "200,000–999,999")."""
    num = _plain_number(f["value"])
    if f.get("value_max") is not None and f["value_max"] != f["value"]:
        num += "–" + _plain_number(f["value_max"])
    unit = f.get("unit") or ""
    if unit in _PREFIX_UNITS:
        return unit + num
    if unit == "%":
        return num + "%"
    return f"{num} {unit}" if unit else num
