-- One step of the load test alone: see common.lua.
dofile("src/test/perf/load/common.lua")
request = steps.record
