"""Format-neutral images written out as ELF shared objects or Mach-O dylibs.

`Image` (with `Symbol`, `Pointer`, `ImportedPointer` and `TextRef`) is what the compiler produces,
`write_elf` turns it into an AArch64 ELF shared object, `write_macho` into an
ad-hoc signed arm64 Mach-O dylib, and `readback.describe` reads any artifact
back through LIEF.
"""

from .elf import write_elf
from .image import Image, ImportedPointer, Pointer, Symbol, TextRef
from .macho import write_macho

__all__ = ["Image", "ImportedPointer", "Pointer", "Symbol", "TextRef", "write_elf", "write_macho"]
