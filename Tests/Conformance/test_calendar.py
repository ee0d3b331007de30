"""The calendar's iCalendar files and event pages, read by other software than Torg.

Builds the demo site with the torg binary (env TORG) at a fixed SOURCE_DATE_EPOCH and TZ=UTC, and
checks with Python's icalendar and dateutil that every .ics file parses, defines Europe/Helsinki,
keeps its UIDs between builds and expands a weekly event with an EXDATE to the right dates; and
that the pages agree: JSON-LD offsets, imported events in both languages, the archive, both themes.
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil import rrule

REPO = Path(__file__).resolve().parents[2]
HELSINKI = ZoneInfo("Europe/Helsinki")
NOW = 1795780800            # 2026-11-27T12:00:00Z
AFTER_MARKET = 1796558400   # 2026-12-06T12:00:00Z, the day after the Christmas market
SITE_PARTS = ("torg.yaml", "content", "data", "static", "layouts", "i18n", "themes")


def torg_binary() -> str:
    candidates = [os.environ.get("TORG"), REPO / ".build/release/torg", REPO / ".build/debug/torg"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return str(candidate)
    pytest.skip("no torg binary: set TORG to its path")


def copy_site(destination: Path, theme: str | None = None) -> Path:
    destination.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, destination / part)
        elif source.is_file():
            shutil.copy2(source, destination / part)
    if theme:
        config = destination / "torg.yaml"
        config.write_text(re.sub(r"^(\s+- )kommun$", rf"\g<1>{theme}", config.read_text(encoding="utf-8"),
                                 flags=re.MULTILINE), encoding="utf-8")
    return destination


def build(site: Path, output: Path, epoch: int = NOW) -> Path:
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), TZ="UTC")
    result = subprocess.run([torg_binary(), "build", "--quiet", "--source", str(site), "--output", str(output)],
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("calendar") / "site")
    return build(site, site.parent / "first")


@pytest.fixture(scope="module")
def second_build(demo: Path) -> Path:
    return build(demo.parent / "site", demo.parent / "second")


def calendars(root: Path) -> list[Path]:
    return sorted(root.rglob("*.ics"))


def uids(root: Path) -> dict[str, list[str]]:
    return {str(path.relative_to(root)): [str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")]
            for path in calendars(root)}


def json_ld(page: Path) -> dict:
    """The page's Event block (its head also carries the BreadcrumbList of every page)."""
    blocks = [json.loads(text) for text in
              re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.DOTALL)]
    events = [block for block in blocks if block.get("@type") == "Event"]
    assert len(events) == 1, f"{len(events)} Event blocks in {page}"
    return events[0]


def test_every_calendar_parses_and_defines_helsinki(demo: Path):
    files = calendars(demo)
    assert len(files) >= 30
    for path in files:
        raw = path.read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{path}: a line ends without CR"
        assert all(len(line) <= 75 for line in raw.split(b"\r\n")), f"{path}: a line is longer than 75 octets"
        calendar = icalendar.Calendar.from_ical(raw)
        assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
        zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
        assert zones == ["Europe/Helsinki"], f"{path}: {zones}"
        for event in calendar.walk("VEVENT"):
            assert event["UID"] and event["DTSTAMP"] and event["DTSTART"], f"{path}: incomplete VEVENT"
            start = event["DTSTART"]
            if isinstance(start.dt, dt.datetime):
                assert start.params["TZID"] == "Europe/Helsinki"


def test_two_builds_are_identical_and_keep_their_uids(demo: Path, second_build: Path):
    assert tree(demo) == tree(second_build)
    later = build(demo.parent / "site", demo.parent / "later", epoch=AFTER_MARKET)
    assert uids(later) == uids(demo)
    per_event = uids(demo)["sv/evenemang/julmarknad/julmarknad.ics"]
    assert per_event == ["evenemang-julmarknad@www.ekvik.example"]
    # The Finnish file of the same event carries the same UID.
    assert uids(demo)["fi/tapahtumat/joulumarkkinat/joulumarkkinat.ics"] == per_event


def test_weekly_event_with_exdate_yields_the_right_dates(demo: Path):
    calendar = icalendar.Calendar.from_ical((demo / "sv/evenemang/sagostund/sagostund.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    start = event["DTSTART"].dt
    assert start == dt.datetime(2026, 9, 2, 10, 0, tzinfo=HELSINKI)
    def local(value: dt.datetime) -> dt.datetime:
        return value.astimezone(HELSINKI).replace(tzinfo=None)
    # dateutil keeps the wall-clock time of an aware start, as RFC 5545 does.
    rule = rrule.rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    exdates = event["EXDATE"] if isinstance(event["EXDATE"], list) else [event["EXDATE"]]
    excluded = {local(d.dt) for exdate in exdates for d in exdate.dts}
    dates = [local(d) for d in rule if local(d) not in excluded]
    expected = [dt.datetime(2026, 9, 2, 10, 0) + dt.timedelta(weeks=n) for n in range(39)]
    expected = [d for d in expected if d.date() not in {dt.date(2026, 10, 21), dt.date(2026, 12, 23), dt.date(2026, 12, 30)}]
    assert dates == expected
    assert len(dates) == 36
    # The same dates on the pages: every Wednesday of October but the 21st, at 10.00 local time,
    # before and after the end of summer time.
    october = (demo / "sv/evenemang/2026/10/index.html").read_text(encoding="utf-8")
    listed = re.findall(r'<time datetime="(2026-10-\d\dT10:00:00\+0[23]:00)">', october)
    assert listed == ["2026-10-07T10:00:00+03:00", "2026-10-14T10:00:00+03:00", "2026-10-28T10:00:00+02:00"]


def test_json_ld_offsets_follow_the_events_own_day(tmp_path: Path):
    site = tmp_path / "small"
    (site / "content/evenemang").mkdir(parents=True)
    shutil.copytree(REPO / "themes/kommun", site / "themes/kommun")
    (site / "torg.yaml").write_text(
        "baseURL: https://kunta.example/\nlanguages:\n  - {code: sv, name: Svenska, locale: sv-FI, title: Kommunen}\n"
        "theme: [kommun]\n", encoding="utf-8")
    (site / "content/evenemang/_index.sv.md").write_text("---\ntitle: Evenemang\n---\n", encoding="utf-8")
    for name, day in [("juli", "2026-07-15"), ("januari", "2027-01-15")]:
        (site / f"content/evenemang/{name}.sv.md").write_text(
            f"---\ntitle: Konsert i {name}\nevent:\n  start: {day}T10:00\n  end: {day}T11:00\n  location: Torget\n---\n",
            encoding="utf-8")
    output = build(site, tmp_path / "out")
    july = json_ld(output / "sv/evenemang/juli/index.html")
    assert july["startDate"] == "2026-07-15T10:00:00+03:00" and july["endDate"] == "2026-07-15T11:00:00+03:00"
    assert json_ld(output / "sv/evenemang/januari/index.html")["startDate"] == "2027-01-15T10:00:00+02:00"


def test_demo_json_ld_has_the_required_fields(demo: Path):
    data = json_ld(demo / "sv/evenemang/julmarknad/index.html")
    assert data["@type"] == "Event" and data["inLanguage"] == "sv"
    assert data["startDate"] == "2026-12-05T11:00:00+02:00"
    assert data["location"]["address"]["@type"] == "PostalAddress"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["offers"]["price"] == "0" and data["organizer"]["name"]
    assert json_ld(demo / "sv/evenemang/ekvikloppet/index.html")["startDate"].endswith("+03:00")
    assert json_ld(demo / "sv/evenemang/skridskodisco/index.html")["eventStatus"] == "https://schema.org/EventCancelled"


def test_imported_events_have_both_languages_and_say_when_text_falls_back(demo: Path):
    saved = json.loads((REPO / "data/linked-events/ekvik.json").read_text(encoding="utf-8"))
    for event in saved["data"]:
        slug = event["id"].replace(":", "-")
        assert (demo / f"sv/evenemang/{slug}/index.html").is_file()
        assert (demo / f"fi/tapahtumat/{slug}/index.html").is_file()
    swedish = (demo / "sv/evenemang/ekv-2003/index.html").read_text(encoding="utf-8")
    assert "Texten finns inte på svenska och visas på finska." in swedish
    assert '<div lang="fi">\n<p>Näytämme kotimaisen animaatioelokuvan' in swedish
    assert "Texten finns inte" not in (demo / "fi/tapahtumat/ekv-2003/index.html").read_text(encoding="utf-8")


def test_moving_the_build_time_past_an_event_moves_it_to_the_archive(demo: Path):
    def lists(root: Path) -> tuple[str, str]:
        return ((root / "sv/evenemang/index.html").read_text(encoding="utf-8"),
                (root / "sv/evenemang/arkiv/index.html").read_text(encoding="utf-8"))
    upcoming, archive = lists(demo)
    assert "/sv/evenemang/julmarknad/" in upcoming and "/sv/evenemang/julmarknad/" not in archive
    later = demo.parent / "later"
    if not later.exists():
        build(demo.parent / "site", later, epoch=AFTER_MARKET)
    upcoming, archive = lists(later)
    assert "/sv/evenemang/julmarknad/" not in upcoming and "/sv/evenemang/julmarknad/" in archive


@pytest.mark.parametrize("theme", sorted(p.parent.parent.name for p in (REPO / "themes").glob("*/layouts/root.mustache")))
def test_the_calendar_works_in_every_theme(theme: str, tmp_path: Path):
    output = build(copy_site(tmp_path / "site", theme), tmp_path / "out")
    market = (output / "sv/evenemang/julmarknad/index.html").read_text(encoding="utf-8")
    assert "Julmarknad på torget" in market
    assert (output / "sv/evenemang/julmarknad/julmarknad.ics").is_file()
    month = (output / "fi/tapahtumat/2026/12/index.html").read_text(encoding="utf-8")
    assert "/fi/tapahtumat/joulumarkkinat/" in month
    assert (output / "fi/tapahtumat/ekv-2002/index.html").is_file()
