/// A responsive image as the page shows it: one `<source>` per modern format and a JPEG or PNG
/// `<img>` fallback, each with the same widths, for Markdown bodies and for templates.
public struct ResponsivePicture: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        public var mimeType: String
        /// `url 480w, url 960w`
        public var srcset: String

        public init(mimeType: String, srcset: String) {
            self.mimeType = mimeType
            self.srcset = srcset
        }
    }

    public var sources: [Source]
    public var fallback: Source
    /// The largest fallback copy: what browsers without `srcset` load.
    public var src: String
    /// The size of the largest copy, so the browser reserves the space before the file arrives.
    public var width: Int
    public var height: Int

    public init(sources: [Source], fallback: Source, src: String, width: Int, height: Int) {
        self.sources = sources
        self.fallback = fallback
        self.src = src
        self.width = width
        self.height = height
    }

    /// `<picture>` markup. `sizes` comes from the theme's manifest for this use; an image below
    /// the first of the page is `lazy` so that it loads only when the reader scrolls near it.
    public func html(alt: String, sizes: String, lazy: Bool) -> String {
        let sizesAttribute = " sizes=\"\(escape(sizes))\""
        var html = "<picture>"
        for source in sources {
            html += "<source type=\"\(source.mimeType)\" srcset=\"\(escape(source.srcset))\"\(sizesAttribute)>"
        }
        html += "<img src=\"\(escape(src))\" srcset=\"\(escape(fallback.srcset))\"\(sizesAttribute) width=\"\(width)\" height=\"\(height)\" alt=\"\(escape(alt))\""
        if lazy { html += " loading=\"lazy\" decoding=\"async\"" }
        return html + "></picture>"
    }

    /// The fields templates see: `src`, `srcset`, `width`, `height`, `sources` (`type`, `srcset`).
    public func templateValue(alt: String, sizes: String) -> [String: Any] {
        [
            "src": src, "srcset": fallback.srcset, "type": fallback.mimeType, "width": width, "height": height,
            "alt": alt, "sizes": sizes, "sources": sources.map { ["type": $0.mimeType, "srcset": $0.srcset] },
        ]
    }

    private func escape(_ text: String) -> String {
        ByteWiseHTMLContentType.escape(text)
    }
}
