"""Real Linked Events data, end to end, with the torg binary (env TORG).

The demo site gets a saved response shaped as the live API writes it: a postponed event with null
times, a place given only as an @id (resolved from a /place/ file), a null place with
location_extra_info, an online place, ?format=json ids, HTML in the price, a date-only end, a
recurring series without its dates, an image without alt text and keywords that read alike. The
site must build, every event must have a page in both languages, every .ics must parse with
icalendar and every JSON-LD with json, with the right eventStatus, eventAttendanceMode and
inLanguage.

`torg events fetch` runs against a small server on 127.0.0.1 that serves a paginated query: it
must save every page with places and keywords expanded, give the same bytes on a second fetch, and
stop with a clear error on HTTP errors and timeouts.
"""
import json
import os
import re
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from test_calendar import build, copy_site, torg_binary

API = "https://api.hel.fi/linkedevents/v1"
PLACE = {"id": "tprek:7254", "name": {"fi": "Oodi", "sv": "Ode"}, "street_address": {"fi": "Töölönlahdenkatu 4"},
         "address_locality": {"fi": "Helsinki", "sv": "Helsingfors"}}


def record(id: str, **fields) -> dict:
    return {"id": id, "@id": f"{API}/event/{id}/?format=json", "@type": "Event", "name": {"fi": f"Tapahtuma {id}"},
            "event_status": "EventScheduled", "location": {"@id": f"{API}/place/tprek:7254/?format=json"}, "keywords": [],
            "offers": [], "images": [], "sub_events": [], "super_event": None, "super_event_type": None, **fields}


RESPONSE = {"meta": {"count": 8, "next": None, "previous": None}, "data": [
    record("helsinki:afxp6tv4xa", event_status="EventPostponed", start_time=None, end_time=None,
           name={"fi": "Siirretty konsertti", "sv": "Uppskjuten konsert"}),
    record("turku:kirppis", start_time="2026-12-12T08:00:00Z", end_time="2026-12-12T12:00:00Z", location=None,
           location_extra_info={"fi": "Blombergin aukio 12, Turku / Kupittaa"}, name={"fi": "Kirpputori"},
           short_description={"fi": "Kirpputori torilla."}),
    record("helsinki:webinaari", start_time="2026-12-14T14:00:00Z", end_time="2026-12-14T15:00:00Z",
           location={"@id": f"{API}/place/helsinki:internet/"}, virtualevent_url="https://meet.example.fi/w",
           name={"fi": "Webinaari", "sv": "Webbinarium"}, description={"fi": "<p>Verkossa.</p>", "sv": "<p>På nätet.</p>"}),
    record("helsinki:konsertti", start_time="2026-12-15T17:00:00Z", end_time="2026-12-15T19:00:00Z",
           name={"fi": "Joulukonsertti", "sv": "Julkonsert"},
           super_event={"@id": f"{API}/event/helsinki:festivaali/?format=json"},
           offers=[{"is_free": False, "price": {"fi": "<p>Sisäänpääsymaksu 10 €</p>"},
                    "description": {"fi": "<p>Tarkista hinta lippupalvelusta</p>"}, "info_url": {"fi": "https://liput.example.fi/k"}}],
           images=[{"url": "https://images.example.fi/a.jpg", "name": "", "alt_text": None}],
           keywords=[{"id": "yso:p1808", "name": {"fi": "Musiikki", "sv": "Musik"}},
                     {"id": "helsinki:aflfbat76e", "name": {"fi": "musiikki", "sv": "musik"}}]),
    record("helsinki:festivaali", start_time="2026-12-15", end_time="2026-12-17", has_start_time=False,
           super_event_type="umbrella", name={"fi": "Joulufestivaali", "sv": "Julfestival"},
           sub_events=[{"@id": f"{API}/event/helsinki:konsertti/?format=json"}]),
    record("helsinki:nayttely", start_time="2026-12-01T10:00:00Z", end_time="2027-01-10", name={"fi": "Näyttely"}),
    record("helsinki:satutunti", super_event_type="recurring", start_time="2026-09-05T07:00:00Z", end_time="2027-05-08",
           name={"fi": "Satutunti", "sv": "Sagostund"},
           sub_events=[{"@id": f"{API}/event/helsinki:s{n}/"} for n in range(1, 30)]),
]}


@pytest.fixture(scope="module")
def real(tmp_path_factory) -> Path:
    site = copy_site(tmp_path_factory.mktemp("linked-events") / "site")
    data = site / "data/linked-events"
    (data / "real.json").write_text(json.dumps(RESPONSE, ensure_ascii=False, indent=2), encoding="utf-8")
    (data / "places.json").write_text(json.dumps({"meta": {"count": 1, "next": None}, "data": [PLACE]}), encoding="utf-8")
    config = site / "torg.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "    - data/linked-events/ekvik.json\n",
        "    - data/linked-events/ekvik.json\n    - {file: data/linked-events/real.json, places: data/linked-events/places.json}\n"),
        encoding="utf-8")
    return build(site, site.parent / "public")


def page(root: Path, language: str, id: str) -> str:
    section = {"sv": "evenemang", "fi": "tapahtumat"}[language]
    return (root / language / section / id.replace(":", "-") / "index.html").read_text(encoding="utf-8")


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_every_event_has_a_page_in_every_language_with_json_ld(real: Path):
    for item in RESPONSE["data"]:
        for language in ("sv", "fi"):
            data = json_ld(page(real, language, item["id"]))
            assert data["@type"] == "Event" and data["name"]
            assert data["eventStatus"] == "https://schema.org/" + item["event_status"]


def test_the_json_ld_says_status_attendance_and_the_language_shown(real: Path):
    postponed = json_ld(page(real, "sv", "helsinki:afxp6tv4xa"))
    assert postponed["eventStatus"] == "https://schema.org/EventPostponed"
    assert "startDate" not in postponed and "endDate" not in postponed
    online = json_ld(page(real, "sv", "helsinki:webinaari"))
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert online["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.fi/w"}
    assert online["inLanguage"] == "sv"
    flea = json_ld(page(real, "sv", "turku:kirppis"))
    assert flea["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert flea["location"] == {"@type": "Place", "name": "Blombergin aukio 12, Turku / Kupittaa"}
    assert flea["inLanguage"] == "fi", "the Swedish page shows the Finnish summary"
    concert = json_ld(page(real, "sv", "helsinki:konsertti"))
    assert concert["location"]["name"] == "Ode"
    assert concert["offers"] == {"@type": "Offer", "description": "Sisäänpääsymaksu 10 € Tarkista hinta lippupalvelusta",
                                 "url": "https://liput.example.fi/k"}
    exhibition = json_ld(page(real, "sv", "helsinki:nayttely"))
    assert (exhibition["startDate"], exhibition["endDate"]) == ("2026-12-01", "2027-01-10")


def test_every_calendar_file_parses_and_none_spans_months(real: Path):
    files = sorted(real.rglob("*.ics"))
    assert files
    for path in files:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        for event in calendar.walk("VEVENT"):
            uid = str(event["UID"])
            assert not uid.startswith("linkedevents-helsinki-afxp6tv4xa"), f"{path}: the undated event has a VEVENT"
            assert not uid.startswith("linkedevents-helsinki-satutunti"), f"{path}: the series without dates has a VEVENT"
    assert not (real / "sv/evenemang/helsinki-afxp6tv4xa/helsinki-afxp6tv4xa.ics").exists()
    exhibition = icalendar.Calendar.from_ical((real / "sv/evenemang/helsinki-nayttely/helsinki-nayttely.ics").read_bytes())
    [event] = exhibition.walk("VEVENT")
    assert str(event["DTSTART"].dt) == "2026-12-01" and str(event["DTEND"].dt) == "2027-01-11"


def test_the_pages_show_what_the_data_says(real: Path):
    postponed = page(real, "sv", "helsinki:afxp6tv4xa")
    assert '<dd>Ode<br><span lang="fi">Töölönlahdenkatu 4</span> Helsingfors</dd>' in postponed
    assert "Ny tid meddelas senare" in postponed
    assert 'type="text/calendar" download' not in postponed
    upcoming = (real / "sv/evenemang/index.html").read_text(encoding="utf-8")
    assert "Uppskjutna evenemang</h2>" in upcoming
    postponed_list = upcoming.split("Uppskjutna evenemang</h2>", 1)[1].split('<div class="content">', 1)[0]
    assert '<a href="/sv/evenemang/helsinki-afxp6tv4xa/">Uppskjuten konsert</a>' in postponed_list
    assert "Ny tid meddelas senare" in postponed_list
    concert = page(real, "sv", "helsinki:konsertti")
    assert "&lt;p&gt;" not in concert and '<dd><span lang="fi">Sisäänpääsymaksu 10 €</span></dd>' in concert
    assert ('<dt>Biljetter</dt><dd><span lang="fi">Tarkista hinta lippupalvelusta</span><br>'
            '<a href="https://liput.example.fi/k">Köp biljetter</a></dd>') in concert
    assert "Anmälan" not in concert
    assert "images.example.fi" not in concert.split("</head>")[1], "an image without alt text is left out of the page"
    assert concert.count("/sv/evenemang/kategori/musik/") == 1
    assert 'href="/sv/evenemang/helsinki-festivaali/">Julfestival</a>' in concert
    assert "Liput" in page(real, "fi", "helsinki:konsertti")
    series = page(real, "sv", "helsinki:satutunti")
    assert "Flera tillfällen lördag 5 september 2026 – lördag 8 maj 2027" in series
    flea = page(real, "sv", "turku:kirppis")
    assert '<span lang="fi">Blombergin aukio 12, Turku / Kupittaa</span>' in flea
    assert 'lang="fi">Kirpputori</' in flea
    webinar = page(real, "sv", "helsinki:webinaari")
    assert "event-fallback" not in webinar and "fact-panel" not in webinar


# --- torg events fetch ---------------------------------------------------------------------------

def served(record_id: str, expanded: bool) -> dict:
    place = PLACE if expanded else {"@id": f"{API}/place/tprek:7254/"}
    return {"id": record_id, "name": {"fi": record_id}, "start_time": "2026-12-12T08:00:00Z", "location": place,
            "keywords": [{"id": "yso:p1", "name": {"fi": "a"}}] if expanded else [{"@id": f"{API}/keyword/yso:p1/"}]}


class Handler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):
        Handler.requests.append(self.path)
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        if url.path == "/slow/":
            time.sleep(3)
        if url.path == "/missing/":
            self.send_error(404)
            return
        if url.path != "/v1/event/":
            self.send_error(500)
            return
        expanded = set(query.get("include", [""])[0].split(",")) >= {"location", "keywords"}
        number = int(query.get("page", ["1"])[0])
        pages = {1: ["helsinki:c", "helsinki:a"], 2: ["helsinki:e", "helsinki:b"], 3: ["helsinki:d"]}
        base = f"http://127.0.0.1:{self.server.server_port}/v1/event/?start=today&include=location,keywords"
        body = {"meta": {"count": 5, "next": f"{base}&page={number + 1}" if number < 3 else None},
                "data": [served(id, expanded) for id in pages[number]]}
        raw = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def fetch(url: str, output: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([torg_binary(), "events", "fetch", url, "--output", str(output), *options],
                          capture_output=True, text=True, timeout=60)


def test_fetch_saves_every_page_expanded_and_refetches_the_same_bytes(server: str, tmp_path: Path):
    output = tmp_path / "data/linked-events/fetched.json"
    Handler.requests.clear()
    first = fetch(f"{server}/v1/event/?start=today", output)
    assert first.returncode == 0, first.stderr
    assert first.stdout.endswith(f"torg: 5 events from 3 pages saved to {output}\n")
    assert all("include=location,keywords" in path for path in Handler.requests), Handler.requests
    saved = json.loads(output.read_text(encoding="utf-8"))
    assert [item["id"] for item in saved["data"]] == ["helsinki:a", "helsinki:b", "helsinki:c", "helsinki:d", "helsinki:e"]
    assert saved["meta"] == {"count": 5, "next": None, "previous": None}
    assert all(item["location"]["name"]["sv"] == "Ode" and item["keywords"][0]["name"] for item in saved["data"])
    before = output.read_bytes()
    second = fetch(f"{server}/v1/event/?start=today&include=keywords", output, "--quiet")
    assert second.returncode == 0 and second.stdout == "", second.stderr
    assert output.read_bytes() == before


def test_a_fetched_file_builds_without_warnings(server: str, tmp_path: Path):
    site = copy_site(tmp_path / "site")
    assert fetch(f"{server}/v1/event/?start=today", site / "data/linked-events/ekvik.json").returncode == 0
    result = subprocess.run([torg_binary(), "build", "--source", str(site), "--output", str(tmp_path / "public")],
                            capture_output=True, text=True, timeout=600, env=dict(os.environ, SOURCE_DATE_EPOCH="1795780800", TZ="UTC"))
    assert result.returncode == 0, result.stderr
    assert "linked-events" not in result.stderr, result.stderr
    assert (tmp_path / "public/sv/evenemang/helsinki-d/index.html").exists()


@pytest.mark.parametrize("path, options, message", [
    ("/missing/", [], "error: GET {server}/missing/?include=location,keywords answered with HTTP status 404\n"
                      "  hint: check the address and its query; open it in a browser to see the API's answer\n"),
    ("/broken/", [], "error: GET {server}/broken/?include=location,keywords answered with HTTP status 500\n"
                     "  hint: the server has a problem; try again later\n"),
    ("/slow/", ["--timeout", "1"], "error: GET {server}/slow/?include=location,keywords did not answer within 1 second\n"
                                   "  hint: try again later, or allow more time with --timeout\n"),
])
def test_fetch_stops_with_a_clear_error(server: str, tmp_path: Path, path: str, options: list[str], message: str):
    output = tmp_path / "out.json"
    result = fetch(server + path, output, *options)
    assert result.returncode == 1
    assert result.stderr == message.format(server=server)
    assert not output.exists()


def test_fetch_refuses_what_is_not_a_web_address(tmp_path: Path):
    result = fetch("file:///etc/passwd", tmp_path / "out.json")
    assert result.returncode == 1
    assert result.stderr.startswith("error: 'file:///etc/passwd' is not an http or https address\n")
