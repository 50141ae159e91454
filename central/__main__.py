"""python -m central [--db URL] serve | add-station ID | stats | stations"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timedelta, timezone

# A station whose last heartbeat is older than this is listed as offline.
OFFLINE_AFTER = timedelta(minutes=15)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m central", description="The reference central service.")
    parser.add_argument(
        "--db",
        default=os.environ.get("CENTRAL_DATABASE_URL", "central.db"),
        help="a SQLite file (default central.db) or a postgresql:// URL; or set CENTRAL_DATABASE_URL",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    add = commands.add_parser("add-station", help="register a station and print its token once")
    add.add_argument("station_id")
    commands.add_parser("stats", help="events per station and day")
    commands.add_parser("stations", help="last heartbeat, queue depth and content version of each station")
    args = parser.parse_args(argv)

    from central.db import Database

    db = Database(args.db)
    if args.command == "serve":
        import uvicorn

        from central.app import create_app

        # No line per request: thousands of kiosks posting every few seconds would bury the log.
        uvicorn.run(create_app(db), host=args.host, port=args.port, log_level="info", access_log=False)
    elif args.command == "add-station":
        try:
            token = db.add_station(args.station_id)
        except ValueError as err:
            print(err, file=sys.stderr)
            return 1
        print(f"station {args.station_id} registered; its token (shown only now):\n{token}")
    elif args.command == "stats":
        for station_id, day, type, count in db.stats():
            print(f"{station_id}\t{day}\t{type}\t{count}")
    else:
        now = datetime.now(timezone.utc)
        for row in db.stations():
            seen = datetime.fromisoformat(row.last_heartbeat) if row.last_heartbeat else None
            state = "never seen" if seen is None else ("online" if now - seen < OFFLINE_AFTER else "OFFLINE")
            print(
                f"{row.id}\t{state}\tlast heartbeat {row.last_heartbeat or '-'}\tqueue {row.queue_depth if row.queue_depth is not None else '-'}"
                f"\tcontent v{row.content_version if row.content_version is not None else '-'}"
                + (f"\tcontent error: {row.last_content_error}" if row.last_content_error else "")
            )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
