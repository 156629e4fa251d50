"""WASI preview 1 numbers: errno values, file types, flag bits, rights, clocks, event types.

Values are those of the `wasi_snapshot_preview1` witx definitions; host errno
values map to WASI ones by name (`errno_from_host`).
"""

from __future__ import annotations

import errno as host_errno

# errno, in the order the spec numbers them (index = value).
ERRNO_NAMES = (
    "SUCCESS 2BIG ACCES ADDRINUSE ADDRNOTAVAIL AFNOSUPPORT AGAIN ALREADY BADF BADMSG BUSY CANCELED "
    "CHILD CONNABORTED CONNREFUSED CONNRESET DEADLK DESTADDRREQ DOM DQUOT EXIST FAULT FBIG HOSTUNREACH "
    "IDRM ILSEQ INPROGRESS INTR INVAL IO ISCONN ISDIR LOOP MFILE MLINK MSGSIZE MULTIHOP NAMETOOLONG "
    "NETDOWN NETRESET NETUNREACH NFILE NOBUFS NODEV NOENT NOEXEC NOLCK NOLINK NOMEM NOMSG NOPROTOOPT "
    "NOSPC NOSYS NOTCONN NOTDIR NOTEMPTY NOTRECOVERABLE NOTSOCK NOTSUP NOTTY NXIO OVERFLOW OWNERDEAD "
    "PERM PIPE PROTO PROTONOSUPPORT PROTOTYPE RANGE ROFS SPIPE SRCH STALE TIMEDOUT TXTBSY XDEV NOTCAPABLE"
).split()
ERRNO = {name: value for value, name in enumerate(ERRNO_NAMES)}

SUCCESS = 0
E2BIG = ERRNO["2BIG"]
EBADF = ERRNO["BADF"]
EEXIST = ERRNO["EXIST"]
EFAULT = ERRNO["FAULT"]
EINVAL = ERRNO["INVAL"]
EIO = ERRNO["IO"]
EISDIR = ERRNO["ISDIR"]
ELOOP = ERRNO["LOOP"]
ENAMETOOLONG = ERRNO["NAMETOOLONG"]
ENOENT = ERRNO["NOENT"]
ENOSYS = ERRNO["NOSYS"]
ENOTDIR = ERRNO["NOTDIR"]
ENOTSOCK = ERRNO["NOTSOCK"]
ENOTSUP = ERRNO["NOTSUP"]
EPERM = ERRNO["PERM"]
ESPIPE = ERRNO["SPIPE"]
EILSEQ = ERRNO["ILSEQ"]


def _host_table() -> dict[int, int]:
    table = {}
    for name, value in ERRNO.items():
        host = getattr(host_errno, "E" + name, None)
        if host is not None and value:
            table.setdefault(host, value)
    table[host_errno.EOPNOTSUPP] = ENOTSUP
    table[host_errno.EWOULDBLOCK] = ERRNO["AGAIN"]
    return table


_FROM_HOST = _host_table()


def errno_from_host(code: int | None) -> int:
    """The WASI errno for a host errno (EIO for one WASI does not name)."""
    return _FROM_HOST.get(code, EIO)


# filetype (u8)
FILETYPE_UNKNOWN = 0
FILETYPE_BLOCK_DEVICE = 1
FILETYPE_CHARACTER_DEVICE = 2
FILETYPE_DIRECTORY = 3
FILETYPE_REGULAR_FILE = 4
FILETYPE_SOCKET_DGRAM = 5
FILETYPE_SOCKET_STREAM = 6
FILETYPE_SYMBOLIC_LINK = 7

# whence (u8)
WHENCE_SET, WHENCE_CUR, WHENCE_END = 0, 1, 2

# fdflags (u16)
FDFLAGS_APPEND = 1
FDFLAGS_DSYNC = 2
FDFLAGS_NONBLOCK = 4
FDFLAGS_RSYNC = 8
FDFLAGS_SYNC = 16

# oflags (u16)
OFLAGS_CREAT = 1
OFLAGS_DIRECTORY = 2
OFLAGS_EXCL = 4
OFLAGS_TRUNC = 8

# lookupflags (u32)
LOOKUP_SYMLINK_FOLLOW = 1

# fstflags (u16)
FSTFLAGS_ATIM = 1
FSTFLAGS_ATIM_NOW = 2
FSTFLAGS_MTIM = 4
FSTFLAGS_MTIM_NOW = 8

# rights (u64): bit positions in spec order
RIGHT_NAMES = (
    "fd_datasync fd_read fd_seek fd_fdstat_set_flags fd_sync fd_tell fd_write fd_advise fd_allocate "
    "path_create_directory path_create_file path_link_source path_link_target path_open fd_readdir "
    "path_readlink path_rename_source path_rename_target path_filestat_get path_filestat_set_size "
    "path_filestat_set_times fd_filestat_get fd_filestat_set_size fd_filestat_set_times path_symlink "
    "path_remove_directory path_unlink_file poll_fd_readwrite sock_shutdown sock_accept"
).split()
RIGHT = {name: 1 << bit for bit, name in enumerate(RIGHT_NAMES)}
RIGHTS_ALL = (1 << len(RIGHT_NAMES)) - 1
RIGHTS_FILE = (RIGHT["fd_datasync"] | RIGHT["fd_read"] | RIGHT["fd_seek"] | RIGHT["fd_fdstat_set_flags"]
               | RIGHT["fd_sync"] | RIGHT["fd_tell"] | RIGHT["fd_write"] | RIGHT["fd_advise"]
               | RIGHT["fd_allocate"] | RIGHT["fd_filestat_get"] | RIGHT["fd_filestat_set_size"]
               | RIGHT["fd_filestat_set_times"] | RIGHT["poll_fd_readwrite"])
RIGHTS_DIRECTORY = RIGHTS_ALL & ~RIGHTS_FILE | RIGHT["fd_fdstat_set_flags"] | RIGHT["fd_sync"] \
    | RIGHT["fd_datasync"] | RIGHT["fd_filestat_get"] | RIGHT["fd_filestat_set_times"]
RIGHTS_STREAM = RIGHTS_FILE & ~(RIGHT["fd_seek"] | RIGHT["fd_tell"])

# clockid (u32)
CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME, CLOCK_THREAD_CPUTIME = 0, 1, 2, 3

# eventtype (u8), subclockflags (u16), eventrwflags (u16)
EVENTTYPE_CLOCK, EVENTTYPE_FD_READ, EVENTTYPE_FD_WRITE = 0, 1, 2
SUBCLOCKFLAGS_ABSTIME = 1
EVENTRWFLAGS_HANGUP = 1

# preopentype (u8)
PREOPENTYPE_DIR = 0
