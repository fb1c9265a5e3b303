"""``storyline backfill``: ingest a large archive, optionally on a Dask cluster (docs/scaling.md)."""
from __future__ import annotations

import click

from .cli import FOCUS_OPTION, _settings, _store, cli, finish_ingest


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Run the per-article stages on a local Dask cluster of N worker processes.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="Run the per-article stages on the Dask cluster behind this scheduler.")
@click.option("--chunk-size", type=click.IntRange(min=1), default=None,
              help="Articles per worker task (default 64).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@FOCUS_OPTION
@click.pass_context
def backfill(ctx: click.Context, paths: tuple[str, ...], workers: int | None, scheduler: str | None,
             chunk_size: int | None, as_json: bool, focus: bool | None) -> None:
    """Backfill an archive: per-article stages in parallel, then stories clustered in date order.

    Without --workers or --scheduler everything runs in this process; the stored result is
    the same either way. Exit 1 if some items failed.
    """
    from .distributed import DEFAULT_CHUNK_SIZE, backfill as run_backfill, backfill_distributed, connect

    if workers and scheduler:
        raise click.UsageError("give either --workers (a local cluster) or --scheduler (an existing one), not both")
    settings = _settings(ctx).replace(focus=focus or None)
    command = "backfill " + " ".join(paths)
    size = chunk_size or DEFAULT_CHUNK_SIZE
    with _store(ctx) as store:
        if workers or scheduler:
            client, cluster = connect(scheduler, workers)
            try:
                report = backfill_distributed(paths, store, settings, client=client, chunk_size=size, command=command)
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()
        else:
            report = run_backfill(paths, store, settings, chunk_size=size, command=command)
    finish_ingest(report, as_json, verb="backfilled")
