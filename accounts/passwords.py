"""Salted scrypt hashes for sign-in PINs and passwords; the secret itself is never stored."""

import base64
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
# Cost parameters as OWASP recommends for scrypt (N=2^17 would cost 128 MiB per sign-in).
N, R, P = 2**15, 8, 1
MAX_MEM = 64 * 1024 * 1024
MIN_LENGTH = 4


class WeakSecretError(ValueError):
    """The PIN or password is too short to protect anything."""


def hash_secret(secret: str) -> str:
    if len(secret) < MIN_LENGTH:
        raise WeakSecretError(f"a PIN needs at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(16)
    digest = _scrypt(secret, salt, N, R, P)
    return "$".join((SCHEME, str(N), str(R), str(P), _b64(salt), _b64(digest)))


def verify_secret(secret: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = encoded.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(secret, base64.b64decode(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, maxmem=MAX_MEM, dklen=32)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
