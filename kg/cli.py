"""The `kg` command: a thin click layer over the library."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Callable

import click

from kg.article import ArticleError, read_article
from kg.files import atomic_file, write_atomic
from kg.store import FORMATS, OxigraphStore, StoreError, is_url, open_store

DEFAULT_OUT = Path("out")
DEFAULT_STORE = DEFAULT_OUT / "store"
QUERY_DIRS = (Path("queries"), Path(__file__).resolve().parent.parent / "queries")
PROGRESS_FROM = 20  # articles; below that a bar is noise
PARALLEL_FROM = 200  # articles; below that starting workers costs more than it saves
OUTPUTS_UP_TO = 5000  # articles; above that kg.ttl and graph.html are left to kg export / kg render
# articles loaded by one build from which kg optimize is suggested: ~3,000 articles
# are ~1M quads, more than one of the bulk loader's batches, which compaction merges
OPTIMIZE_HINT_FROM = 3000


def _store_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--store (a directory, or a SPARQL server's URL) and the endpoints a server
    other than Oxigraph's may need."""

    @functools.wraps(fn)
    def wrapper(*args: Any, update_url: str | None = None, graph_store_url: str | None = None,
                **kwargs: Any) -> Any:
        click.get_current_context().meta["kg.endpoints"] = (update_url, graph_store_url)
        return fn(*args, **kwargs)

    for option in reversed([
        click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, envvar="KG_STORE",
                     help="The store: a directory (created by kg build), or a SPARQL server's URL — "
                          "an Oxigraph server's base (http://127.0.0.1:7878) or another server's query "
                          "endpoint. [env: KG_STORE]"),
        click.option("--update-url", envvar="KG_UPDATE_URL", metavar="URL",
                     help="The server's SPARQL Update endpoint, when not beside its query endpoint. "
                          "[env: KG_UPDATE_URL]"),
        click.option("--graph-store-url", envvar="KG_GRAPH_STORE_URL", metavar="URL",
                     help="The server's Graph Store Protocol endpoint (without one, graphs are written "
                          "with SPARQL Update). [env: KG_GRAPH_STORE_URL]"),
    ]):
        wrapper = option(wrapper)
    return wrapper


def _open(store_path: str, read_only: bool = False):  # type: ignore[no-untyped-def]
    """The store named by --store, with the endpoints given beside it."""
    update_url, graph_store_url = click.get_current_context().meta.get("kg.endpoints", (None, None))
    return open_store(store_path, read_only=read_only, update_url=update_url, graph_store_url=graph_store_url)


def _shown(path: str | Path) -> str:
    """A file name fit for one line of stderr: quoted, with escapes, when it holds
    a line break or another control character (one message, one line)."""
    from kg.results import printable

    text = str(path)
    return text if printable(text) == text else repr(text)


def _friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn expected failures into one clear line on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except BrokenPipeError:
            # `kg export | head`: the reader has had enough; that is no error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except (StoreError, ArticleError) as e:
            raise click.ClickException(str(e)) from None
        except SyntaxError as e:  # pyoxigraph reports bad SPARQL as SyntaxError
            raise click.ClickException(f"the query is not valid SPARQL: {e}") from None
        except OSError as e:
            raise click.ClickException(f"{e.filename or ''}: {e.strerror or e}".lstrip(": ")) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except Exception as e:  # a bug of ours: say so in one line, details on demand
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(f"unexpected error ({type(e).__name__}: {e}); "
                                       "rerun with KG_DEBUG=1 for details and report it") from None

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of Vietnamese provincial Party news.

    Extract persons and their posts, meetings and awards from articles
    (.txt or saved .html), load them as RDF into a store you can query with
    SPARQL, draw them as an interactive page, and export them.

    \b
    Start with:
      kg build seeds/             # → out/store, out/kg.ttl, out/graph.html
      kg query positions          # who holds which post
      kg serve                    # a SPARQL endpoint and query page on 127.0.0.1:7878
    Commands that use a store take --store DIR or --store URL (a SPARQL server).
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option
@click.option("--out", "out_dir", default=str(DEFAULT_OUT), show_default=True, type=click.Path(path_type=Path),
              help="Where kg.ttl and graph.html are written.")
@click.option("--jobs", "-j", default=0, type=click.IntRange(0, 64),
              help="Worker processes for extraction (default: one per core when there are many articles).")
@_friendly
def build(paths: tuple[Path, ...], store_path: str, out_dir: Path, jobs: int) -> None:
    """Extract articles and load them into the store.

    PATHS are files or folders (searched recursively) of .txt and .html
    articles. Articles already in the store with the same content are
    skipped; changed ones replace their own facts. Then out/kg.ttl and
    out/graph.html are written from the whole store (above 5,000 articles
    they are left out: use kg export and kg render --focus).

    \b
    Example:
      kg build seeds/
      kg build ~/articles/2021 ~/articles/2022 --store out/store
    """
    store = _open(store_path)
    found, workers = _found_and_workers(paths, jobs)
    report = _extract_with_progress(paths, store, found, workers)
    for path, reason in report.failed:
        click.echo(f"kg: skipped {_shown(path)}: {reason}", err=True)
    from kg.build import summary

    counts = summary(store, triples_up_to=OUTPUTS_UP_TO)
    click.echo(f"read {report.read} articles ({report.added} new, {report.updated} changed, "
               f"{report.unchanged} unchanged), {len(report.failed)} failed")
    click.echo("store: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
    if report.identity is not None:
        click.echo(_identity_line(report.identity))
    if counts["articles"] <= OUTPUTS_UP_TO:
        from kg.views import ViewTooLarge, render  # pyvis and its templates: 0.4 s a build that writes no page

        with atomic_file(out_dir / "kg.ttl") as f:
            store.export_to("turtle", f)
        wrote = [str(out_dir / "kg.ttl")]
        try:
            write_atomic(out_dir / "graph.html", render(store, title="kg"))
            wrote.append(str(out_dir / "graph.html"))
        except ViewTooLarge as e:
            click.echo(f"kg: graph.html not written: {e}", err=True)
        click.echo(f"wrote {' and '.join(wrote)}; store at {store_path}")
    else:
        click.echo(f"store at {store_path}; {counts['articles']:,} articles is too many for one page or one "
                   "Turtle file by default: use `kg export -o FILE` and `kg render --focus NAME`")
    store.close()
    if report.added + report.updated >= OPTIMIZE_HINT_FROM and not is_url(store_path):
        click.echo("kg: `kg optimize` compacts the store so its queries run faster "
                   "(up to 2× on 10,000 articles; it takes a while)", err=True)
    if report.failed:
        sys.exit(1)


def _timeline(found: list[dict]) -> list[dict]:
    """The career rows a focused page shows: each official's posts (joined across
    provinces by the identity graph), first … last date, "nguyên" posts marked."""
    rows = []
    for o in found:
        for p in o["posts"]:
            when = p["first"] + (f" … {p['last']}" if p["last"] and p["last"] != p["first"] else "")
            post = ("nguyên " if p["past"] else "") + p["post"] + (f" ({o['name']})" if len(found) > 1 else "")
            rows.append({"date": when, "post": post, "post_en": p["post_en"], "file": ", ".join(p["files"])})
    return rows


def _identity_line(r: Any) -> str:
    what = "the names these articles touch: " if r.partial else ""
    return (f"identity: {what}{r.officials:,} officials from {r.persons:,} person nodes ({r.joins:,} joined, "
            f"{r.apart:,} kept apart) in {r.seconds:.1f} s")


@main.command()
@_store_option
@_friendly
def resolve(store_path: str) -> None:
    """Decide again which person nodes are one official (kg build does it itself).

    Recomputes the identity graph (<https://w3id.org/kgvn/graph/identity>) from
    the articles in the store: same name and a shared national post join; posts
    in two provinces at overlapping dates keep namesakes apart. See README,
    "How identity is decided".

    \b
    Example:
      kg resolve --store out/store
    """
    from kg.officials import refresh

    store = _open(store_path)
    try:
        click.echo(_identity_line(refresh(store)))
    finally:
        store.close()


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@_friendly
def extract(file: Path) -> None:
    """Print one article's facts as Turtle; nothing is stored.

    \b
    Example:
      kg extract seeds/001_b559765a8eaa996e.txt
    """
    import pyoxigraph as ox

    from kg.build import article_id
    from kg.extract.pipeline import extract_facts
    from kg.rdf import article_triples
    from kg.store import PREFIXES

    triples = article_triples(extract_facts(read_article(file, article_id=article_id(file))))
    # Oxigraph writes the Turtle: rdflib's serializer took 10 s on a 1.6 MB paragraph
    parsed = sorted(ox.parse(triples.ntriples().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES), key=str)
    sys.stdout.buffer.write(ox.serialize(parsed, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))


_INLINE = re.compile(r"^\s*(?:#.*\n\s*)*(?:PREFIX|BASE|SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE)
_UPDATE = re.compile(r"(?is)^\s*(?:#[^\n]*\n\s*)*(?:(?:PREFIX\s+\S*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b")


def _query_text(query: str) -> str:
    if _UPDATE.match(query):
        raise click.ClickException("kg query runs queries; updates are refused (kg build writes the store; "
                                   "a server started with kg serve --writable takes updates at /update)")
    if _INLINE.match(query):
        return query
    p = Path(query)
    if p.is_file():
        return p.read_text(encoding="utf-8")
    name = query if query.endswith(".rq") else query + ".rq"
    for d in QUERY_DIRS:
        if (d / name).is_file():
            return (d / name).read_text(encoding="utf-8")
    known = sorted({q.stem for d in QUERY_DIRS if d.is_dir() for q in d.glob("*.rq")})
    raise click.ClickException(f"no query file {query!r}; named queries: {', '.join(known) or 'none'}")


@main.command()
@click.argument("query")
@_store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="table for people; csv/tsv/json are the W3C SPARQL 1.1 results formats.")
@click.option("--allow-service", is_flag=True,
              help="Run SERVICE clauses, which fetch any URL the query names (off by default).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a named query's parameter (its line VALUES ?NAME { … }) to VALUE, as an escaped "
                   "literal; e.g. kg query post-holders --param title=\"Bí thư Tỉnh ủy\". Repeatable.")
@click.option("--person", help="positions: the holder; meetings: a participant; awards: the recipient "
                               "(the name as stored, else ignoring case and diacritics).")
@click.option("--province", help="Facts from articles of this province (diacritics optional; \"TP.HCM\").")
@click.option("--body", help="positions: the post's organization; meetings: the organizer; awards: the giver; "
                             "documents: the issuer; figures: the body (its whole name).")
@click.option("--kind", help="awards: the award (\"Bằng khen\"); documents: the kind (\"Nghị quyết\"); "
                             "figures: the measure (\"MembersAdmitted\" or its English label).")
@click.option("--from", "date_from", metavar="DATE", help="From this date (YYYY-MM-DD, or a year): the article's "
              "date for positions and awards, the meeting's, the document's, the figure's year.")
@click.option("--to", "date_to", metavar="DATE", help="Up to this date (YYYY-MM-DD, or a year: its end).")
@click.option("--limit", type=click.IntRange(0), help="At most this many rows.")
@_friendly
def query(query: str, store_path: str, fmt: str, allow_service: bool, params: tuple[str, ...] = (),
          person: str | None = None, province: str | None = None, body: str | None = None,
          kind: str | None = None, date_from: str | None = None, date_to: str | None = None,
          limit: int | None = None) -> None:
    """Run a SPARQL query over the store.

    QUERY is a .rq file, the name of one in queries/ (positions,
    meetings, awards, persons, sources), or the text of a query. The
    default graph is the union of all articles' graphs; GRAPH ?g names
    one article's graph (its IRI is the article's). Rows stream out as
    the store gives them: a query without ORDER BY prints a small result
    (up to 10,000 rows, 4 MB) sorted by its columns, and a larger one in
    the store's own order, which is the same for the same store.

    Filters (positions, meetings, awards, documents, figures; each takes
    the options that make sense for it): --person, --province, --body,
    --kind, --from/--to, --limit. Values are bound as literals, never
    spliced into the query; the engine starts from them through its indexes.

    \b
    Example:
      kg query positions
      kg query positions --person "Ma Thế Hồng"
      kg query meetings --province "Tuyên Quang" --from 2021 --to 2021
      kg query awards --kind "Bằng khen" --body "Ban Thường vụ Tỉnh ủy" --limit 20
      kg query meetings --format csv > meetings.csv
      kg query 'SELECT ?name WHERE { ?p a <https://w3id.org/kgvn/ontology#Person> ; <http://xmlns.com/foaf/0.1/name> ?name }'
    """
    from kg.results import without_comments, write_results

    from kg.sparql_guard import refusal

    text = _query_text(query)
    if params:
        # kg.career draws pages too: its imports cost a second, only worth it here
        from kg.career import bind_parameter
    for param in params:
        pname, eq, value = param.partition("=")
        if not eq:
            raise click.UsageError(f"--param wants NAME=VALUE, not {param!r}")
        try:
            text = bind_parameter(text, pname.strip().lstrip("?"), value)
        except ValueError as e:
            raise click.ClickException(f"{query}: {e}") from None
    if _UPDATE.match(without_comments(text)):
        raise click.ClickException(f"{query}: kg query runs queries; updates are refused")
    if not allow_service and (why := refusal(text)):
        raise click.ClickException(why)
    from kg.filters import FilterError, Filters, check, filtered

    asked = Filters(person=person, province=province, body=body, kind=kind, limit=limit,
                    date_from=_day(date_from, "--from", "01-01"), date_to=_day(date_to, "--to", "12-31"))
    named = Path(query).stem if not _INLINE.match(query) else ""
    try:
        check(named, asked)
    except FilterError as e:
        raise click.UsageError(str(e)) from None
    from kg.store import with_prefixes

    store = _open(store_path, read_only=True)
    if asked.given():
        try:
            text = filtered(named, text, asked, store.query, lateral=isinstance(store, OxigraphStore))
        except FilterError as e:
            raise click.UsageError(str(e)) from None
    elif not params:
        from kg.summaries import summary_query

        # an aggregate the build keeps current is read from its kept rows
        text = summary_query(named, text, store) or text
    text = with_prefixes(text)
    # without ORDER BY the rows are sorted here: the same store, the same output
    ordered = re.search(r"\bORDER\s+BY\b", without_comments(text), re.IGNORECASE)
    write_results(store.query(text), fmt, sys.stdout.buffer, sort=not ordered)



def _named_query_list() -> str:
    return ", ".join(sorted({q.stem for q in QUERY_DIRS[1].glob("*.rq")})) or "none installed"


# the list in the docstring is written out from queries/ itself, so it cannot go stale
query.help = re.sub(r"\(positions,\s+meetings,\s+awards,\s+persons,\s+sources\)",
                    f"({_named_query_list()})", query.help or "")

EVAL_QUERIES = ("positions", "meetings", "awards")


def _eval_query(name: str, queries_dir: Path | None) -> str:
    """The text of an evaluation query: from --queries, else kg's own queries/
    (not the working directory's, which may hold someone else's)."""
    dirs = [queries_dir] if queries_dir else [QUERY_DIRS[1], QUERY_DIRS[0]]
    for d in dirs:
        if (d / f"{name}.rq").is_file():
            return (d / f"{name}.rq").read_text(encoding="utf-8")
    raise click.ClickException(f"no {name}.rq in {' or '.join(map(str, dirs))}")


def _answer_rows(store: Any, sparql: str) -> list[dict[str, str | None]]:
    """A SELECT's rows as dicts of plain strings (None where a variable is unbound)."""
    solutions = store.query(sparql)
    names = [v.value for v in solutions.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in solutions]


def _notify(message: str) -> None:
    click.echo(f"kg: {message} …", err=True)


def _extract_with_progress(paths: Any, store: Any, found: Any, workers: int) -> Any:
    """build_articles with kg build's progress on stderr: a bar on a terminal, the
    build's own notices for runs of PROGRESS_FROM files or more; `found` is
    discover(paths)'s result, which the build reuses."""
    from kg.build import build as build_articles

    n_files = len(found[0])
    if n_files >= PROGRESS_FROM and sys.stderr.isatty():
        with click.progressbar(length=n_files, label="extracting", file=sys.stderr) as bar:
            return build_articles(paths, store, progress=lambda _p: bar.update(1), jobs=workers, notify=_notify,
                                  found=found)
    return build_articles(paths, store, jobs=workers, notify=_notify if n_files >= PROGRESS_FROM else None,
                          found=found)


def _found_and_workers(paths: Any, jobs: int = 0) -> tuple[Any, int]:
    """The article files under paths (discover's result, which the build reuses) and the
    worker processes to extract them with: `jobs`, else one per core for many files."""
    from kg.build import discover

    found = discover(paths)
    return found, jobs or (os.cpu_count() or 1 if len(found[0]) >= PARALLEL_FROM else 1)


def _build_for_eval(articles: tuple[Path, ...], store: Any) -> None:
    """kg build's extraction and loading, with its progress on stderr."""
    found, workers = _found_and_workers(articles)
    files = found[0]
    if len(files) >= PROGRESS_FROM and not sys.stderr.isatty():
        _notify(f"extracting {len(files):,} articles")
    report = _extract_with_progress(articles, store, found, workers)
    for path, reason in report.failed:
        click.echo(f"kg: skipped {_shown(path)}: {reason} (its gold rows count as misses)", err=True)


def _listed(names: list[str], up_to: int = 5) -> str:
    shown = ", ".join(names[:up_to])
    return shown + (f" and {len(names) - up_to} more" if len(names) > up_to else "")


@main.command(name="eval", short_help="Score kg on articles you annotated (P, R, F1).")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--store", "store_path", metavar="DIR|URL",
              help="Build ARTICLES into this store (articles already in it unchanged are not read "
                   "again) and score it; with no ARTICLES, score the store as it is. Default: a "
                   "store in memory, gone after the run.")
@click.option("-v", "--verbose", is_flag=True, help="List every miss and extra, by article.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the scores, misses and extras as JSON instead of a table.")
@click.option("--queries", "queries_dir", type=click.Path(path_type=Path, file_okay=False),
              help="A folder with other positions.rq, meetings.rq, awards.rq (default: kg's own).")
@_friendly
def evaluate(gold: Path, articles: tuple[Path, ...], store_path: str | None, verbose: bool, as_json: bool,
             queries_dir: Path | None) -> None:
    """Score kg on articles you annotated: precision, recall and F1 per relation.

    GOLD is a JSON file with, for each article (keyed by its file name without
    .txt), the positions, meetings and awards a careful reader finds in it.
    ARTICLES are the files or folders of those articles; kg extracts them, runs
    queries/positions.rq, meetings.rq and awards.rq, and matches the answers to
    the gold, article by article (docs/EVAL.md: the format and how rows match).

    \b
    A gold file:
      {"bm123": {
         "positions": [{"person": "Nguyễn Văn A", "position": "Bí thư Tỉnh ủy"}],
         "meetings":  [{"organizer": "Ban Chấp hành Đảng bộ tỉnh",
                        "date": "2017-05-12", "ordinal": 5}],
         "awards":    [{"recipient": "Đảng bộ huyện X", "award": "Cờ Thi đua",
                        "giver": "Ban Thường vụ Tỉnh ủy"}]}}
    A date is "YYYY-MM-DD", or "--MM-DD" when the article does not tell the
    year; "recipient": null is an award to a counted group ("3 chi bộ").

    \b
    Example:
      kg eval gold.json articles/            # the table
      kg eval gold.json articles/ -v         # and each miss and extra
      kg eval gold.json --store out/store    # a store built from the articles
    """
    from kg.evaluate import ArticleIndex, GoldError, details, parse_gold, score, table
    from kg.evaluate import as_json as report_json

    try:
        text = gold.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise click.ClickException(f"{gold}: not UTF-8 text") from None
    try:
        truth = parse_gold(text, str(gold))
    except GoldError as e:
        raise click.ClickException(str(e)) from None
    if not articles and not store_path:
        raise click.UsageError("give the ARTICLES the gold describes, or --store with a store built from them")
    texts = {rel: _eval_query(rel, queries_dir) for rel in EVAL_QUERIES}
    store = open_store(store_path, read_only=not articles) if store_path else open_store(None)
    try:
        if articles:
            _build_for_eval(articles, store)
        in_store = _answer_rows(store, "SELECT ?a WHERE { ?a a <https://w3id.org/kgvn/ontology#Article> }")
        answers = {rel: _answer_rows(store, q) for rel, q in texts.items()}
    finally:
        store.close()
    which = ArticleIndex(truth)
    present = {which(r["a"]) for r in in_store}
    absent = sorted(a for a in truth if a not in present)
    if absent:
        click.echo(f"kg: {len(absent)} of {len(truth)} gold articles are not among the articles "
                   f"({_listed(absent)}): their rows count as misses", err=True)
    unscored = sum(1 for r in in_store if which(r["a"]) is None)
    if unscored:
        click.echo(f"kg: {unscored} article{'s' if unscored != 1 else ''} without gold "
                   "are not scored", err=True)
    report = score(truth, answers)
    if as_json:
        data = report_json(report)
        data["articles"] = {"gold": len(truth), "scored": len(truth) - len(absent), "without_gold": unscored}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{len(truth) - len(absent)} of {len(truth)} gold articles scored")
    click.echo(table(report))
    if verbose:
        listing = details(report)
        if listing:
            click.echo("\n" + listing)


@main.command()
@_store_option
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS) + ["graphml", "gexf"]), default="turtle",
              show_default=True, help="turtle/nt/jsonld/xml merge the articles' graphs; trig/nquads keep one "
                                      "graph per article; graphml/gexf are the view's graph, for Gephi.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file (default: stdout).")
@_friendly
def export(store_path: str, fmt: str, output: Path | None) -> None:
    """Export the whole graph.

    \b
    Example:
      kg export -o out/kg.ttl
      kg export --format trig -o out/kg.trig
      kg export --format gexf -o out/kg.gexf      # open in Gephi
    """
    store = _open(store_path, read_only=True)
    if fmt in ("graphml", "gexf"):
        import io

        import networkx as nx

        from kg.views import project, to_exchange_graph

        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(to_exchange_graph(project(store)), buf)
        data = buf.getvalue()
        if output:
            write_atomic(output, data)
            click.echo(f"wrote {output} ({len(data):,} bytes)", err=True)
        else:
            sys.stdout.buffer.write(data)
        return
    # RDF streams out: a graph of any size is written with flat memory
    if output:
        with atomic_file(output) as f:
            store.export_to(fmt, f)
            size = f.tell()
        click.echo(f"wrote {output} ({size:,} bytes)", err=True)
    else:
        store.export_to(fmt, sys.stdout.buffer)


@main.command()
@_store_option
@click.option("-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_OUT / "graph.html",
              show_default=True, help="The HTML page to write.")
@click.option("--focus", help="Only what lies around this name (a person, body, meeting …; diacritics optional).")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(0, 6), help="How far around --focus.")
@click.option("--province", help="Only this province's nodes (\"Tuyên Quang\").")
@click.option("--kind", help="Only this class and what it is tied to: person, post, meeting, award, document, "
                             "article, party body, state body, mass organization.")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Meetings, awards, articles from this day.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="… up to this day.")
@_friendly
def render(store_path: str, output: Path, focus: str | None, depth: int, province: str | None, kind: str | None,
           date_from: Any, date_to: Any) -> None:
    """Draw the store, or a focused part of it, as an interactive HTML page.

    The page works offline: nodes coloured and shaped by class, a legend
    whose boxes filter classes, a province filter, a search box (with or
    without diacritics), and on click the Vietnamese and English labels,
    dates and the source sentences with links to their articles. A focus on a
    person adds their career timeline. Above a few thousand nodes a browser
    cannot lay a page out: kg then says so and suggests a focus.

    \b
    Example:
      kg render -o out/graph.html
      kg render --focus "Nguyễn Văn Sơn" --depth 2 -o out/son.html
      kg render --province "Tuyên Quang" -o out/tuyen-quang.html
      kg render --kind meeting --from 2021-01-01 --to 2021-12-31 -o out/meetings-2021.html
    """
    from kg.career import officials
    from kg.views import ViewTooLarge
    from kg.views import render as render_page

    if focus is not None and not focus.strip():
        raise click.UsageError("--focus wants a name (a person, body, meeting …); leave it out for the whole graph")
    store = _open(store_path, read_only=True)
    timeline = _timeline(officials(store, focus)) if focus else None
    try:
        page = render_page(store, title=f"kg — {focus}" if focus else "kg", focus=focus, depth=depth,
                           province=province, kind=kind, date_from=date_from.date() if date_from else None,
                           date_to=date_to.date() if date_to else None, timeline=timeline)
    except ViewTooLarge as e:
        raise click.ClickException(str(e)) from None
    except ValueError as e:
        raise click.ClickException(str(e)) from None
    write_atomic(output, page)
    click.echo(f"wrote {output}")


@main.command()
@click.argument("name")
@_store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--explain", is_flag=True, help="Also list the mentions (person nodes) joined into each official "
                                              "and why, and the namesakes kept apart and why.")
@_friendly
def person(name: str, store_path: str, fmt: str, explain: bool) -> None:
    """One career per official of that name: posts oldest first, each with the
    first and last date an article states it; "nguyên" (former) posts marked;
    when an article reports the post begun or left (bầu, bổ nhiệm, điều động,
    thôi giữ chức, nghỉ hưu …), the date and kind, and whom they replaced.

    NAME may be written with or without diacritics ("ma the hong"). Officials
    are person nodes joined by kg's identity layer (see `kg resolve`): the same
    name and a shared national post; namesakes stay apart.

    \b
    Example:
      kg person "Ma Thế Hồng"
      kg person "nguyen van son" --explain
      kg person "nguyen van son" --format json
    """
    import json

    from kg.career import officials
    from kg.results import printable, printable_lines

    if not name.strip():
        raise click.UsageError("give a name (diacritics optional), e.g. kg person \"Ma Thế Hồng\"")
    store = _open(store_path, read_only=True)
    found = officials(store, name)
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        if not found:  # same exit status as the text form: scripts can test for a match
            raise click.exceptions.Exit(1)
        return
    if not found:
        raise click.ClickException(f"no official named {printable(repr(name))} holds a post in the store")
    for k, o in enumerate(found):
        if k:
            click.echo("")
        places = sorted({p["province"] for p in o["persons"] if p["province"]})
        head = o["name"] + (f" ({', '.join(places)})" if places else "")
        if len(o["persons"]) > 1:
            head += f" — {len(o['persons'])} person nodes joined"
        click.echo(printable(head))
        for p in o["posts"]:
            when = p["first"] or "?"
            if p["last"] and p["last"] != p["first"]:
                when += f" … {p['last']}"
            title = ("nguyên " + p["post"] + " (past)") if p["past"] else p["post"]
            en = f"  [{p['post_en']}]" if p["post_en"] else ""
            click.echo(printable(f"  {when:<23}  {title}{en}  — {_files(p['files'])}"))
            said = _tenure_events(p)
            if said:
                click.echo(printable(f"  {'':<23}  {said}"))
        if explain:
            click.echo(printable_lines(_explained(o)))


POST_PAGE = 100  # the holders `kg post` shows unless told otherwise


@main.command()
@click.argument("title")
@_store_option
@click.option("--province", help="Only the post in this province (diacritics optional).")
@click.option("--body", help="Only posts whose organization's name holds these words (diacritics optional).")
@click.option("--from", "date_from", metavar="DATE", help="Mentions from this date (YYYY-MM-DD, or a year).")
@click.option("--to", "date_to", metavar="DATE", help="Mentions up to this date (YYYY-MM-DD, or a year: its end).")
@click.option("--limit", type=click.IntRange(min=1), metavar="N",
              help=f"Show the first N holders (default {POST_PAGE}); a last line says how many more.")
@click.option("--offset", type=click.IntRange(min=0), default=0, metavar="N",
              help="Skip the first N holders (with --limit: the next page).")
@click.option("--all", "show_all", is_flag=True, help="Show every holder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_friendly
def post(title: str, store_path: str, province: str | None, body: str | None, date_from: str | None,
         date_to: str | None, limit: int | None, offset: int, show_all: bool, fmt: str) -> None:
    """Who held a post over time: each holder with the first and last date an
    article states it, and the source files, oldest first (by the date of the
    election or appointment where one is reported); when the post began and
    ended by such an event, and whom each holder replaced.

    TITLE is the start of the post's name, diacritics optional ("Bí thư Tỉnh
    ủy", "chu tich ubnd tinh"). Holders are officials as kg's identity layer
    joins them. Former ("nguyên …") mentions are left out (they give no date
    of holding). The first 100 holders are shown, and a last line says how
    many more there are (--limit, --offset, --all). The same for SPARQL users:
    kg query post-holders --param ….

    \b
    Example:
      kg post "Bí thư Tỉnh ủy" --province "Yên Bái"
      kg post "Thứ trưởng" --body "Bộ Nội vụ" --from 2017-01-01 --to 2017-12-31
      kg post "Chủ tịch UBND tỉnh" --province "Hà Giang" --limit 20 --offset 100
    """
    import json

    from kg.career import post_holders_page
    from kg.results import printable

    if not title.strip():
        raise click.UsageError("give a post, e.g. kg post \"Bí thư Tỉnh ủy\" --province \"Yên Bái\"")
    if show_all and limit is not None:
        raise click.UsageError("--all and --limit exclude each other: --all shows every holder")
    store = _open(store_path, read_only=True)
    lo, hi = _day(date_from, "--from", "01-01"), _day(date_to, "--to", "12-31")
    rows, total = post_holders_page(store, title, province=province, body=body, date_from=lo, date_to=hi,
                                    limit=None if show_all else (limit or POST_PAGE), offset=offset)
    more = total - offset - len(rows)
    hint = (f"… {more:,} more holder{'s' if more > 1 else ''} ({total:,} in all): --offset {offset + len(rows)} "
            f"for the next {min(limit or POST_PAGE, more):,}, --all for every one") if more > 0 else None
    if fmt == "json":
        # always the list of rows, whatever the size: a script reads one shape; what a page
        # leaves out is told on stderr, as a person reading the text sees it last
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        if hint:
            click.echo(hint, err=True)
        if not rows:
            raise click.exceptions.Exit(1)
        return
    if not rows and total:
        raise click.ClickException(f"--offset {offset} is past the last of the {total:,} holders")
    if not rows:
        raise click.ClickException(f"no one holds a post {printable(repr(title))} in the store"
                                   + (" with those filters" if province or body or lo or hi else ""))
    current = None
    for r in rows:
        if r["post"] != current:
            current = r["post"]
            click.echo(printable(current))
        when = r["first"] or "?"
        if r["last"] and r["last"] != r["first"]:
            when += f" … {r['last']}"
        click.echo(printable(f"  {when:<23}  {r['holder']}  — {_files(r['files'])}"))
        said = _tenure_events(r)
        if said:
            click.echo(printable(f"  {'':<23}  {said}"))
    if hint:
        click.echo(hint)


# how `kg person` and `kg post` name the kinds of career event (kg:eventKind)
_EVENT_WORDS = {"elected": "bầu", "appointed": "bổ nhiệm", "transferred": "điều động", "assigned": "chỉ định",
                "left": "thôi giữ chức", "retired": "nghỉ hưu", "dismissed": "cách chức"}


def _tenure_events(p: dict) -> str:
    """"began 2017-03-15 (bầu); ended 2017-07-01 (thôi giữ chức); replaces A": what the
    identity graph's tenure says beyond the article dates, or ""."""
    parts = []
    if p.get("began"):
        parts.append(f"began {p['began'][0]} ({_EVENT_WORDS.get(p['began'][1], p['began'][1])})")
    if p.get("ended"):
        parts.append(f"ended {p['ended'][0]} ({_EVENT_WORDS.get(p['ended'][1], p['ended'][1])})")
    if p.get("replaces"):
        parts.append("replaces " + ", ".join(p["replaces"]))
    if p.get("replaced_by"):
        parts.append("replaced by " + ", ".join(p["replaced_by"]))
    return "; ".join(parts)


def _day(text: str | None, option: str, year_end: str) -> str | None:
    """An ISO date from --from/--to: YYYY-MM-DD as it is, a bare year its first
    (--from) or last (--to) day."""
    import datetime as dt

    if not text:
        return None
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-{year_end}"
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise click.BadParameter(f"{text!r} is no date (YYYY-MM-DD or YYYY)", param_hint=option) from None


def _files(files: list[str], up_to: int = 3) -> str:
    shown = ", ".join(files[:up_to])
    return shown + (f" and {len(files) - up_to} more" if len(files) > up_to else "")


def _explained(o: dict) -> str:
    """Which mentions (person nodes) an official joins, and why; namesakes kept apart, and why."""
    def node(iri: str) -> str:
        p = next((p for p in o["persons"] if p["node"] == iri), None)
        if p is None:
            return f"node <{iri.rsplit('/', 1)[-1]}> (another official)"
        return f"{p['province'] or 'no province'} node <{iri.rsplit('/', 1)[-1]}> ({_files(p['files'])})"

    lines = ["  mentions:"]
    lines += [f"    {node(p['node'])}" for p in o["persons"]]
    if o["joins"]:
        lines.append("  joined because:")
        lines += [f"    {' + '.join(node(x) for x in j['persons'])}: {j['reason']}" for j in o["joins"]]
    elif len(o["persons"]) == 1:
        lines.append("  joined: nothing (a node of this name joins another only through a shared national post)")
    if o["apart"]:
        lines.append("  kept apart from namesakes:")
        lines += [f"    {' / '.join(node(x) for x in a['persons'])}: {a['reason']}" for a in o["apart"]]
    return "\n".join(lines)


@main.command()
@_store_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 1000), help="How many to rank.")
@_friendly
def stats(store_path: str, fmt: str, top: int) -> None:
    """Counts per class and province, the most connected officials and bodies
    (degree and betweenness), and the organization hierarchy.

    \b
    Example:
      kg stats
      kg stats --format json --top 50
    """
    import json

    from kg.stats import format_text
    from kg.stats import stats as compute

    s = compute(_open(store_path, read_only=True), top=top)
    from kg.results import printable_lines

    click.echo(json.dumps(s, ensure_ascii=False, indent=2) if fmt == "json" else printable_lines(format_text(s)))


@main.command()
@_store_option
@_friendly
def validate(store_path: str) -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl).

    Every post has a holder, every post holding a post and a source
    sentence, every meeting an organizer and a date, every fact a source.
    Each article's graph is checked on its own; violations are listed with
    their article, and the exit code is 1 if there are any.

    \b
    Example:
      kg validate
      kg validate --store out/store
    """
    from kg.validate import validate_store

    store = _open(store_path, read_only=True)
    if not hasattr(store, "named_graphs"):
        raise click.ClickException("kg validate checks a local store directory (push it after)")
    total = sum(1 for _ in store.named_graphs())
    if total >= PROGRESS_FROM and sys.stderr.isatty():
        with click.progressbar(length=total, label="validating", file=sys.stderr) as bar:
            checked, found = validate_store(store, progress=lambda: bar.update(1))
    else:
        checked, found = validate_store(store)
    for v in found:
        article = v.graph.rsplit("/", 1)[-1]
        click.echo(f"{article}: {v.focus} {v.path}: {v.message}".replace("  ", " "))
    if found:
        raise click.ClickException(f"{len(found)} violation{'s' if len(found) != 1 else ''} "
                                   f"in {checked:,} article graphs")
    click.echo(f"checked {checked:,} article graphs: all conform to ontology/shapes.ttl")


def _store_directory(store_path: str, if_url: str) -> Path:
    """The directory of an existing local store (a command that works on the
    files themselves); `if_url` says why a server's URL will not do."""
    if is_url(store_path):
        raise click.ClickException(if_url)
    location = Path(store_path)
    if not (location / "CURRENT").exists():
        raise click.ClickException(f"no store at {location} (run `kg build` first)")
    return location


def _disk_mb(directory: Path) -> float:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file()) / 1e6


@main.command()
@click.option("--store", "store_path", default=str(DEFAULT_STORE), show_default=True, envvar="KG_STORE",
              help="The store directory (made by kg build). [env: KG_STORE]")
@_friendly
def optimize(store_path: str) -> None:
    """Compact the store so its queries run faster.

    A store made by big builds holds its quads in many files; compacting
    merges them. On 10,000 articles whole-result queries then ran 1.7–2.2×
    as fast (20 s of compacting; the store took 1.6× the disk); on 100,000
    the aggregating ones 1.5–1.9× (3.5 min). Run it after a big build, when
    the store will be queried a lot; kg build does not, to stay quick.
    Nothing else may use the store meanwhile (stop kg serve first).

    \b
    Example:
      kg optimize
      kg optimize --store ~/kg/store
    """
    import time

    from kg.store import OxigraphStore

    location = _store_directory(store_path, "kg optimize works on a local store directory; a server compacts its own")
    store = OxigraphStore(location)  # first: a store in use is refused before anything is said
    before = _disk_mb(location)
    click.echo(f"compacting {location} ({before:,.0f} MB) …", err=True)
    started = time.perf_counter()
    try:
        store.optimize()
    finally:
        store.close()
    click.echo(f"optimized {location} in {time.perf_counter() - started:.1f} s: "
               f"{before:,.0f} MB → {_disk_mb(location):,.0f} MB on disk")


@main.command()
@click.option("--to", "to_url", required=True, metavar="URL",
              help="The server: an Oxigraph server's base URL, or another server's query endpoint.")
@_store_option
@_friendly
def push(to_url: str, store_path: str) -> None:
    """Copy the local store to a SPARQL 1.1 server.

    Each article's graph replaces the server's graph of the same name
    (Graph Store Protocol PUT), so pushing twice doubles nothing and a push
    cut short can be run again. Credentials come from KG_STORE_USER and
    KG_STORE_PASSWORD or ~/.netrc, never from the command line.

    \b
    Example:
      kg push --to http://127.0.0.1:7878
      kg push --to http://db:8890/sparql --graph-store-url http://db:8890/sparql-graph-crud-auth
    """
    from kg.remote import push as push_graphs

    source = open_store(store_path, read_only=True)
    if not hasattr(source, "named_graphs"):
        raise click.ClickException("--store must be a local store directory to push from")
    target = _open(to_url)
    total = len(source.named_graphs())
    if total >= PROGRESS_FROM and sys.stderr.isatty():
        with click.progressbar(length=total, label="pushing", file=sys.stderr) as bar:
            n = push_graphs(source, target, progress=lambda: bar.update(1))
    else:
        n = push_graphs(source, target)
    click.echo(f"pushed {n:,} graphs to {target.name}")


@main.command()
@_store_option
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="Where to listen; keep 127.0.0.1 unless others must reach it.")
@click.option("--writable", is_flag=True,
              help="Accept updates (/update, PUT/POST/DELETE on /store) from clients holding the token: "
                   "KG_STORE_TOKEN if set, else one printed at start.")
@click.option("--allow-service", is_flag=True,
              help="Run SERVICE and LOAD, which fetch any URL a query names (off: a page could reach "
                   "your network through them).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Another name clients use for this machine (with --bind 0.0.0.0:PORT); repeatable.")
@click.option("--read-only", is_flag=True, hidden=True, help="The default; kept for old scripts.")
@_friendly
def serve(store_path: str, bind: str, writable: bool, allow_service: bool, allow_hosts: tuple[str, ...],
          read_only: bool) -> None:
    """Serve the store as a SPARQL endpoint with a query page.

    The query page is at the printed address, the SPARQL 1.1 endpoint at
    /query, the Graph Store endpoint at /store. Read-only by default; with
    --writable, /update and /store accept writes that carry the token, so
    kg build can write through it:

    \b
      KG_STORE_TOKEN=… kg build new/ --store http://127.0.0.1:7878

    Requests naming another Host, or sent from another site's page (a
    foreign Origin), are refused. Ctrl-C stops it.

    \b
    Example:
      kg serve
      kg serve --store out/store --bind 127.0.0.1:8000 --writable
    """
    import secrets
    import signal

    from kg.server import make_server

    if writable and read_only:
        raise click.UsageError("--writable and --read-only contradict each other")
    location = _store_directory(store_path, "kg serve serves a local store directory; that store is already served")
    m = re.fullmatch(r"([\w.\-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})", bind)
    if not m or int(m.group(2)) > 65535:
        raise click.ClickException(f"--bind wants HOST:PORT, not {bind!r}")
    host, port = m.group(1), int(m.group(2))
    token = os.environ.get("KG_STORE_TOKEN") or (secrets.token_urlsafe(24) if writable else None)
    store = OxigraphStore(location, read_only=not writable)
    try:
        server = make_server(store._s, host, port, writable=writable, token=token,
                             allow_service=allow_service, allow_hosts=allow_hosts)
    except OSError as e:
        store.close()
        reason = "the port is in use (another kg serve?)" if e.errno in (98, 48, 10048) else (e.strerror or str(e))
        raise click.ClickException(f"cannot listen on {bind}: {reason}") from None

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt  # SIGTERM stops it as Ctrl-C does: the store is closed cleanly

    signal.signal(signal.SIGTERM, stop)
    shown = f"{host}:{server.server_address[1]}"
    mode = "read-write" if writable else "read-only"
    click.echo(f"serving {location} ({mode}) at http://{shown}/ (SPARQL endpoint: http://{shown}/query); "
               "Ctrl-C stops", err=True)
    if writable and not os.environ.get("KG_STORE_TOKEN"):
        click.echo(f"writes need this token: export KG_STORE_TOKEN={token}", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()


if __name__ == "__main__":
    main()
