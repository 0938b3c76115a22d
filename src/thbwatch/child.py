"""A function run in a forked child process that sends its results back through a pipe,
while this process goes on with other work (ingest's reading, linking's facts)."""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any


class ChildSender:
    """`send_all(send)` runs in a child forked now (it inherits what this process has
    loaded, nothing is pickled on the way in); `receive()` takes its messages in order.

    The child goes on making its next message while the last waits to be received
    (`SendAhead`); one that is further ahead waits for this process, so memory stays
    flat. A child left behind is stopped by `close()`; one whose parent died
    (kill -9) fails at its next send, because it does not hold the pipe's other end.
    """

    def __init__(self, send_all: Callable[[SendAhead], None], name: str) -> None:
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


def _run(send_all: Callable[[SendAhead], None], receive: Connection, send: Connection) -> None:
    receive.close()  # the parent's end, inherited: see ChildSender
    ahead = SendAhead(send)
    try:
        send_all(ahead)
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the parent has stopped, or is stopping and reports it
    finally:
        ahead.close()


class SendAhead:
    """A pipe's sending end whose `send` returns once the message is pickled: a thread
    writes it to the pipe, waiting there until the other process reads it, while the
    caller makes the next message. A caller two messages ahead waits.

    Ingest's reading process waited a fifth of its time for the writing process to take
    a batch (1,000,000 demo records); the thread's wait in the pipe holds no GIL.
    """

    def __init__(self, pipe: Connection) -> None:
        self._pipe = pipe
        self._waiting: queue.Queue[memoryview | None] = queue.Queue(maxsize=1)
        self._broken: OSError | None = None
        self._thread = threading.Thread(target=self._write, name="send ahead", daemon=True)
        self._thread.start()

    def send(self, message: Any) -> None:
        self._waiting.put(ForkingPickler.dumps(message))
        if self._broken is not None:
            raise self._broken  # the other process has stopped reading (BrokenPipeError)

    def close(self) -> None:
        """Wait until every message is written (or the pipe is found broken), then close."""
        self._waiting.put(None)
        self._thread.join()
        self._pipe.close()

    def _write(self) -> None:
        while (data := self._waiting.get()) is not None:
            if self._broken is None:  # once broken, what comes is taken and dropped
                try:
                    self._pipe.send_bytes(data)
                except OSError as error:
                    self._broken = error
