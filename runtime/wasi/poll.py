"""`poll_oneoff`: wait for clock deadlines and fd readiness, then report events.

Clock subscriptions (relative or absolute, any supported clock) become
deadlines on the monotonic clock.  A regular file is always ready (reading:
with the bytes left before end of file); other fds (pipes, terminals) are
waited on with select().  Nothing ready at once: sleep until the first
deadline or fd readiness; then every expired clock is reported too.  Both
subscription and event arrays are bounds-checked before the first is read, and
a wait longer than the host's timeouts can express (a u64 nanosecond timeout is
584 years) is taken in LONGEST_WAIT steps.
"""

from __future__ import annotations

import os
import select
import time

from . import constants as c
from . import layouts
from .sandbox import WasiError

LONGEST_WAIT = 86400.0  # seconds per select() or sleep(); far below where they overflow


def _bytes_left(host_fd: int) -> int:
    position = os.lseek(host_fd, 0, os.SEEK_CUR)
    return max(0, os.fstat(host_fd).st_size - position)


def poll_oneoff(memory, table, clocks_by_id: dict, in_ptr: int, out_ptr: int, count: int) -> int:
    """Serve `count` subscriptions at `in_ptr`, write the events at `out_ptr`; returns how many."""
    if count == 0:
        raise WasiError(c.EINVAL)
    memory.check(in_ptr, count * layouts.SUBSCRIPTION.size)
    memory.check(out_ptr, count * layouts.EVENT.size)  # at most one event per subscription
    events = []        # (userdata, errno, type, nbytes, flags)
    deadlines = []     # (monotonic wake time, userdata)
    waits = {c.EVENTTYPE_FD_READ: {}, c.EVENTTYPE_FD_WRITE: {}}  # type -> host fd -> [userdata]
    started = time.monotonic()
    for index in range(count):
        userdata, tag, body = memory.unpack(layouts.SUBSCRIPTION, in_ptr + index * layouts.SUBSCRIPTION.size)
        if tag == c.EVENTTYPE_CLOCK:
            clock_id, timeout, _precision, flags = layouts.SUBSCRIPTION_CLOCK.unpack(body)
            host_clock = clocks_by_id.get(clock_id)
            if host_clock is None:
                events.append((userdata, c.EINVAL, tag, 0, 0))
                continue
            if flags & c.SUBCLOCKFLAGS_ABSTIME:
                timeout = max(0, timeout - time.clock_gettime_ns(host_clock))
            deadlines.append((started + timeout / 1e9, userdata))
        elif tag in waits:
            (fd,) = layouts.SUBSCRIPTION_FD.unpack(body)
            try:
                descriptor = table.get(fd)
            except WasiError as exc:
                events.append((userdata, exc.errno, tag, 0, 0))
                continue
            if descriptor.filetype == c.FILETYPE_REGULAR_FILE:
                available = _bytes_left(descriptor.host_fd) if tag == c.EVENTTYPE_FD_READ else 0
                events.append((userdata, 0, tag, available, 0))
            else:
                waits[tag].setdefault(descriptor.host_fd, []).append(userdata)
        else:
            raise WasiError(c.EINVAL)
    readers, writers = waits[c.EVENTTYPE_FD_READ], waits[c.EVENTTYPE_FD_WRITE]
    first_wake = min((wake for wake, _ in deadlines), default=None)
    while not events:
        pause = None if first_wake is None else first_wake - time.monotonic()
        if pause is not None and pause <= 0:
            break
        wait = None if pause is None else min(pause, LONGEST_WAIT)  # None: fds only, block until ready
        if readers or writers:
            ready_r, ready_w, _ = select.select(list(readers), list(writers), [], wait)
            for tag, ready, waiting in ((c.EVENTTYPE_FD_READ, ready_r, readers),
                                        (c.EVENTTYPE_FD_WRITE, ready_w, writers)):
                events += [(userdata, 0, tag, 0, 0) for host_fd in ready for userdata in waiting[host_fd]]
        else:
            time.sleep(wait)
    now = time.monotonic()
    events += [(userdata, 0, c.EVENTTYPE_CLOCK, 0, 0) for wake, userdata in deadlines if wake <= now]
    for index, event in enumerate(events):
        memory.pack(layouts.EVENT, out_ptr + index * layouts.EVENT.size, *event)
    return len(events)
