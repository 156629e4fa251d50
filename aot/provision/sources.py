"""Which Debian archives `wasmoon-aot setup` reads: the ones the machine's apt uses, then deb.debian.org.

apt's sources are `/etc/apt/sources.list`, `sources.list.d/*.list` (one-line `deb URI SUITE
COMPONENTS...`) and `sources.list.d/*.sources` (deb822 paragraphs). Only binary (`deb`) entries
with the `main` component and an http(s) or file URI count. The fallback is deb.debian.org with
its security archive, for the suite /etc/os-release names on Debian and then for bookworm, the
suite whose python3.11 the worker runs (runtime/emulator.SYSROOT_PYTHON).
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass

DEBIAN_MIRROR = "http://deb.debian.org/debian"
DEBIAN_SECURITY = "http://deb.debian.org/debian-security"
WORKER_SUITE = "bookworm"


@dataclass(frozen=True)
class Source:
    """One suite of one archive: `<uri>/dists/<suite>/...` (component main)."""
    uri: str
    suite: str

    def url(self, path: str) -> str:
        return f"{self.uri.rstrip('/')}/{path}"

    def __str__(self) -> str:
        return f"{self.uri} {self.suite}"


def _usable(types: list[str], uri: str, components: list[str]) -> bool:
    return "deb" in types and "main" in components and uri.split(":", 1)[0] in ("http", "https", "file")


def _one_line_entries(text: str) -> list[Source]:
    found = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) > 1 and words[1].startswith("["):  # [arch=... signed-by=...] options
            end = next((i for i, word in enumerate(words) if word.endswith("]")), len(words) - 1)
            words = words[:1] + words[end + 1:]
        if len(words) >= 4 and _usable(words[:1], words[1], words[3:]):
            found.append(Source(words[1], words[2]))
    return found


def _deb822_entries(text: str) -> list[Source]:
    found = []
    for paragraph in text.split("\n\n"):
        fields: dict[str, str] = {}
        key = None
        for line in paragraph.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line[0].isspace() and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                key = key.strip().lower()
                fields[key] = value.strip()
        if fields.get("enabled", "yes").lower() == "no":
            continue
        for uri in fields.get("uris", "").split():
            if _usable(fields.get("types", "").split(), uri, fields.get("components", "").split()):
                found += [Source(uri, suite) for suite in fields.get("suites", "").split()]
    return found


def apt_sources(etc_apt: str = "/etc/apt") -> list[Source]:
    """The binary `main` suites of every archive apt is configured with, in apt's file order."""
    found: list[Source] = []
    listed = os.path.join(etc_apt, "sources.list.d")
    one_line = [os.path.join(etc_apt, "sources.list")] + sorted(glob.glob(os.path.join(listed, "*.list")))
    for path in one_line + sorted(glob.glob(os.path.join(listed, "*.sources"))):
        try:
            with open(path, encoding="utf-8", errors="replace") as file:
                text = file.read()
        except OSError:
            continue
        entries = _deb822_entries(text) if path.endswith(".sources") else _one_line_entries(text)
        found += [entry for entry in entries if entry not in found]
    return found


def debian_sources(suite: str, mirror: str = DEBIAN_MIRROR) -> list[Source]:
    """A Debian suite with its point-release updates and its security archive."""
    return [Source(mirror, suite), Source(mirror, f"{suite}-updates"), Source(DEBIAN_SECURITY, f"{suite}-security")]


def os_release_suite(path: str = "/etc/os-release") -> str | None:
    """VERSION_CODENAME of a Debian host, else None."""
    fields = {}
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                key, _, value = line.strip().partition("=")
                fields[key] = value.strip('"')
    except OSError:
        return None
    return fields.get("VERSION_CODENAME") if fields.get("ID") == "debian" else None


def candidate_source_lists() -> list[list[Source]]:
    """The archive sets to try in turn, until one has every package: apt's, then Debian's."""
    suites = [suite for suite in (os_release_suite(), WORKER_SUITE) if suite]
    candidates = [apt_sources()] + [debian_sources(suite) for suite in dict.fromkeys(suites)]
    return [sources for i, sources in enumerate(candidates) if sources and sources not in candidates[:i]]
