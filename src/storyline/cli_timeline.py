"""``storyline timeline`` and ``storyline facts``: a story's dated entries and its fact ledger.

Both render the story dict of ``views.story_dict`` (the same dict the JSON export and the
web UI use), so ``--json`` prints exactly the export's ``timeline`` / ``facts`` fields.
"""
from __future__ import annotations

import json
from typing import Any

import click

from .cli import _settings, _store, cli
from .render import count, elide, fact_name


# A changed or conflicting fact lists the sentences of its first and last values (2 and 3):
# a count reported daily for two months printed 80 sentences under one fact.
SENTENCE_VALUES = (2, 3)


def timeline_text(story: dict[str, Any]) -> str:
    """Readable timeline: one line per entry, partial dates as written, sources counted."""
    lines = [f"{story.get('title', '')}  [{story.get('id', '')}]", ""]
    entries = story.get("timeline") or []
    if not entries:
        lines.append("(no dated entries)")
    for e in entries:
        n = len(e.get("article_ids") or [])
        outlets = ", ".join(e.get("outlets") or [])
        planned = " (planned)" if e.get("planned") else ""
        src = f"  [{count(n, 'article')}{': ' + outlets if outlets else ''}]"
        lines.append(f"{e['date']:<10}  {e.get('text', '')}{planned}{src}")
    changed = [f for f in story.get("facts") or [] if f.get("status") == "changed"]
    if changed:
        lines += ["", "Changed facts:"] + [_fact_line(f) for f in changed]
    return "\n".join(lines)


def _value_text(v: dict[str, Any]) -> str:
    written = v.get("as_written") or []
    q = v.get("qualifier") or "exact"
    return str(v["value"]) if q == "exact" or not written else f"{v['value']} ({written[0]})"


def _fact_line(f: dict[str, Any]) -> str:
    name = fact_name(f)
    values = f.get("values") or []
    if f.get("status") == "changed":
        chain = " → ".join(elide([str(v["value"]) + (" (former)" if v.get("superseded") else "") for v in values]))
        return f"  ! {name}: {chain} (changed)"
    if f.get("status") == "conflicting":
        chain = " vs ".join(elide([f"{_value_text(v)} as of {v.get('as_of')}" for v in values]))
        return f"  ? {name}: {chain} (conflicting)"
    v = values[0]
    outlets = ", ".join(v.get("outlets") or [])
    return f"    {name}: {_value_text(v)} as of {v.get('as_of')} ({f.get('status')}{': ' + outlets if outlets else ''})"


def facts_text(facts: list[dict[str, Any]], *, sentences: bool = True) -> str:
    """Readable fact ledger, changed and conflicting facts first and marked (! changed, ? conflicting)."""
    if not facts:
        return "(no facts)"
    lines = []
    for f in facts:
        lines.append(_fact_line(f))
        if sentences and f.get("status") in ("changed", "conflicting"):
            values = f.get("values") or []
            shown = elide(list(range(len(values))), head=SENTENCE_VALUES[0], tail=SENTENCE_VALUES[1])
            for i in shown:
                if isinstance(i, str):  # the elided middle
                    lines.append(f"        … the sentences of {len(values) - sum(SENTENCE_VALUES)} more values: "
                                 "storyline facts --json")
                    continue
                v = values[i]
                for s in (v.get("sentences") or [])[:2]:
                    lines.append(f"        {v['value']} [{v.get('as_of')}, {s['article_id'][:12]}]: {s['text']}")
    return "\n".join(lines)


def _story(ctx: click.Context, story_id: str) -> dict[str, Any]:
    from .views import story_dict

    with _store(ctx) as store:
        return story_dict(store, story_id, prefer_lang=_settings(ctx).prefer_lang)


@cli.command()
@click.argument("story_id")
@click.option("--svg", "svg_path", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also draw the timeline (and facts that changed) into this SVG file.")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline entries as JSON.")
@click.pass_context
def timeline(ctx: click.Context, story_id: str, svg_path: str | None, as_json: bool) -> None:
    """Dated entries of a story, oldest first, with the facts that changed."""
    story = _story(ctx, story_id)
    if svg_path:
        from .svg import timeline_svg

        with open(svg_path, "w", encoding="utf-8") as fh:
            fh.write(timeline_svg(story))
    if as_json:
        click.echo(json.dumps(story.get("timeline") or [], ensure_ascii=False, indent=2))
    else:
        click.echo(timeline_text(story))
        if svg_path:
            click.echo(f"\nwrote {svg_path}")


@cli.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON.")
@click.pass_context
def facts(ctx: click.Context, story_id: str, as_json: bool) -> None:
    """Fact ledger of a story: figures and deadlines across articles, marked changed/conflicting/corroborated."""
    story = _story(ctx, story_id)
    if as_json:
        click.echo(json.dumps(story.get("facts") or [], ensure_ascii=False, indent=2))
    else:
        click.echo(f"{story.get('title', '')}  [{story.get('id', '')}]\n")
        click.echo(facts_text(story.get("facts") or []))
