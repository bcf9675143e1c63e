"""Invented news articles with a dateline, written to a folder, for the tests that
build a store of them (identity, officials, career events)."""

from pathlib import Path


def write_article(folder: Path, name: str, title: str, weekday: str, date: str, code: str,
                  lead: str, body: str) -> None:
    """Write <name>.txt: a title, a dateline ("Thứ Hai, 04/01/2021, 08:00 (GMT+7)"),
    a lead opened by its paper's code ("YBĐT - …") and a body."""
    (folder / f"{name}.txt").write_text(f"{title}\n\n{weekday}, {date}, 08:00 (GMT+7)\n\n{code} - {lead}\n\n{body}\n",
                                        encoding="utf-8")
