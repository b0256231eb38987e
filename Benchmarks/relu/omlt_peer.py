#!/usr/bin/env python3
"""OMLT peer of the ReLU embedding benchmark: the same trained network (network.json from nexus-benchmark relu),
embedded by OMLT's ReluBigMFormulation in Pyomo, the same problem (minimize net(Q) - 0.004 Q over the data's
range), written as CPLEX LP and solved, like nexus's nexus.lp, with SCIP (pyscipopt). Prints "key value" lines.

Usage: omlt_peer.py OUTDIR   (pip install omlt pyomo pyscipopt)
"""
import json
import sys
import time

import numpy as np
import pyomo.environ as pyo
from omlt import OffsetScaling, OmltBlock
from omlt.neuralnet import NetworkDefinition, ReluBigMFormulation
from omlt.neuralnet.layer import DenseLayer, InputLayer


def main():
    out = sys.argv[1]
    spec = json.load(open(f"{out}/network.json"))
    start = time.perf_counter()
    scaling = OffsetScaling(offset_inputs=[spec["inputShift"]], factor_inputs=[1 / spec["inputScale"]],
                            offset_outputs=[spec["outputShift"]], factor_outputs=[spec["outputScale"]])
    lo = (spec["lower"] - spec["inputShift"]) * spec["inputScale"]
    hi = (spec["upper"] - spec["inputShift"]) * spec["inputScale"]
    net = NetworkDefinition(scaling_object=scaling, scaled_input_bounds={0: (lo, hi)})
    previous = InputLayer([1])
    net.add_layer(previous)
    for n, layer in enumerate(spec["layers"]):
        weights = np.array(layer["weights"]).T  # OMLT: (inputs, outputs)
        dense = DenseLayer(previous.output_size, [weights.shape[1]], weights=weights, biases=np.array(layer["biases"]),
                           activation="relu" if n < len(spec["layers"]) - 1 else "linear")
        net.add_layer(dense)
        net.add_edge(previous, dense)
        previous = dense
    m = pyo.ConcreteModel()
    m.nn = OmltBlock()
    m.nn.build_formulation(ReluBigMFormulation(net))
    m.obj = pyo.Objective(expr=m.nn.outputs[0] - 0.004 * m.nn.inputs[0], sense=pyo.minimize)
    build = time.perf_counter() - start
    m.write(f"{out}/omlt.lp", io_options={"symbolic_solver_labels": True})
    variables = list(m.component_data_objects(pyo.Var, active=True))
    print(f"variables {len(variables)}")
    print(f"binaries {sum(1 for v in variables if v.is_binary())}")
    print(f"constraints {sum(1 for _ in m.component_data_objects(pyo.Constraint, active=True))}")
    print(f"build_seconds {build:.6f}")


if __name__ == "__main__":
    main()
