import Fluent

/// Every migration, in order. Folders are numbered by release; names say what they do
/// (`CreateX`, `UpdateXAddY`). Add new ones at the end; never edit a released one.
public enum WiegMigrations {
    public static var all: [any Migration] {
        [
            CreateArea(),
            CreateOrganisation(),
            CreateCoalition(),
            CreateUser(),
            CreateSession(),
            CreateAuditEvent(),
            // 002: API tokens for machine clients
            CreateApiToken(),
            // 003: monitoring — the indicator catalogue and values
            CreateIndicator(),
            CreateIndicatorValue(),
            // 004: Netwerk — the social map and care paths
            UpdateOrganisationAddNetwork(),
            CreateService(),
            CreateZorgpad(),
            CreateNeedTerm(),
            // 005: Coalitie — the coalition's plan and work
            UpdateCoalitionAddDetails(),
            CreateActivity(),
            CreateCoalitionItem(),
            // 006: Monitoring — map boundaries, reach of the aanbod, stories
            CreateAreaBoundary(),
            CreateReachCount(),
            CreateStory(),
            // 007
            UpdateNeedTermAddWords(),
            // 008: parents
            UpdateServiceAddParentName(),
            CreateSetting(),
            CreateReferral(),
            CreateErrorReport(),
            UpdateOrganisationAddCheckEmail(),
            CreateCheckToken()
        ]
    }

    public static func register(on migrations: Migrations) {
        for migration in all { migrations.add(migration) }
    }
}
