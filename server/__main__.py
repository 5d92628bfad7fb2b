"""`python -m server --host H --port P --db URL [--demo N] [--seed S]`: the standalone server;
`python -m server admin ...`: operator commands (server.admin)."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from types import FrameType

import uvicorn

from server.admin import default_db_url
from server.admin import main as admin_main
from server.app import create_app
from server.config import Settings
from server.ingest.hj212_workers import default_workers
from server.push.hub import end_local_streams


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m server", description="Sandtable supervision server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--db", default=None,
                        help="SQLAlchemy URL; default a SQLite file in the user data directory. "
                             "PostgreSQL: postgresql+psycopg://user@host:5432/dbname")
    parser.add_argument("--demo", type=int, default=0, metavar="N", help="seed N demo projects into an empty database")
    parser.add_argument("--seed", type=int, default=20261125, help="random seed of the demo data")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="not used yet: the API always runs in one process (see --hj212-workers for ingest)")
    parser.add_argument("--log-level", default="info")
    parser.add_argument("--hj212-port", type=int, default=None, metavar="P",
                        help="accept HJ 212 (2017 and 2005) uploads over TCP on this port")
    parser.add_argument("--hj212-host", default=None, help="address of the HJ 212 listener (default: --host)")
    parser.add_argument("--hj212-workers", type=int, default=default_workers(), metavar="N",
                        help="HJ 212 listener processes sharing the port (default: one per core, at most 4); with more "
                             "than one, the API process itself listens on none")
    parser.add_argument("--mqtt-url", default=None, metavar="URL", help="subscribe to readings, e.g. mqtt://127.0.0.1:1883")
    parser.add_argument("--mqtt-topic", default="sandtable/+/readings", help="topic filter; the + names the device code")
    parser.add_argument("--retention-days", type=int, default=180, help="keep raw readings this long")
    parser.add_argument("--trust-forwarded-for", action="store_true",
                        help="behind a reverse proxy: take each client's address from the last X-Forwarded-For "
                             "entry (throttling counts per address); never set it without a proxy in front")
    parser.add_argument("--tls-cert", default=None, metavar="FILE",
                        help="serve HTTPS with this PEM certificate (chain), for deployments without a TLS proxy")
    parser.add_argument("--tls-key", default=None, metavar="FILE", help="the PEM private key of --tls-cert")
    parser.add_argument("--token-ttl", type=float, default=12 * 3600.0, metavar="SECONDS",
                        help="lifetime of a session token (login or wall session); default 12 h")
    args = parser.parse_args(argv)
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    if args.token_ttl < 10:
        parser.error("--token-ttl must be at least 10 seconds")
    return args


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["admin"]:
        sys.exit(admin_main(argv[1:]))
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_url = args.db or default_db_url()
    settings = Settings(db_url=db_url, demo_projects=args.demo, demo_seed=args.seed, hj212_port=args.hj212_port,
                        hj212_host=args.hj212_host or args.host, hj212_workers=max(1, args.hj212_workers),
                        mqtt_url=args.mqtt_url, mqtt_topic=args.mqtt_topic,
                        reading_retention=dt.timedelta(days=args.retention_days), demo_mode=args.demo > 0,
                        trust_forwarded_for=args.trust_forwarded_for,
                        token_ttl=dt.timedelta(seconds=args.token_ttl))
    config = uvicorn.Config(create_app(settings), host=args.host, port=args.port, log_level=args.log_level,
                            proxy_headers=args.trust_forwarded_for,  # else uvicorn trusts the header from 127.0.0.1
                            ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key,
                            timeout_graceful_shutdown=5)  # a stream the hub could not end is cut after 5 s
    _StreamEndingServer(config).run()


class _StreamEndingServer(uvicorn.Server):
    """On SIGTERM/SIGINT, end the push streams first: a graceful shutdown would otherwise wait for them
    (they never end on their own) while clients kept showing their data as live."""

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        end_local_streams()
        super().handle_exit(sig, frame)


if __name__ == "__main__":
    main()
