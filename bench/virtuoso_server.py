"""A throwaway OpenLink Virtuoso (Debian's virtuoso-opensource 7.2) on 127.0.0.1,
for the tests and the bench: its own database directory and ini file, free
ports, small memory, and a user `kg` allowed to write (SPARQL_UPDATE role).

    with Virtuoso(tmp_dir) as v:      # started, answering
        v.url                         # http://127.0.0.1:PORT/sparql
        v.user, v.password            # for KG_STORE_USER / KG_STORE_PASSWORD

Installed from the package registry when missing and we run as root (as CI
does); `virtuoso_binary()` is None where that cannot be done.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

PACKAGE = "virtuoso-opensource"
# its own graphs' page of HTML files; any directory will do when missing
VSP = Path("/var/lib/virtuoso-opensource-7/vsp")

INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
MaxClientConnections = 8
CheckpointInterval   = 60
; small: the machines running the tests are shared (8 KB pages: ~40 MB of buffers)
NumberOfBuffers      = 5000
MaxDirtyBuffers      = 3500
MaxQueryMem          = 100M
ThreadsPerQuery      = 1
AsyncQueueMaxThreads = 2
DirsAllowed          = .
; no VAD packages, no plugins: a bare SPARQL server

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {vsp}
MaxClientConnections = 6
ServerThreads        = 6
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
; the cap on rows per answer: low, so the tests page above it
ResultSetMaxRows           = {max_rows}
MaxQueryExecutionTime      = 120
MaxQueryCostEstimationTime = 400
"""


def virtuoso_binary(install: bool = True) -> str | None:
    """Debian's virtuoso-t; installed here when missing and we may (root, apt-get)."""
    found = shutil.which("virtuoso-t")
    if not found and install and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        # the package asks for a dba password through debconf: noninteractive keeps
        # its default, and our databases are made by virtuoso-t itself anyway
        cmd = f"apt-get install -y -qq {PACKAGE} || (apt-get update -qq && apt-get install -y -qq {PACKAGE})"
        subprocess.run(cmd, shell=True, check=False, capture_output=True, timeout=900, env=env)
        found = shutil.which("virtuoso-t")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """A Virtuoso server of its own in `directory`; stopped by its process id."""

    def __init__(self, directory: Path, max_rows: int = 1000, binary: str | None = None) -> None:
        self.dir = Path(directory)
        self.binary = binary or virtuoso_binary()
        if not self.binary:
            raise RuntimeError(f"Debian's {PACKAGE} is not installed (apt-get install {PACKAGE})")
        self.max_rows = max_rows
        self.proc: subprocess.Popen | None = None
        self.user, self.password = "kg", secrets.token_urlsafe(12)

    def __enter__(self) -> "Virtuoso":
        self.start()
        return self

    def __exit__(self, *_a: object) -> None:
        self.stop()

    def start(self, seconds: float = 90) -> None:
        """Start it on free ports, wait until it answers, make the user `kg`."""
        self.dir.mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        vsp = VSP if VSP.is_dir() else self.dir
        ini = self.dir / "virtuoso.ini"
        ini.write_text(INI.format(d=self.dir, sql_port=self.sql_port, http_port=self.http_port, vsp=vsp,
                                  max_rows=self.max_rows), encoding="utf-8")
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"
        self.update_url = f"http://127.0.0.1:{self.http_port}/sparql-auth"
        self.graph_store_url = f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"
        # -f: in the foreground, so the process we hold is the server itself
        self.proc = subprocess.Popen([self.binary, "-f", "-c", str(ini)], cwd=self.dir,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + seconds
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited ({self.proc.returncode}): {self.log()[-800:]}")
            try:
                q = urllib.parse.urlencode({"query": "ASK {}"})
                with urllib.request.urlopen(f"{self.url}?{q}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Virtuoso did not answer within {seconds:.0f} s: {self.log()[-800:]}")
            time.sleep(0.2)
        # a user of its own that may write, as a team would make one (not dba)
        self.sql(f"DB.DBA.USER_CREATE('{self.user}', '{self.password}'); GRANT SPARQL_UPDATE TO \"{self.user}\";")

    def sql(self, statements: str) -> str:
        """Run SQL as dba (a fresh database's dba password is dba) through isql."""
        isql = shutil.which("isql-vt") or str(Path(self.binary).with_name("isql-vt"))
        r = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statements}"],
                           capture_output=True, text=True, timeout=60)
        if r.returncode != 0 or "*** Error" in r.stdout + r.stderr:
            raise RuntimeError(f"isql failed: {(r.stdout + r.stderr)[-500:]}")
        return r.stdout

    def env(self) -> dict[str, str]:
        """The environment kg reads the credentials from."""
        return {"KG_STORE_USER": self.user, "KG_STORE_PASSWORD": self.password}

    def log(self) -> str:
        path = self.dir / "virtuoso.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def rss_mb(self) -> int:
        """Its resident memory, in MB."""
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) // 1024
        except (OSError, AttributeError):
            pass
        return 0

    def stop(self) -> None:
        """Stop it by its process id: SIGTERM (it checkpoints and exits), then SIGKILL."""
        if self.proc is None or self.proc.poll() is not None:
            return
        os.kill(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
