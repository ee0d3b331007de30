import Diagnostics
import Foundation
import Testing
@testable import Events

/// Shapes of real Linked Events responses (Helsinki, Turku) that the first import did not know:
/// every status, unexpanded references, null places, ids with a query, HTML in short texts,
/// date-only ends, recurring series, tickets, keywords that read alike, partial translations,
/// saved pages of longer responses, and escapes before an error.
@Suite struct LinkedEventsRealDataTests {
    static let api = "https://api.hel.fi/linkedevents/v1"

    /// A site whose `events.sources` is `sources`, with the files given.
    func load(_ files: [String: String], sources: String = "[data/le.json]", now: String = "2019-05-01")
        throws -> (EventCatalog, [String]) {
        let site = try EventSite(files, events: "events:\n  sources: \(sources)\n  fallback: [fi, sv, en]\n")
        defer { site.cleanUp() }
        let (catalog, problems) = try site.catalog(now: local(now))
        return (catalog, problems.map(\.description))
    }

    func event(_ catalog: EventCatalog, _ id: String, _ language: String = "sv") throws -> Event {
        try #require(catalog.event(key: "linkedevents:" + id, language: language))
    }

    @Test func aPostponedEventWithoutTimesGetsItsPagesAndNoDates() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"meta": {"count": 2, "next": null}, "data": [
            {"id": "helsinki:afxp6tv4xa", "name": {"fi": "Konsertti", "sv": "Konsert"}, "event_status": "EventPostponed", "start_time": null, "end_time": null, "location": {"id": "tprek:1", "name": {"fi": "Sali"}}},
            {"id": "helsinki:b", "name": {"fi": "Näyttely"}, "event_status": "EventScheduled", "start_time": "2019-05-10T09:00:00Z", "end_time": "2019-05-10T12:00:00Z", "location": {"id": "tprek:1", "name": {"fi": "Sali"}}}
            ]}
            """])
        #expect(problems == [])
        let postponed = try event(catalog, "helsinki:afxp6tv4xa")
        #expect(postponed.details.status == .postponed)
        #expect(postponed.schedule.extent == .undated)
        let index = try #require(catalog.events.firstIndex { $0.key == postponed.key && $0.language == "sv" })
        #expect(catalog.entries(ofEvent: index).isEmpty)
        #expect(!catalog.hasCalendarDates(index))
        #expect(catalog.undated(language: "sv") == [index])
        #expect(catalog.months(language: "sv").map { "\($0.year)-\($0.month)" } == ["2019-5"])
        let pages = catalog.pages.compactMap { page -> String? in
            if case .event = page.kind { return page.url }
            return nil
        }
        #expect(Set(pages) == ["/sv/evenemang/helsinki-afxp6tv4xa/", "/fi/tapahtumat/helsinki-afxp6tv4xa/",
                               "/sv/evenemang/helsinki-b/", "/fi/tapahtumat/helsinki-b/"])
        #expect(!catalog.calendars.contains { $0.url.contains("afxp6tv4xa") })
        #expect(catalog.calendars.filter { $0.scope == .language }.allSatisfy { $0.eventIndices.count == 1 })
    }

    @Test func recordsThatCannotBeUsedAreWarningsThatNameThemAndTheRestIsImported() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [
            {"id": "turku:1", "name": {"fi": "A"}, "event_status": "EventScheduled", "start_time": null},
            {"id": "turku:2", "name": {"fi": "B"}, "start_time": "2019-05-10T09:00:00Z", "location": {"id": "x:1", "name": {"fi": "Sali"}}},
            {"id": "turku:3", "name": {"fi": "C"}, "start_time": "toukokuu"},
            {"name": {"fi": "D"}}
            ]}
            """])
        #expect(problems == [
            "data/le.json:2:88: warning: event turku:1 is left out: it has no start_time",
            "data/le.json:4:54: warning: event turku:3 is left out: event.start_time 'toukokuu' is not a date or time Torg understands",
            "data/le.json:5:1: warning: a Linked Events event has no id; it is left out",
        ])
        #expect(Set(catalog.events.compactMap(\.importedID)) == ["turku:2"])
    }

    @Test func referencesGivenOnlyAsIdsAreResolvedFromThePlaceAndKeywordFilesOfTheSource() throws {
        let (catalog, problems) = try load([
            "data/le.json": """
                {"meta": {"count": 2, "next": null}, "data": [
                {"id": "helsinki:1", "name": {"fi": "Satutunti"}, "start_time": "2019-05-10T09:00:00Z", "location": {"@id": "\(Self.api)/place/tprek:7254/"}, "keywords": [{"@id": "\(Self.api)/keyword/yso:p4354/"}, {"@id": "\(Self.api)/keyword/yso:p1235/?format=json"}]},
                {"id": "helsinki:2", "name": {"fi": "Luento"}, "start_time": "2019-05-11T09:00:00Z", "location": {"@id": "\(Self.api)/place/tprek:9999/"}, "keywords": [{"@id": "\(Self.api)/keyword/yso:p9/"}, {"@id": "\(Self.api)/keyword/yso:p8/"}]}
                ]}
                """,
            "data/places.json": """
                {"meta": {"count": 1, "next": null}, "data": [{"id": "tprek:7254", "name": {"fi": "Oodi", "sv": "Ode"}, "street_address": {"fi": "Töölönlahdenkatu 4"}, "address_locality": {"fi": "Helsinki", "sv": "Helsingfors"}, "position": {"type": "Point", "coordinates": [24.9382, 60.1738]}}]}
                """,
            "data/keywords.json": """
                {"data": [{"id": "yso:p4354", "name": {"fi": "lapset", "sv": "barn"}}, {"id": "yso:p1235", "name": {"fi": "elokuvat", "sv": "filmer"}}]}
                """,
        ], sources: "[{file: data/le.json, places: data/places.json, keywords: data/keywords.json}]")
        #expect(problems == [
            "data/le.json:3:98: warning: event helsinki:2 gives its place tprek:9999 only as a reference, and no places file has it: the page shows no place",
            "data/le.json:3:175: warning: event helsinki:2 gives its keywords yso:p9, yso:p8 only as references, and no keywords file has them: they are left out",
        ])
        let story = try event(catalog, "helsinki:1")
        #expect(story.details.place == EventPlace(name: "Ode", streetAddress: "Töölönlahdenkatu 4", city: "Helsingfors", latitude: 60.1738, longitude: 24.9382))
        #expect(story.details.categories == [EventCategory(id: "yso:p4354", name: "barn"), EventCategory(id: "yso:p1235", name: "filmer")])
        let diagnostic = try #require(try load(["data/le.json": "{\"data\": [{\"id\": \"a:1\", \"name\": {\"fi\": \"A\"}, \"start_time\": \"2019-05-10\", \"location\": {\"@id\": \"x/place/p:1/\"}}]}"]).1.first)
        #expect(diagnostic.hasSuffix("the page shows no place"))
    }

    @Test func aPlainPathAndAMappingAreBothSourcesAndAMappingIsChecked() throws {
        let site = try EventSite(["data/a.json": "{\"data\": []}"], events: """
            events:
              sources:
                - data/a.json
                - {file: data/a.json, place: data/p.json}
                - {places: data/p.json}
                - {file: /etc/passwd}
            """)
        defer { site.cleanUp() }
        let (_, problems) = try site.catalog(now: local("2019-05-01"))
        #expect(problems.map(\.description) == [
            "torg.yaml:9:27: warning: unknown key 'place' in events.sources is ignored",
            "torg.yaml:10:7: error: an entry of events.sources is missing file",
            "torg.yaml:11:14: error: events.sources must name files inside the site directory, found '/etc/passwd'",
        ])
    }

    @Test func aNullLocationShowsItsExtraInfoAndOnlinePlacesAreOnline() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [
            {"id": "turku:1", "name": {"fi": "Kirpputori"}, "start_time": "2019-05-10T09:00:00Z", "location": null, "location_extra_info": {"fi": "Blombergin aukio 12, Turku / Kupittaa"}},
            {"id": "helsinki:2", "name": {"fi": "Webinaari"}, "start_time": "2019-05-10T09:00:00Z", "location": {"@id": "\(Self.api)/place/helsinki:internet/"}, "virtualevent_url": "https://meet.example.fi/w"},
            {"id": "helsinki:3", "name": {"fi": "Kävely"}, "start_time": "2019-05-10T09:00:00Z", "location": {"id": "tprek:1", "name": {"fi": "Tori"}}, "location_extra_info": {"fi": "<b>Suihkulähteen</b> luona"}},
            {"id": "helsinki:4", "name": {"fi": "Ei paikkaa"}, "start_time": "2019-05-10T09:00:00Z", "location": null},
            {"id": "helsinki:5", "name": {"fi": "Striimi"}, "start_time": "2019-05-10T09:00:00Z", "location": null, "is_virtualevent": true}
            ]}
            """])
        #expect(problems == [
            "data/le.json:5:102: warning: event helsinki:4 has no place: its location is null, and it has no location_extra_info or virtualevent_url",
        ])
        #expect(try event(catalog, "turku:1").details.place == EventPlace(name: "Blombergin aukio 12, Turku / Kupittaa"))
        let online = try event(catalog, "helsinki:2")
        #expect(online.details.place?.isOnline == true)
        #expect(online.details.place?.name == "Internet")
        #expect(online.details.onlineURL == "https://meet.example.fi/w")
        let walk = try #require(try event(catalog, "helsinki:3").details.place)
        #expect(walk.extraInfo == "Suihkulähteen luona")
        #expect(walk.singleLine == "Tori, Suihkulähteen luona")
        #expect(try event(catalog, "helsinki:4").details.place == nil)
        #expect(try event(catalog, "helsinki:5").details.place?.isOnline == true)
    }

    @Test func idsAreTakenFromThePathOfTheirURLWhateverTheQuery() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [
            {"id": "helsinki:super", "@id": "\(Self.api)/event/helsinki:super/?format=json", "name": {"fi": "Festivaali"}, "start_time": "2019-05-10", "end_time": "2019-05-12", "has_start_time": false, "super_event_type": "umbrella", "sub_events": [{"@id": "\(Self.api)/event/helsinki:part/?format=json"}], "location": {"id": "x:1", "name": {"fi": "Puisto"}}},
            {"id": "helsinki:part", "name": {"fi": "Avajaiset"}, "start_time": "2019-05-10T09:00:00Z", "super_event": {"@id": "\(Self.api)/event/helsinki:super/?format=json&include=location"}, "location": {"id": "x:1", "name": {"fi": "Puisto"}}}
            ]}
            """])
        #expect(problems == [])
        #expect(try event(catalog, "helsinki:part").superEventKey == "linkedevents:helsinki:super")
        #expect(try event(catalog, "helsinki:super").subEventKeys == ["linkedevents:helsinki:part"])
        #expect(LinkedEventsRecord.id(fromReference: "tre:100") == "tre:100")
        #expect(LinkedEventsRecord.id(fromReference: "https://api.example.fi/v1/event/tre:100?format=json#x") == "tre:100")
    }

    @Test func htmlInEveryImportedTextIsReducedToText() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [{"id": "helsinki:1", "name": {"fi": "<b>Konsertti</b>"}, "short_description": {"fi": "<p>Lyhyt &amp; ytimekäs</p>"}, "start_time": "2019-05-10T09:00:00Z", "provider": {"fi": "<p>Kulttuurikeskus</p>"},
             "location": {"id": "x:1", "name": {"fi": "<em>Sali</em>"}, "street_address": {"fi": "Katu&nbsp;1"}},
             "offers": [{"is_free": false, "price": {"fi": "<p>Sisäänpääsymaksu 10&nbsp;€ / 5&nbsp;€</p>"}, "description": {"fi": "<p>Tarkista hinta <a href=\\"https://liput.example.fi\\">lippupalvelusta</a></p>"}, "info_url": {"fi": "https://liput.example.fi/k?a=1&b=2"}}],
             "keywords": [{"id": "yso:1", "name": {"fi": "<i>musiikki</i>"}}],
             "images": [{"url": "https://img.example.fi/1.jpg", "alt_text": "<p>Kuoro &quot;lavalla&quot;</p>", "name": ""}]}]}
            """])
        #expect(problems == [])
        let concert = try event(catalog, "helsinki:1", "fi")
        #expect(concert.title == "Konsertti")
        #expect(concert.summary == "Lyhyt & ytimekäs")
        #expect(concert.details.organizer?.name == "Kulttuurikeskus")
        #expect(concert.details.place == EventPlace(name: "Sali", streetAddress: "Katu 1"))
        #expect(concert.details.price == .text("Sisäänpääsymaksu 10 € / 5 €"))
        #expect(concert.details.offerDescription == "Tarkista hinta lippupalvelusta")
        #expect(concert.details.ticketURL == "https://liput.example.fi/k?a=1&b=2")
        #expect(concert.details.categories.map(\.name) == ["musiikki"])
        #expect(concert.details.images == [EventImage(url: "https://img.example.fi/1.jpg", altText: "Kuoro \"lavalla\"")])
    }

    @Test func aDateOnlyEndIncludesItsDay() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [
            {"id": "a:1", "name": {"fi": "Näyttely"}, "start_time": "2019-05-09T09:00:00Z", "end_time": "2019-05-11", "location": {"id": "x:1", "name": {"fi": "Galleria"}}},
            {"id": "a:2", "name": {"fi": "Kurssi"}, "start_time": "2019-05-09T09:00:00Z", "end_time": "2019-05-09", "location": {"id": "x:1", "name": {"fi": "Galleria"}}},
            {"id": "a:3", "name": {"fi": "Väärin"}, "start_time": "2019-05-09T09:00:00Z", "end_time": "2019-05-08", "location": {"id": "x:1", "name": {"fi": "Galleria"}}}
            ]}
            """])
        #expect(problems == [
            "data/le.json:4:91: warning: event a:3 is left out: end_time 2019-05-08 is before its start_time 2019-05-09T12:00:00+03:00",
        ])
        let exhibition = try event(catalog, "a:1").schedule
        #expect(exhibition.isAllDay)
        #expect(exhibition.start == local("2019-05-09"))
        #expect(exhibition.end == local("2019-05-12"))
        let course = try event(catalog, "a:2").schedule
        #expect(!course.isAllDay)
        #expect(course.start == local("2019-05-09T12:00"))
        #expect(course.end == nil)
        // It is upcoming until the end of its last day.
        let (later, _) = try load(["data/le.json": "{\"data\": [{\"id\": \"a:1\", \"name\": {\"fi\": \"N\"}, \"start_time\": \"2019-05-09T09:00:00Z\", \"end_time\": \"2019-05-11\"}]}"],
                                  now: "2019-05-11T23:00")
        #expect(later.upcoming(language: "fi").count == 1)
    }

    @Test func aRecurringSeriesWithoutItsDatesWarnsAndIsARange() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [{"id": "helsinki:series", "@id": "\(Self.api)/event/helsinki:series/", "name": {"fi": "Satutunti"}, "super_event_type": "recurring", "start_time": "2018-09-29T07:00:00Z", "end_time": "2019-05-11", "location": {"id": "x:1", "name": {"fi": "Kirjasto"}}, "sub_events": [{"@id": "\(Self.api)/event/helsinki:s1/"}, {"@id": "\(Self.api)/event/helsinki:s2/"}, {"@id": "\(Self.api)/event/helsinki:s3/"}]}]}
            """])
        #expect(problems == [
            "data/le.json:1:11: warning: event helsinki:series is a recurring series of 3 dates, and 0 of them are in the data: it is shown with its first and last day as a range",
        ])
        let series = try event(catalog, "helsinki:series")
        #expect(series.schedule.extent == .seriesRange)
        #expect(series.schedule.start == local("2018-09-29"))
        #expect(series.schedule.end == local("2019-05-12"))
        let index = try #require(catalog.events.firstIndex { $0.key == series.key })
        #expect(!catalog.hasCalendarDates(index))
        #expect(!catalog.calendars.contains { $0.scope == .event(index) })
        #expect(catalog.months(language: "sv").isEmpty)
        #expect(catalog.upcoming(language: "sv").map(\.eventIndex) == [index])
    }

    @Test func aRecurringSeriesWithItsDatesIsOneEventWithThoseDates() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"data": [
            {"id": "helsinki:series", "name": {"fi": "Satutunti"}, "super_event_type": "recurring", "start_time": "2019-05-04T07:00:00Z", "end_time": "2019-05-18T08:00:00Z", "location": {"id": "x:1", "name": {"fi": "Kirjasto"}}, "sub_events": [{"@id": "\(Self.api)/event/helsinki:s2/?format=json"}, {"@id": "\(Self.api)/event/helsinki:s1/"}]},
            {"id": "helsinki:s1", "name": {"fi": "Satutunti"}, "sub_event_type": "sub_recurring", "start_time": "2019-05-04T07:00:00Z", "end_time": "2019-05-04T08:00:00Z", "super_event": {"@id": "\(Self.api)/event/helsinki:series/"}, "location": {"id": "x:1", "name": {"fi": "Kirjasto"}}},
            {"id": "helsinki:s2", "name": {"fi": "Satutunti"}, "sub_event_type": "sub_recurring", "start_time": "2019-05-18T07:00:00Z", "end_time": "2019-05-18T08:00:00Z", "super_event": {"@id": "\(Self.api)/event/helsinki:series/"}, "location": {"id": "x:1", "name": {"fi": "Kirjasto"}}}
            ]}
            """])
        #expect(problems == [])
        #expect(Set(catalog.events.compactMap(\.importedID)) == ["helsinki:series"])
        let series = try event(catalog, "helsinki:series")
        #expect(series.schedule.isRecurring)
        #expect(series.schedule.start == local("2019-05-04T10:00"))
        #expect(series.schedule.end == local("2019-05-04T11:00"))
        #expect(series.schedule.dates == [EventOccurrence(start: local("2019-05-18T10:00"), end: local("2019-05-18T11:00"))])
        let index = try #require(catalog.events.firstIndex { $0.key == series.key })
        #expect(catalog.entries(ofEvent: index).map(\.start) == [local("2019-05-04T10:00"), local("2019-05-18T10:00")])
    }

    @Test func ticketsRegistrationAndImagesWithoutAltText() throws {
        let (catalog, _) = try load(["data/le.json": """
            {"data": [{"id": "a:1", "name": {"fi": "Teatteri"}, "start_time": "2019-05-10T09:00:00Z", "location": {"id": "x:1", "name": {"fi": "Sali"}},
             "offers": [{"is_free": false, "price": null, "description": {"fi": "Tarkista hinta lippupalvelusta"}, "info_url": {"fi": "https://liput.example.fi/t"}}],
             "enrolment_url": "https://ilmo.example.fi/t",
             "images": [{"url": "https://img.example.fi/a.jpg", "name": "", "alt_text": null}, {"url": "https://img.example.fi/b.jpg", "name": "Näyttämö"}]}]}
            """])
        let play = try event(catalog, "a:1")
        #expect(play.details.ticketURL == "https://liput.example.fi/t")
        #expect(play.details.offerDescription == "Tarkista hinta lippupalvelusta")
        #expect(play.details.price == .unknown)
        #expect(play.details.registrationURL == "https://ilmo.example.fi/t")
        #expect(play.details.images == [EventImage(url: "https://img.example.fi/a.jpg", altText: nil),
                                        EventImage(url: "https://img.example.fi/b.jpg", altText: "Näyttämö")])
    }

    @Test func keywordsThatReadAlikeAreOneCategoryWithBothIds() throws {
        let (catalog, _) = try load(["data/le.json": """
            {"data": [
            {"id": "a:1", "name": {"fi": "A"}, "start_time": "2019-05-10T09:00:00Z", "keywords": [{"id": "yso:p1808", "name": {"fi": "Musiikki"}}, {"id": "helsinki:aflfbat76e", "name": {"fi": "musiikki"}}]},
            {"id": "a:2", "name": {"fi": "B"}, "start_time": "2019-05-11T09:00:00Z", "keywords": [{"id": "helsinki:aflfbat76e", "name": {"fi": "musiikki"}}]}
            ]}
            """])
        #expect(try event(catalog, "a:1", "fi").details.categories == [EventCategory(id: "yso:p1808", name: "Musiikki", mergedIDs: ["helsinki:aflfbat76e"])])
        let groups = catalog.categories(language: "fi")
        #expect(groups.map(\.slug) == ["musiikki"])
        #expect(groups[0].ids == ["helsinki:aflfbat76e", "yso:p1808"])
        #expect(groups[0].eventIndices.count == 2)
    }

    @Test func eachFieldFallsBackOnItsOwnAndTheTextLanguageIsTheOneShown() throws {
        let (catalog, _) = try load(["data/le.json": """
            {"data": [
            {"id": "a:1", "name": {"fi": "Kesäjuhla"}, "short_description": {"sv": "Sommarfest i parken"}, "description": {"sv": "<p>Välkommen!</p>"}, "start_time": "2019-05-10T09:00:00Z"},
            {"id": "a:2", "name": {"fi": "Talvijuhla"}, "description": {"fi": "<p>Tervetuloa!</p>"}, "start_time": "2019-05-10T09:00:00Z"}
            ]}
            """])
        let summer = try event(catalog, "a:1")
        #expect(summer.fallbackLanguages == ["title": "fi"])
        #expect(summer.textLanguage == "sv")
        let winter = try event(catalog, "a:2")
        #expect(winter.fallbackLanguages == ["title": "fi", "description": "fi"])
        #expect(winter.textLanguage == "fi")
        #expect(try event(catalog, "a:1", "fi").fallbackLanguages == ["summary": "sv", "description": "sv"])
    }

    @Test func aSavedPageOfALongerResponseIsReportedWithTheCommandThatFetchesItAll() throws {
        let (catalog, problems) = try load(["data/le.json": """
            {"meta": {"count": 641, "next": "https://api.turku.fi/linkedevents/v1/event/?page=2&start=today&include=location", "previous": null},
             "data": [{"id": "turku:1", "name": {"fi": "A"}, "start_time": "2019-05-10T09:00:00Z"}]}
            """])
        #expect(problems == [
            "data/le.json:1:33: warning: data/le.json is one page of a longer response: its meta.next is set, so only its 1 of 641 records are imported",
        ])
        #expect(catalog.events.count == 2)
        let site = try EventSite(["data/le.json": "{\"meta\": {\"next\": \"https://x.example/v1/event/?page=3\"}, \"data\": []}"],
                                 events: "events:\n  sources: [data/le.json]\n")
        defer { site.cleanUp() }
        let (_, diagnostics) = try site.catalog(now: local("2019-05-01"))
        #expect(diagnostics.map(\.hint) == ["save every page with: torg events fetch 'https://x.example/v1/event/' --output data/le.json"])
        #expect(LinkedEventsImport.firstPage(of: "https://api.turku.fi/linkedevents/v1/event/?page=2&start=today&include=location")
                == "https://api.turku.fi/linkedevents/v1/event/?start=today&include=location")
    }

    @Test func errorsAfterUnicodeEscapesKeepTheirLineAndColumn() throws {
        let (_, problems) = try load(["data/le.json": """
            {"data": [
              {"id": "a:1", "name": {"fi": "Juhla \\ud83c\\udf89 \\u00e4"}, "start_time": "2019-05-10T09:00:00Z", "event_status": "EventCanceled"},
              {"id": "a:2", "name": {"fi": "\\ud83c\\udf89"}, "start_time": 2019}
            ]}
            """])
        #expect(problems == [
            "data/le.json:2:116: warning: event a:1 is left out: unknown event_status 'EventCanceled'; valid values: EventScheduled, EventCancelled, EventPostponed, EventRescheduled",
            "data/le.json:3:63: warning: event a:2 is left out: event.start_time '2019' is not a date or time Torg understands",
        ])
        let (_, broken) = try load(["data/le.json": "{\"data\": [{\"id\": \"\\ud83c\\udf89\", \"name\": {\"fi\": \"A\"},, }]}"])
        #expect(broken == ["data/le.json:1:54: error: the Linked Events file is not valid JSON: expected a key in double quotes"])
    }

    @Test func fetchAddsIncludeToTheQueryAndRefusesOtherSchemes() throws {
        #expect(try LinkedEventsFetch.query("https://api.hel.fi/linkedevents/v1/event/?start=today").absoluteString
                == "https://api.hel.fi/linkedevents/v1/event/?start=today&include=location,keywords")
        #expect(try LinkedEventsFetch.query("https://x.example/v1/event/?include=keywords,audience&page_size=100").absoluteString
                == "https://x.example/v1/event/?page_size=100&include=keywords,audience,location")
        #expect(throws: Diagnostic.error("'ftp://x.example/' is not an http or https address",
                                         hint: "give the API query, such as https://api.hel.fi/linkedevents/v1/event/?publisher=ahjo:00001")) {
            try LinkedEventsFetch.query("ftp://x.example/")
        }
    }

    @Test func theJSONReaderFollowsTheJSONGrammar() throws {
        for (text, message) in [
            ("{\"data\": [NaN]}", "1:11: error: the Linked Events file is not valid JSON: 'NaN' is not a JSON value"),
            ("{\"data\": [01]}", "1:11: error: the Linked Events file is not valid JSON: '01' is not a JSON value"),
            ("{\"data\": []} x", "1:14: error: the Linked Events file is not valid JSON: unexpected text after the end of the JSON value"),
            ("{\"data\": [\"\\ud83c\"]}", "1:12: error: the Linked Events file is not valid JSON: the \\u escape names half of a surrogate pair"),
            ("{\"data\": [\"a\\q\"]}", "1:13: error: the Linked Events file is not valid JSON: '\\q' is not a JSON escape"),
        ] {
            let (_, problems) = try load(["data/le.json": text])
            #expect(problems == ["data/le.json:" + message], "\(text)")
        }
        let node = try LinkedEventsJSON.parse(#"{"a": [1, -2.5e3, true, null, "\u00e4\ud83c\udf89\n"]}"#, file: "x.json")
        #expect(node["a"]?.array?.map { $0.string } == ["1", "-2.5e3", "true", nil, "ä🎉\n"])
    }
}
