"""The timeline picture: ``timeline_svg(story_dict) -> str``, a self-contained SVG.

Drawn from the same story dict the JSON export and the web UI use (``timeline``, ``facts``):

- a time axis with month ticks, labelled every 1, 2, 3, 6 or 12 months so that labels never
  collide (a year on the first label and at each new year);
- timeline entries above it: a dot for a day, a bar spanning the period for a partial date
  (month, year), each with a short label in lanes that do not overlap (full text in a tooltip);
- below the axis, one row per fact that can be placed in time: deadlines as diamonds at their
  dates, and when a deadline moved an arrow from the old date to the new one ("Sep 11 -> Aug 31");
  figures as values at the date they were reported, joined by an arrow when they changed.

No scripts, no external fonts or images (generic ``sans-serif``); all text XML-escaped.
"""
from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from .models import PartialDate
from .render import fact_name

VERSION = "svg.timeline.v3"  # v2: axis labels spaced to fit, value labels on two rows when close;
# v3: year-only entries no longer set the range, labels at the right edge turn left, value labels
# that would overlap are left to the tooltip, a long run of changes is one line, not an arc per step

WIDTH = 960
MARGIN_X = 40
LANE_H = 18
LABEL_CHARS = 48  # label length before an ellipsis; ~6.5 px per character at 11 px
CHAR_W = 6.2
FACT_ROW_H = 56  # name above the markers, value labels below (two rows when close), a line clear of the next row
# month ticks carry a label every 1, 2, 3, 6 or 12 months: the first step that leaves this many
# pixels between labels
TICK_STEPS = (1, 2, 3, 6, 12, 24, 60)
TICK_LABEL_PX = 56

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_STATUS_COLOUR = {"changed": "#c0392b", "conflicting": "#d35400", "corroborated": "#27ae60",
                  "single-source": "#7f8c8d"}


def _esc(text: Any) -> str:
    return escape(str(text), {'"': "&quot;", "'": "&#39;"})


def _short(text: str, n: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _day_label(d: dt.date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}"


def _value_label(value: str) -> str:
    pd = PartialDate.parse(value) if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit() \
        and (len(value) == 4 or value[4:5] == "-") else None
    if pd is None:
        return str(value)
    if pd.precision == "day":
        return _day_label(pd.value)
    if pd.precision == "month":
        return f"{_MONTHS[pd.value.month - 1]} {pd.value.year}"
    return str(pd.value.year)


def _month_starts(lo: dt.date, hi: dt.date) -> list[dt.date]:
    out, d = [], dt.date(lo.year, lo.month, 1)
    if d < lo:
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    while d <= hi:
        out.append(d)
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _as_date(value: Any) -> PartialDate | None:
    return PartialDate.parse(value) if isinstance(value, str) else None


# The picture's range follows where the story's dates are dense: the 10th-90th percentile of
# their starts, widened by half that width (at least FOCUS_PAD_DAYS) on each side. A stray
# mention years away (a page's sidebar, an anniversary) is left out of the drawing (the text
# timeline still lists it) instead of squeezing everything else into one pixel column.
FOCUS_PAD_DAYS = 14


def _focus(spans: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date]:
    # a year-only entry ("2024", a date the extractor could not read to the day) starts on 1 January:
    # it would pull a March story's range back to January. Finer entries set the range when there are any
    fine = [s for s in spans if (s[1] - s[0]).days < 300]
    spans = fine or spans
    starts = sorted(s[0] for s in spans)
    q10 = starts[int(0.1 * (len(starts) - 1))]
    q90 = starts[int(round(0.9 * (len(starts) - 1)))]
    pad = dt.timedelta(days=max(FOCUS_PAD_DAYS, (q90 - q10).days // 2))
    lo_c, hi_c = q10 - pad, q90 + pad
    kept = [s for s in spans if s[1] >= lo_c and s[0] <= hi_c] or spans
    return max(min(s[0] for s in kept), lo_c), min(max(s[1] for s in kept), hi_c)


# Fact values (deadlines ahead, figures reported) widen the entries' range by at most this much:
# the seeds' deadline lies two months after the last article; a "2015" target in a 2011 story would
# squeeze the whole story into the first tenth of the picture, so it is drawn at the edge
FACT_REACH_DAYS = 240

# At most this many entries are drawn (most reported first); the text timeline lists them all.
MAX_DRAWN = 30
# A changed fact with more steps than this is joined by one line instead of an arc per step
# (40 daily figures drew 40 overlapping arcs)
MAX_ARCS = 8


def _drawn(entries: list[dict[str, Any]], lo: dt.date, hi: dt.date) -> list[dict[str, Any]]:
    """The entries worth drawing: inside the range, not coarser than half of it (a "2011" bar
    across a two-month picture says nothing), the most reported ``MAX_DRAWN`` of them."""
    view = max((hi - lo).days, 1)
    keep = []
    for e in entries:
        pd = _as_date(e["date"])
        if pd.end() < lo or pd.value > hi or (pd.end() - pd.value).days > view / 2:
            continue
        keep.append((e, pd))
    prec = {"day": 0, "month": 1, "year": 2}
    keep.sort(key=lambda ep: (-len(ep[0].get("article_ids") or []), prec.get(ep[1].precision, 3), ep[1].value))
    return [e for e, _ in keep[:MAX_DRAWN]]


def timeline_svg(story: dict[str, Any]) -> str:
    """An SVG (string) of the story's timeline entries and the facts that moved over time."""
    entries = [e for e in story.get("timeline") or [] if _as_date(e.get("date"))]
    facts = story.get("facts") or []
    # 1. the time range: entries, deadline values, as-of dates of fact values
    spans: list[tuple[dt.date, dt.date]] = []
    for e in entries:
        pd = _as_date(e["date"])
        spans.append((pd.value, pd.end()))
    n_entry_spans = len(spans)
    placed_facts = []
    for f in facts:
        vals = [v for v in f.get("values") or [] if _as_date(v.get("as_of")) or
                (f.get("kind") == "deadline" and _as_date(v.get("value")))]
        if not vals or (f.get("kind") != "deadline" and len(vals) < 2 and f.get("status") != "corroborated"):
            continue
        placed_facts.append((f, vals))
        for v in vals:
            for key in ("value", "as_of") if f.get("kind") == "deadline" else ("as_of",):
                pd = _as_date(v.get(key))
                if pd:
                    spans.append((pd.value, pd.end()))
    title = _esc(_short(story.get("title") or "Timeline", 90))
    if not spans:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="60" viewBox="0 0 {WIDTH} 60" '
                f'font-family="sans-serif" font-size="12"><title>{title}</title>'
                f'<text x="{MARGIN_X}" y="34" fill="#555">{title}: no dated entries</text></svg>')
    # the entries' dense range, then every fact value (deadlines ahead of the story included)
    lo, hi = _focus(spans[:n_entry_spans]) if n_entry_spans else (min(s[0] for s in spans), max(s[1] for s in spans))
    # facts widen it, up to FACT_REACH_DAYS (one further away sits at the edge, labelled)
    reach = dt.timedelta(days=FACT_REACH_DAYS)
    f_lo, f_hi = lo - reach, hi + reach
    for a, b in spans[n_entry_spans:]:
        lo, hi = min(lo, max(a, f_lo)), max(hi, min(b, f_hi))
    total = len(entries)
    entries = _drawn(entries, lo, hi)
    lo -= dt.timedelta(days=3)
    hi += dt.timedelta(days=3)
    days = max((hi - lo).days, 1)
    inner = WIDTH - 2 * MARGIN_X

    def x(d: dt.date) -> float:
        d = min(max(d, lo), hi)
        return round(MARGIN_X + inner * (d - lo).days / days, 1)

    # 2. entries in lanes (greedy: first lane whose last label ends before this one starts); a label
    # that would run past the right edge is written to the left of its mark
    lanes: list[float] = []
    placed = []
    for e in sorted(entries, key=lambda e: (_as_date(e["date"]).value, e.get("end") or "")):
        pd = _as_date(e["date"])
        x0, x1 = x(pd.value), x(pd.end())
        label = _short(f'{pd.iso()} {e.get("text", "")}')
        width = len(label) * CHAR_W
        leftward = max(x0, x1) + 6 + width > WIDTH - 4 and x0 - 6 - width >= 4
        start = x0 - 6 - width if leftward else x0
        lane = next((i for i, end in enumerate(lanes) if end < start - 4), None)
        if lane is None:
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = max(x0, x1) + (8 if leftward else width + 8)
        placed.append((e, pd, x0, x1, lane, label, leftward))
    top = 58 if total > len(entries) else 40
    axis_y = top + max(len(lanes), 1) * LANE_H + 14
    height = axis_y + 40 + len(placed_facts) * FACT_ROW_H + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="11" role="img">',
           f"<title>{title}</title>",
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker></defs>',
           f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
           f'<text x="{MARGIN_X}" y="22" font-size="14" font-weight="bold" fill="#222">{title}</text>']
    if total > len(entries):
        out.append(f'<text x="{MARGIN_X}" y="40" fill="#777">{len(entries)} of {total} entries drawn (the most '
                   'reported); all are in the text timeline</text>')
    # 3. axis and month ticks
    out.append(f'<line x1="{MARGIN_X}" y1="{axis_y}" x2="{WIDTH - MARGIN_X}" y2="{axis_y}" stroke="#333"/>')
    months = _month_starts(lo, hi)
    # a label every ``step`` months, so that labels never run into each other ("Sep 2010" is ~50 px)
    per_month = inner * 30.4 / days
    step = next((k for k in TICK_STEPS if per_month * k >= TICK_LABEL_PX), TICK_STEPS[-1])
    labelled = [m for m in months if (m.year * 12 + m.month - 1) % step == 0]
    for m in months:
        if per_month >= 4 or m in labelled:  # unlabelled month ticks only where they stay apart
            out.append(f'<line x1="{x(m)}" y1="{axis_y - 4}" x2="{x(m)}" y2="{axis_y + 4}" stroke="#333"/>')
    for i, m in enumerate(labelled):
        label = (f"{m.year}" if step >= 12 else
                 _MONTHS[m.month - 1] + (f" {m.year}" if i == 0 or m.month <= step else ""))
        out.append(f'<text x="{x(m)}" y="{axis_y + 16}" text-anchor="middle" fill="#333">{_esc(label)}</text>')
    if not months:
        out.append(f'<text x="{MARGIN_X}" y="{axis_y + 16}" fill="#333">{_esc(lo.isoformat())}</text>')
    # 4. entries
    for e, pd, x0, x1, lane, label, leftward in placed:
        y = top + lane * LANE_H
        tip = _esc(f'{pd.iso()}: {e.get("text", "")} ({len(e.get("article_ids") or [])} article(s))')
        colour = "#7f8c8d" if e.get("planned") else "#2c3e50"
        out.append(f"<g><title>{tip}</title>")
        out.append(f'<line x1="{x0}" y1="{y + 4}" x2="{x0}" y2="{axis_y}" stroke="#ccc" stroke-dasharray="2,2"/>')
        if pd.precision == "day":
            out.append(f'<circle cx="{x0}" cy="{y + 4}" r="4" fill="{colour}"/>')
        else:
            out.append(f'<rect x="{x0}" y="{y}" width="{max(x1 - x0, 3)}" height="8" rx="3" '
                       f'fill="{colour}" fill-opacity="0.35" stroke="{colour}"/>')
        if leftward:
            out.append(f'<text x="{x0 - 6}" y="{y + 8}" text-anchor="end" fill="#222">{_esc(label)}</text></g>')
        else:
            out.append(f'<text x="{max(x0, x1) + 6}" y="{y + 8}" fill="#222">{_esc(label)}</text></g>')
    # 5. facts: deadlines moving, figures over time
    y = axis_y + 40
    for f, vals in placed_facts:
        colour = _STATUS_COLOUR.get(f.get("status"), "#555")
        name = _short(fact_name(f), 40)
        out.append(f'<text x="{MARGIN_X}" y="{y - 10}" fill="{colour}" font-weight="bold">'
                   f'{_esc(name)} ({_esc(f.get("status", ""))})</text>')
        points = []
        for v in vals:
            pd = _as_date(v.get("value")) if f.get("kind") == "deadline" else _as_date(v.get("as_of"))
            if pd is None:
                pd = _as_date(v.get("as_of"))
            if pd is None:
                continue
            points.append((x(pd.value), v))
        row_ends = [-1e9, -1e9]  # right edge of the last value label on each of the two label rows
        for px, v in sorted(points, key=lambda p: p[0]):  # labels left to right
            label = _value_label(v.get("value", ""))
            tip = _esc(f'{label} as of {v.get("as_of")}: {", ".join(v.get("outlets") or [])}')
            fill = "#ffffff" if v.get("superseded") else colour
            half = len(label) * CHAR_W / 2
            # values close in time go to the second row; where both rows are taken the value is
            # left to the marker's tooltip (labels written over each other could not be read)
            row = next((r for r in (0, 1) if px - half > row_ends[r] + 3), None)
            text = ""
            if row is not None:
                row_ends[row] = px + half
                text = (f'<text x="{px}" y="{y + 18 + 11 * row}" text-anchor="middle" fill="{colour}">'
                        f'{_esc(label)}</text>')
            out.append(f'<g><title>{tip}</title><path d="M{px},{y - 6} L{px + 6},{y} L{px},{y + 6} L{px - 6},{y} z" '
                       f'fill="{fill}" stroke="{colour}"/>{text}</g>')
        if f.get("status") == "changed" and len(points) > MAX_ARCS + 1:
            xs = [px for px, _ in points]
            out.insert(len(out) - len(points), f'<line x1="{min(xs)}" y1="{y}" x2="{max(xs)}" y2="{y}" '
                                               f'stroke="#c0392b" stroke-width="1.5"/>')
        elif f.get("status") == "changed":
            for (ax, _), (bx, _) in zip(points, points[1:]):
                if abs(bx - ax) < 14:
                    continue
                direction = 1 if bx > ax else -1
                out.append(f'<path d="M{ax + 8 * direction},{y} C{ax + 8 * direction},{y - 18} '
                           f'{bx - 10 * direction},{y - 18} {bx - 8 * direction},{y - 4}" fill="none" '
                           f'stroke="#c0392b" stroke-width="1.5" marker-end="url(#arrow)"/>')
        y += FACT_ROW_H
    out.append("</svg>")
    return "\n".join(out)
