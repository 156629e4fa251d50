"""Checking a suite's Release file with `gpgv` against the keys apt trusts: InRelease (clearsigned,
what apt reads first) or else Release with its detached Release.gpg.

The keys are apt's: /etc/apt/trusted.gpg, /etc/apt/trusted.gpg.d/*.gpg|*.asc and
/usr/share/keyrings/debian-archive-*.gpg but the removed keys (an armored .asc is de-armored here, as apt does,
since gpgv reads binary keyrings only). As in apt, one good signature by a trusted key is enough
(archives sign with several keys), a bad one is a SetupError, and of an InRelease only the text
gpgv vouches for is used. Without gpgv, without any apt key, or for an archive signed by no key
apt trusts (deb.debian.org seen from an Ubuntu host), the signature cannot be checked: that is
said, and the packages are then trusted through the Release file's transport alone.
"""

from __future__ import annotations

import base64
import glob
import os
import shutil
import subprocess
import tempfile

from . import SetupError

KEY_FILES = ("/etc/apt/trusted.gpg", "/etc/apt/trusted.gpg.d/*.gpg", "/etc/apt/trusted.gpg.d/*.asc",
             "/usr/share/keyrings/debian-archive-*.gpg")
_warned = False


def dearmor(text: str) -> bytes:
    """The binary packets of an ASCII-armored OpenPGP block (its base64 body, without the checksum line)."""
    lines = text.strip().splitlines()
    start = lines.index("") + 1 if "" in lines else 1
    body = [line for line in lines[start:] if not line.startswith(("-----", "="))]
    return base64.b64decode("".join(body))


def key_files() -> list[str]:
    return sorted({path for pattern in KEY_FILES for path in glob.glob(pattern)
                   if os.path.isfile(path) and "removed" not in os.path.basename(path)})


def _tools() -> tuple[str, list[str]] | None:
    """gpgv and the key files, or None when this host has not both (said once per run)."""
    global _warned
    gpgv, keys = shutil.which("gpgv"), key_files()
    if gpgv and keys:
        return gpgv, keys
    if not _warned:
        print(f"  Release signatures not checked: no {'gpgv' if gpgv is None else 'apt keys'} on this host", flush=True)
        _warned = True
    return None


def _verify(tools: tuple[str, list[str]], files: dict[str, bytes], what: str) -> bytes | None:
    """gpgv over `files`, in the order gpgv takes them: the signed text (empty for a detached signature) when a
    key apt trusts made a good signature, None when none could check it (said), SetupError when one is bad.

    As apt does, gpgv's status lines decide: one good signature is enough, since archives sign with several keys
    (gpgv exits 2 when any of them is unknown)."""
    gpgv, keys = tools
    with tempfile.TemporaryDirectory() as folder:
        keyrings = []
        for number, path in enumerate(keys):
            if path.endswith(".asc"):
                with open(path, encoding="ascii", errors="replace") as file:
                    binary = dearmor(file.read())
                path = os.path.join(folder, f"key{number}.gpg")
                with open(path, "wb") as file:
                    file.write(binary)
            keyrings += ["--keyring", path]
        for name, data in files.items():
            with open(os.path.join(folder, name), "wb") as file:
                file.write(data)
        output = os.path.join(folder, "signed-text")
        done = subprocess.run([gpgv, "--status-fd", "1", *keyrings, "--output", output,
                               *[os.path.join(folder, name) for name in files]], capture_output=True)
        lines = done.stdout.decode("utf-8", "replace").splitlines()
        # "[GNUPG:] KEYWORD [KEYID [TEXT]]" -> KEYWORD: [TEXT]
        status = {line.split()[1]: line.split(maxsplit=3)[3:] for line in lines
                  if line.startswith("[GNUPG:] ") and len(line.split()) > 1}
        if "BADSIG" in status:
            raise SetupError(f"bad signature: {what} (by {' '.join(status['BADSIG']) or 'an unnamed key'})")
        if "GOODSIG" in status and "VALIDSIG" in status:
            if not os.path.exists(output):
                return b""  # a detached signature: gpgv outputs no text
            with open(output, "rb") as file:
                return file.read()
    print(f"  signature not checked: {what} is signed by no key apt trusts on this host", flush=True)
    return None


def check_detached(release: bytes, fetch_signature, what: str) -> bool:
    """Whether `release` was checked against `fetch_signature()` (Release.gpg); SetupError if the signature is bad."""
    tools = _tools()
    if tools is None:
        return False
    return _verify(tools, {"Release.gpg": fetch_signature(), "Release": release}, what) is not None


def clearsigned_body(inrelease: bytes, what: str) -> bytes:
    """The signed text of an InRelease file: as gpgv outputs it once a good signature holds, else unwrapped here."""
    tools = _tools()
    checked = None if tools is None else _verify(tools, {"InRelease": inrelease}, what)
    if checked is not None:
        return checked
    text = inrelease.decode("utf-8", "replace")
    try:
        body = text.split("\n\n", 1)[1].split("\n-----BEGIN PGP SIGNATURE-----", 1)[0]
    except IndexError:
        raise SetupError(f"{what}: not a clearsigned file") from None
    return "".join(line[2:] if line.startswith("- ") else line
                   for line in (body + "\n").splitlines(keepends=True)).encode()
