"""Whole results written as they come: exports and unsorted query results whose
memory stays flat however big the store is.

Two tools:
- `SortedLines`, an external sort of N-Triples / N-Quads lines (runs of sorted
  lines spilled to temporary files, then merged), so `kg export` keeps its one
  order for one store (the lines sorted, as before) without holding the graph;
- `ResultsFilter`, a file-like sink for the engine's streamed SPARQL results that
  keeps a small result whole (to sort it, as `kg query` always did) and lets a
  large one through as the store gives it, so its first row comes at once.
"""

from __future__ import annotations

import heapq
import io
import os
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

import pyoxigraph as ox

# Lines of one sorted run: ~100-160 bytes a line, so 30-40 MB of Python bytes
# objects (measured: 400,000 took the export of a 35k bench store to 335 MB)
RUN_LINES = 200_000
# A result up to this size is sorted in memory; a larger one streams as stored
SMALL_RESULT_BYTES = 4 << 20


class SortedLines:
    """Collects lines (each ending in a newline) and gives them back sorted, at
    most `run_lines` of them in memory: each full run is sorted and spilled to
    a temporary file, and the runs are merged at the end. With `unique`, a line
    met twice comes out once."""

    def __init__(self, unique: bool = False, run_lines: int | None = None, tmpdir: str | Path | None = None,
                 skip_ending: bytes | None = None) -> None:
        self.unique = unique
        self.skip_ending = skip_ending  # lines ending so are left out (a graph's N-Quads)
        self.run_lines = run_lines or RUN_LINES
        self.tmpdir = tmpdir
        self._run: list[bytes] = []
        self._runs: list[str] = []
        self._tail = b""

    def write(self, data: bytes) -> int:
        """Take a chunk of lines (it may end inside a line: the rest comes next)."""
        lines = (self._tail + bytes(data)).split(b"\n")
        self._tail = lines.pop()
        skip = self.skip_ending
        if skip is None:
            self._run.extend(line + b"\n" for line in lines if line)
        else:
            self._run.extend(line + b"\n" for line in lines if line and not line.endswith(skip))
        if len(self._run) >= self.run_lines:
            self._spill()
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: a file-like sink for the engine's writers."""

    def _spill(self) -> None:
        run = sorted(set(self._run)) if self.unique else sorted(self._run)
        fd, name = tempfile.mkstemp(prefix="kg-sort-", suffix=".nq", dir=self.tmpdir)
        self._runs.append(name)
        with os.fdopen(fd, "wb") as f:
            f.writelines(run)
        self._run = []

    def lines(self) -> Iterator[bytes]:
        """Every line taken, sorted (and without repeats if `unique`); the
        temporary files are removed when the iteration ends or is abandoned."""
        if self._tail:
            self._run.append(self._tail + b"\n")
            self._tail = b""
        if not self._runs:
            run = sorted(set(self._run)) if self.unique else sorted(self._run)
            self._run = []
            yield from run
            return
        if self._run:
            self._spill()
        with ExitStack() as files:
            merged = heapq.merge(*(files.enter_context(open(n, "rb")) for n in self._runs))
            try:
                if not self.unique:
                    yield from merged
                    return
                last = None
                for line in merged:
                    if line != last:
                        yield line
                        last = line
            finally:
                files.close()
                for n in self._runs:
                    Path(n).unlink(missing_ok=True)
                self._runs = []


class LineReader(io.RawIOBase):
    """A readable binary stream over an iterator of lines (for the engine's parser)."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        want = len(b)
        while len(self._buf) < want:
            chunk = b"".join(line for _, line in zip(range(2048), self._lines))
            if not chunk:
                break
            self._buf += chunk
        n = min(want, len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def write_sorted_rdf(fill: Callable[[SortedLines], None], fmt: ox.RdfFormat, line_format: ox.RdfFormat,
                     out: BinaryIO, prefixes: dict[str, str] | None = None, unique: bool = False,
                     tmpdir: str | Path | None = None, skip_ending: bytes | None = None) -> None:
    """Sort the N-Triples or N-Quads lines `fill` writes (`line_format`) and
    write them to `out` in `fmt`: as they are when `fmt` is the lines' own
    format, else re-read by the engine and written in `fmt` as they stream.
    Lines ending in `skip_ending` are left out."""
    sink = SortedLines(unique=unique, tmpdir=tmpdir, skip_ending=skip_ending)
    fill(sink)
    lines = sink.lines()
    if fmt == line_format:
        buf: list[bytes] = []
        for line in lines:
            buf.append(line)
            if len(buf) >= 4096:
                out.write(b"".join(buf))
                buf = []
        out.write(b"".join(buf))
        return
    parsed = ox.parse(io.BufferedReader(LineReader(lines), 1 << 16), format=line_format)
    ox.serialize(parsed, out, format=fmt, prefixes=prefixes)


class ResultsFilter:
    """A sink for one streamed SPARQL result (the engine writes into it): up to
    `small` bytes it keeps the result and hands it to `finish` whole, so a small
    result can be sorted; past that it writes what it kept and all that follows
    straight to `out`, in the store's own order. Either way the same store gives
    the same bytes."""

    def __init__(self, out: BinaryIO, small: int = SMALL_RESULT_BYTES) -> None:
        self.out = out
        self.small = small
        self._kept: list[bytes] | None = []
        self._size = 0

    @property
    def streaming(self) -> bool:
        """Whether the result has outgrown `small` and goes out as it comes."""
        return self._kept is None

    def write(self, data: bytes) -> int:
        if self._kept is None:
            self.out.write(data)
            return len(data)
        self._kept.append(bytes(data))
        self._size += len(data)
        if self._size > self.small:
            for part in self._kept:
                self.out.write(part)
            self._kept = None
        return len(data)

    def flush(self) -> None:
        """Nothing to flush until the end (`kept`)."""

    def kept(self) -> bytes | None:
        """The whole result when it stayed small; None when it was streamed."""
        return None if self._kept is None else b"".join(self._kept)
