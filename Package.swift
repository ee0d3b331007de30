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

        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not export: the atomic output swap.
        .target(name: "CFileExchange"),

        .target(name: "Diagnostics", swiftSettings: strictSettings),
        .target(name: "Parallel", swiftSettings: strictSettings),
        // The one wrapper around the git command line.
        .target(name: "VersionControl", swiftSettings: strictSettings),
        // The only two modules that touch the C libraries.
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"], swiftSettings: strictSettings),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "Diagnostics"], swiftSettings: strictSettings),

        .target(name: "Config", dependencies: ["YAML", "Diagnostics"], swiftSettings: strictSettings),
        .target(name: "Content", dependencies: ["Config", "YAML", "Markdown", "Parallel", "Diagnostics"], swiftSettings: strictSettings),
        // Packages: where themes and components live on disk; git pins, torg.lock and the cache.
        .target(name: "Packages", dependencies: ["Config", "YAML", "Diagnostics", "VersionControl"], swiftSettings: strictSettings),
        // Events: the event model, recurrence and Linked Events import. No rendering.
        .target(name: "Events", dependencies: ["Config", "Content", "Markdown", "YAML", "Diagnostics"], swiftSettings: strictSettings),
        .target(
            name: "Theme",
            dependencies: ["Config", "Content", "Events", "Packages", "Markdown", "YAML", "Diagnostics", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: strictSettings
        ),
        .target(name: "Outputs", dependencies: ["Config", "Content", "Events", "Parallel"], swiftSettings: strictSettings),
        .target(
            name: "Site",
            dependencies: ["Config", "Content", "Events", "Markdown", "Theme", "Outputs", "YAML", "Parallel", "Diagnostics", "CFileExchange", "VersionControl"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "TorgCLI",
            dependencies: ["Site", "Packages", "Theme", "Config", "Events", "Content", "Diagnostics", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "torg", dependencies: ["TorgCLI"], swiftSettings: strictSettings),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "Diagnostics"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Diagnostics"]),
        .testTarget(name: "ParallelTests", dependencies: ["Parallel"]),
        .testTarget(name: "ConfigTests", dependencies: ["Config", "Diagnostics"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Config", "YAML", "Diagnostics"]),
        .testTarget(name: "EventsTests", dependencies: ["Events", "Config", "Content", "YAML", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(name: "PackagesTests", dependencies: ["Packages", "Config", "Diagnostics"]),
        .testTarget(name: "ThemeTests", dependencies: [
            "Theme", "Config", "Content", "YAML", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "OutputsTests", dependencies: ["Outputs", "Events", "Content", "Config"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Packages", "Config", "Diagnostics", "VersionControl"]),
        .testTarget(name: "TorgCLITests", dependencies: ["TorgCLI", "Diagnostics"]),
    ],
    swiftLanguageModes: [.v6]
)
