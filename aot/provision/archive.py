"""A Debian archive's indexes, checked, and its packages, fetched and checked.

`dists/<suite>/InRelease` (else `Release`) lists the SHA-256 of every index and is itself
checked against its signature (signature.py); `main/binary-<arch>/Packages.xz` (or .gz, or
plain) is fetched and checked against it, and each package against the SHA-256 its Packages
entry gives. `resolve` picks the highest version of each package over a set of suites,
comparing versions as dpkg does.
"""

from __future__ import annotations

import gzip
import hashlib
import lzma
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass

from . import SetupError, signature
from .sources import Source

TIMEOUT_SECONDS = 60
_INDEX_FORMATS = (("Packages.xz", lzma.decompress), ("Packages.gz", gzip.decompress), ("Packages", bytes))


@dataclass(frozen=True)
class Package:
    """One entry of a Packages index: where its .deb is and what its SHA-256 must be."""
    name: str
    version: str
    arch: str
    url: str
    sha256: str
    size: int

    @property
    def filename(self) -> str:
        return os.path.basename(self.url)

    @property
    def apt_filename(self) -> str:
        """The name apt gives the file in its cache (/var/cache/apt/archives, `apt-get download`)."""
        return f"{self.name}_{self.version.replace(':', '%3a')}_{self.arch}.deb"


def fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        raise SetupError(f"cannot download {url}: HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        raise SetupError(f"cannot download {url}: {reason}") from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def release_checksums(text: str) -> dict[str, str]:
    """Path (relative to dists/<suite>/) -> SHA-256, from a Release file's SHA256 field."""
    checksums, inside = {}, False
    for line in text.splitlines():
        if not line[:1].isspace():
            inside = line.rstrip() == "SHA256:"
        elif inside:
            digest, _size, path = line.split()
            checksums[path] = digest
    return checksums


def _paragraphs(text: str, names: set[str]):
    """The fields of each Packages paragraph whose package is one of `names`."""
    for paragraph in text.split("\n\n"):
        if paragraph.lstrip("\n").partition("\n")[0].removeprefix("Package: ") not in names:
            continue
        fields, key = {}, None
        for line in paragraph.splitlines():
            if line[:1].isspace() and key:
                continue  # continuation lines belong to fields not read here (Description, ...)
            key, _, value = line.partition(":")
            fields[key] = value.strip()
        if "Package" in fields:
            yield fields


def release_text(source: Source) -> bytes:
    """The suite's Release file, checked against its signature: InRelease, else Release and Release.gpg."""
    base = source.url(f"dists/{source.suite}/")
    try:
        inrelease = fetch(base + "InRelease")
    except SetupError:
        release = fetch(base + "Release")
        signature.check_detached(release, lambda: fetch(base + "Release.gpg"), base + "Release")
        return release
    return signature.clearsigned_body(inrelease, base + "InRelease")


def packages_index(source: Source, arch: str, names: list[str]) -> dict[str, list[Package]] | None:
    """Name -> entries of `names` in `source`'s main/binary-<arch> index, checked against Release; None if it
    has no such index."""
    checksums = release_checksums(release_text(source).decode("utf-8", "replace"))
    for name, decompress in _INDEX_FORMATS:
        path = f"main/binary-{arch}/{name}"
        if path not in checksums:
            continue
        url = source.url(f"dists/{source.suite}/{path}")
        data = fetch(url)
        if sha256(data) != checksums[path]:
            raise SetupError(f"checksum mismatch: {url} does not match its Release file")
        entries: dict[str, list[Package]] = {}
        for fields in _paragraphs(decompress(data).decode("utf-8", "replace"), set(names)):
            package = Package(fields["Package"], fields["Version"], fields.get("Architecture", arch),
                              source.url(fields["Filename"]), fields["SHA256"], int(fields["Size"]))
            entries.setdefault(package.name, []).append(package)
        return entries
    return None


def _order(char: str) -> int:
    if char == "~":
        return -1
    if char.isalpha():
        return ord(char)
    return ord(char) + 256 if char else 0


def _compare_part(a: str, b: str) -> int:
    """dpkg's comparison of an upstream version or revision: non-digit runs, then numbers, in turn."""
    while a or b:
        a_text, a = re.match(r"(\D*)(.*)", a).groups()
        b_text, b = re.match(r"(\D*)(.*)", b).groups()
        for i in range(max(len(a_text), len(b_text))):
            x = _order(a_text[i] if i < len(a_text) else "")
            y = _order(b_text[i] if i < len(b_text) else "")
            if x != y:
                return -1 if x < y else 1
        a_number, a = re.match(r"(\d*)(.*)", a).groups()
        b_number, b = re.match(r"(\d*)(.*)", b).groups()
        if int(a_number or 0) != int(b_number or 0):
            return -1 if int(a_number or 0) < int(b_number or 0) else 1
    return 0


def _split_version(version: str) -> tuple[int, str, str]:
    epoch, _, rest = version.partition(":") if ":" in version else ("0", "", version)
    upstream, _, revision = rest.rpartition("-") if "-" in rest else (rest, "", "")
    return int(epoch or 0), upstream, revision


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 as Debian version `a` is older than, equal to or newer than `b`."""
    a_epoch, a_upstream, a_revision = _split_version(a)
    b_epoch, b_upstream, b_revision = _split_version(b)
    if a_epoch != b_epoch:
        return -1 if a_epoch < b_epoch else 1
    return _compare_part(a_upstream, b_upstream) or _compare_part(a_revision, b_revision)


def resolve(names: list[str], indexes: list[dict[str, list[Package]]]) -> tuple[list[Package], list[str]]:
    """The newest entry of each name over `indexes`, and the names none of them has."""
    chosen, missing = [], []
    for name in names:
        best = None
        for index in indexes:
            for package in index.get(name, ()):
                if best is None or compare_versions(package.version, best.version) > 0:
                    best = package
        if best is None:
            missing.append(name)
        else:
            chosen.append(best)
    return chosen, missing


def obtain(package: Package, download_dir: str, reuse_dirs: list[str]) -> tuple[bytes, str]:
    """The checked bytes of `package`'s .deb and where they came from: a reused file or the network."""
    for path in [os.path.join(directory, name) for directory in [download_dir] + reuse_dirs
                 for name in dict.fromkeys((package.filename, package.apt_filename))]:
        try:
            with open(path, "rb") as file:
                data = file.read()
        except OSError:
            continue
        if sha256(data) == package.sha256:
            return data, path
    data = fetch(package.url)
    if sha256(data) != package.sha256:
        raise SetupError(f"checksum mismatch: {package.url} does not match its Packages entry")
    os.makedirs(download_dir, exist_ok=True)
    temporary = os.path.join(download_dir, f".{package.filename}.part")
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, os.path.join(download_dir, package.filename))
    return data, package.url
