"""A real IMAP server for the tests: dovecot on 127.0.0.1, with its own configuration in a temp folder
(a passwd-file login, maildir, free ports, no system authentication), without TLS or with the tests'
self-signed certificate (STARTTLS on the plain port, TLS from the first byte on a second one).

dovecot's login processes refuse to run as root, so when the tests run as root the whole server runs as
``nobody`` (as the PostgreSQL cluster of tests/server does). Messages are put in the mailbox with IMAP
APPEND, as a mail client or a delivery agent would.
"""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.mail.servers import Certificate, free_port


def dovecot_binary() -> str | None:
    """The dovecot binary, or None when it is not installed (apt: dovecot-imapd)."""
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)), None
    )


class ImapServer:
    """dovecot on 127.0.0.1. ``users``: logins it takes (user → password); ``certificate``: TLS on (then
    ``port`` offers STARTTLS and ``tls_port`` speaks TLS from the first byte)."""

    def __init__(self, *, users: dict[str, str], certificate: Certificate | None = None) -> None:
        binary = dovecot_binary()
        assert binary is not None, "dovecot is not installed (apt-get install dovecot-imapd)"
        self.binary = binary
        self.users = dict(users)
        self.certificate = certificate
        self.host = "127.0.0.1"
        self.port = free_port()
        self.tls_port = free_port() if certificate else 0
        # Not pytest's folder: when the server runs as nobody it must be able to enter every parent.
        self.folder = Path(tempfile.mkdtemp(prefix="emeeting-imap-"))
        self.process: subprocess.Popen[bytes] | None = None
        self._run_as: dict[str, Any] = {}
        if os.geteuid() == 0:  # dovecot's login processes will not run as root
            nobody = pwd.getpwnam("nobody")
            self._run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
            self.uid, self.gid = nobody.pw_uid, nobody.pw_gid
        else:
            self.uid, self.gid = os.getuid(), os.getgid()

    # -- configuration --------------------------------------------------------------------------------

    def _config(self) -> str:
        user = pwd.getpwuid(self.uid).pw_name
        group = grp.getgrgid(self.gid).gr_name
        root = self.folder
        tls = ""
        if self.certificate:
            tls = (
                f"ssl = yes\nssl_cert = <{root / 'cert.pem'}\nssl_key = <{root / 'key.pem'}\n"
                "ssl_min_protocol = TLSv1.2\n"
            )
        else:
            tls = "ssl = no\n"
        return (
            f"base_dir = {root / 'run'}\n"
            f"state_dir = {root / 'state'}\n"
            f"log_path = {root / 'dovecot.log'}\n"
            "protocols = imap\n"
            "listen = 127.0.0.1\n"
            f"{tls}"
            "disable_plaintext_auth = no\n"
            "auth_mechanisms = plain login\n"
            "auth_failure_delay = 0\n"
            f"default_login_user = {user}\n"
            f"default_internal_user = {user}\n"
            f"default_internal_group = {group}\n"
            f"first_valid_uid = {self.uid}\n"
            f"last_valid_uid = {self.uid}\n"
            f"first_valid_gid = {self.gid}\n"
            f"mail_location = maildir:{root / 'mail'}/%u\n"
            "passdb {\n"
            "  driver = passwd-file\n"
            f"  args = scheme=PLAIN username_format=%u {root / 'users'}\n"
            "}\n"
            "userdb {\n"
            "  driver = static\n"
            f"  args = uid={self.uid} gid={self.gid} home={root / 'home'}/%u\n"
            "}\n"
            "service imap-login {\n"
            "  chroot =\n"
            "  inet_listener imap {\n"
            f"    port = {self.port}\n"
            "  }\n"
            "  inet_listener imaps {\n"
            f"    port = {self.tls_port}\n"
            "    ssl = yes\n"
            "  }\n"
            "}\n"
            "service anvil {\n"
            "  chroot =\n"
            "}\n"
        )

    # -- running --------------------------------------------------------------------------------------

    def start(self) -> ImapServer:
        (self.folder / "users").write_text("".join(f"{u}:{{PLAIN}}{p}\n" for u, p in self.users.items()))
        if self.certificate:
            shutil.copyfile(self.certificate.cert, self.folder / "cert.pem")
            shutil.copyfile(self.certificate.key, self.folder / "key.pem")
        config = self.folder / "dovecot.conf"
        config.write_text(self._config())
        for path in (self.folder, *self.folder.iterdir()):
            os.chown(path, self.uid, self.gid)
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(config)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **self._run_as,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot did not start: {self.log()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    if s.recv(64).startswith(b"* OK"):
                        return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not answer: {self.log()}")

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> ImapServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the mailbox ----------------------------------------------------------------------------------

    def client(self, user: str) -> imaplib.IMAP4:
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        try:  # SASL PLAIN: the password in UTF-8 (LOGIN takes ASCII only)
            client.authenticate("PLAIN", lambda _: f"\0{user}\0{self.users[user]}".encode())
        except BaseException:
            client.shutdown()
            raise
        return client

    def create_folder(self, user: str, folder: str) -> None:
        """A folder; ``folder`` as IMAP writes it (modified UTF-7 for what is not ASCII)."""
        client = self.client(user)
        try:
            status, data = client.create(folder)
            assert status == "OK", data
        finally:
            client.logout()

    def append(self, user: str, *messages: bytes, folder: str = "INBOX") -> None:
        """Put messages in the user's folder (APPEND), unread, as they arrive from outside."""
        client = self.client(user)
        try:
            for raw in messages:
                status, data = client.append(folder, None, None, raw)
                assert status == "OK", data
        finally:
            client.logout()

    def flags(self, user: str, folder: str = "INBOX") -> list[str]:
        """Each message's flags, in order (a reader that only peeks leaves them as they were)."""
        client = self.client(user)
        try:
            client.select(folder, readonly=True)
            status, data = client.fetch("1:*", "(FLAGS)")
            if status != "OK" or data == [None]:
                return []
            return [item.decode() if isinstance(item, bytes) else str(item) for item in data]
        finally:
            client.logout()

    def count(self, user: str, folder: str = "INBOX") -> int:
        client = self.client(user)
        try:
            status, data = client.select(folder, readonly=True)
            assert status == "OK", data
            return int(data[0] or 0)
        finally:
            client.logout()
