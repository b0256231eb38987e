import Foundation

extension NetworkDiagram {
    /// An arc value as its label shows it: `decimals` decimals, except that a nonzero value that would
    /// round to zero is marked as tiny ("< 0.1" for one decimal), never shown as "0.0".
    static func valueText(_ value: Double, decimals: Int) -> String {
        let step = pow(10, -Double(max(0, decimals)))
        guard value != 0, value.isFinite, abs(value) < step / 2 else { return NumberFormat.fixed(value, decimals) }
        return (value < 0 ? "> -" : "< ") + NumberFormat.fixed(step, decimals)
    }
}
