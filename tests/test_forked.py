"""aot/forked.py: results of every task, failures and dead workers reported, and no worker left
running once the iterator is closed, however it ends."""

from __future__ import annotations

import os
import signal
import time

import pytest

from wasmoon_aot.aot.forked import WorkerDied, run_unordered


def _square_with_pid(task: int):
    return task, task * task, os.getpid()


def test_every_task_is_run_once_in_forked_workers():
    results = list(run_unordered(lambda: None, _square_with_pid, list(range(40)), 2))
    assert sorted((task, square) for task, square, _ in results) == [(k, k * k) for k in range(40)]
    pids = {pid for _, _, pid in results}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2


def test_setup_runs_in_each_worker_before_its_tasks():
    marker = []

    def setup():
        marker.append("set")

    results = list(run_unordered(setup, lambda task: list(marker), [1, 2, 3], 3))
    assert results == [["set"]] * 3 and marker == []   # the parent's list is untouched


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_closing_early_kills_the_workers():
    def slow(task):
        time.sleep(0.05 if task == 0 else 30)
        return task, 0, os.getpid()

    outcomes = run_unordered(lambda: None, slow, [0, 1, 2], 2)
    first = next(outcomes)
    started = time.monotonic()
    outcomes.close()
    assert time.monotonic() - started < 10, "closing waited for a busy worker"
    assert _gone(first[2])


def test_a_dead_worker_is_reported_and_the_rest_are_killed():
    def dies_on_two(task):
        if task == 2:
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(0.01)
        return task

    started = time.monotonic()
    with pytest.raises(WorkerDied, match="exit code -9"):
        list(run_unordered(lambda: None, dies_on_two, list(range(6)), 2))
    assert time.monotonic() - started < 10
