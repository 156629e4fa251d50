"""The byte layouts of WASI preview 1 structs in guest memory (little-endian, witx alignment)."""

from __future__ import annotations

import struct

FDSTAT = struct.Struct("<BxHxxxxQQ")          # filetype u8, flags u16, rights_base u64, rights_inheriting u64
FILESTAT = struct.Struct("<QQBxxxxxxxQQQQQ")  # dev, ino, filetype u8, nlink, size, atim, mtim, ctim
PRESTAT = struct.Struct("<BxxxI")             # tag u8 (0 = dir), pr_name_len u32
DIRENT = struct.Struct("<QQIBxxx")            # d_next, d_ino, d_namlen u32, d_type u8; the name follows
SUBSCRIPTION = struct.Struct("<QB7x32s")      # userdata, tag u8, union of 32 bytes
SUBSCRIPTION_CLOCK = struct.Struct("<IxxxxQQH6x")  # id u32, timeout u64, precision u64, flags u16
SUBSCRIPTION_FD = struct.Struct("<I28x")      # file_descriptor u32
EVENT = struct.Struct("<QHBxxxxxQH6x")        # userdata, error u16, type u8, fd_readwrite {nbytes u64, flags u16}

assert FDSTAT.size == 24 and FILESTAT.size == 64 and PRESTAT.size == 8 and DIRENT.size == 24
assert SUBSCRIPTION.size == 48 and SUBSCRIPTION_CLOCK.size == 32 and EVENT.size == 32
