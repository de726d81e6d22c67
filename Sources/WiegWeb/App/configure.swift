import Foundation
import Vapor
import WiegCore
import WiegStore

/// Sets up a Wieg application: database and migrations, password hashing, middleware
/// and routes. The CLI calls it for `serve`; tests call it with their own config.
public func configure(_ app: Application, _ config: WiegConfig) async throws {
    app.wiegConfig = config
    app.storage[CoalitionLocksKey.self] = CoalitionLocks()
    try app.useWiegDatabase(config.database)
    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    // Made beside start-up rather than in it: a bcrypt hash takes a quarter of a second,
    // which every command (an import, a migration) paid before doing its work.
    let hasher = app.password
    app.storage[DummyHashKey.self] = Task.detached { (try? hasher.hash(Tokens.random())) ?? "" }

    app.routes.defaultMaxBodySize = ByteCount(value: min(config.maxBodyBytes, 1024 * 1024))
    app.http.server.configuration.requestDecompression = .disabled
    // A connection that sends or receives nothing for longer than a request may take
    // is closed (slow clients). Idle counts while a request is handled, so it must
    // exceed the request timeout.
    app.http.server.configuration.idleTimeout = .seconds(Int64(config.requestTimeout) + 15)
    app.middleware = .init()
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(APIMiddleware())  // outside the error middleware: errors get API-Version too
    app.middleware.use(WiegErrorMiddleware())
    app.middleware.use(RequestSizeMiddleware())
    app.middleware.use(BodyLimitMiddleware(limit: config.maxBodyBytes))
    app.middleware.use(RequestTimeoutMiddleware(seconds: config.requestTimeout))
    app.middleware.use(SessionMiddleware())
    app.middleware.use(CanonicalCodeMiddleware())
    app.middleware.use(DenyUndeclaredMiddleware())

    registerRoutes(app, config)
}

func registerRoutes(_ app: Application, _ config: WiegConfig) {
    HomeController.register(app)
    SystemController.register(app)
    OpenAPIController.register(app)
    AuthController.register(app)
    AccountController.register(app)
    TokensController.register(app)
    UsersController.register(app)
    AuditController.register(app)
    AreasController.register(app, maxUpload: config.maxBodyBytes)
    MonitoringController.register(app)
    FunnelController.register(app)
    SmallAreasController.register(app)
    MapController.register(app)
    ReachController.register(app)
    TrendController.register(app)
    ValuesAPIController.register(app)
    RegionMonitoringController.register(app)
    StoriesController.register(app)
    CoalitionItemEditController<Risk>.register(app)
    CoalitionItemEditController<Workgroup>.register(app)
    CoalitionItemEditController<GovernanceBody>.register(app)
    CoalitionItemEditController<Agreement>.register(app)
    LearningController.register(app)
    PlanEditController.register(app)
    BudgetEditController.register(app)
    ProgressController.register(app)
    IndicatorImportController.register(app, maxUpload: config.maxBodyBytes)
    app.storage[NetworkCacheKey.self] = NetworkCache(searchCacheEntries: config.searchCacheEntries)
    app.storage[MonitoringCacheKey.self] = MonitoringCache()
    OrganisationsController.register(app)
    ServicesController.register(app)
    ZorgpadenController.register(app)
    SearchController.register(app)
    SignallingController.register(app)
    NetworkEditController.register(app)
    HSDSController.register(app)
    ZorgpadEditController.register(app)
    NeedTermsController.register(app)
    EmbedController.register(app)
    ReferralController.register(app)
    app.storage[ReportLimiterKey.self] = ReportLimiter()
    if config.backgroundJobs { app.lifecycle.use(FreshnessLifecycle()) }
    FreshnessController.register(app)
    NetworkMapController.register(app)
    ErrorReportController.register(app)
    CoalitionsController.register(app)
    ActivityEditController.register(app)
    YearCloseController.register(app)
    CoalitionDocumentsController.register(app)
    CoalitionAPIController.register(app)
    NetworkImportController.register(app, maxUpload: config.maxBodyBytes)
}
