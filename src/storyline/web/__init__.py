"""Server-rendered HTML for the web UI: Jinja2 templates (autoescaped) over the API's dicts.

Every page is rendered from the very dict the JSON API returns for the same resource; the
helpers here only derive presentation from it (highlight segments, small SVG charts).
Nothing is loaded from outside: CSS and JS live in ``static/``.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlencode, urlparse

from ..render import count

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

_ENV = None


def env():
    """The Jinja2 environment: autoescape on for every template."""
    global _ENV
    if _ENV is None:
        import jinja2

        e = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                               trim_blocks=True, lstrip_blocks=True)
        e.filters["safe_url"] = safe_url
        e.filters["qs"] = query_string
        e.filters["short"] = short
        e.filters["lang_name"] = lang_name
        e.filters["fmt_value"] = fmt_value
        e.filters["count"] = count
        e.globals["segments"] = highlight_segments
        e.globals["timeline_svg"] = timeline_svg
        e.globals["figure_charts"] = figure_charts
        _ENV = e
    return _ENV


def render(template: str, **context: Any) -> str:
    return env().get_template(template).render(**context)


def safe_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL, else None: ``javascript:``, ``data:`` and
    every other scheme never become links."""
    if not isinstance(url, str):
        return None
    u = url.strip()
    if any(c in u for c in "\x00\r\n\t") or not u:
        return None
    p = urlparse(u)
    if p.scheme.lower() not in ("http", "https") or not p.netloc:
        return None
    return u


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {**{k: v for k, v in params.items() if v not in (None, "")}, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def short(text: Any, n: int = 160) -> str:
    t = " ".join(str(text or "").split())
    return t if len(t) <= n else t[: n - 1].rsplit(" ", 1)[0] + "…"


_LANGS = {"en": "English", "da": "Danish", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
          "nl": "Dutch", "sv": "Swedish", "nb": "Norwegian", "no": "Norwegian", "fi": "Finnish", "pl": "Polish",
          "pt": "Portuguese", "ar": "Arabic", "he": "Hebrew", "fa": "Persian", "ur": "Urdu", "zh": "Chinese",
          "ja": "Japanese", "ko": "Korean", "ru": "Russian", "uk": "Ukrainian", "el": "Greek", "tr": "Turkish",
          "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian", "hi": "Hindi", "is": "Icelandic",
          "und": "unknown"}


def lang_name(code: str) -> str:
    return _LANGS.get(code or "", code or "")


def fmt_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, (dict, list)):
        import json

        return json.dumps(v, ensure_ascii=False)
    return str(v)


# --- article highlighting ----------------------------------------------------------------

_KIND_ORDER = {"quote": 0, "entity": 1, "figure": 2, "date": 3}


def highlight_segments(text: str, extraction: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Cut ``text`` (an article's ``full_text``) into ``{"text", "kind", "label"}`` pieces,
    ``kind`` None for plain text. Offsets come from the extraction; overlapping spans keep
    the one that starts first (a quote wins over the entities inside it, which stay plain)."""
    spans: list[tuple[int, int, str, str]] = []
    ex = extraction or {}
    for kind, key, label in (("entity", "entities", "label"), ("figure", "figures", "what"),
                             ("date", "dates", "value"), ("quote", "quotes", "speaker")):
        for item in ex.get(key) or []:
            try:
                s, e = int(item["start"]), int(item["end"])
            except (KeyError, TypeError, ValueError):
                continue
            if 0 <= s < e <= len(text):
                extra = item.get(label) or ""
                if kind == "date" and item.get("kind"):
                    extra = f"{item.get('kind')} {extra}".strip()
                if kind == "quote":
                    extra = f"quote: {extra}" if extra else "quote"
                if kind == "entity":
                    extra = f"{item.get('canonical') or item.get('text', '')} ({extra})"
                spans.append((s, e, kind, str(extra)))
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0]), _KIND_ORDER[x[2]]))
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e, kind, label in spans:
        if s < pos:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "kind": None, "label": ""})
        out.append({"text": text[s:e], "kind": kind, "label": label})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "kind": None, "label": ""})
    return out


# --- SVG ---------------------------------------------------------------------------------

def _esc(s: Any) -> str:
    return html.escape(str(s), quote=True)


def _day(iso: str | None) -> dt.date | None:
    from ..models import PartialDate

    p = PartialDate.parse(iso)
    return p.value if p else None


def timeline_svg(story: dict[str, Any]) -> str:
    """The story's timeline as SVG: ``storyline.svg.timeline_svg`` when it is there (its
    output is used only if it carries no script or event handler), else a simple one."""
    try:
        from ..svg import timeline_svg as other  # type: ignore[import-not-found]

        svg = other(story)
        if svg_is_inert(svg):
            return svg
    except Exception:  # noqa: BLE001 - another stage's drawing must not take the page down
        pass
    return simple_timeline_svg(story)


_ACTIVE = re.compile(r"<\s*(script|foreignobject|iframe|object|embed|use|image|a)\b|\son[a-z]+\s*=|javascript:|"
                     r"(?:href|src)\s*=", re.I)


def svg_is_inert(svg: str) -> bool:
    """True if an SVG string holds no script, event handler, link or embedded content."""
    return isinstance(svg, str) and svg.lstrip().startswith("<svg") and not _ACTIVE.search(svg)


def simple_timeline_svg(story: dict[str, Any], width: int = 760) -> str:
    entries = [e for e in story.get("timeline") or [] if _day(e.get("date"))]
    if not entries:
        return ('<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" width="%d" height="40">'
                '<title>Timeline</title><text x="8" y="24" class="muted">No dated events yet.</text></svg>' % width)
    days = [_day(e["date"]) for e in entries]
    lo, hi = min(days), max(days)
    span = max((hi - lo).days, 1)
    row_h, top, left, right = 34, 34, 120, 24
    height = top + row_h * len(entries) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" viewBox="0 0 {width} {height}" '
             f'width="100%" height="{height}"><title>Timeline of {_esc(story.get("title", ""))}</title>',
             f'<line x1="{left}" y1="18" x2="{width - right}" y2="18" class="axis"/>',
             f'<text x="{left}" y="12" class="tick">{_esc(lo.isoformat())}</text>',
             f'<text x="{width - right}" y="12" class="tick" text-anchor="end">{_esc(hi.isoformat())}</text>']
    for i, (e, d) in enumerate(zip(entries, days)):
        x = left + (width - left - right) * ((d - lo).days / span)
        y = top + i * row_h
        parts.append(f'<line x1="{x:.1f}" y1="18" x2="{x:.1f}" y2="{y + 8}" class="stem"/>')
        parts.append(f'<circle cx="{x:.1f}" cy="{y + 8}" r="5" class="dot"/>')
        parts.append(f'<text x="8" y="{y + 12}" class="date">{_esc(e["date"])}</text>')
        anchor = "end" if x > width * 0.6 else "start"
        tx = x - 10 if anchor == "end" else x + 10
        parts.append(f'<text x="{tx:.1f}" y="{y + 12}" class="label" text-anchor="{anchor}">'
                     f'{_esc(short(e.get("text", ""), 70))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def figure_charts(story: dict[str, Any], articles: Iterable[dict[str, Any]], max_series: int = 4,
                  width: int = 360, height: int = 140) -> list[dict[str, Any]]:
    """Figures over time: one small SVG line chart per thing counted (``what``) that was
    reported at least twice on different dates, most reported first."""
    dates = {a["id"]: _day(a.get("published")) for a in articles}
    series: dict[str, list[tuple[dt.date, float, str]]] = {}
    for f in story.get("figures") or []:
        d = dates.get(f.get("article_id"))
        what = " ".join(str(f.get("what") or "").split())
        if d is None or not what or not isinstance(f.get("value"), (int, float)):
            continue
        series.setdefault(what.casefold(), []).append((d, float(f["value"]), what))
    charts = []
    ranked = sorted(series.values(), key=lambda pts: -len(pts))
    for pts in ranked:
        if len({p[0] for p in pts}) < 2:
            continue
        pts.sort()
        lo_d, hi_d = pts[0][0], pts[-1][0]
        lo_v, hi_v = min(p[1] for p in pts), max(p[1] for p in pts)
        span_d = max((hi_d - lo_d).days, 1)
        span_v = (hi_v - lo_v) or max(abs(hi_v), 1.0)
        pad = 28
        xy = [(pad + (width - 2 * pad) * (p[0] - lo_d).days / span_d,
               height - pad - (height - 2 * pad) * ((p[1] - lo_v) / span_v if hi_v != lo_v else 0.5)) for p in pts]
        path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y) in enumerate(xy))
        dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" class="dot"><title>{_esc(p[0].isoformat())}: '
                       f'{_esc(fmt_value(p[1]))}</title></circle>' for (x, y), p in zip(xy, pts))
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
               f'width="{width}" height="{height}"><title>{_esc(pts[0][2])} over time</title>'
               f'<path d="{path}" class="line"/>{dots}'
               f'<text x="{pad}" y="{height - 8}" class="tick">{_esc(lo_d.isoformat())}</text>'
               f'<text x="{width - pad}" y="{height - 8}" class="tick" text-anchor="end">{_esc(hi_d.isoformat())}</text>'
               f'<text x="4" y="14" class="tick">{_esc(fmt_value(hi_v))}</text>'
               f'<text x="4" y="{height - pad + 4}" class="tick">{_esc(fmt_value(lo_v))}</text></svg>')
        charts.append({"what": pts[0][2], "points": len(pts), "svg": svg})
        if len(charts) >= max_series:
            break
    return charts
