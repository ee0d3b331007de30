// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "torg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "torg", targets: ["torg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // C libraries from Debian, found through pkg-config. No Swift code lives here.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),

        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not export: the atomic output swap.
        .target(name: "CFileExchange"),

        .target(name: "Diagnostics", swiftSettings: strictSettings),
        .target(name: "Parallel", swiftSettings: strictSettings),
        // The one wrapper around the git command line.
        .target(name: "VersionControl", swiftSettings: strictSettings),
        // Reading input files: the symlink rule, size limits and file names, for every module that reads.
        .target(name: "SiteFiles", dependencies: ["Diagnostics"], swiftSettings: strictSettings),
        // The one URL rule (SafeURL) for every source of links.
        .target(name: "URLRule", dependencies: ["YAML", "Diagnostics"], swiftSettings: strictSettings),
        // The only modules that touch the C libraries (with Gzip and Images below).
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"], swiftSettings: strictSettings),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "Diagnostics"], swiftSettings: strictSettings),
        // Reads the gzip files of the search index (Pagefind) with zlib.
        .target(name: "Gzip", dependencies: ["CZlib"], swiftSettings: strictSettings),

        .target(name: "Images", dependencies: ["CVips"], swiftSettings: strictSettings),

        .target(name: "Config", dependencies: ["YAML", "Diagnostics"], swiftSettings: strictSettings),
        .target(name: "Content", dependencies: ["Config", "YAML", "Markdown", "Parallel", "SiteFiles", "URLRule", "Diagnostics"], swiftSettings: strictSettings),
        // Packages: where themes and components live on disk; git pins, torg.lock and the cache.
        .target(name: "Packages", dependencies: ["Config", "YAML", "SiteFiles", "Diagnostics", "VersionControl"], swiftSettings: strictSettings),
        // Events: the event model, recurrence and Linked Events import. No rendering.
        .target(name: "Events", dependencies: ["Config", "Content", "Markdown", "YAML", "SiteFiles", "URLRule", "Diagnostics"], swiftSettings: strictSettings),
        .target(
            name: "Theme",
            dependencies: ["Config", "Content", "Events", "Packages", "Markdown", "YAML", "SiteFiles", "URLRule", "Diagnostics", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .target(name: "Outputs", dependencies: ["Config", "Content", "Events", "Parallel"], swiftSettings: strictSettings),
        .target(
            name: "Site",
            dependencies: ["Config", "Content", "Events", "Markdown", "Theme", "Outputs", "YAML", "Parallel", "SiteFiles", "URLRule", "Diagnostics", "CFileExchange", "VersionControl", "Images", "Gzip"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TorgCLI",
            dependencies: ["Site", "Packages", "Theme", "Config", "Events", "Content", "SiteFiles", "Diagnostics", "Images", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "torg", dependencies: ["TorgCLI"], swiftSettings: strictSettings),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "URLRuleTests", dependencies: ["URLRule", "Diagnostics"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "Diagnostics"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Diagnostics"]),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .testTarget(name: "ImagesTests", dependencies: ["Images"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "Diagnostics"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Config", "YAML", "Diagnostics"]),
        .testTarget(name: "EventsTests", dependencies: ["Events", "Config", "Content", "YAML", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(name: "PackagesTests", dependencies: ["Packages", "Config", "Diagnostics"]),
        .testTarget(name: "ThemeTests", dependencies: [
            "Theme", "Config", "Content", "YAML", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "OutputsTests", dependencies: ["Outputs", "Events", "Content", "Config"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Packages", "Config", "SiteFiles", "Diagnostics", "VersionControl"]),
        .testTarget(name: "TorgCLITests", dependencies: ["TorgCLI", "Diagnostics"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (`make fuzz`), only when TORG_FUZZ is set: the normal build and the tests
// never compile them. Built with `--sanitize=fuzzer`; `TorgFuzz_main` hands over to libFuzzer's driver.
if Context.environment["TORG_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "TorgFuzz",
        dependencies: ["Content", "Events", "Markdown", "YAML", "Diagnostics"],
        path: "Fuzz/TorgFuzz",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
}
