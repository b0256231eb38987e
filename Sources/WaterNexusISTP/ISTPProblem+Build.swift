/// Where each ISTP quantity lives in the interval LP built by ``ISTPProblem/intervalLP()``.
public struct ISTPIndex: Sendable {
    /// z[user][period]
    public var z: [[Int]]
    /// shortage[user][period][level]
    public var shortage: [[[Int]]]
    /// allocation[source][user][period]
    public var allocation: [[[Int]]]
}

/// An ISTP problem's interval LP and its index.
public struct ISTPFormulation: Sendable {
    public var problem: ISTPProblem
    public var lp: IntervalLP
    public var index: ISTPIndex
}

extension ISTPProblem {
    /// Builds the interval LP (a max problem). Variable names: `z(u,t)`, `S(u,t,h)`, `<source>(u,t)`;
    /// rows: `surface(t,h)`, `avail.<source>(t)`, `cap(u,t,h)` (S ≤ W), `reuse(u,t,h)`, `riskLo(u,t,h)`
    /// (A ≤ (1 − ξ) REQ), `riskHi(u,t,h)` (A ≥ (1 − CR) REQ), `energy(t,h)`.
    public func intervalLP() throws -> ISTPFormulation {
        try validate()
        var lp = IntervalLP(name: name, sense: .maximize)
        let T = periods.indices, H = levels.indices, U = users.indices
        var z: [[Int]] = [], S: [[[Int]]] = []
        for user in users {
            z.append(try T.map { t in try lp.addVariable("z(\(user),\(periods[t].name))", upper: Interval(1), link: .fixed) })
            S.append(try T.map { t in try H.map { h in
                try lp.addVariable("S(\(user),\(periods[t].name),\(levels[h].name))", link: .bySign)
            } })
        }
        var X: [[[Int]]] = []
        for source in sources {
            X.append(try U.map { u in try T.map { t in
                try lp.addVariable("\(source.name)(\(users[u]),\(periods[t].name))", link: .free)
            } })
        }
        // W = W⁻ + ΔW z as an interval expression (ΔW is a point).
        func target(_ u: Int, _ t: Int) -> IntervalExpression {
            let d = data[u][t].target
            var e = IntervalExpression(constant: Interval(d.lower))
            e.add(z[u][t], Interval(d.width))
            return e
        }
        func surfaceUse(_ u: Int, _ t: Int, _ h: Int) -> IntervalExpression {
            var e = target(u, t)
            e.add(S[u][t][h], Interval(-1))
            return e
        }
        func delivered(_ u: Int, _ t: Int, _ h: Int) -> IntervalExpression {
            var e = surfaceUse(u, t, h)
            for s in sources.indices { e.add(X[s][u][t], Interval(1)) }
            return e
        }
        // Objective.
        var f = IntervalExpression()
        for t in T {
            var period = IntervalExpression()
            for u in U {
                let d = data[u][t]
                period.add(target(u, t), scale: d.benefit)
                for s in sources.indices {
                    period.add(X[s][u][t], d.benefit)
                    if terms.sourceCosts { period.add(X[s][u][t], -sources[s].cost[t]) }
                }
                for h in H {
                    let p = levels[h].probability
                    if terms.expectedPenalty { period.add(S[u][t][h], -(p * d.penalty)) }
                    if terms.surfaceCost { period.add(surfaceUse(u, t, h), scale: -(p * surfaceCost[t])) }
                    if terms.wastewaterCost { period.add(delivered(u, t, h), scale: -(p * (wastewaterCost[t] * d.wastewater))) }
                }
            }
            f.add(period, scale: Interval(periods[t].length))
        }
        lp.objective = f
        // Rows.
        for t in T {
            let tn = periods[t].name
            for h in H {
                var e = IntervalExpression()
                for u in U { e.add(surfaceUse(u, t, h)) }
                try lp.addRow("surface(\(tn),\(levels[h].name))", e, .lessEqual, surfaceAvailability[t][h])
            }
            for (s, source) in sources.enumerated() where source.kind == .external {
                guard let cap = source.availability[t] else { continue }
                var e = IntervalExpression()
                for u in U { e.add(X[s][u][t], Interval(1)) }
                try lp.addRow("avail.\(source.name)(\(tn))", e, .lessEqual, cap)
            }
        }
        let cr = riskBalance.map { r in T.map { t in r.coefficients(U.map { data[$0][t] }) } }
        for u in U {
            for t in T {
                let d = data[u][t]
                for h in H {
                    let tag = "\(users[u]),\(periods[t].name),\(levels[h].name)"
                    var cap = IntervalExpression()
                    cap.add(S[u][t][h], Interval(1))
                    cap.add(target(u, t), scale: Interval(-1))
                    try lp.addRow("cap(\(tag))", cap, .lessEqual, .zero)
                    for (s, source) in sources.enumerated() where source.kind == .reuse {
                        var e = IntervalExpression()
                        e.add(X[s][u][t], Interval(1))
                        var base = surfaceUse(u, t, h)
                        for (s2, other) in sources.enumerated() where other.kind == .external { base.add(X[s2][u][t], Interval(1)) }
                        e.add(base, scale: -(d.reuseRatio * d.wastewater))
                        try lp.addRow("reuse.\(source.name)(\(tag))", e, .lessEqual, .zero)
                    }
                    if let r = riskBalance, let cr {
                        let exempt = r.exempt.contains(users[u])
                        if r.lowerRow, !exempt || r.policy == .overAllocationOnly {
                            try lp.addRow("riskLo(\(tag))", delivered(u, t, h), .lessEqual, (1 - r.xi) * d.requirement)
                        }
                        if r.upperRow, !exempt {
                            try lp.addRow("riskHi(\(tag))", delivered(u, t, h), .greaterEqual, (1 - cr[t][u]) * d.requirement)
                        }
                    }
                }
            }
        }
        if let control = energyControl {
            for t in T {
                for h in H {
                    var e = IntervalExpression()
                    for u in U {
                        e.add(energyUse(u, t, h, surfaceUse: surfaceUse(u, t, h), X: X))
                        e.add(delivered(u, t, h), scale: -control.cap[t])
                    }
                    try lp.addRow("energy(\(periods[t].name),\(levels[h].name))", e, .lessEqual, .zero)
                }
            }
        }
        return ISTPFormulation(problem: self, lp: lp, index: ISTPIndex(z: z, shortage: S, allocation: X))
    }

    /// Energy used by user u in period t at level h: e_S(W − S) + Σ e_src X + e_W ww A.
    func energyUse(_ u: Int, _ t: Int, _ h: Int, surfaceUse: IntervalExpression, X: [[[Int]]]) -> IntervalExpression {
        var e = IntervalExpression()
        e.add(surfaceUse, scale: surfaceEnergy[t])
        var delivered = surfaceUse
        for (s, source) in sources.enumerated() {
            e.add(X[s][u][t], source.energy[t])
            delivered.add(X[s][u][t], Interval(1))
        }
        e.add(delivered, scale: wastewaterEnergy[t] * data[u][t].wastewater)
        return e
    }
}
