"""Checking a suite's Release file with `gpgv` against the keys apt trusts: InRelease (clearsigned,
what apt reads first) or else Release with its detached Release.gpg.

The keys are apt's: /etc/apt/trusted.gpg, /etc/apt/trusted.gpg.d/*.gpg|*.asc and
/usr/share/keyrings/debian-archive-*.gpg but the removed keys (an armored .asc is de-armored here, as apt does,
since gpgv reads binary keyrings only). A bad signature is a SetupError, and of an InRelease only
the text gpgv vouches for is used. On a host without gpgv or without any of those keys the
signature cannot be checked: that is said once, and the packages are then trusted through the
Release file's transport alone.
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


def _verifier() -> list[str] | None:
    """The gpgv command line up to its files, or None (said once) when nothing can check a signature."""
    global _warned
    gpgv, keys = shutil.which("gpgv"), key_files()
    if gpgv is None or not keys:
        if not _warned:
            print(f"  Release signatures not checked: {'no gpgv' if gpgv is None else 'no apt keys'} on this host",
                  flush=True)
            _warned = True
        return None
    return [gpgv, *[argument for path in keys for argument in ("--keyring", path)]]


def _gpgv(command: list[str], files: dict[str, bytes], what: str) -> bytes:
    """Run gpgv on `files` (written to a temporary folder, armored keys de-armored); its stdout, or SetupError."""
    with tempfile.TemporaryDirectory() as folder:
        for number, argument in enumerate(command):
            if argument.endswith(".asc"):
                with open(argument, encoding="ascii", errors="replace") as file:
                    binary = dearmor(file.read())
                command[number] = os.path.join(folder, f"key{number}.gpg")
                with open(command[number], "wb") as file:
                    file.write(binary)
        for name, data in files.items():
            with open(os.path.join(folder, name), "wb") as file:
                file.write(data)
        done = subprocess.run(command + [os.path.join(folder, name) for name in files], capture_output=True)
    if done.returncode != 0:
        errors = done.stderr.decode("utf-8", "replace").splitlines()
        reason = next((line for line in errors if "BAD" in line or "Can't check" in line),
                      f"gpgv exit status {done.returncode}")
        raise SetupError(f"bad signature: {what}: {reason.removeprefix('gpgv: ')}")
    return done.stdout


def check_detached(release: bytes, fetch_signature, what: str) -> bool:
    """Whether `release` was checked against `fetch_signature()` (Release.gpg); SetupError if it is not signed."""
    command = _verifier()
    if command is None:
        return False
    _gpgv(command, {"Release.gpg": fetch_signature(), "Release": release}, what)
    return True


def clearsigned_body(inrelease: bytes, what: str) -> bytes:
    """The signed text of an InRelease file: as gpgv outputs it once the signature holds, else unwrapped here."""
    command = _verifier()
    if command is not None:
        return _gpgv(command + ["--output", "-"], {"InRelease": inrelease}, what)
    text = inrelease.decode("utf-8", "replace")
    try:
        body = text.split("\n\n", 1)[1].split("\n-----BEGIN PGP SIGNATURE-----", 1)[0]
    except IndexError:
        raise SetupError(f"{what}: not a clearsigned file") from None
    return "".join(line[2:] if line.startswith("- ") else line
                   for line in (body + "\n").splitlines(keepends=True)).encode()
