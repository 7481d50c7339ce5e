"""Encrypted backup files (``.mdbk``): AES-256-GCM in chunks, key from the passphrase by scrypt.

Layout: a header (magic, format, scrypt parameters, salt, nonce prefix, chunk size) and a
16-byte key check (an AES-GCM tag over the header), then the chunks. Every chunk is sealed
with the header as associated data and a nonce made of the prefix, the chunk's number and
a last-chunk flag, so a changed header, a changed byte, reordered chunks or a cut-off file
are all refused. Memory stays at about one chunk whatever the file's size.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from mesodesk.domain.messages import QT_TRANSLATE_NOOP, Message
from mesodesk.store.errors import StorageError

MAGIC = b"MESODESK-BACKUP\x00"
FORMAT = 1
SUFFIX = ".mdbk"
CHUNK_SIZE = 1 << 20
TAG = 16
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_HEADER = struct.Struct(">16sHIBB16s7sI")  # magic, format, n, r, p, salt, nonce prefix, chunk
HEADER_SIZE = _HEADER.size + TAG


class WrongPassphrase(StorageError):
    """The passphrase does not open this backup (or its header was changed)."""


class BackupTampered(StorageError):
    """The encrypted backup was changed or cut short after it was written."""


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


def check_passphrase(passphrase: str) -> None:
    if not passphrase or len(passphrase) < 8:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "A backup passphrase needs at least 8 characters.")
            )
        )


def encrypt_file(plain: Path, sealed: Path, passphrase: str) -> None:
    """Write ``plain`` encrypted under ``passphrase`` to the new file ``sealed`` (0600)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, prefix = os.urandom(16), os.urandom(7)
    header = _HEADER.pack(MAGIC, FORMAT, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, prefix, CHUNK_SIZE)
    aead = AESGCM(derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    key_check = aead.encrypt(b"\x00" * 12, b"", header)
    fd = os.open(sealed, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, plain.open("rb") as source:
        out.write(header + key_check)
        index = 0
        chunk = source.read(CHUNK_SIZE)
        while True:
            following = source.read(CHUNK_SIZE)
            last = not following
            out.write(aead.encrypt(_nonce(prefix, index, last), chunk, header))
            if last:
                break
            chunk, index = following, index + 1
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(sealed: Path, plain: Path, passphrase: str) -> None:
    """Write the decrypted ``sealed`` to the new file ``plain``; refuse a wrong passphrase
    or any change. On refusal ``plain`` may hold a part: the caller removes it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        source = sealed.open("rb")
    except OSError as error:
        raise StorageError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{sealed} cannot be read: {reason}."),
                sealed=sealed,
                reason=error.strerror or error,
            )
        ) from error
    with source:
        raw = source.read(HEADER_SIZE)
        if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{sealed} is not an encrypted mesodesk backup."),
                    sealed=sealed,
                )
            )
        header, key_check = raw[: _HEADER.size], raw[_HEADER.size :]
        _magic, fmt, n, r, p, salt, prefix, chunk_size = _HEADER.unpack(header)
        if fmt != FORMAT or not 0 < chunk_size <= 1 << 26 or n > 1 << 20 or r > 32 or p > 16:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{sealed} was written by a newer mesodesk, or its header is damaged.",
                    ),
                    sealed=sealed,
                )
            )
        try:
            key = derive_key(passphrase, salt, n, r, p)
        except ValueError as error:
            raise StorageError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{sealed} has a damaged header ({error})."),
                    sealed=sealed,
                    error=error,
                )
            ) from error
        aead = AESGCM(key)
        try:
            aead.decrypt(b"\x00" * 12, key_check, header)
        except InvalidTag:
            raise WrongPassphrase(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The passphrase does not open {sealed} (or the file's header was changed); nothing was restored.",
                    ),
                    sealed=sealed,
                )
            ) from None
        fd = os.open(
            plain, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(fd, "wb") as out:
            index = 0
            while True:
                block = source.read(chunk_size + TAG)
                if not block:
                    raise BackupTampered(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "{sealed} is cut short; nothing was restored."
                            ),
                            sealed=sealed,
                        )
                    )
                following = source.peek(1)[:1] if hasattr(source, "peek") else b""
                last = not following
                try:
                    out.write(aead.decrypt(_nonce(prefix, index, last), block, header))
                except InvalidTag:
                    raise BackupTampered(
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{sealed} was changed after it was written (chunk {number} fails its check); nothing was restored.",
                            ),
                            sealed=sealed,
                            number=index + 1,
                        )
                    ) from None
                if last:
                    break
                index += 1
            out.flush()
            os.fsync(out.fileno())
