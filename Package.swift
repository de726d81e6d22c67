// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Wieg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wieg", targets: ["wieg"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1")
    ],
    targets: [
        // The domain: types and rules. Foundation only. This target deliberately has
        // no dependencies, so an `import Vapor`, `import Fluent` or `import SQLKit`
        // here does not compile: the rules stay testable without server or database.
        .target(name: "WiegCore", dependencies: []),
        .target(
            name: "WiegStore",
            dependencies: [
                "WiegCore",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto")
            ]
        ),
        // Demo data: the generated Meppel, Limburg and Apeldoorn coalitions, the national
        // set, and their loading into a database. Used by `wieg demo`, `serve --demo` and
        // the tests; WiegCore and WiegStore hold no demo.
        .target(
            name: "WiegDemo",
            dependencies: [
                "WiegCore", "WiegStore",
                .product(name: "Fluent", package: "fluent")
            ]
        ),
        .target(
            name: "WiegWeb",
            dependencies: [
                "WiegCore", "WiegStore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto")
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        .executableTarget(
            name: "wieg",
            dependencies: [
                "WiegCore", "WiegStore", "WiegDemo", "WiegWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        // Shared by the test targets: temporary SQLite files and throwaway PostgreSQL
        // databases (from WIEG_TEST_POSTGRES_URL), so every suite runs on both.
        .target(
            name: "WiegTestSupport",
            dependencies: [
                "WiegStore", "WiegDemo",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver")
            ],
            path: "Tests/WiegTestSupport"
        ),
        .testTarget(
            name: "WiegCoreTests",
            dependencies: ["WiegCore", "WiegDemo", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "WiegStoreTests",
            dependencies: ["WiegStore", "WiegDemo", "WiegTestSupport", .product(name: "Fluent", package: "fluent")]
        ),
        .testTarget(
            name: "WiegWebTests",
            dependencies: [
                "WiegWeb", "WiegStore", "WiegDemo", "WiegTestSupport",
                .product(name: "VaporTesting", package: "vapor")
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
