import Testing
import WaterNexusAllocation

/// The calibration of the unpublished coefficients against Tables 3–4.
@Suite struct CalibrationTests {
    // Independent values from numpy (np.linalg.lstsq on the same three f2 rows and a one-parameter
    // least squares for a with E_HJ = E_PJ = 1.45 fixed; k by least squares on the three f3 rows):
    //   unconstrained (a, e) = (-3.65262239, 4.5625395)
    //   a = 1.1826315367598241, k = 8.679492710281751
    //   f2 residuals 14.32496994, 28.32496994, -43.46743265
    //   f3 residuals -29.78763984, -29.78763984, 60.00627909
    @Test func leastSquaresMatchesIndependentFit() throws {
        let cal = try YiwuCalibration.run(dataDirectory: repositoryRoot + "/Data/yiwu")
        #expect(abs(cal.unconstrained.low - -3.65262239) < 1e-6)
        #expect(abs(cal.unconstrained.tied - 4.5625395) < 1e-6)
        #expect(cal.tiedAtBound)
        #expect(abs(cal.lowFactor - 1.1826315367598241) < 1e-9)
        #expect(abs(cal.tiedFactor - 1.45) < 1e-12)
        #expect(abs(cal.pollutantScale - 8.679492710281751) < 1e-9)
        let expected = [14.32496994, 28.32496994, -43.46743265, -29.78763984, -29.78763984, 60.00627909]
        #expect(cal.residuals.count == 6)
        for (r, e) in zip(cal.residuals, expected) { #expect(abs(r.residual - e) < 1e-6) }
    }

    @Test func bundledDataHoldsTheCalibratedValues() throws {
        let cal = try YiwuCalibration.run(dataDirectory: repositoryRoot + "/Data/yiwu")
        let c = try loadYiwu()
        // The CSV keeps 6 decimals.
        #expect(abs(c.sources[0].ghg.value - cal.lowFactor) < 5e-7)
        #expect(c.sources[1].ghg.value == cal.tiedFactor && c.sources[2].ghg.value == cal.tiedFactor)
        for (user, value) in zip(c.users, cal.pollutant) { #expect(abs(user.pollutant.value - value) < 5e-7) }
        #expect(c.sources.prefix(3).allSatisfy { $0.ghg.tag == .estimated })
        #expect(c.users.allSatisfy { $0.pollutant.tag == .estimated && $0.order.tag == .estimated && $0.demand.tag == .published })
        #expect(c.sources[3].ghg.tag == .published && c.sources[3].ghg.value == 3.2429)
    }

    @Test func availabilitiesCoverTheOriginalPlan() throws {
        let c = try loadYiwu()
        for rate in c.rates {
            let totals = try #require(c.originalTotals(rate: rate.label))
            for (a, t) in zip(rate.availability, totals) { #expect(a.value >= t) }
        }
    }
}
