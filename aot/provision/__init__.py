"""`wasmoon-aot setup`: provisions what running AArch64 code on another host needs, without root.

On an x86_64 (or other non-arm64) Linux host the runtime's worker is an arm64 CPython 3.11
under `qemu-aarch64-static` (runtime/emulator.py). This package assembles both from Debian
packages into a root folder (default `$XDG_CACHE_HOME/wasmoon-aot`; `make setup` uses the
checkout's `.cache`): `sources.py` chooses the archives, `archive.py` reads and checks their
indexes (`signature.py` their Release files) and fetches packages, `debfile.py` unpacks a .deb,
`command.py` is the subcommand.
"""


class SetupError(Exception):
    """A provisioning failure worth one line to the user (network, checksum, a missing package)."""
