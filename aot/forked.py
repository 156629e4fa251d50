"""Forked worker processes that run one function over a list of tasks, for `build --jobs N`.

Each worker is a fork of the caller (so it inherits the module being compiled without
pickling it) with a pipe of its own: the parent sends it a task, it sends back the result,
and a None task tells it to exit.  The parent hands out the next task to whichever worker
answered first and waits on the pipes alone: there are no handler threads.  That is why
this is not multiprocessing.Pool: terminating a Pool on Ctrl-C joins its task-handler
thread, which can be blocked for ever writing a sentinel to workers that are already gone
(seen under load when the interrupt lands as a build ends).  Here an interrupt, an error or
a worker that dies kills every worker at once and waits only for the processes.

Workers ignore SIGINT: a terminal's Ctrl-C reaches the whole process group, and only the
parent reacts to it.  SIGINT is blocked while forking, so a child cannot be interrupted
before it starts ignoring it (the parent gets a pending one when it unblocks).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait


class WorkerDied(RuntimeError):
    """A worker process ended without answering (killed, or out of memory)."""


def _serve(conn: Connection, setup: Callable[[], None], work: Callable) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    setup()
    while (task := conn.recv()) is not None:
        conn.send(work(task))


def run_unordered(setup: Callable[[], None], work: Callable, tasks: list, jobs: int) -> Iterator:
    """Yield work(task) for every task, in the order the results come, from min(jobs,
    len(tasks)) forked workers that each run setup() first.  work must not raise (return
    failures as values) and its results must pickle.  Closing the iterator early, or an
    exception (KeyboardInterrupt included) while it runs, kills the workers."""
    context = multiprocessing.get_context("fork")
    pending = iter(tasks)
    workers: dict[Connection, multiprocessing.process.BaseProcess] = {}
    finished = False
    try:
        for _ in range(min(jobs, len(tasks))):
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, setup, work), daemon=True)
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                process.start()
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            theirs.close()
            workers[ours] = process
            ours.send(next(pending))
        busy = set(workers)
        while busy:
            for conn in wait(list(busy)):
                try:
                    result = conn.recv()
                except EOFError:
                    workers[conn].join(timeout=5)
                    raise WorkerDied(f"a compile worker died (exit code {workers[conn].exitcode})") from None
                conn.send(task := next(pending, None))
                if task is None:
                    busy.discard(conn)
                yield result
        finished = True
    finally:
        for conn, process in workers.items():
            if not finished:
                process.kill()
            process.join()
            conn.close()
