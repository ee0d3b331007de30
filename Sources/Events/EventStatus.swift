/// Whether an event takes place as announced. The raw values are what editors write.
public enum EventStatus: String, CaseIterable, Sendable {
    case scheduled
    case cancelled
    case postponed
    case rescheduled

    /// `scheduled, cancelled, postponed, rescheduled`, for "valid values" in messages.
    public static var validValues: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The schema.org `EventStatusType` name, which Linked Events uses as well (`EventCancelled`).
    public var schemaName: String {
        switch self {
        case .scheduled: return "EventScheduled"
        case .cancelled: return "EventCancelled"
        case .postponed: return "EventPostponed"
        case .rescheduled: return "EventRescheduled"
        }
    }

    public init?(schemaName: String) {
        guard let match = Self.allCases.first(where: { $0.schemaName == schemaName }) else { return nil }
        self = match
    }
}
