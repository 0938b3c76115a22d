"""A function in a forked child process, sending its results back."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest

from thbwatch.child import ChildSender, SendAhead


def count_to_three(send: SendAhead) -> None:
    for number in range(1, 4):
        send.send(number)


def test_messages_arrive_in_order_then_the_end_of_the_child_is_an_error_to_read_past() -> None:
    child = ChildSender(count_to_three, "counting")
    assert [child.receive() for _ in range(3)] == [1, 2, 3]
    with pytest.raises(RuntimeError, match="the counting process stopped unexpectedly"):
        child.receive()
    child.close()
    assert multiprocessing.active_children() == []


def test_closing_stops_a_child_still_waiting_to_send() -> None:
    def send_forever(send: SendAhead) -> None:
        while True:
            send.send(b"x" * 1_000_000)  # far more than the pipe holds: it waits

    child = ChildSender(send_forever, "sending")
    assert child.receive() == b"x" * 1_000_000
    child.close()
    assert multiprocessing.active_children() == []


def test_the_child_makes_its_next_message_while_the_last_waits_to_be_received(
    tmp_path: Path,
) -> None:
    made = tmp_path / "second message made"

    def send_two(send: SendAhead) -> None:
        send.send(b"x" * 1_000_000)  # far more than the pipe holds
        send.send(b"y" * 1_000_000)
        made.touch()

    child = ChildSender(send_two, "sending ahead")
    deadline = time.monotonic() + 30
    while not made.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert made.exists()  # nothing received yet
    assert [child.receive(), child.receive()] == [b"x" * 1_000_000, b"y" * 1_000_000]
    child.close()
    assert multiprocessing.active_children() == []


def test_a_child_whose_reader_has_gone_stops_at_its_next_message() -> None:
    reading, writing = multiprocessing.Pipe(duplex=False)
    send = SendAhead(writing)
    reading.close()
    with pytest.raises(BrokenPipeError):
        for _ in range(200):  # taken until the thread has found the pipe broken
            send.send(b"x")
            time.sleep(0.05)
    send.close()
