"""wasmoon-aot: the package that holds `aot` (the compiler), `runtime` and `linker`.

`__version__` is the installed distribution's version, which pyproject.toml alone states.
(The runtime's qemu worker registers a bare `wasmoon_aot` of its own and never reads this.)
"""

from importlib import metadata

try:
    __version__ = metadata.version("wasmoon-aot")
except metadata.PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "unknown"
