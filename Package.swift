// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Leaderboard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leaderboard", targets: ["leaderboard"]),
        .library(name: "LeaderboardCore", targets: ["LeaderboardCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // cmark (Debian libcmark-dev) through pkg-config; the only Markdown parser.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Zstandard (Debian libzstd-dev), for Inspect AI's .eval logs: zip archives whose members
        // are Zstandard-compressed.
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // The only module that touches cmark's C pointers.
        .target(name: "Markdown", dependencies: ["CCmark", "CArena"]),
        // The per-thread arena cmark allocates one document from (see its header).
        .target(name: "CArena"),
        .target(
            name: "LeaderboardCore",
            dependencies: ["Markdown", "CZstd", .product(name: "Yams", package: "Yams")]
        ),
        // The atomic folder swap (renameat2), which Swift cannot call directly. Not "CSystem": that
        // module name is swift-system's, and the clash kept swift-nio-based packages out.
        .target(name: "CPathExchange"),
        // Writing a built site: the staging folder, the atomic swap, the spare and the output lock.
        // The only code that writes into the output folder.
        .target(name: "LeaderboardOutput", dependencies: ["LeaderboardCore", "CPathExchange"]),
        .target(
            name: "LeaderboardSite",
            dependencies: ["LeaderboardCore", "LeaderboardOutput", "Markdown"],
            plugins: ["ViewTables"]
        ),
        // How templates read the view structs in LeaderboardSite/Views, generated at build time.
        // The preview server and its change watcher: the only code that listens on a socket.
        .target(name: "LeaderboardPreview", dependencies: ["LeaderboardCore", "LeaderboardSite"]),
        .executableTarget(name: "ViewTableGenerator"),
        .plugin(name: "ViewTables", capability: .buildTool(), dependencies: ["ViewTableGenerator"]),
        // The default theme and the starter content, compiled into the executable for `init`,
        // `theme eject` and builds without a Templates folder.
        .executableTarget(name: "DefaultsEmbedder"),
        .plugin(name: "EmbedDefaults", capability: .buildTool(), dependencies: ["DefaultsEmbedder"]),
        // jemalloc's options for the command (huge pages; see its source file).
        .target(name: "CAllocatorSettings"),
        .executableTarget(
            name: "leaderboard",
            dependencies: ["LeaderboardCore", "LeaderboardSite", "LeaderboardOutput", "LeaderboardPreview", "Markdown", "CAllocatorSettings",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // jemalloc (Debian libjemalloc-dev) replaces glibc's malloc in the command: building 10,000
            // models is about 8 % faster with it (bench/RESULTS.md, session 3).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))],
            plugins: ["EmbedDefaults"]
        ),
        .testTarget(
            name: "LeaderboardTests",
            dependencies: ["LeaderboardCore", "LeaderboardSite", "LeaderboardOutput", "LeaderboardPreview", "Markdown", "CArena", "CCmark",
                           "leaderboard"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v5]
)
