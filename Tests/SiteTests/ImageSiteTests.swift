import Foundation
import Images
import Site
import Testing

@Suite struct ImageSiteTests {
    static let page = """
        ---
        title: Bron
        ---
        ![Bron i kvällsljus](bro.jpg)

        ![Torget](/bilder/torg.jpg) ![](karta.png "decorative") ![Logotyp](logo.svg) ![Ankor](ankor.gif)

        [Ladda ner bilden](torg-original.jpg)
        """

    static func site(config: String = TestSite.bilingualConfig) throws -> TestSite {
        let site = try TestSite(["content/nyheter/bro/index.sv.md": page], config: config)
        let bundle = site.directory.appendingPathComponent("content/nyheter/bro")
        try TestImages.make(["gps-rotated.jpg", "transparent.png", "logo.svg", "animated.gif", "photo-1200.jpg"], in: bundle)
        let manager = FileManager.default
        try manager.moveItem(at: bundle.appendingPathComponent("gps-rotated.jpg"), to: bundle.appendingPathComponent("bro.jpg"))
        // A photo that the page only links to: published as an original, without its GPS data.
        try manager.moveItem(at: bundle.appendingPathComponent("transparent.png"), to: bundle.appendingPathComponent("karta.png"))
        try manager.moveItem(at: bundle.appendingPathComponent("animated.gif"), to: bundle.appendingPathComponent("ankor.gif"))
        try manager.copyItem(at: bundle.appendingPathComponent("bro.jpg"), to: bundle.appendingPathComponent("torg-original.jpg"))
        try manager.createDirectory(at: site.directory.appendingPathComponent("static/bilder"), withIntermediateDirectories: true)
        try manager.moveItem(at: bundle.appendingPathComponent("photo-1200.jpg"), to: site.directory.appendingPathComponent("static/bilder/torg.jpg"))
        return site
    }

    @Test func markdownImagesBecomePicturesWithStrippedCopies() throws {
        let site = try Self.site(config: TestSite.bilingualConfig + "\nimages: {widths: [300, 500, 700], formats: [webp, avif], quality: {webp: 60}}\n")
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.printed(report) == [
            """
            content/nyheter/bro/index.sv.md:4:1: warning: content/nyheter/bro/bro.jpg: this photo has GPS location data; the published copies do not, but the original in git does
                4 | ![Bron i kvällsljus](bro.jpg)
                  | ^
              hint: remove it from the original, keeping the pixels as they are: torg images strip content/nyheter/bro/bro.jpg
            """,
        ])
        #expect(report.succeeded)
        let html = try #require(site.file("sv/nyheter/bro/index.html"))
        // Stored 800 × 600 with orientation 6: 600 × 800 upright, so 300, 500 and 600 would be
        // too many; 700 is more than the photo has and is left out.
        #expect(html.contains("""
            <picture><source type="image/webp" srcset="bro-300.webp 300w, bro-500.webp 500w" sizes="100vw">\
            <source type="image/avif" srcset="bro-300.avif 300w, bro-500.avif 500w" sizes="100vw">\
            <img src="bro-500.jpg" srcset="bro-300.jpg 300w, bro-500.jpg 500w" sizes="100vw" width="500" height="667" alt="Bron i kvällsljus"></picture>
            """), "\(html)")
        #expect(html.contains("""
            <img src="/bilder/torg-700.jpg" srcset="/bilder/torg-300.jpg 300w, /bilder/torg-500.jpg 500w, /bilder/torg-700.jpg 700w" sizes="100vw" width="700" height="467" alt="Torget" loading="lazy" decoding="async"></picture>
            """), "\(html)")
        #expect(html.contains("""
            <img src="karta-500.png" srcset="karta-300.png 300w, karta-500.png 500w" sizes="100vw" width="500" height="375" alt="" loading="lazy" decoding="async">
            """), "\(html)")
        #expect(html.contains(#"<img src="logo.svg" alt="Logotyp">"#) && html.contains(#"<img src="ankor.gif" alt="Ankor">"#), "\(html)")
        // SVG and GIF are copied as they are; the animation stays.
        let bundle = site.directory.appendingPathComponent("content/nyheter/bro")
        for name in ["logo.svg", "ankor.gif"] {
            #expect(try Data(contentsOf: site.output.appendingPathComponent("sv/nyheter/bro/" + name)) == Data(contentsOf: bundle.appendingPathComponent(name)))
        }
        // The original of a photo shown as copies is not published; one that a link points to is, stripped.
        #expect(!site.exists("sv/nyheter/bro/bro.jpg") && !site.exists("sv/nyheter/bro/karta.png"))
        #expect(site.exists("sv/nyheter/bro/torg-original.jpg") && site.exists("bilder/torg.jpg"))
        // No copy has EXIF, and the rotated photo is upright: its red corner is now top right.
        let original = try ImageLibrary.header(of: site.output.appendingPathComponent("sv/nyheter/bro/torg-original.jpg").path)
        #expect(!original.hasLocation && original.width == 600, "stripped, orientation kept")
        for path in try FileManager.default.subpathsOfDirectory(atPath: site.output.path)
        where !path.hasSuffix("torg-original.jpg") && (ImageFormat(fileExtension: (path as NSString).pathExtension)?.isConverted == true || path.hasSuffix(".avif")) {
            let bytes = try [UInt8](Data(contentsOf: site.output.appendingPathComponent(path)))
            #expect(!bytes.contains(subsequence: Array("Exif".utf8)) && !bytes.contains(subsequence: Array("EXIF".utf8)), "\(path) has EXIF")
            #expect(!bytes.contains(subsequence: Array("TestCam".utf8)), "\(path) names the camera")
        }
        let corners = try TestImages.corners(of: site.output.appendingPathComponent("sv/nyheter/bro/bro-300.jpg"))
        #expect(corners.topRight.red > 200 && corners.topLeft.red < 200, "\(corners)")
    }

    /// A feed reader shows the body away from the site: every candidate of every `srcset` is absolute too.
    @Test func feedsShowPicturesWithAbsoluteURLs() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try "---\ntitle: Nyheter\nfeed: true\n---\n".write(to: site.directory.appendingPathComponent("content/nyheter/_index.sv.md"),
                                                          atomically: true, encoding: .utf8)
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let rss = try #require(site.file("sv/nyheter/index.xml"))
        #expect(rss.contains("&lt;picture&gt;&lt;source type=&quot;image/avif&quot; srcset=&quot;https://kunta.example/sv/nyheter/bro/bro-480.avif 480w&quot;"), "\(rss)")
        #expect(rss.contains("srcset=&quot;https://kunta.example/bilder/torg-480.jpg 480w, https://kunta.example/bilder/torg-960.jpg 960w"), "\(rss)")
        #expect(!rss.contains("srcset=&quot;bro-") && !rss.contains("srcset=&quot;/bilder"), "\(rss)")
    }

    /// A shared link shows the cover, also one from the front matter that the body does not show.
    @Test func sharedPagesShowTheirCover() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        try ("---\ntitle: Bron\ncover: /bilder/torg.jpg\ncoverAlt: Torget en morgon\n---\n" + Self.page.components(separatedBy: "---\n").last!)
            .write(to: site.directory.appendingPathComponent("content/nyheter/bro/index.sv.md"), atomically: true, encoding: .utf8)
        let partials = site.directory.appendingPathComponent("layouts/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        try ShareMetadataTests.head.write(to: partials.appendingPathComponent("switcher.mustache"), atomically: true, encoding: .utf8)
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let html = try #require(site.file("sv/nyheter/bro/index.html"))
        #expect(html.contains(#"<meta property="og:image" content="https://kunta.example/bilder/torg-960.jpg">"#), "\(html)")
        #expect(html.contains(#"<meta property="og:image:alt" content="Torget en morgon">"#), "\(html)")
    }

    @Test func publishOriginalsPublishesEveryOriginalStripped() throws {
        let site = try Self.site(config: TestSite.bilingualConfig + "\nimages: {publishOriginals: true}\n")
        defer { site.cleanUp() }
        let report = site.build()
        #expect(report.succeeded, "\(site.printed(report))")
        let bytes = try [UInt8](Data(contentsOf: site.output.appendingPathComponent("sv/nyheter/bro/bro.jpg")))
        #expect(!bytes.contains(subsequence: Array("TestCam".utf8)))
        #expect(try !ImageLibrary.header(of: site.output.appendingPathComponent("sv/nyheter/bro/bro.jpg").path).hasLocation)
        #expect(site.exists("sv/nyheter/bro/karta.png"))
    }

    @Test func buildsAreIdenticalAndAWarmCacheEncodesNothing() throws {
        let site = try Self.site()
        defer { site.cleanUp() }
        let cold = site.build(workers: 4)
        #expect(cold.succeeded, "\(site.printed(cold))")
        #expect(cold.images.processed > 0 && cold.images.cached == 0)
        #expect(cold.images.bytesAfter > 0 && cold.images.bytesBefore > 0)
        let first = site.outputTree()
        let warm = site.build(workers: 1)
        #expect(warm.succeeded, "\(site.printed(warm))")
        #expect(warm.images.processed == 0 && warm.images.cached == cold.images.processed)
        #expect(warm.timings.contains { $0.name == "images (0 encoded, \(cold.images.processed) from the cache)" })
        // A cold cache on one worker gives the same bytes as four workers did.
        try FileManager.default.removeItem(at: site.directory.appendingPathComponent(".torg-cache"))
        let again = site.build(workers: 1)
        #expect(again.images.processed == cold.images.processed)
        #expect(site.outputTree() == first)
    }

    @Test func bombsAndOversizedImagesAreLocatedErrors() throws {
        let site = try TestSite(["content/a/index.sv.md": "---\ntitle: A\n---\n![Bomb](bomb.png)\n\n![Stor](huge.jpg)\n"])
        defer { site.cleanUp() }
        try TestImages.make(["bomb.png", "huge.jpg"], in: site.directory.appendingPathComponent("content/a"))
        let report = site.build()
        #expect(site.printed(report) == [
            """
            content/a/index.sv.md:4:1: error: content/a/bomb.png: the image claims 100000 × 100000 pixels, over the limit of 50 megapixels
                4 | ![Bomb](bomb.png)
                  | ^
              hint: scale it down before adding it; a file this size can also be a decompression bomb
            """,
            """
            content/a/index.sv.md:6:1: error: content/a/huge.jpg: the image is 21.0 MB, over the limit of 20.0 MB
                6 | ![Stor](huge.jpg)
                  | ^
              hint: export it smaller (a photo for the web needs at most 3000 pixels across)
            """,
        ])
    }

    @Test func invalidSettingsAreLocated() throws {
        let site = try TestSite(["content/a.sv.md": "---\ntitle: A\n---\n"],
                                config: TestSite.bilingualConfig + "\nimages:\n  widths: [480, huge]\n  formats: [avif, gif]\n")
        defer { site.cleanUp() }
        let report = site.build()
        #expect(site.printed(report) == [
            """
            torg.yaml:13:11: error: images.widths must be a list of widths in pixels between 16 and 8192
                13 |   widths: [480, huge]
                   |           ^
              hint: for example: widths: [480, 960, 1600]
            """,
            """
            torg.yaml:14:12: error: images.formats must be a list of avif and webp
                14 |   formats: [avif, gif]
                   |            ^
              hint: for example: formats: [avif, webp]; JPEG or PNG is always the fallback
            """,
        ])
    }
}
