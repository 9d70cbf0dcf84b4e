"""A small rich progress bar for long gazetteer work (on stderr, so stdout stays data)."""
from __future__ import annotations


class Steps:
    """``with Steps(show, total=5, title=…) as s: s.step("reading …")`` — one tick per step."""

    def __init__(self, show: bool, total: int, title: str):
        self.show, self.total, self.title = show, total, title
        self._progress = None
        self._task = None
        self._started = False

    def __enter__(self):
        if self.show:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn)
            self._progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=False)
            self._progress.start()
            self._task = self._progress.add_task(self.title, total=self.total)
        return self

    def step(self, what: str) -> None:
        if self._progress is not None:
            if self._started:
                self._progress.advance(self._task)
            self._started = True
            self._progress.update(self._task, description=f"{self.title}: {what}")

    def note(self, what: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=f"{self.title}: {what}")

    def __exit__(self, *exc):
        if self._progress is not None:
            if exc[0] is None:
                self._progress.update(self._task, completed=self.total,
                                      description=f"{self.title}: done")
            self._progress.stop()
        return False
