"""python -m kiosk [--config FILE] [--windowed] [--screenshot DIR] | validate DIR | manifest DIR | search QUERY
| pin-hash"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

COMMANDS = ("validate", "manifest", "search", "pin-hash")


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk", description="Start the station kiosk.")
    parser.add_argument("--config", type=Path, help="TOML config file (settings: see README)")
    parser.add_argument("--content", type=Path, help="show this content directory instead of the shipped bundle")
    parser.add_argument("--windowed", action="store_true", help="a normal window that can be closed (development)")
    parser.add_argument("--screenshot", type=Path, metavar="DIR", help="render every screen to PNGs in DIR and exit")
    args = parser.parse_args(argv)
    from kiosk.app import read_config, run

    config = read_config(args.config)
    if args.content:
        config = config.model_copy(update={"content_dir": args.content})
    if args.screenshot:
        from kiosk.views.screenshot import render_all

        count = render_all(config, args.screenshot)
        print(f"{count} screenshots in {args.screenshot}")
        return 0
    return run(config, windowed=args.windowed)


def _validate(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk validate", description="Check a content bundle directory.")
    parser.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    from datetime import datetime, timezone

    from kiosk.content.bundle import BundleError, load_bundle

    try:
        bundle = load_bundle(args.dir, now=datetime.now(timezone.utc))
    except BundleError as err:
        for problem in err.problems:
            print(problem)
        print(f"{len(err.problems)} problem(s) in {args.dir}", file=sys.stderr)
        return 1
    content = bundle.content
    print(
        f"ok: {args.dir}: station {content.station.id} version {bundle.version}, "
        f"{len(content.services)} services, {len(content.events)} events, "
        f"{len(bundle.handbook.entries)} handbook entries, {len(bundle.stations.stations)} nearby stations"
    )
    return 0


def _manifest(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk manifest", description="Rewrite manifest.json from the bundle's files."
    )
    parser.add_argument("dir", type=Path)
    parser.add_argument("--version", type=int, required=True)
    parser.add_argument("--station-id", help="defaults to the station id in content.json")
    args = parser.parse_args(argv)
    import json

    from kiosk.content.bundle import write_manifest

    station_id = args.station_id or json.loads((args.dir / "content.json").read_text("utf-8"))["station"]["id"]
    manifest = write_manifest(args.dir, args.version, station_id)
    print(f"wrote {args.dir / 'manifest.json'}: version {manifest.version}, {len(manifest.files)} files")
    return 0


def _search(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk search", description="Show the handbook answers a worker's search would list, ranked."
    )
    parser.add_argument("query", help="pinyin initials (gs), full pinyin (gongshang), or characters (工伤 / 工傷)")
    parser.add_argument("--lang", choices=("zh-Hans", "zh-Hant", "en"), default="zh-Hans")
    parser.add_argument("--category", help="limit to one category id")
    parser.add_argument("--content", type=Path, help="a content bundle directory (default: the shipped one)")
    args = parser.parse_args(argv)
    from kiosk.content.active import SHIPPED_BUNDLE
    from kiosk.content.bundle import BundleError, load_bundle
    from kiosk.search import HandbookSearch, format_hits

    try:
        handbook = load_bundle(args.content or SHIPPED_BUNDLE).handbook
    except BundleError as err:
        print(err, file=sys.stderr)
        return 1
    hits = HandbookSearch(handbook).search(args.query, args.lang, args.category, limit=len(handbook.entries))
    print(format_hits(hits, args.lang))
    return 0


def _pin_hash(argv: list[str]) -> int:
    argparse.ArgumentParser(
        prog="python -m kiosk pin-hash",
        description="Ask for a new attendant PIN twice and print the config line that holds its hash.",
    ).parse_args(argv)
    import getpass

    from kiosk.pin import hash_pin

    def read(prompt: str) -> str:
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        # Piped in (a provisioning script): prompts to stderr keep stdout the config line alone.
        sys.stderr.write(prompt)
        return sys.stdin.readline()

    pin = read("New attendant PIN (4-8 digits): ").strip()
    if read("Again: ").strip() != pin:
        print("the two PINs differ; nothing printed", file=sys.stderr)
        return 1
    try:
        print(f'attendant_pin_hash = "{hash_pin(pin)}"')
    except ValueError as err:
        print(err, file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if argv and argv[0] in COMMANDS:
        commands = {"validate": _validate, "manifest": _manifest, "search": _search, "pin-hash": _pin_hash}
        return commands[argv[0]](argv[1:])
    return _run(argv)


if __name__ == "__main__":
    sys.exit(main())
