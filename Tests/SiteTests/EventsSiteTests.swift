import Diagnostics
import Foundation
import Site
import Testing

/// The calendar end to end: event pages, imported events, lists, months, feeds and structured data,
/// built through the real pipeline from small sites declared here.
@Suite struct EventsSiteTests {
    /// The minimal theme plus just enough event templates to see the fields.
    static let theme = TestSite.minimalTheme.merging([
        "themes/mini/layouts/event.mustache": """
            {{<baseof}}{{$main}}<h1>{{#page.event.statusLabel}}[{{.}}] {{/page.event.statusLabel}}{{page.title}}</h1>
            <p class="when">{{page.event.when}}</p><p class="place">{{page.event.place.name}}</p><p class="price">{{page.event.price}}</p>
            {{#page.event.fallbackNotices}}<p class="notice">{{text}}</p>{{/page.event.fallbackNotices}}
            <a class="ics" href="{{page.event.calendarURL}}">ics</a>{{{page.content}}}
            <script type="application/ld+json">{{{page.event.jsonLD}}}</script>{{/main}}{{/baseof}}
            """,
        "themes/mini/layouts/event-list.mustache": """
            {{<baseof}}{{$main}}<h1>{{page.title}}</h1>{{#page.events}}<ul>{{#items}}<li>{{title}} | {{when}}{{#statusLabel}} [{{.}}]{{/statusLabel}}</li>{{/items}}</ul>
            {{#previous}}<a rel="prev" href="{{url}}">{{title}}</a>{{/previous}}{{#next}}<a rel="next" href="{{url}}">{{title}}</a>{{/next}}{{/page.events}}{{/main}}{{/baseof}}
            """,
        "themes/mini/i18n/sv.yaml": TestSite.minimalTheme["themes/mini/i18n/sv.yaml"]! + """
            atTime: kl.
            eventCancelled: Inställt
            eventFree: Avgiftsfritt
            eventTextInFinnish: Texten finns inte på svenska och visas på finska.
            upcomingEvents: Kommande evenemang
            pastEvents: Tidigare evenemang
            eventsMonthTitle: Evenemang i {month}

            """,
        "themes/mini/i18n/fi.yaml": TestSite.minimalTheme["themes/mini/i18n/fi.yaml"]! + """
            atTime: klo
            eventCancelled: Peruttu
            eventFree: Maksuton
            eventTextInFinnish: Teksti on suomeksi.
            upcomingEvents: Tulevat tapahtumat
            pastEvents: Menneet tapahtumat
            eventsMonthTitle: "Tapahtumakalenteri: {month}"

            """,
    ]) { _, new in new }

    static let sections = [
        "content/evenemang/_index.sv.md": "---\ntitle: Evenemang\n---\n",
        "content/evenemang/_index.fi.md": "---\ntitle: Tapahtumat\nslug: tapahtumat\n---\n",
    ]

    static func site(_ files: [String: String], events: String = "") throws -> TestSite {
        try TestSite(sections.merging(files) { _, new in new }, theme: theme, config: TestSite.bilingualConfig + "\n" + events)
    }

    static func event(_ title: String, _ block: String) -> String {
        "---\ntitle: \(title)\nevent:\n" + block.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n---\n\nText.\n"
    }

    /// 2026-11-27T12:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_795_780_800)

    @Test func jsonLDCarriesTheOffsetOfTheEventsOwnDay() throws {
        let site = try Self.site([
            "content/evenemang/sommar.sv.md": Self.event("Sommarkonsert", "start: 2026-07-15T10:00\nend: 2026-07-15T12:00\nlocation: {name: Parken, streetAddress: Parkvägen 1, postalCode: \"10600\", city: Ekvik}\nfree: true"),
            "content/evenemang/vinter.sv.md": Self.event("Vinterkonsert", "start: 2027-01-15T10:00\nend: 2027-01-15T12:00\nlocation: Kyrkan\nstatus: cancelled"),
        ])
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(report.succeeded, "\(site.printed(report))")
        let summer = try #require(site.file("sv/evenemang/sommar/index.html"))
        #expect(summer.contains(#""startDate":"2026-07-15T10:00:00+03:00","endDate":"2026-07-15T12:00:00+03:00""#))
        #expect(summer.contains(#""location":{"@type":"Place","name":"Parken","address":{"@type":"PostalAddress","streetAddress":"Parkvägen 1","postalCode":"10600","addressLocality":"Ekvik"}}"#))
        #expect(summer.contains(#""offers":{"@type":"Offer","price":"0","priceCurrency":"EUR"}"#))
        #expect(summer.contains(#""inLanguage":"sv""#))
        #expect(summer.contains("<p class=\"when\">onsdag 15 juli 2026 kl. 10.00–12.00</p>"))
        let winter = try #require(site.file("sv/evenemang/vinter/index.html"))
        #expect(winter.contains(#""startDate":"2027-01-15T10:00:00+02:00""#))
        #expect(winter.contains(#""eventStatus":"https://schema.org/EventCancelled""#))
        #expect(winter.contains("<h1>[Inställt] Vinterkonsert</h1>"))
    }

    @Test func importedEventsGetPagesInEveryLanguageWithTheFallbackNoticed() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EventsTests/Fixtures/linked-events.json")
        let site = try Self.site(["data/linked-events.json": try String(contentsOf: fixture, encoding: .utf8)],
                                 events: "events:\n  sources: [data/linked-events.json]\n")
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(report.succeeded, "\(site.printed(report))")
        for id in ["tre-100", "tre-123", "tre-124", "tre-125"] {
            #expect(site.exists("sv/evenemang/\(id)/index.html"))
            #expect(site.exists("fi/tapahtumat/\(id)/index.html"))
            #expect(site.exists("sv/evenemang/\(id)/\(id).ics"))
        }
        let swedish = try #require(site.file("sv/evenemang/tre-123/index.html"))
        #expect(swedish.contains("<h1>Vårkonsert</h1>"))
        #expect(swedish.contains("""
            <p class="event-fallback">Texten finns inte på svenska och visas på finska.</p>
            <div lang="fi">
            <p>Kuoro laulaa kevään lauluja &amp; kansanlauluja.</p>
            """))
        #expect(swedish.contains(#"<link rel="alternate" hreflang="fi" href="https://kunta.example/fi/tapahtumat/tre-123/">"#))
        #expect(swedish.contains(#"<a href="/fi/tapahtumat/tre-123/" lang="fi">Suomeksi</a>"#))
        let finnish = try #require(site.file("fi/tapahtumat/tre-123/index.html"))
        #expect(finnish.contains("<h1>Kevätkonsertti</h1>"))
        #expect(!finnish.contains("event-fallback"))
        let english = try #require(site.file("sv/evenemang/tre-124/index.html"))
        #expect(english.contains("<h1>[Inställt] Cancelled workshop</h1>"))
    }

    @Test func theArchiveTakesAnEventOnceTheBuildTimePassesItsEnd() throws {
        let site = try Self.site([
            "content/evenemang/marknad.sv.md": Self.event("Julmarknad", "start: 2026-12-05T11:00\nend: 2026-12-05T16:00\nlocation: Torget"),
        ])
        defer { site.cleanUp() }
        #expect(site.build(now: Self.now).succeeded)
        #expect(site.file("sv/evenemang/index.html")?.contains("<li>Julmarknad | lördag 5 december 2026 kl. 11.00–16.00</li>") == true)
        #expect(site.file("sv/evenemang/arkiv/index.html")?.contains("Julmarknad") == false)
        let december6 = Date(timeIntervalSince1970: 1_796_558_400)
        #expect(site.build(now: december6).succeeded)
        #expect(site.file("sv/evenemang/index.html")?.contains("Julmarknad") == false)
        #expect(site.file("sv/evenemang/arkiv/index.html")?.contains("<li>Julmarknad | lördag 5 december 2026 kl. 11.00–16.00</li>") == true)
    }

    @Test func twoBuildsAtTheSameTimeAreIdentical() throws {
        let site = try Self.site([
            "content/evenemang/saga.sv.md": Self.event("Sagostund", "start: 2026-09-02T10:00\nend: 2026-09-02T10:45\nlocation: Biblioteket\nrecurrence: {frequency: weekly, until: 2027-05-26, exdates: [2026-10-21]}\ncategories: [bibliotek, barn]"),
            "content/evenemang/saga.fi.md": Self.event("Satutuokio", "start: 2026-09-02T10:00\nend: 2026-09-02T10:45\nlocation: Kirjasto\nrecurrence: {frequency: weekly, until: 2027-05-26, exdates: [2026-10-21]}\ncategories: [kirjasto]"),
        ])
        defer { site.cleanUp() }
        #expect(site.build(now: Self.now, workers: 1).succeeded)
        let first = site.outputTree()
        #expect(site.build(now: Self.now, workers: 3).succeeded)
        #expect(site.outputTree() == first)
        #expect(first.keys.contains("sv/evenemang/kategori/barn/calendar.ics"))
        #expect(first.keys.contains("fi/tapahtumat/kategoria/kirjasto/index.html"))
    }

    @Test func monthPagesLinkTheirNeighbours() throws {
        let site = try Self.site([
            "content/evenemang/saga.sv.md": Self.event("Sagostund", "start: 2026-10-28T10:00\nend: 2026-10-28T10:45\nlocation: Biblioteket\nrecurrence: {frequency: weekly, count: 6}"),
        ])
        defer { site.cleanUp() }
        #expect(site.build(now: Self.now).succeeded)
        let november = try #require(site.file("sv/evenemang/2026/11/index.html"))
        #expect(november.contains("<h1>Evenemang i november 2026</h1>"))
        #expect(november.contains(#"<a rel="prev" href="/sv/evenemang/2026/10/">Oktober 2026</a>"#))
        #expect(november.contains(#"<a rel="next" href="/sv/evenemang/2026/12/">December 2026</a>"#))
        #expect(november.components(separatedBy: "<li>Sagostund").count - 1 == 4)
        #expect(!site.exists("fi/tapahtumat/2026/11/index.html"))
    }

    @Test func theEventsCalendarFileIsRFC5545() throws {
        let site = try Self.site([
            "content/evenemang/saga.sv.md": """
                ---
                title: Sagostund, för barn; med rim
                lastmod: 2026-08-20T09:00
                event:
                  start: 2026-09-02T10:00
                  end: 2026-09-02T10:45
                  location: {name: Huvudbiblioteket, streetAddress: Biblioteksgatan 3, postalCode: "10600", city: Ekvik}
                  recurrence: {frequency: weekly, byday: [WE], until: 2027-05-26, exdates: [2026-10-21]}
                ---
                """,
        ])
        defer { site.cleanUp() }
        #expect(site.build(now: Self.now).succeeded)
        let ics = try #require(site.file("sv/evenemang/saga/saga.ics"))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        for line in [
            "UID:evenemang-saga@kunta.example", "DTSTAMP:20260820T060000Z",
            "DTSTART;TZID=Europe/Helsinki:20260902T100000", "DTEND;TZID=Europe/Helsinki:20260902T104500",
            "RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270526T205959Z", "EXDATE;TZID=Europe/Helsinki:20261021T100000",
            "SUMMARY:Sagostund\\, för barn\\; med rim", "BEGIN:VTIMEZONE", "TZID:Europe/Helsinki",
        ] {
            #expect(ics.contains("\r\n" + line + "\r\n"), "missing \(line)")
        }
        #expect(site.file("sv/evenemang/calendar.ics")?.contains("UID:evenemang-saga@kunta.example") == true)
    }

    @Test func invalidEventsFailTheBuildWithTheirPlaceAndTheValidValues() throws {
        let site = try Self.site([
            "content/evenemang/fel.sv.md": """
                ---
                title: Fel
                event:
                  start: 2026-10-14T18:00
                  end: 2026-10-14T17:00
                  location: Torget
                  status: canceled
                ---
                """,
        ])
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(!report.succeeded)
        let printed = site.printed(report)
        #expect(printed.contains("""
            content/evenemang/fel.sv.md:5:8: error: event end 2026-10-14T17:00:00+03:00 is before its start 2026-10-14T18:00:00+03:00
                5 |   end: 2026-10-14T17:00
                  |        ^
              hint: check the date and time of 'end'; an event that runs past midnight ends on the next day
            """))
        #expect(printed.contains("""
            content/evenemang/fel.sv.md:7:11: error: unknown status 'canceled'; valid values: scheduled, cancelled, postponed, rescheduled
                7 |   status: canceled
                  |           ^
              hint: did you mean 'cancelled'?
            """))
    }

    @Test func aThemeWithoutEventTemplatesStillShowsTheCalendar() throws {
        let site = try TestSite(Self.sections.merging([
            "content/evenemang/disco.sv.md": Self.event("Skridskodisco", "start: 2027-01-16T18:00\nend: 2027-01-16T20:00\nlocation: {name: Isbanan, city: Ekvik}\nprice: 5\nstatus: cancelled"),
        ]) { _, new in new })
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(report.succeeded, "\(site.printed(report))")
        let page = try #require(site.file("sv/evenemang/disco/index.html"))
        #expect(page.contains("""
            <p class="event-notice"><strong>Inställt</strong></p>
            <p class="event-facts"><time datetime="2027-01-16T18:00:00+02:00">lördag 16 januari 2027 18.00–20.00</time><br>
            Isbanan, Ekvik<br>
            5 €</p>
            <p>Text.</p>
            """))
        // The section and the month render with `section`, listing the events as children.
        #expect(site.file("sv/evenemang/index.html")?.contains(#"<li><a href="/sv/evenemang/disco/">Skridskodisco</a></li>"#) == true)
        #expect(site.file("sv/evenemang/2027/01/index.html")?.contains(#"<li><a href="/sv/evenemang/disco/">Skridskodisco</a></li>"#) == true)
    }

    @Test func aContentPageCannotTakeACalendarURL() throws {
        let site = try Self.site([
            "content/evenemang/a.sv.md": Self.event("A", "start: 2026-12-05T11:00\nend: 2026-12-05T16:00\nlocation: Torget"),
            "content/evenemang/arkiv.sv.md": "---\ntitle: Arkiv\n---\n",
        ], events: "events:\n  section: evenemang\n")
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.description).contains(
            "content/evenemang/arkiv.sv.md:1:1: error: sv/evenemang/arkiv/index.html would be written twice: by the page content/evenemang/arkiv.sv.md (content/evenemang/arkiv.sv.md:1:1) and by the calendar page /sv/evenemang/arkiv/ (torg.yaml:13:3)"))
    }
}

/// The calendar's block for ordinary pages, `evenemang/upcoming`, from a component package.
@Suite struct UpcomingEventsComponentTests {
    static let component: [String: String] = [
        "themes/evenemang/theme.yaml": """
            name: evenemang
            kind: component
            version: 1.0.0
            license: EUPL-1.2
            maintainer: Test
            languages: [sv, fi]
            blocks:
              upcoming:
                params:
                  count: {type: integer, default: 5}
                  category: {type: string}
                  events: {type: events, default: upcoming, limit: count, filter: category}
            """,
        "themes/evenemang/layouts/upcoming.mustache": "<ol>{{#params.events}}<li>{{title}}</li>{{/params.events}}</ol>",
    ]

    func site(_ page: String) throws -> TestSite {
        var files = Self.component.merging(EventsSiteTests.sections) { _, new in new }
        files["content/evenemang/marknad.sv.md"] = EventsSiteTests.event("Julmarknad", "start: 2026-12-05T11:00\nend: 2026-12-05T16:00\nlocation: Torget\ncategories: [Marknad]")
        files["content/evenemang/konsert.sv.md"] = EventsSiteTests.event("Konsert", "start: 2026-12-10T19:00\nend: 2026-12-10T21:00\nlocation: Kyrkan\ncategories: [Musik]")
        files["content/evenemang/gammal.sv.md"] = EventsSiteTests.event("Gammal", "start: 2026-01-10T19:00\nend: 2026-01-10T21:00\nlocation: Kyrkan\ncategories: [Musik]")
        files["content/hem.sv.md"] = page
        return try TestSite(files, theme: EventsSiteTests.theme,
                            config: TestSite.bilingualConfig.replacingOccurrences(of: "theme: [mini]", with: "theme: [mini, evenemang]"))
    }

    @Test func listsTheNextEventsOfACategory() throws {
        let site = try site("---\ntitle: Hem\n---\n```component evenemang/upcoming\ncount: 1\n```\n\n```component evenemang/upcoming\ncategory: Musik\n```\n")
        defer { site.cleanUp() }
        let report = site.build(now: EventsSiteTests.now)
        #expect(report.succeeded, "\(site.printed(report))")
        let html = try #require(site.file("sv/hem/index.html"))
        #expect(html.contains("<ol><li>Julmarknad</li></ol>"))
        #expect(html.contains("<ol><li>Konsert</li></ol>"))
    }

    @Test func anUnknownCategoryListsTheValidOnes() throws {
        let site = try site("---\ntitle: Hem\n---\n```component evenemang/upcoming\ncategory: Teater\n```\n")
        defer { site.cleanUp() }
        let report = site.build(now: EventsSiteTests.now)
        #expect(report.diagnostics.map(\.description) == ["content/hem.sv.md:4:1: error: no event category 'Teater' in sv"])
        #expect(report.diagnostics.first?.hint == "valid values: Marknad, Musik")
    }

}

/// Imported events whose data the first import did not know: undated postponements, partial translations.
extension EventsSiteTests {
    @Test func aPostponedImportWithoutATimeHasPagesButNoDatesAndNoCalendarFile() throws {
        let site = try Self.site(["data/le.json": """
            {"meta": {"count": 2, "next": null}, "data": [
            {"id": "helsinki:afxp6tv4xa", "name": {"fi": "Konsertti", "sv": "Konsert"}, "event_status": "EventPostponed", "start_time": null, "end_time": null, "location": {"id": "x:1", "name": {"fi": "Sali", "sv": "Salen"}}},
            {"id": "helsinki:b", "name": {"fi": "Näyttely", "sv": "Utställning"}, "start_time": "2026-12-10T09:00:00Z", "location": {"id": "x:1", "name": {"fi": "Sali", "sv": "Salen"}}}
            ]}
            """], events: "events:\n  sources: [data/le.json]\n")
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(report.succeeded, "\(site.printed(report))")
        #expect(site.printed(report).isEmpty, "\(site.printed(report))")
        let page = try #require(site.file("sv/evenemang/helsinki-afxp6tv4xa/index.html"))
        #expect(page.contains("<p class=\"when\">Ny tid meddelas senare</p>"))
        #expect(page.contains(#""inLanguage":"sv","eventStatus":"https://schema.org/EventPostponed""#))
        #expect(!page.contains("startDate"))
        #expect(site.file("fi/tapahtumat/helsinki-afxp6tv4xa/index.html")?.contains("<p class=\"when\">Uusi aika ilmoitetaan myöhemmin</p>") == true)
        #expect(!site.exists("sv/evenemang/helsinki-afxp6tv4xa/helsinki-afxp6tv4xa.ics"))
        let feed = try #require(site.file("sv/evenemang/calendar.ics"))
        #expect(feed.contains("UID:linkedevents-helsinki-b@"))
        #expect(!feed.contains("afxp6tv4xa"))
    }

    @Test func onlyTheSummaryAndDescriptionGetAFallbackNoticeAndInLanguageIsTheTextShown() throws {
        let site = try Self.site(["data/le.json": """
            {"data": [
            {"id": "a:1", "name": {"fi": "Kesäjuhla"}, "description": {"sv": "<p>Välkommen!</p>"}, "start_time": "2026-12-10T09:00:00Z"},
            {"id": "a:2", "name": {"fi": "Talvijuhla"}, "short_description": {"fi": "Juhla."}, "description": {"fi": "<p>Tervetuloa!</p>"}, "start_time": "2026-12-10T09:00:00Z"}
            ]}
            """], events: "events:\n  sources: [data/le.json]\n")
        defer { site.cleanUp() }
        let report = site.build(now: Self.now)
        #expect(report.succeeded, "\(site.printed(report))")
        let summer = try #require(site.file("sv/evenemang/a-1/index.html"))
        #expect(!summer.contains("class=\"notice\""))
        #expect(!summer.contains("event-fallback"))
        #expect(summer.contains(#""inLanguage":"sv""#))
        let winter = try #require(site.file("sv/evenemang/a-2/index.html"))
        #expect(winter.contains("<p class=\"notice\">Texten finns inte på svenska och visas på finska.</p>"))
        #expect(winter.contains("<p class=\"event-fallback\">Texten finns inte på svenska och visas på finska.</p>\n<div lang=\"fi\">"))
        #expect(winter.contains(#""inLanguage":"fi""#))
    }
}
