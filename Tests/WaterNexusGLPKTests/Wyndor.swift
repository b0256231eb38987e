import WaterNexusModel

/// The classic product-mix LP (Hillier & Lieberman's Wyndor Glass):
/// max 3x + 5y  s.t.  x ≤ 4,  2y ≤ 12,  3x + 2y ≤ 18,  x, y ≥ 0; optimum 36 at (2, 6), duals (0, 3/2, 1).
/// Returns the model, x, y and the rows plant1–plant3.
func wyndor() throws -> (Model, Variable, Variable, [Constraint]) {
    var model = Model(name: "wyndor")
    let x = try model.addVariable("x")
    let y = try model.addVariable("y")
    let plant1 = try model.addConstraint("plant1", x.expression <= 4)
    let plant2 = try model.addConstraint("plant2", 2 * y <= 12)
    let plant3 = try model.addConstraint("plant3", 3 * x + 2 * y <= 18)
    try model.setObjective(.maximize, 3 * x + 5 * y)
    return (model, x, y, [plant1, plant2, plant3])
}
