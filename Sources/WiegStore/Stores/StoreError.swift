/// Why a store refused a write.
public enum StoreError: Error, Equatable {
    /// The record to change is not (or no longer) in the database.
    case notFound
}
