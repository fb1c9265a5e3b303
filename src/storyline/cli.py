"""The ``storyline`` command: a thin layer over the library, one function per command."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from typing import Iterator

import click

from . import __version__
from .errors import StorylineError
from .settings import Settings


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


@contextmanager
def _store(ctx: click.Context) -> Iterator:
    from .store import open_store

    store = open_store(_settings(ctx).db)
    try:
        yield store
    finally:
        store.close()


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StorylineError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="storyline")
@click.option("--db", envvar="STORYLINE_DB", default=None, help="Database path or URL (default ./storyline.db).")
@click.option("--embedder", default=None, help="Embedder: e5 (default, multilingual), static (fast backfills, weaker across languages) or hashing (tests).")
@click.option("--lang", "prefer_lang", default=None, help="Preferred language for titles (default en).")
@click.pass_context
def cli(ctx: click.Context, db: str | None, embedder: str | None, prefer_lang: str | None) -> None:
    """Storyline: multilingual news stories, timelines and facts that change."""
    ctx.ensure_object(dict)
    ctx.obj["settings"] = Settings.from_env(db=db, embedder=embedder, prefer_lang=prefer_lang)


FOCUS_OPTION = click.option(
    "--focus", is_flag=True, default=None,
    help="The store follows one storyline (one war, one election): keep it from splitting into many small "
         "stories. The store remembers it. Not for mixed news streams. Also STORYLINE_FOCUS=1.")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@FOCUS_OPTION
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], no_progress: bool, as_json: bool, focus: bool | None) -> None:
    """Ingest files, directories, globs, feed URLs or - (stdin). Exit 1 if some items failed."""
    from .pipeline import ingest as run_ingest

    settings = _settings(ctx).replace(focus=focus or None)
    with _store(ctx) as store:
        report = run_ingest(paths, store, settings, progress=not no_progress and sys.stderr.isatty(),
                            command="ingest " + " ".join(paths))
        if report.ingested:
            _check_follows(store, settings)
    finish_ingest(report, as_json, verb="ingested")


def finish_ingest(report, as_json: bool, *, verb: str) -> None:
    """Print an ingest report (summary and the first errors) and exit 0 all good, 1 some failed."""
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(f"{verb} {report.ingested} (of which {report.copies} near-copies), "
                   f"duplicates {report.duplicates}, errors {report.errors}")
        for e in report.error_items[:20]:
            loc = f" [{e.locator}]" if e.locator else ""
            click.echo(f"  error: {e.source_path}{loc}: {e.reason}", err=True)
        if len(report.error_items) > 20:
            click.echo(f"  ... and {len(report.error_items) - 20} more (storyline errors)", err=True)
    sys.exit(0 if report.ok else 1)


def _check_follows(store, settings: Settings) -> None:
    """Tell followers what the ingest changed (new events, changed facts)."""
    try:
        from .alerts import check_follows
    except ImportError:
        return
    if store.list_follows():
        n = len(check_follows(store, settings))
        if n:
            click.echo(f"{n} new alerts (storyline alerts)", err=True)


@cli.command()
@click.option("--lang", default=None, help="Only articles in this language.")
@click.option("--story", "story_id", default=None, help="Only articles of this story.")
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def articles(ctx: click.Context, lang: str | None, story_id: str | None, limit: int, offset: int, as_json: bool) -> None:
    """List stored articles in date order."""
    from .render import articles_table

    with _store(ctx) as store:
        rows = [r.as_dict() for r in store.iter_articles(lang=lang, story_id=story_id, limit=limit, offset=offset)]
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else articles_table(rows))


@cli.command()
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stories(ctx: click.Context, limit: int, as_json: bool) -> None:
    """List stories (newest activity first) with their events."""
    from .render import stories_text
    from .views import story_dicts

    with _store(ctx) as store:
        found = story_dicts(store, prefer_lang=_settings(ctx).prefer_lang, details=as_json)[:limit]
    click.echo(json.dumps(found, ensure_ascii=False, indent=2) if as_json else stories_text(found))


@cli.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(ctx: click.Context, story_id: str, as_json: bool) -> None:
    """Show one story: events, timeline, entities, figures, dates, quotes, facts."""
    from .render import story_text
    from .views import story_dict

    with _store(ctx) as store:
        story = story_dict(store, story_id, prefer_lang=_settings(ctx).prefer_lang)
        titles = {r.article.id: r.article for r in store.iter_articles(story_id=story["id"])}
    click.echo(json.dumps(story, ensure_ascii=False, indent=2) if as_json else story_text(story, titles))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "md"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Export articles and stories (JSON schema: docs/export.schema.json)."""
    from .render import export_text
    from .views import export_dict

    with _store(ctx) as store:
        text = export_text(export_dict(store, prefer_lang=_settings(ctx).prefer_lang), fmt)
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text)


@cli.command()
@click.option("--run", "run_id", type=int, default=None, help="Only errors of this ingest run.")
@click.pass_context
def errors(ctx: click.Context, run_id: int | None) -> None:
    """List the error records of bad input items."""
    with _store(ctx) as store:
        found = False
        for e in store.iter_errors(run_id):
            found = True
            loc = f" [{e['locator']}]" if e["locator"] else ""
            click.echo(f"run {e['run_id']}: {e['source_path']}{loc} ({e['stage']}): {e['reason']}")
    if not found:
        click.echo("(no errors)" if run_id is None else f"(no errors in run {run_id})")


@cli.command()
@click.option("--no-progress", is_flag=True)
@click.pass_context
def demo(ctx: click.Context, no_progress: bool) -> None:
    """Ingest the bundled demo corpus and print its stories with their timelines."""
    from .demo.run import run_demo

    with _store(ctx) as store:
        click.echo(run_demo(store, _settings(ctx), progress=not no_progress and sys.stderr.isatty()))


def _register_plugins() -> None:
    """Commands that live beside their feature (timeline/facts, search/serve/watch/follow)."""
    import importlib

    for mod in ("cli_timeline", "cli_web", "cli_scale"):
        try:
            importlib.import_module(f"storyline.{mod}")
        except ImportError as exc:
            if exc.name != f"storyline.{mod}":
                raise


_register_plugins()


def main() -> None:  # console script entry point
    cli(obj={})


if __name__ == "__main__":
    main()
