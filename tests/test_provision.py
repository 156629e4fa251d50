"""`wasmoon-aot setup`'s parts on a local file:// archive made here: apt sources, checked indexes,
version order, .deb unpacking and the one-line failures (aot/provision/)."""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import shutil
import subprocess
import tarfile

import pytest

from wasmoon_aot.aot.cli import main
from wasmoon_aot.aot.provision import SetupError, signature
from wasmoon_aot.aot.provision.archive import compare_versions, obtain, packages_index, resolve
from wasmoon_aot.aot.provision.debfile import ar_members, unpack
from wasmoon_aot.aot.provision.sources import Source, apt_sources, os_release_suite


def make_deb(files: dict[str, bytes], symlinks: dict[str, str] = {}) -> bytes:
    """A .deb (ar archive: debian-binary, control.tar.xz, data.tar.xz) holding `files` and `symlinks`."""
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:xz") as archive:
        for name, content in files.items():
            info = tarfile.TarInfo(f"./{name}")
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
        for name, target in symlinks.items():
            info = tarfile.TarInfo(f"./{name}")
            info.type, info.linkname = tarfile.SYMTYPE, target
            archive.addfile(info)
    out = bytearray(b"!<arch>\n")
    for name, payload in (("debian-binary", b"2.0\n"), ("control.tar.xz", b"x"), ("data.tar.xz", data.getvalue())):
        out += f"{name:<16}{0:<12}{0:<6}{0:<6}{100644:<8}{len(payload):<10}`\n".encode() + payload
        out += b"\n" if len(payload) % 2 else b""
    return bytes(out)


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """A file:// archive with suite `stable`: hello 1.0 and 1.0-2 (newest), and a corrupt `broken`.
    It is not signed, and no apt key is trusted while it is used."""
    monkeypatch.setattr(signature, "KEY_FILES", ())
    root = tmp_path / "mirror"
    debs = {"hello_1.0_arm64.deb": make_deb({"usr/bin/hello": b"old"}),
            "hello_1.0-2_arm64.deb": make_deb({"usr/bin/hello": b"new"}, {"usr/bin/hi": "hello"}),
            "broken_1_arm64.deb": make_deb({"x": b"x"})}
    entries = []
    for filename, deb in debs.items():
        name, version, _ = filename.split("_")
        (root / "pool").mkdir(parents=True, exist_ok=True)
        (root / "pool" / filename).write_bytes(deb if name != "broken" else deb + b"tampered")
        entries.append(f"Package: {name}\nVersion: {version}\nArchitecture: arm64\nFilename: pool/{filename}\n"
                       f"Size: {len(deb)}\nSHA256: {hashlib.sha256(deb).hexdigest()}\nDescription: a\n long one\n")
    packages = lzma.compress("\n".join(entries).encode())
    index = root / "dists" / "stable" / "main" / "binary-arm64" / "Packages.xz"
    index.parent.mkdir(parents=True)
    index.write_bytes(packages)
    (root / "dists" / "stable" / "Release").write_text(
        f"Suite: stable\nSHA256:\n {hashlib.sha256(packages).hexdigest()} {len(packages)} "
        "main/binary-arm64/Packages.xz\n")
    return Source(root.as_uri(), "stable")


def test_apt_sources_reads_both_formats(tmp_path):
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list").write_text(
        "# comment\ndeb [arch=amd64 signed-by=/k.gpg] http://m/debian bookworm main contrib\n"
        "deb-src http://m/debian bookworm main\ndeb cdrom:/x bookworm main\n")
    (tmp_path / "sources.list.d" / "debian.sources").write_text(
        "Types: deb\nURIs: http://m/debian\nSuites: bookworm bookworm-updates\nComponents: main\n\n"
        "Types: deb\nURIs: http://other\nSuites: x\nComponents: contrib\n\n"
        "Enabled: no\nTypes: deb\nURIs: http://off\nSuites: y\nComponents: main\n")
    (tmp_path / "sources.list.d" / "old.list.disabled").write_text("deb http://ignored z main\n")
    assert apt_sources(str(tmp_path)) == [Source("http://m/debian", "bookworm"),
                                          Source("http://m/debian", "bookworm-updates")]


def test_os_release_suite(tmp_path):
    (tmp_path / "debian").write_text('ID=debian\nVERSION_CODENAME=bookworm\n')
    (tmp_path / "ubuntu").write_text('ID=ubuntu\nVERSION_CODENAME=noble\n')
    assert os_release_suite(str(tmp_path / "debian")) == "bookworm"
    assert os_release_suite(str(tmp_path / "ubuntu")) is None


@pytest.mark.parametrize("older, newer", [("1.0", "1.0-1"), ("1.0~rc1", "1.0"), ("1.2.9", "1.2.10"),
                                          ("3.0.22-1~deb12u2", "3.0.22-1"), ("9.9", "1:0.1"),
                                          ("2.36-9+deb12u9", "2.36-9+deb12u14"), ("1.0a", "1.0+")])
def test_versions_compare_as_dpkg_does(older, newer):
    assert compare_versions(older, newer) == -1
    assert compare_versions(newer, older) == 1
    assert compare_versions(newer, newer) == 0


def test_index_resolve_obtain_unpack(archive, tmp_path):
    index = packages_index(archive, "arm64", ["hello", "absent"])
    assert set(index) == {"hello"}
    assert packages_index(archive, "amd64", ["hello"]) is None
    chosen, missing = resolve(["hello", "absent"], [index])
    assert missing == ["absent"] and [p.version for p in chosen] == ["1.0-2"]
    data, origin = obtain(chosen[0], str(tmp_path / "debs"), [])
    assert origin == chosen[0].url and (tmp_path / "debs" / "hello_1.0-2_arm64.deb").read_bytes() == data
    assert obtain(chosen[0], str(tmp_path / "debs"), [])[1] == str(tmp_path / "debs" / "hello_1.0-2_arm64.deb")
    unpack(data, str(tmp_path / "root"), "hello")
    assert (tmp_path / "root" / "usr" / "bin" / "hello").read_bytes() == b"new"
    assert (tmp_path / "root" / "usr" / "bin" / "hi").readlink().name == "hello"
    unpack(data, str(tmp_path / "one"), "hello", only="usr/bin/hello")
    assert [path.name for path in (tmp_path / "one").rglob("*") if path.is_file()] == ["hello"]
    with pytest.raises(SetupError, match="hello has no usr/bin/qemu"):
        unpack(data, str(tmp_path / "none"), "hello", only="usr/bin/qemu")


def test_checksum_mismatches_are_one_line_errors(archive, tmp_path):
    (broken,), _ = resolve(["broken"], [packages_index(archive, "arm64", ["broken"])])
    with pytest.raises(SetupError, match="checksum mismatch: .*broken_1_arm64.deb does not match its Packages entry"):
        obtain(broken, str(tmp_path / "debs"), [])
    index = tmp_path / "mirror" / "dists" / "stable" / "main" / "binary-arm64" / "Packages.xz"
    index.write_bytes(index.read_bytes() + b"\0")
    with pytest.raises(SetupError, match="checksum mismatch: .*Packages.xz does not match its Release file"):
        packages_index(archive, "arm64", ["hello"])


def test_a_deb_must_be_an_ar_archive():
    assert set(ar_members(make_deb({"a": b"1"}))) == {"debian-binary", "control.tar.xz", "data.tar.xz"}
    with pytest.raises(SetupError, match="not a .deb"):
        ar_members(b"PK\3\4")


@pytest.fixture
def gpg(tmp_path, monkeypatch):
    """gpg with a fresh signing key whose armored public half is the one key apt trusts."""
    if not (shutil.which("gpg") and shutil.which("gpgv")):
        pytest.skip("needs gpg and gpgv")
    env = {**os.environ, "GNUPGHOME": str(tmp_path / "gnupg")}
    (tmp_path / "gnupg").mkdir(mode=0o700)
    command = ["gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""]
    subprocess.run(command + ["--quick-gen-key", "archive@example.org", "ed25519", "sign", "never"],
                   env=env, check=True)
    key = subprocess.run(command + ["--armor", "--export"], env=env, check=True, capture_output=True).stdout
    (tmp_path / "archive.asc").write_bytes(key)
    monkeypatch.setattr(signature, "KEY_FILES", (str(tmp_path / "*.asc"),))
    return lambda *arguments, data: subprocess.run(command + list(arguments), input=data, env=env, check=True,
                                                   capture_output=True).stdout


RELEASE = b"Suite: stable\n- a dash-started line\n"


def test_detached_release_signatures_are_checked(gpg, monkeypatch):
    signed = gpg("--detach-sign", data=RELEASE)
    assert signature.check_detached(RELEASE, lambda: signed, "Release")
    with pytest.raises(SetupError, match=r"bad signature: Release \(by archive@example.org\)"):
        signature.check_detached(RELEASE + b"Suite: evil\n", lambda: signed, "Release")
    monkeypatch.setattr(signature, "KEY_FILES", ())
    assert not signature.check_detached(RELEASE, lambda: pytest.fail("nothing to check it with"), "Release")


def test_inrelease_yields_only_the_signed_text(gpg, monkeypatch, tmp_path, capsys):
    inrelease = gpg("--clearsign", data=RELEASE)
    assert signature.clearsigned_body(inrelease, "InRelease") == RELEASE
    tampered = inrelease.replace(b"Suite: stable", b"Suite: evil!")
    with pytest.raises(SetupError, match=r"bad signature: InRelease \(by archive@example.org\)"):
        signature.clearsigned_body(tampered, "InRelease")
    gpg("--quick-gen-key", "other@example.org", "ed25519", "sign", "never", data=None)
    (tmp_path / "archive.asc").write_bytes(gpg("--armor", "--export", "other@example.org", data=None))
    assert signature.clearsigned_body(inrelease, "InRelease") == RELEASE   # no trusted key signed it: said
    assert "signed by no key apt trusts" in capsys.readouterr().out
    monkeypatch.setattr(signature, "KEY_FILES", ())
    assert signature.clearsigned_body(inrelease, "InRelease") == RELEASE


def test_setup_failure_is_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("wasmoon_aot.aot.provision.command.candidate_source_lists",
                        lambda: [[Source((tmp_path / "nowhere").as_uri(), "stable")]])
    monkeypatch.setattr("wasmoon_aot.runtime.emulator.runs_natively", lambda: False)
    assert main(["setup", "--root", str(tmp_path / "root")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and error.startswith("wasmoon-aot setup: cannot download file://")


def test_a_provisioned_root_is_only_checked_and_a_broken_one_names_force(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("wasmoon_aot.runtime.emulator.runs_natively", lambda: False)
    monkeypatch.setattr("wasmoon_aot.aot.provision.command.candidate_source_lists",
                        lambda: pytest.fail("a provisioned root needs no archive"))
    (tmp_path / "sysroot").mkdir()
    (tmp_path / "sysroot" / ".stamp").touch()
    (tmp_path / "bin").mkdir()
    qemu = tmp_path / "bin" / "qemu-aarch64-static"
    qemu.write_text("#!/bin/sh\necho aarch64\n")
    qemu.chmod(0o755)
    assert main(["setup", "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"already set up in {tmp_path} (--force to provision again)\n"
    qemu.write_text("#!/bin/sh\necho 'qemu: cannot open python3.11' >&2\nexit 1\n")
    assert main(["setup", "--root", str(tmp_path)]) == 1
    assert capsys.readouterr().err == ("wasmoon-aot setup: the arm64 Python does not run: qemu: cannot open "
                                       f"python3.11 (in {tmp_path}: `wasmoon-aot setup --force` provisions it again)\n")
