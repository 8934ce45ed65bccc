"""Passwords (argon2id), device tokens, TOTP (RFC 6238) and the login rate limit."""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import secrets
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from urllib.parse import quote

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class Passwords:
    """argon2id hashes; checking an unknown user costs the same as checking a known one."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 65536) -> None:
        # argon2id; the defaults are RFC 9106's second recommendation. A hash keeps its own parameters.
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=4)
        self._dummy = self._hasher.hash(secrets.token_hex(16))

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored or self._dummy, password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    # A token is 256 random bits: a fast hash is enough to make a leaked table useless.
    return hashlib.sha256(token.encode()).hexdigest()


# ------------------------------------------------------------------------------------------------ TOTP

TOTP_STEP = 30
TOTP_DIGITS = 6


def new_totp_secret() -> str:
    return base64.b32encode(secrets.token_bytes(20)).decode().rstrip("=")


def totp_code(secret: str, at: float, *, step: int = TOTP_STEP, digits: int = TOTP_DIGITS) -> str:
    """RFC 6238 with HMAC-SHA1, as authenticator apps compute it."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8), casefold=True)
    counter = struct.pack(">Q", math.floor(at / step))
    mac = hmac.new(key, counter, hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    number = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**digits).zfill(digits)


def totp_valid(secret: str, code: str, at: float) -> bool:
    """Accept the current code and its neighbours (one step of clock drift either way)."""
    return any(
        hmac.compare_digest(totp_code(secret, at + drift * TOTP_STEP), code.strip()) for drift in (-1, 0, 1)
    )


def totp_uri(secret: str, user: str, issuer: str = "emeeting") -> str:
    return (
        f"otpauth://totp/{quote(issuer)}:{quote(user)}?secret={secret}&issuer={quote(issuer)}"
        f"&algorithm=SHA1&digits={TOTP_DIGITS}&period={TOTP_STEP}"
    )


# ------------------------------------------------------------------------------------------ rate limit


class RateLimiter:
    """Failed logins per key in a sliding window; over the limit, every attempt waits (even a right one)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> int:
        """Seconds to wait before ``key`` may try again; 0 when it may try now."""
        with self._lock:
            now = self._clock()
            failures = self._prune(key, now)
            if not failures:
                self._failures.pop(key, None)  # forget keys that went quiet
            if len(failures) < self.limit:
                return 0
            return max(1, math.ceil(failures[0] + self.window - now))

    def failed(self, key: str) -> None:
        with self._lock:
            now = self._clock()
            self._prune(key, now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)

    def _prune(self, key: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(key, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures
