"""CLI commands for search, the HTTP server, feed watching and alerts (registered by cli.py)."""
from __future__ import annotations

import json
import sys

import click

from .cli import _settings, _store, cli
from .render import _clip, count, fact_name


@cli.command("search")
@click.argument("query")
@click.option("--lang", default=None, help="Only articles in this language (ISO code).")
@click.option("--since", default=None, help="Published on or after YYYY[-MM[-DD]].")
@click.option("--until", default=None, help="Published on or before YYYY[-MM[-DD]].")
@click.option("--outlet", default=None, help="Only articles from this outlet.")
@click.option("--entity", default=None, help="Only articles mentioning this entity.")
@click.option("--story", default=None, help="Only articles of this story.")
@click.option("--mode", type=click.Choice(["hybrid", "keyword", "semantic"]), default="hybrid", show_default=True)
@click.option("--limit", default=10, show_default=True, help="Story groups to show.")
@click.option("--offset", default=0)
@click.option("--json", "as_json", is_flag=True, help="Print the result dict as JSON.")
@click.pass_context
def search_cmd(ctx, query, lang, since, until, outlet, entity, story, mode, limit, offset, as_json):
    """Search articles by keywords and meaning, in any language; hits grouped by story."""
    from .search import SearchFilters, search

    s = _settings(ctx)
    with _store(ctx) as store:
        res = search(store, query, SearchFilters(lang=lang, since=since, until=until, outlet=outlet, entity=entity,
                                                 story=story),
                     limit=limit, offset=offset, embedder_name=s.embedder, prefer_lang=s.prefer_lang, mode=mode)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    click.echo(f"{count(res['hits'], 'article')} in {count(res['total'], 'story', 'stories')}")
    for g in res["items"]:
        st = g["story"]
        click.echo(f"\n{st['title']}  [{st['id'] or '-'}, {count(st['size'], 'article')}, {', '.join(st['languages'])}]")
        for h in g["hits"][:5]:
            click.echo(f"  {h['published'] or 'undated':10}  {h['lang']:<3} {_clip(h.get('display_title') or h['title'], 90)}"
                       f"  ({h['id']})")
        if len(g["hits"]) > 5:
            click.echo(f"  … and {len(g['hits']) - 5} more in this story (--json lists them all)")


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (0.0.0.0 exposes it).")
@click.option("--port", default=8000, show_default=True)
@click.option("--token-file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="File whose first line is the bearer token for writes (else $STORYLINE_API_TOKEN).")
@click.pass_context
def serve_cmd(ctx, host, port, token_file):
    """Serve the HTTP API (/api, /docs) and the web UI."""
    from .api import resolve_token, serve

    token = resolve_token(token_file)
    if not token:
        click.echo("note: no API token configured; writes (POST /api/articles, follows) are refused", err=True)
    serve(_settings(ctx), host=host, port=port, token=token)


def _duration(text: str) -> float:
    from .watch import parse_interval

    try:
        return parse_interval(text)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="10m", show_default=True, help="Poll interval: 30s, 10m, 1h.")
@click.option("--once", is_flag=True, help="Poll every feed once and exit.")
@click.option("--polls", type=int, default=None, help="Stop after this many rounds of polling.")
@click.pass_context
def watch_cmd(ctx, feeds, every, once, polls):
    """Poll RSS/Atom feeds and ingest new items; checks follows after each round."""
    from .watch import watch

    interval = _duration(every)
    failed = False
    with _store(ctx) as store:
        for rnd in watch(list(feeds), store, _settings(ctx), every=interval, rounds=1 if once else polls):
            for r in rnd:
                status = f"error: {r['error']}" if r.get("error") else \
                    f"{r['ingested']} new, {r['duplicates']} seen, {r['errors']} bad items"
                click.echo(f"{r['polled_at']}  {r['url']}  {status}", err=bool(r.get("error")))
                failed = failed or bool(r.get("error"))
            n = sum(len(r.get("alerts", [])) for r in rnd)
            if n:
                click.echo(f"  {n} alert(s)")
    sys.exit(1 if failed and once else 0)


@cli.command("follow")
@click.argument("kind", type=click.Choice(["story", "entity", "search"]))
@click.argument("value")
@click.option("--webhook", default=None, help="POST each alert as JSON to this http(s) URL.")
@click.pass_context
def follow_cmd(ctx, kind, value, webhook):
    """Follow a story, an entity or a search: alerts on new events and changed facts."""
    from .alerts import follow

    with _store(ctx) as store:
        f = follow(store, kind, value, webhook, _settings(ctx))
    click.echo(f"following {f['kind']} {f['value']!r} (#{f['id']}, {len(f['stories'])} stories now)")


@cli.command("unfollow")
@click.argument("follow_id", type=int)
@click.pass_context
def unfollow_cmd(ctx, follow_id):
    """Stop following (ids from `storyline alerts --follows`)."""
    with _store(ctx) as store:
        store.delete_follow(follow_id)
    click.echo(f"unfollowed #{follow_id}")


@cli.command("alerts")
@click.option("--check", is_flag=True, help="Check follows for changes now (after an ingest).")
@click.option("--follows", "show_follows", is_flag=True, help="List what is followed.")
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def alerts_cmd(ctx, check, show_follows, limit, as_json):
    """Show the alert feed (newest first)."""
    from .alerts import alert_dicts, check_follows, public_follow

    with _store(ctx) as store:
        if check:
            check_follows(store, _settings(ctx))
        if show_follows:
            data = [public_follow(f) for f in store.list_follows()]
            if as_json:
                click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                for f in data:
                    click.echo(f"#{f['id']}  {f['kind']:6}  {f['value']}  ({len(f['stories'])} stories)"
                               + (f"  -> {f['webhook']}" if f["webhook"] else ""))
            return
        data = alert_dicts(store, limit=limit)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for a in data["items"]:
        if a["kind"] == "new_event":
            what = f"new event: {a['event']['title']}"
        else:
            what = f"{fact_name(a['fact'])}: {a['before']['value']} -> {a['after']['value']}"
        click.echo(f"{a['created_at'][:16]}  {a['story_title'][:60]}  {what}")
