"""A function run in a forked child process that sends its results back through a pipe,
while this process goes on with other work (ingest's reading, linking's facts)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any


class ChildSender:
    """`send_all(send)` runs in a child forked now (it inherits what this process has
    loaded, nothing is pickled on the way in); `receive()` takes its messages in order.

    The pipe holds little: a child that is ahead waits for this process to receive, so
    memory stays flat. A child left behind is stopped by `close()`; one whose parent died
    (kill -9) fails at its next send, because it does not hold the pipe's other end.
    """

    def __init__(self, send_all: Callable[[Connection], None], name: str) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_run, args=(send_all, self._receive, send), name=name, daemon=True
        )
        self._process.start()
        send.close()  # the child's end: when the child exits, receive() reads end-of-file
        self.name = name

    def receive(self) -> Any:
        try:
            return self._receive.recv()
        except EOFError:
            raise RuntimeError(f"the {self.name} process stopped unexpectedly") from None

    def close(self) -> None:
        """Stop the child if it is still at work (this process stopped early)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()


def _run(send_all: Callable[[Connection], None], receive: Connection, send: Connection) -> None:
    receive.close()  # the parent's end, inherited: see ChildSender
    try:
        send_all(send)
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the parent has stopped, or is stopping and reports it
    finally:
        send.close()
