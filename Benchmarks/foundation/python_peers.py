"""Peers for the foundation benchmark: PuLP and Pyomo build the same models and write free MPS.

Usage: python_peers.py pulp|pyomo transport|milp N M OUT.mps   Prints: phase seconds, one per line.
"""
import resource
import sys
import time


def transport_pulp(n, m, out):
    import pulp
    t0 = time.perf_counter()
    prob = pulp.LpProblem("transport", pulp.LpMinimize)
    x = {(i, j): pulp.LpVariable(f"x_{i}_{j}", lowBound=0) for i in range(n) for j in range(m)}
    prob += pulp.lpSum((1.0 + ((i * 7919 + j * 104729) % 1000) / 10.0) * x[i, j] for i in range(n) for j in range(m))
    for i in range(n):
        prob += pulp.lpSum(x[i, j] for j in range(m)) <= 1000.0 + (i % 7) * 10.0, f"supply_{i}"
    for j in range(m):
        prob += pulp.lpSum(x[i, j] for i in range(n)) >= 900.0 + (j % 5) * 10.0, f"demand_{j}"
    t1 = time.perf_counter()
    prob.writeMPS(out)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def milp_pulp(n, m, out):
    import pulp
    t0 = time.perf_counter()
    prob = pulp.LpProblem("milp", pulp.LpMaximize)
    x = [pulp.LpVariable(f"x_{j}", 0, 10, cat=("Integer" if j % 2 == 0 else "Continuous")) for j in range(n)]
    prob += pulp.lpSum((1.0 + j % 13) * x[j] for j in range(n))
    for r in range(m):
        prob += pulp.lpSum((1.0 + (r + k) % 9) * x[(r * 37 + k * 7919) % n] for k in range(6)) <= 100.0 + r % 50, f"r_{r}"
    t1 = time.perf_counter()
    prob.writeMPS(out)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def transport_pyomo(n, m, out):
    import pyomo.environ as pyo
    t0 = time.perf_counter()
    model = pyo.ConcreteModel()
    model.I = pyo.RangeSet(0, n - 1)
    model.J = pyo.RangeSet(0, m - 1)
    model.x = pyo.Var(model.I, model.J, domain=pyo.NonNegativeReals)
    model.cost = pyo.Objective(expr=sum((1.0 + ((i * 7919 + j * 104729) % 1000) / 10.0) * model.x[i, j]
                                        for i in range(n) for j in range(m)), sense=pyo.minimize)
    model.supply = pyo.Constraint(model.I, rule=lambda mdl, i: sum(mdl.x[i, j] for j in range(m)) <= 1000.0 + (i % 7) * 10.0)
    model.demand = pyo.Constraint(model.J, rule=lambda mdl, j: sum(mdl.x[i, j] for i in range(n)) >= 900.0 + (j % 5) * 10.0)
    t1 = time.perf_counter()
    model.write(out, format="mps")
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def milp_pyomo(n, m, out):
    import pyomo.environ as pyo
    t0 = time.perf_counter()
    model = pyo.ConcreteModel()
    model.J = pyo.RangeSet(0, n - 1)
    model.x = pyo.Var(model.J, bounds=(0, 10), domain=lambda mdl, j: pyo.Integers if j % 2 == 0 else pyo.Reals)
    model.obj = pyo.Objective(expr=sum((1.0 + j % 13) * model.x[j] for j in range(n)), sense=pyo.maximize)
    model.R = pyo.RangeSet(0, m - 1)
    model.rows = pyo.Constraint(model.R, rule=lambda mdl, r: sum((1.0 + (r + k) % 9) * mdl.x[(r * 37 + k * 7919) % n]
                                                                for k in range(6)) <= 100.0 + r % 50)
    t1 = time.perf_counter()
    model.write(out, format="mps")
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def main():
    tool, kind, n, m, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    build, write = globals()[f"{kind}_{tool}"](n, m, out)
    print(f"build {build:.6f}")
    print(f"write {write:.6f}")
    print(f"peak_rss_mb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0:.1f}")


if __name__ == "__main__":
    main()
