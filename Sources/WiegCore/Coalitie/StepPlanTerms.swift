/// The steps of the local step plan (002): six to start, three once under way.
public enum PlanStep: String, CaseIterable, Codable, Sendable {
    case projectleider, coalitie, startsituatie, netwerk, interventies, evaluatie
    case foto, monitoring, doelen

    /// The track a step belongs to.
    public enum Track: String, Codable, Sendable {
        case start, onderweg

        public var dutchName: String { self == .start ? "Sta je aan de start?" : "Ben je al even onderweg?" }
    }

    public var track: Track {
        switch self {
        case .foto, .monitoring, .doelen: .onderweg
        default: .start
        }
    }

    /// The step's number within its track (1–6 or 1–3).
    public var number: Int {
        let steps = PlanStep.allCases.filter { $0.track == track }
        return steps.firstIndex(of: self)! + 1
    }

    public var dutchName: String {
        switch self {
        case .projectleider: "Stel een projectleider aan"
        case .coalitie: "Vorm een lokale coalitie"
        case .startsituatie: "Breng de startsituatie in kaart"
        case .netwerk: "Het lokale netwerk versterken"
        case .interventies: "Interventies inzetten"
        case .evaluatie: "Evaluatie en borging"
        case .foto: "Maak regelmatig een tussentijdse foto"
        case .monitoring: "Monitoring en evaluatie"
        case .doelen: "(Opnieuw) doelen stellen"
        }
    }

    public var englishName: String {
        switch self {
        case .projectleider: "Appoint a project leader"
        case .coalitie: "Form a local coalition"
        case .startsituatie: "Map the starting situation"
        case .netwerk: "Strengthen the local network"
        case .interventies: "Deploy interventions"
        case .evaluatie: "Evaluate and secure"
        case .foto: "Take a periodic snapshot"
        case .monitoring: "Monitor and evaluate"
        case .doelen: "(Re)set goals"
        }
    }
}

/// One step: done or not, the evidence, and what is missing when it is not done.
public struct StepStatus: Sendable, Equatable, Codable {
    public var step: PlanStep
    public var done: Bool
    /// Dutch: what the data shows.
    public var evidence: String
    /// Dutch: what is needed to complete the step; `nil` when done.
    public var missing: String?

    public init(step: PlanStep, done: Bool, evidence: String, missing: String?) {
        self.step = step
        self.done = done
        self.evidence = evidence
        self.missing = done ? nil : missing
    }
}

/// Where a coalition stands in the step plan.
public struct StepPosition: Sendable, Equatable, Codable {
    /// All nine steps in order: the six start steps, then the three under-way steps.
    public var steps: [StepStatus]
    /// The first step not done (start steps first); `nil` when every step is done.
    public var current: PlanStep?

    public init(steps: [StepStatus]) {
        self.steps = steps
        let open = steps.filter { !$0.done }
        current = (open.first { $0.step.track == .start } ?? open.first)?.step
    }

    /// The track the coalition is on: under way once all six start steps are done.
    public var track: PlanStep.Track { steps.contains { $0.step.track == .start && !$0.done } ? .start : .onderweg }

    /// What is missing for the current step (Dutch); `nil` when every step is done.
    public var missingForNext: String? { steps.first { $0.step == current }?.missing }

    public func status(of step: PlanStep) -> StepStatus? { steps.first { $0.step == step } }
}
