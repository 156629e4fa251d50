"""Runs inside the arm64 Python: how long the runtime's artifact check and a whole load take there.

    python3.11 verify_runner.py ARTIFACT COPIES

Loads (with WASI linked) each of COPIES copies of ARTIFACT (the paths
ARTIFACT.0, ARTIFACT.1, ..., made by verify_cost.py, so every load is a first
load, check included) and then checks each once more on its own; prints JSON with the median seconds of each.  Standard
library only, besides our runtime (from WASMOON_RUNTIME_DIR).
"""

import json
import statistics
import sys
import time

from arm64_runner import wasmoon_runtime


def main():
    path, copies = sys.argv[1], int(sys.argv[2])
    runtime = wasmoon_runtime()
    from wasmoon_aot.runtime.integrity import verify_artifact
    loads, verifies = [], []
    for number in range(copies):
        started = time.perf_counter()
        runtime.load(f"{path}.{number}", wasi=runtime.WasiConfig(argv=["brotli"]))
        loads.append(time.perf_counter() - started)
    for number in range(copies):
        started = time.perf_counter()
        verify_artifact(f"{path}.{number}")
        verifies.append(time.perf_counter() - started)
    print(json.dumps({"load_seconds": statistics.median(loads), "verify_seconds": statistics.median(verifies)}))


if __name__ == "__main__":
    main()
