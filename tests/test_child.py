"""A function in a forked child process, sending its results back."""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection

import pytest

from thbwatch.child import ChildSender


def count_to_three(send: Connection) -> None:
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
    def send_forever(send: Connection) -> None:
        while True:
            send.send(b"x" * 1_000_000)  # far more than the pipe holds: it waits

    child = ChildSender(send_forever, "sending")
    assert child.receive() == b"x" * 1_000_000
    child.close()
    assert multiprocessing.active_children() == []
