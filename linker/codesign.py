"""Ad-hoc code signatures for Mach-O files: a SuperBlob holding one CodeDirectory.

arm64 macOS refuses to run code without a signature; an ad-hoc one needs no
certificate, only a hash of every 4 KiB page of the file up to the signature
(the code limit).  The layout matches what `ld -adhoc_codesign` writes, byte
for byte: flags adhoc|linker-signed, version 0x20400 (with the executable
segment fields), no special slots, identifier after the fixed header, the
hashes 8-aligned after it.  All fields are big-endian.

`signature_size` tells a writer how much room to leave (it must know the size
before it writes the load command that points at the signature); `sign`
hashes the finished bytes and returns the blob to append.
"""

from __future__ import annotations

import hashlib
import struct

CSMAGIC_EMBEDDED_SIGNATURE = 0xFADE0CC0
CSMAGIC_CODEDIRECTORY = 0xFADE0C02
CSSLOT_CODEDIRECTORY = 0
CS_SUPPORTSEXECSEG = 0x20400
CS_ADHOC = 0x2
CS_LINKER_SIGNED = 0x20000
CS_HASHTYPE_SHA256 = 2
CS_SHA256_LEN = 32
PAGE_SHIFT = 12
PAGE_SIZE = 1 << PAGE_SHIFT

SUPER_BLOB = struct.Struct(">III")           # magic, length, count
BLOB_INDEX = struct.Struct(">II")            # type, offset
CODE_DIRECTORY = struct.Struct(">IIIIIIIIIBBBBIIIIQQQQ")  # up to version 0x20400: 88 bytes
CODE_DIRECTORY_OFFSET = (SUPER_BLOB.size + BLOB_INDEX.size + 7) & ~7


def _hashes_offset(identifier: str) -> int:
    return (CODE_DIRECTORY.size + len(identifier.encode()) + 1 + 7) & ~7


def _page_count(code_limit: int) -> int:
    return (code_limit + PAGE_SIZE - 1) >> PAGE_SHIFT


def signature_size(code_limit: int, identifier: str) -> int:
    """Bytes of the signature blob for a file whose signed part is `code_limit` bytes long."""
    return CODE_DIRECTORY_OFFSET + _hashes_offset(identifier) + CS_SHA256_LEN * _page_count(code_limit)


def sign(signed: bytes, identifier: str, exec_segment_offset: int, exec_segment_size: int) -> bytes:
    """The ad-hoc signature of `signed` (the whole file up to the signature's offset).

    `exec_segment_*` locate `__TEXT` in the file; `identifier` is conventionally
    the file's base name.
    """
    code_limit = len(signed)
    pages = _page_count(code_limit)
    hashes_offset = _hashes_offset(identifier)
    directory_length = hashes_offset + CS_SHA256_LEN * pages
    ident = identifier.encode() + b"\0"
    directory = bytearray(directory_length)
    CODE_DIRECTORY.pack_into(
        directory, 0, CSMAGIC_CODEDIRECTORY, directory_length, CS_SUPPORTSEXECSEG, CS_ADHOC | CS_LINKER_SIGNED,
        hashes_offset, CODE_DIRECTORY.size, 0, pages, code_limit, CS_SHA256_LEN, CS_HASHTYPE_SHA256, 0,
        PAGE_SHIFT, 0, 0, 0, 0, 0, exec_segment_offset, exec_segment_size, 0)
    directory[CODE_DIRECTORY.size:CODE_DIRECTORY.size + len(ident)] = ident
    view = memoryview(signed)
    at = hashes_offset
    for start in range(0, code_limit, PAGE_SIZE):
        directory[at:at + CS_SHA256_LEN] = hashlib.sha256(view[start:start + PAGE_SIZE]).digest()
        at += CS_SHA256_LEN
    total = CODE_DIRECTORY_OFFSET + directory_length
    header = SUPER_BLOB.pack(CSMAGIC_EMBEDDED_SIGNATURE, total, 1) + BLOB_INDEX.pack(
        CSSLOT_CODEDIRECTORY, CODE_DIRECTORY_OFFSET)
    return header.ljust(CODE_DIRECTORY_OFFSET, b"\0") + bytes(directory)
