"""``emeeting serve`` and ``emeeting server …``: the command-line side of the sync server."""

from __future__ import annotations

import argparse
import copy
import getpass
import logging
import sys
import time
from pathlib import Path

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# The server's libraries are imported inside the commands: building the parser must stay cheap.


def default_db(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'server' / 'server.db'}"


def serve(args: argparse.Namespace, data_dir: Path) -> int:
    import uvicorn

    from emeeting.server.app import SECURITY_LOG, Settings, create_app

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "TLS needs both --ssl-certfile and --ssl-keyfile"))
    blobs = Path(args.blobs) if args.blobs else data_dir / "server" / "blobs"
    app = create_app(Settings(db_url=args.db or default_db(data_dir), blobs=blobs))
    # uvicorn's own logging, plus the security log (logins, refusals) on the same standard error.
    log_config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    # Its lines carry the time (UTC): a security log is read to tell when something happened.
    log_config["formatters"]["security"] = {
        "()": "emeeting.server.commands.UtcFormatter",
        "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
    }
    log_config["handlers"]["security"] = {
        "formatter": "security",
        "class": "logging.StreamHandler",
        "stream": "ext://sys.stderr",
    }
    log_config["loggers"][SECURITY_LOG] = {"handlers": ["security"], "level": "INFO", "propagate": False}
    uvicorn.run(
        app,
        log_config=log_config,
        host=args.host,
        port=args.port,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        log_level="info",
        access_log=args.access_log,
        timeout_keep_alive=75,  # longer than clients poll: a kept connection is not closed as it is reused
        # Live streams never end by themselves: stopping waits this long for them, then cuts them (their
        # clients reconnect, to another process or later, and resume from their last event).
        timeout_graceful_shutdown=3,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
    )
    return 0


class UtcFormatter(logging.Formatter):
    """ISO 8601 times in UTC, whatever the server's zone: lines from several servers sort together."""

    converter = staticmethod(time.gmtime)
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"


def _password(prompt: str) -> str:
    """From a prompt (asked twice) on a terminal, else the first line of standard input (scripts)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("again: ") != first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the two passwords differ"))
    return first


def server_command(args: argparse.Namespace, data_dir: Path) -> int:
    from emeeting.server.accounts import Accounts
    from emeeting.server.auth import Passwords, totp_uri
    from emeeting.server.storage import Database

    db = Database(args.db or default_db(data_dir), pool_size=1)
    try:
        db.upgrade()
        accounts = Accounts(db, Passwords())
        match args.server_command:
            case "user-add":
                secret = accounts.add_user(
                    args.name,
                    _password(f"password for {args.name}: "),
                    args.role,
                    person_id=args.person,
                    committees=tuple(args.committee or ()),
                    totp=args.totp,
                )
                print(f"added user {args.name} ({args.role})")
                if secret is not None:
                    print(f"authenticator: {totp_uri(secret, args.name)}")
            case "user-disable":
                accounts.set_disabled(args.name, True)
                print(f"disabled {args.name}; their sessions have ended")
            case "user-enable":
                accounts.set_disabled(args.name, False)
                print(f"enabled {args.name}")
            case "user-reset-password":
                accounts.reset_password(args.name, _password(f"new password for {args.name}: "))
                print(f"new password set for {args.name}; their sessions have ended")
            case "user-list":
                for user in accounts.list_users():
                    flags = " disabled" if user.disabled else ""
                    flags += " totp" if user.totp else ""
                    committees = ",".join(user.committees) or "-"
                    print(f"{user.name}\t{user.role}\t{user.person_id or '-'}\t{committees}\t{flags.strip()}")
                    for device_id, name, expires, revoked in user.devices:
                        state = "revoked" if revoked else f"until {expires[:16]}"
                        print(f"  device {device_id}\t{name}\t{state}")
            case "user-feed-revoke":
                from emeeting.server.calendar_feed import revoke_by_name

                if revoke_by_name(db, args.name):
                    print(f"ended the calendar feed of {args.name}; its address no longer works")
                else:
                    print(f"{args.name} has no calendar feed")
            case "device-revoke":
                accounts.revoke_device(args.device)
                print(f"revoked device {args.device}")
            case "prune":
                from emeeting.server.feed import purge_tombstones

                with db.read() as conn:
                    newest = db.server_version(conn)
                count = purge_tombstones(db, newest - args.keep_versions + 1)
                print(f"removed {count} tombstones; devices with older cursors will resync")
            case "policy":
                accounts.set_policy(
                    args.committee, offline_days=args.offline_days, allow_top_secret=args.allow_top_secret
                )
                print(f"policy set for committee {args.committee}")
    finally:
        db.dispose()
    return 0


def add_parsers(serve_parser: argparse.ArgumentParser, server_parser: argparse.ArgumentParser) -> None:
    """The options of both commands (cli.py owns the command names)."""
    db_help = "database URL: sqlite:///FILE (default: DATA_DIR/server/server.db) or postgresql+psycopg://…"
    serve_parser.add_argument("--db", help=db_help)
    serve_parser.add_argument("--blobs", help="documents folder (default: DATA_DIR/server/blobs)")
    serve_parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve_parser.add_argument("--port", type=int, default=8443, help="port (default 8443)")
    serve_parser.add_argument("--ssl-certfile", help="TLS certificate (PEM)")
    serve_parser.add_argument("--ssl-keyfile", help="TLS private key (PEM)")
    serve_parser.add_argument(
        "--proxy-headers", action="store_true", help="trust X-Forwarded-For from --forwarded-allow-ips"
    )
    serve_parser.add_argument(
        "--forwarded-allow-ips", default="127.0.0.1", help="the reverse proxy's address"
    )
    serve_parser.add_argument("--access-log", action="store_true", help="log every request")

    server_parser.add_argument("--db", help=db_help)
    sub = server_parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    user = sub.add_parser("user", help="add, disable, list users").add_subparsers(
        title="commands", metavar="COMMAND", required=True
    )
    add = user.add_parser("add", help="add a user (password from a prompt, or standard input's first line)")
    add.set_defaults(server_command="user-add")
    add.add_argument("name")
    add.add_argument("--role", choices=("admin", "secretary", "member"), default="member")
    add.add_argument("--person", help="the person id this user is in the meeting records")
    add.add_argument("--committee", action="append", help="committee id a secretary keeps (repeat)")
    add.add_argument("--totp", action="store_true", help="require an authenticator code; prints its URI")
    for name, command, text in (
        ("disable", "user-disable", "disable a user and end all their sessions"),
        ("enable", "user-enable", "enable a disabled user"),
        ("reset-password", "user-reset-password", "set a new password and end all sessions"),
        ("feed-revoke", "user-feed-revoke", "end the user's calendar feed (its address stops working)"),
    ):
        one = user.add_parser(name, help=text)
        one.set_defaults(server_command=command)
        one.add_argument("name")
    user.add_parser("list", help="users, roles, committees and devices").set_defaults(
        server_command="user-list"
    )
    device = sub.add_parser("device", help="revoke a device").add_subparsers(
        title="commands", metavar="COMMAND", required=True
    )
    revoke = device.add_parser("revoke", help="end a device's session at once (see `server user list`)")
    revoke.set_defaults(server_command="device-revoke")
    revoke.add_argument("device", metavar="DEVICE_ID")
    prune = sub.add_parser("prune", help="forget old tombstones (devices behind them resync in full)")
    prune.set_defaults(server_command="prune")
    prune.add_argument(
        "--keep-versions", type=int, default=100_000, help="keep the tombstones of the newest N versions"
    )
    policy = sub.add_parser("policy", help="a committee's offline days and whether top secret may sync")
    policy.set_defaults(server_command="policy")
    policy.add_argument("committee", metavar="COMMITTEE_ID")
    policy.add_argument("--offline-days", type=int, default=14)
    policy.add_argument("--allow-top-secret", action="store_true")
