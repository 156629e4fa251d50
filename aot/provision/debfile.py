"""Unpacking a .deb in Python, as `dpkg-deb -x` does: the `ar` archive's data.tar.* into a folder.

data.tar.xz, .gz, .bz2 and plain tar go through tarfile. A zstd-compressed data.tar.zst (Ubuntu's
packages since 21.10; Debian's use xz) is decompressed with Python's `compression.zstd` (3.14+)
or else the `zstd` command; without either it is one clear error.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile

from . import SetupError

_AR_MAGIC = b"!<arch>\n"
_AR_HEADER = 60


def ar_members(data: bytes) -> dict[str, bytes]:
    """Name -> bytes of each member of an `ar` archive (the format of a .deb)."""
    if not data.startswith(_AR_MAGIC):
        raise SetupError("not a .deb (no ar archive header)")
    members, offset = {}, len(_AR_MAGIC)
    while offset + _AR_HEADER <= len(data):
        header = data[offset:offset + _AR_HEADER]
        name = header[:16].decode("ascii", "replace").strip().rstrip("/")
        size = int(header[48:58].decode("ascii").strip())
        start = offset + _AR_HEADER
        members[name] = data[start:start + size]
        offset = start + size + (size & 1)
    return members


def _zstd_decompress(data: bytes, what: str) -> bytes:
    try:
        from compression import zstd  # Python 3.14+
        return zstd.decompress(data)
    except ImportError:
        pass
    if shutil.which("zstd") is None:
        raise SetupError(f"{what} is zstd-compressed: install the `zstd` command (or use Python 3.14+)")
    return subprocess.run(["zstd", "-dc"], input=data, capture_output=True, check=True).stdout


def data_tar(deb: bytes, what: str) -> tarfile.TarFile:
    """The data.tar.* member of a .deb, opened (`what` names the package in errors)."""
    for name, payload in ar_members(deb).items():
        if name.startswith("data.tar"):
            if name.endswith(".zst"):
                payload = _zstd_decompress(payload, what)
            return tarfile.open(fileobj=io.BytesIO(payload), mode="r|*")  # a stream: decompressed once
    raise SetupError(f"{what}: no data.tar member")


def _extract(archive: tarfile.TarFile, member: tarfile.TarInfo, destination: str, what: str) -> None:
    if hasattr(tarfile, "tar_filter"):
        # the `tar` filter keeps symlinks as dpkg does but refuses paths that leave `destination`
        archive.extract(member, destination, filter="tar")
        return
    # Python < 3.11.4 has no extraction filters: refuse what the `tar` filter would
    if member.name.startswith("/") or ".." in member.name.split("/"):
        raise SetupError(f"{what}: refusing to unpack {member.name}")
    archive.extract(member, destination)


def unpack(deb: bytes, destination: str, what: str, only: str | None = None) -> None:
    """Extract the package's files (or only the file `only`, e.g. `usr/bin/x`) under `destination`,
    in one pass over the compressed data (qemu-user-static's is 60 MB of xz)."""
    found = False
    with data_tar(deb, what) as archive:
        for member in archive:
            if only is None or member.name.removeprefix("./") == only:
                _extract(archive, member, destination, what)
                found = True
    if only is not None and not found:
        raise SetupError(f"{what} has no {only}")
