-- The mixed workload: a practice's day in proportion. Out of 20 requests: 5 directory pages,
-- 5 availability searches, 2 bookings, 2 health forms sent, 4 diary weeks, 2 note saves.
dofile("src/test/perf/load/common.lua")
local mix = { "directory", "directory", "directory", "directory", "directory",
  "availability", "availability", "availability", "availability", "availability",
  "booking", "booking", "intake", "intake",
  "diary", "diary", "diary", "diary", "note", "note" }
function request()
  return steps[pick(mix)]()
end
