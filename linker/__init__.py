"""Format-neutral images written out as ELF shared objects.

`Image` (with `Symbol` and `Pointer`) is what the compiler produces,
`write_elf` turns it into an AArch64 ELF shared object, and
`readback.describe` reads any artifact back through LIEF.
"""

from .elf import write_elf
from .image import Image, Pointer, Symbol

__all__ = ["Image", "Pointer", "Symbol", "write_elf"]
