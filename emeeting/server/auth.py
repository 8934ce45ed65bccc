"""Passwords (argon2id), device tokens, TOTP (RFC 6238) and the login throttle."""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import math
import secrets
import struct
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
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


def totp_step(secret: str, code: str, at: float) -> int | None:
    """The time step whose code this is, from the current one and its neighbours (one step of clock drift
    either way), or None. The caller keeps the last step used, so that a code works only once. Spaces do
    not count (apps show the code in two halves, "123 456"), and Thai digits are digits."""
    typed = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in code if not c.isspace())
    if not typed.isascii():  # (which compare_digest refuses to compare)
        return None
    for drift in (-1, 0, 1):
        moment = at + drift * TOTP_STEP
        if hmac.compare_digest(totp_code(secret, moment), typed):
            return math.floor(moment / TOTP_STEP)
    return None


def totp_valid(secret: str, code: str, at: float) -> bool:
    return totp_step(secret, code, at) is not None


def totp_uri(secret: str, user: str, issuer: str = "emeeting") -> str:
    return (
        f"otpauth://totp/{quote(issuer)}:{quote(user)}?secret={secret}&issuer={quote(issuer)}"
        f"&algorithm=SHA1&digits={TOTP_DIGITS}&period={TOTP_STEP}"
    )


# ------------------------------------------------------------------------------------------ rate limit


LoginOutcome = Literal["failed", "succeeded", "undecided"]


@dataclass
class _Tally:
    failures: int = 0
    in_flight: int = 0  # attempts let through and not yet decided: they count, so that a burst cannot race
    last: float = 0.0


class LoginThrottle:
    """Failed logins per (user, address) and per address, checked and counted under one lock.

    Past its limit a key waits 2^n seconds after its latest attempt (n: attempts beyond the limit, so the
    wait doubles with every further failure), at most ``max_delay``; a key is forgotten after a quiet
    ``window`` past its wait. The user's own limit is per address: a guesser elsewhere cannot lock the user
    out. An address that tries many users is held back by the address limit.
    """

    def __init__(
        self,
        per_user_and_address: int,
        per_address: int,
        window: float,
        max_delay: float = 900.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_user_and_address = per_user_and_address
        self.per_address = per_address
        self.window = window
        self.max_delay = max_delay
        self._clock = clock
        self._tallies: dict[tuple[str, ...], _Tally] = {}
        self._swept_at = -math.inf
        self._lock = threading.Lock()

    def begin(self, user: str, address: str) -> int:
        """Seconds to wait before this attempt may be made; 0 lets it through and counts it until ``end``."""
        with self._lock:
            now = self._clock()
            # (at most once a second: a walk of all tallies on every login would itself be the attack)
            if len(self._tallies) > _TALLIES_BEFORE_SWEEP and now - self._swept_at >= 1.0:
                self._swept_at = now
                for key in list(self._tallies):
                    self._wait(key, 0, now)  # forgets the quiet ones
            keys = self._keys(user, address)
            wait = max(self._wait(key, limit, now) for key, limit in keys)
            if wait:
                return wait
            for key, _limit in keys:
                tally = self._tallies.setdefault(key, _Tally())
                tally.in_flight += 1
                tally.last = now
            return 0

    def end(self, user: str, address: str, outcome: LoginOutcome) -> None:
        """Close an attempt ``begin`` let through: a failure counts, a success clears the user's count."""
        with self._lock:
            now = self._clock()
            for key, _limit in self._keys(user, address):
                tally = self._tallies.setdefault(key, _Tally())
                tally.in_flight = max(0, tally.in_flight - 1)
                if outcome == "failed":
                    tally.failures += 1
                    tally.last = now
                elif tally.failures == 0 and tally.in_flight == 0:
                    # Nothing to hold against it (an attempt the server was too busy to check, say):
                    # a flood of those from many addresses and names leaves nothing behind.
                    del self._tallies[key]
            if outcome == "succeeded":
                pair = self._keys(user, address)[0][0]
                own = self._tallies.get(pair)
                if own is not None and own.in_flight == 0:
                    del self._tallies[pair]
                elif own is not None:
                    own.failures = 0

    def _keys(self, user: str, address: str) -> tuple[tuple[tuple[str, ...], int], ...]:
        network = throttled_network(address)
        return (("user", user, network), self.per_user_and_address), (("address", network), self.per_address)

    def _wait(self, key: tuple[str, ...], limit: int, now: float) -> int:
        tally = self._tallies.get(key)
        if tally is None:
            return 0
        beyond = tally.failures + tally.in_flight - limit
        delay = min(self.max_delay, 2.0**beyond) if beyond >= 0 else 0.0
        if tally.in_flight == 0 and now - tally.last >= max(delay, 1.0) + self.window:
            del self._tallies[key]  # gone quiet
            return 0
        if beyond < 0:
            return 0
        remaining = tally.last + delay - now
        return math.ceil(remaining) if remaining > 0 else 0


def throttled_network(address: str) -> str:
    """What the limits count an address as: an IPv4 address itself, an IPv6 address as its /64 (whoever has
    one address of a /64 usually has them all)."""
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


_TALLIES_BEFORE_SWEEP = 10_000
