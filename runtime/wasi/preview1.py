"""The `wasi_snapshot_preview1` functions, run in the process that holds the guest's memory.

`Preview1(argv, env, fds, preopen_names, read_only)` owns the guest's descriptor table;
`imports()` gives the import module for linking (each value binds to the raw
argument slots through `host_binding`), `attach(memory)` hands it the
instance's exported memory.  Each function returns a WASI errno; host OSErrors
map by name, an out-of-bounds guest pointer or length is EFAULT (checked before
anything is allocated for it), a file offset or length of 2**63 or more is EINVAL
(as wasmtime), and `proc_exit` raises `Exit`, which unwinds the Wasm stack like a
trap; a status outside 0..125 is an error instead (ValueError, a trap), as in wasmtime.
"""

from __future__ import annotations

import fcntl
import os
import stat
import time

from ..errors import Exit, LinkError
from . import constants as c
from . import layouts, poll
from .descriptors import Descriptor, DescriptorTable, filetype_of_mode, list_directory
from .guest_memory import GuestFault, GuestMemory
from .sandbox import WasiError, refuse_absolute, resolve

I32, I64 = "i32", "i64"
MODULE = "wasi_snapshot_preview1"

# name -> parameter types; every function but proc_exit returns one i32 errno.
SIGNATURES = {
    "args_get": (I32, I32), "args_sizes_get": (I32, I32),
    "environ_get": (I32, I32), "environ_sizes_get": (I32, I32),
    "clock_res_get": (I32, I32), "clock_time_get": (I32, I64, I32),
    "fd_advise": (I32, I64, I64, I32), "fd_allocate": (I32, I64, I64), "fd_close": (I32,),
    "fd_datasync": (I32,), "fd_fdstat_get": (I32, I32), "fd_fdstat_set_flags": (I32, I32),
    "fd_fdstat_set_rights": (I32, I64, I64), "fd_filestat_get": (I32, I32),
    "fd_filestat_set_size": (I32, I64), "fd_filestat_set_times": (I32, I64, I64, I32),
    "fd_pread": (I32, I32, I32, I64, I32), "fd_prestat_get": (I32, I32),
    "fd_prestat_dir_name": (I32, I32, I32), "fd_pwrite": (I32, I32, I32, I64, I32),
    "fd_read": (I32, I32, I32, I32), "fd_readdir": (I32, I32, I32, I64, I32), "fd_renumber": (I32, I32),
    "fd_seek": (I32, I64, I32, I32), "fd_sync": (I32,), "fd_tell": (I32, I32), "fd_write": (I32, I32, I32, I32),
    "path_create_directory": (I32, I32, I32), "path_filestat_get": (I32, I32, I32, I32, I32),
    "path_filestat_set_times": (I32, I32, I32, I32, I64, I64, I32),
    "path_link": (I32, I32, I32, I32, I32, I32, I32),
    "path_open": (I32, I32, I32, I32, I32, I64, I64, I32, I32),
    "path_readlink": (I32, I32, I32, I32, I32, I32), "path_remove_directory": (I32, I32, I32),
    "path_rename": (I32, I32, I32, I32, I32, I32), "path_symlink": (I32, I32, I32, I32, I32),
    "path_unlink_file": (I32, I32, I32), "poll_oneoff": (I32, I32, I32, I32),
    "proc_exit": (I32,), "proc_raise": (I32,), "sched_yield": (), "random_get": (I32, I32),
    "sock_accept": (I32, I32, I32), "sock_recv": (I32, I32, I32, I32, I32, I32),
    "sock_send": (I32, I32, I32, I32, I32), "sock_shutdown": (I32, I32),
}

_CLOCKS = {c.CLOCK_REALTIME: time.CLOCK_REALTIME, c.CLOCK_MONOTONIC: time.CLOCK_MONOTONIC,
           c.CLOCK_PROCESS_CPUTIME: time.CLOCK_PROCESS_CPUTIME_ID,
           c.CLOCK_THREAD_CPUTIME: time.CLOCK_THREAD_CPUTIME_ID}
_WHENCE = {c.WHENCE_SET: os.SEEK_SET, c.WHENCE_CUR: os.SEEK_CUR, c.WHENCE_END: os.SEEK_END}
_HOST_FDFLAGS = ((c.FDFLAGS_APPEND, os.O_APPEND), (c.FDFLAGS_NONBLOCK, os.O_NONBLOCK),
                 (c.FDFLAGS_DSYNC, os.O_DSYNC), (c.FDFLAGS_SYNC, os.O_SYNC), (c.FDFLAGS_RSYNC, os.O_RSYNC))
_SIGNED64 = 1 << 63
_RANDOM_CHUNK = 1 << 16
MAX_EXIT_STATUS = 125  # WASI's exit statuses; 126 and up are the shell's


def _signed64(bits: int) -> int:
    return bits - (1 << 64) if bits & _SIGNED64 else bits


def _file_offset(bits: int) -> int:
    """A guest u64 file offset or length: the host's off_t is signed, so 2**63 and up is EINVAL."""
    if bits & _SIGNED64:
        raise WasiError(c.EINVAL)
    return bits


def _nul_joined(strings: list[bytes]) -> tuple[int, int]:
    return len(strings), sum(len(s) + 1 for s in strings)


class _WasiFunction:
    """An import value: binds a Preview1 method to the raw argument slots of its Wasm type."""

    def __init__(self, host: "Preview1", name: str):
        self.host = host
        self.name = name

    def host_binding(self, params, results):
        expected = SIGNATURES[self.name]
        if tuple(params) != expected or tuple(results) != (() if self.name == "proc_exit" else (I32,)):
            raise LinkError("incompatible import type", MODULE, self.name)
        method = getattr(self.host, self.name)

        def call_bits(args):
            try:
                return [method(*args) or c.SUCCESS]
            except WasiError as exc:
                return [exc.errno]
            except OSError as exc:
                return [c.errno_from_host(exc.errno)]
            except GuestFault:
                return [c.EFAULT]
            except UnicodeError:
                return [c.EILSEQ]
        return call_bits


class Preview1:
    def __init__(self, argv: list[str], env: list[str], fds: list[int], preopen_names: list[str],
                 read_only=()):
        """`fds`: host fds for guest stdin, stdout, stderr, then one per preopened directory (owned);
        `read_only`: whether each preopen is read-only."""
        self.args = [a.encode() for a in argv]
        self.environ = [e.encode() for e in env]
        self.table = DescriptorTable()
        try:
            if len(fds) != 3 + len(preopen_names):
                raise ValueError(f"{len(fds)} descriptors for stdio and {len(preopen_names)} preopens")
            for index, host_fd in enumerate(fds):
                name = preopen_names[index - 3] if index >= 3 else None
                frozen = index >= 3 and index - 3 < len(read_only) and bool(read_only[index - 3])
                self.table.add(Descriptor(host_fd, preopen_name=name, read_only=frozen))
        except BaseException:
            for host_fd in fds:
                os.close(host_fd)
            raise
        self.memory: GuestMemory | None = None

    def imports(self) -> dict:
        return {name: _WasiFunction(self, name) for name in SIGNATURES}

    def attach(self, memory) -> None:
        self.memory = GuestMemory(memory)

    def close(self) -> None:
        self.table.close_all()

    # --- args, environment, clocks, random ------------------------------------------

    def _put_strings(self, strings: list[bytes], pointers: int, buffer: int) -> None:
        m = self.memory
        count, size = _nul_joined(strings)
        m.check(pointers, 4 * count)
        m.check(buffer, size)
        for index, text in enumerate(strings):
            m.set_u32(pointers + 4 * index, buffer)
            m.write(buffer, text + b"\0")
            buffer += len(text) + 1

    def args_get(self, argv, argv_buf):
        self._put_strings(self.args, argv, argv_buf)

    def args_sizes_get(self, count_ptr, size_ptr):
        count, size = _nul_joined(self.args)
        self.memory.set_u32(count_ptr, count)
        self.memory.set_u32(size_ptr, size)

    def environ_get(self, environ, environ_buf):
        self._put_strings(self.environ, environ, environ_buf)

    def environ_sizes_get(self, count_ptr, size_ptr):
        count, size = _nul_joined(self.environ)
        self.memory.set_u32(count_ptr, count)
        self.memory.set_u32(size_ptr, size)

    @staticmethod
    def _clock(clock_id: int) -> int:
        try:
            return _CLOCKS[clock_id]
        except KeyError:
            raise WasiError(c.EINVAL) from None

    def clock_res_get(self, clock_id, result_ptr):
        resolution = time.clock_getres(self._clock(clock_id))
        self.memory.set_u64(result_ptr, max(1, round(resolution * 1e9)))

    def clock_time_get(self, clock_id, precision, result_ptr):
        self.memory.set_u64(result_ptr, time.clock_gettime_ns(self._clock(clock_id)))

    def random_get(self, buf, length):
        self.memory.check(buf, length)
        for start in range(0, length, _RANDOM_CHUNK):
            self.memory.write(buf + start, os.urandom(min(_RANDOM_CHUNK, length - start)))

    def proc_exit(self, status):
        if status > MAX_EXIT_STATUS:
            raise ValueError(f"proc_exit: exit status {status} is outside 0..{MAX_EXIT_STATUS}")
        raise Exit(status)

    def proc_raise(self, signal):
        return c.ENOSYS

    def sched_yield(self):
        os.sched_yield()

    # --- file descriptors ---------------------------------------------------------------

    def fd_advise(self, fd, offset, length, advice):
        descriptor = self.table.get(fd)
        if descriptor.is_directory:
            raise WasiError(c.EBADF)
        if advice > 5:
            raise WasiError(c.EINVAL)
        os.posix_fadvise(descriptor.host_fd, _file_offset(offset), _file_offset(length), advice)

    def fd_allocate(self, fd, offset, length):
        self.table.get(fd)
        return c.ENOTSUP

    def fd_close(self, fd):
        self.table.close(fd)

    def fd_datasync(self, fd):
        os.fdatasync(self.table.get(fd).host_fd)

    def fd_sync(self, fd):
        os.fsync(self.table.get(fd).host_fd)

    def fd_fdstat_get(self, fd, result_ptr):
        descriptor = self.table.get(fd)
        host_flags = fcntl.fcntl(descriptor.host_fd, fcntl.F_GETFL)
        flags = 0
        for wasi_flag, host_flag in _HOST_FDFLAGS:
            if host_flags & host_flag == host_flag:
                flags |= wasi_flag
        self.memory.pack(layouts.FDSTAT, result_ptr, descriptor.filetype, flags,
                         descriptor.rights_base, descriptor.rights_inheriting)

    def fd_fdstat_set_flags(self, fd, flags):
        descriptor = self.table.get(fd)
        if flags & ~(c.FDFLAGS_APPEND | c.FDFLAGS_NONBLOCK):
            return c.ENOTSUP
        current = fcntl.fcntl(descriptor.host_fd, fcntl.F_GETFL) & ~(os.O_APPEND | os.O_NONBLOCK)
        if flags & c.FDFLAGS_APPEND:
            current |= os.O_APPEND
        if flags & c.FDFLAGS_NONBLOCK:
            current |= os.O_NONBLOCK
        fcntl.fcntl(descriptor.host_fd, fcntl.F_SETFL, current)

    def fd_fdstat_set_rights(self, fd, base, inheriting):
        descriptor = self.table.get(fd)
        if base & ~descriptor.rights_base or inheriting & ~descriptor.rights_inheriting:
            raise WasiError(c.ERRNO["NOTCAPABLE"])
        descriptor.rights_base, descriptor.rights_inheriting = base, inheriting

    def _filestat(self, st: os.stat_result) -> tuple:
        return (st.st_dev, st.st_ino, filetype_of_mode(st.st_mode), st.st_nlink, st.st_size,
                st.st_atime_ns, st.st_mtime_ns, st.st_ctime_ns)

    def fd_filestat_get(self, fd, result_ptr):
        st = os.fstat(self.table.get(fd).host_fd)
        self.memory.pack(layouts.FILESTAT, result_ptr, *self._filestat(st))

    def _changeable(self, fd) -> Descriptor:
        descriptor = self.table.get(fd)
        if descriptor.read_only:
            raise WasiError(c.EPERM)
        return descriptor

    def fd_filestat_set_size(self, fd, size):
        os.ftruncate(self._changeable(fd).host_fd, _file_offset(size))

    def fd_filestat_set_times(self, fd, atim, mtim, fst_flags):
        host_fd = self._changeable(fd).host_fd
        os.utime(host_fd, ns=_new_times(os.fstat(host_fd), atim, mtim, fst_flags))

    def fd_read(self, fd, iovs, iovs_len, nread_ptr):
        descriptor = self._stream(fd)
        buffers = [b for b in self.memory.iovecs(iovs, iovs_len) if len(b)]
        self.memory.set_u32(nread_ptr, os.readv(descriptor.host_fd, buffers) if buffers else 0)

    def fd_write(self, fd, iovs, iovs_len, nwritten_ptr):
        descriptor = self._stream(fd)
        buffers = [b for b in self.memory.iovecs(iovs, iovs_len) if len(b)]
        self.memory.set_u32(nwritten_ptr, _write_all(descriptor.host_fd, buffers))

    def fd_pread(self, fd, iovs, iovs_len, offset, nread_ptr):
        descriptor = self._stream(fd)
        buffers = [b for b in self.memory.iovecs(iovs, iovs_len) if len(b)]
        offset = _file_offset(offset)
        self.memory.set_u32(nread_ptr, os.preadv(descriptor.host_fd, buffers, offset) if buffers else 0)

    def fd_pwrite(self, fd, iovs, iovs_len, offset, nwritten_ptr):
        descriptor = self._stream(fd)
        buffers = [b for b in self.memory.iovecs(iovs, iovs_len) if len(b)]
        offset = _file_offset(offset)
        self.memory.set_u32(nwritten_ptr, os.pwritev(descriptor.host_fd, buffers, offset) if buffers else 0)

    def _stream(self, fd) -> Descriptor:
        descriptor = self.table.get(fd)
        if descriptor.is_directory:
            raise WasiError(c.EBADF)
        return descriptor

    def fd_seek(self, fd, offset, whence, result_ptr):
        descriptor = self._stream(fd)
        if whence not in _WHENCE:
            raise WasiError(c.EINVAL)
        self.memory.set_u64(result_ptr, os.lseek(descriptor.host_fd, _signed64(offset), _WHENCE[whence]))

    def fd_tell(self, fd, result_ptr):
        self.memory.set_u64(result_ptr, os.lseek(self._stream(fd).host_fd, 0, os.SEEK_CUR))

    def fd_prestat_get(self, fd, result_ptr):
        descriptor = self.table.get(fd)
        if descriptor.preopen_name is None:
            raise WasiError(c.EBADF)
        self.memory.pack(layouts.PRESTAT, result_ptr, c.PREOPENTYPE_DIR, len(descriptor.preopen_name.encode()))

    def fd_prestat_dir_name(self, fd, path, path_len):
        descriptor = self.table.get(fd)
        if descriptor.preopen_name is None:
            raise WasiError(c.EBADF)
        name = descriptor.preopen_name.encode()
        if path_len < len(name):
            raise WasiError(c.ERRNO["NAMETOOLONG"])
        self.memory.write(path, name)

    def fd_readdir(self, fd, buf, buf_len, cookie, used_ptr):
        descriptor = self.table.directory(fd)
        if cookie == 0 or descriptor.dir_listing is None:
            descriptor.dir_listing = list_directory(descriptor.host_fd)
        out = bytearray()
        for index in range(cookie, len(descriptor.dir_listing)):
            if len(out) >= buf_len:
                break
            name, inode, filetype = descriptor.dir_listing[index]
            out += layouts.DIRENT.pack(index + 1, inode, len(name), filetype) + name
        del out[buf_len:]
        self.memory.write(buf, bytes(out))
        self.memory.set_u32(used_ptr, len(out))

    def fd_renumber(self, fd, to):
        self.table.renumber(fd, to)

    # --- paths ----------------------------------------------------------------------------

    def _resolve(self, fd, path_ptr, path_len, follow: bool, changing: bool = False):
        """Resolve a path under directory `fd`; `changing` (the call changes what is there): EPERM if read-only."""
        directory = self.table.writable_directory(fd) if changing else self.table.directory(fd)
        return resolve(directory.host_fd, self.memory.string(path_ptr, path_len), follow)

    def path_create_directory(self, fd, path, path_len):
        with self._resolve(fd, path, path_len, False, changing=True) as where:
            os.mkdir(where.name, 0o777, dir_fd=where.dir_fd)

    def path_remove_directory(self, fd, path, path_len):
        with self._resolve(fd, path, path_len, False, changing=True) as where:
            os.rmdir(where.name, dir_fd=where.dir_fd)

    def path_unlink_file(self, fd, path, path_len):
        with self._resolve(fd, path, path_len, False, changing=True) as where:
            if where.must_be_dir:
                st = os.stat(where.name, dir_fd=where.dir_fd, follow_symlinks=False)
                raise WasiError(c.EISDIR if stat.S_ISDIR(st.st_mode) else c.ENOTDIR)
            os.unlink(where.name, dir_fd=where.dir_fd)

    def path_filestat_get(self, fd, flags, path, path_len, result_ptr):
        with self._resolve(fd, path, path_len, bool(flags & c.LOOKUP_SYMLINK_FOLLOW)) as where:
            st = os.stat(where.name, dir_fd=where.dir_fd, follow_symlinks=False)
        self.memory.pack(layouts.FILESTAT, result_ptr, *self._filestat(st))

    def path_filestat_set_times(self, fd, flags, path, path_len, atim, mtim, fst_flags):
        with self._resolve(fd, path, path_len, bool(flags & c.LOOKUP_SYMLINK_FOLLOW), changing=True) as where:
            st = os.stat(where.name, dir_fd=where.dir_fd, follow_symlinks=False)
            os.utime(where.name, ns=_new_times(st, atim, mtim, fst_flags), dir_fd=where.dir_fd,
                     follow_symlinks=False)

    def path_link(self, old_fd, old_flags, old_path, old_len, new_fd, new_path, new_len):
        with self._resolve(old_fd, old_path, old_len, bool(old_flags & c.LOOKUP_SYMLINK_FOLLOW)) as source, \
                self._resolve(new_fd, new_path, new_len, False, changing=True) as target:
            os.link(source.name, target.name, src_dir_fd=source.dir_fd, dst_dir_fd=target.dir_fd,
                    follow_symlinks=False)

    def path_rename(self, fd, old_path, old_len, new_fd, new_path, new_len):
        with self._resolve(fd, old_path, old_len, False, changing=True) as source, \
                self._resolve(new_fd, new_path, new_len, False, changing=True) as target:
            os.rename(source.name, target.name, src_dir_fd=source.dir_fd, dst_dir_fd=target.dir_fd)

    def path_symlink(self, old_path, old_len, fd, new_path, new_len):
        target = self.memory.string(old_path, old_len)
        if "\0" in target:
            raise WasiError(c.EINVAL)
        refuse_absolute(target)
        with self._resolve(fd, new_path, new_len, False, changing=True) as where:
            os.symlink(target, where.name, dir_fd=where.dir_fd)

    def path_readlink(self, fd, path, path_len, buf, buf_len, used_ptr):
        with self._resolve(fd, path, path_len, False) as where:
            target = os.readlink(where.name, dir_fd=where.dir_fd)
        refuse_absolute(target)  # a host path is never handed to the guest (wasmtime: EPERM too)
        target = target.encode()[:buf_len]
        self.memory.write(buf, target)
        self.memory.set_u32(used_ptr, len(target))

    def path_open(self, fd, dirflags, path, path_len, oflags, rights_base, rights_inheriting, fdflags, fd_ptr):
        parent = self.table.directory(fd)
        reading = rights_base & (c.RIGHT["fd_read"] | c.RIGHT["fd_readdir"])
        writing = rights_base & (c.RIGHT["fd_write"] | c.RIGHT["fd_allocate"] | c.RIGHT["fd_filestat_set_size"])
        writing = writing or fdflags & c.FDFLAGS_APPEND or oflags & c.OFLAGS_TRUNC
        if parent.read_only and (writing or oflags & c.OFLAGS_CREAT):
            raise WasiError(c.EPERM)
        flags = os.O_NOFOLLOW | os.O_CLOEXEC
        if oflags & c.OFLAGS_CREAT:
            flags |= os.O_CREAT
        if oflags & c.OFLAGS_EXCL:
            flags |= os.O_EXCL
        if oflags & c.OFLAGS_TRUNC:
            flags |= os.O_TRUNC
        for wasi_flag, host_flag in _HOST_FDFLAGS:
            if fdflags & wasi_flag:
                flags |= host_flag
        with self._resolve(fd, path, path_len, bool(dirflags & c.LOOKUP_SYMLINK_FOLLOW)) as where:
            if oflags & c.OFLAGS_DIRECTORY or where.must_be_dir:
                flags |= os.O_DIRECTORY
            if flags & os.O_DIRECTORY or not writing:
                access = os.O_RDONLY
            else:
                access = os.O_RDWR if reading else os.O_WRONLY
            host_fd = os.open(where.name, flags | access, 0o666, dir_fd=where.dir_fd)
        descriptor = Descriptor(host_fd, rights_base & (parent.rights_inheriting | c.RIGHTS_FILE),
                                rights_inheriting & parent.rights_inheriting, read_only=parent.read_only)
        self.memory.set_u32(fd_ptr, self.table.add(descriptor))

    # --- polling --------------------------------------------------------------------------

    def poll_oneoff(self, in_ptr, out_ptr, count, nevents_ptr):
        nevents = poll.poll_oneoff(self.memory, self.table, _CLOCKS, in_ptr, out_ptr, count)
        self.memory.set_u32(nevents_ptr, nevents)

    # --- sockets: no socket is ever open ---------------------------------------------

    def _not_a_socket(self, fd, *_):
        self.table.get(fd)
        return c.ENOTSOCK

    sock_accept = sock_recv = sock_send = sock_shutdown = _not_a_socket


def _write_all(host_fd: int, buffers: list) -> int:
    """Write every buffer (a short write to a pipe or tty is retried), returning the bytes written."""
    total = 0
    for buffer in buffers:
        view = memoryview(buffer).cast("B")
        while view:
            written = os.write(host_fd, view)
            total += written
            view = view[written:]
    return total


def _new_times(st: os.stat_result, atim: int, mtim: int, fst_flags: int) -> tuple[int, int]:
    if fst_flags & c.FSTFLAGS_ATIM and fst_flags & c.FSTFLAGS_ATIM_NOW \
            or fst_flags & c.FSTFLAGS_MTIM and fst_flags & c.FSTFLAGS_MTIM_NOW:
        raise WasiError(c.EINVAL)
    now = time.time_ns()
    access = atim if fst_flags & c.FSTFLAGS_ATIM else now if fst_flags & c.FSTFLAGS_ATIM_NOW else st.st_atime_ns
    modify = mtim if fst_flags & c.FSTFLAGS_MTIM else now if fst_flags & c.FSTFLAGS_MTIM_NOW else st.st_mtime_ns
    return access, modify
