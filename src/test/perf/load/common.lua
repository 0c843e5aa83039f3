-- Shared by every step of the load test (LoadIT runs wrk with one step's script at a time).
-- The practice's ids and API tokens are in target/load/data.lua, written by LoadIT.
-- wrk arguments after "--": the first booking number of this run, and wrk's thread count, so that
-- no two requests of any run ask for the same slot.
data = dofile("target/load/data.lua")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  offset = tonumber(args[1] or "0")
  nthreads = tonumber(args[2] or "2")
  math.randomseed(id * 7919 + offset)
  booked = 0
  refused = {}
end

-- Refusals by status, to tell a conflict (409) from a fault (500) in the report; a redirect is
-- a page step's lost session (to the sign-in page), which wrk itself would not count.
function response(status, headers, body)
  if status >= 300 then
    refused[status] = (refused[status] or 0) + 1
  end
end

function pick(list)
  return list[math.random(#list)]
end

function json(token)
  return { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
           ["Accept"] = "application/json" }
end

-- The steps. Each returns one request.
steps = {}

steps.directory = function()
  return wrk.format("GET", "/therapists/")
end

steps.availability = function()
  local week = pick(data.weeks)
  return wrk.format("GET", "/api/v1/therapists/" .. pick(data.therapists) .. "/availability?serviceId="
    .. data.service .. "&from=" .. week[1] .. "&to=" .. week[2])
end

-- A new slot every time: therapist by number, then the next free start; a client's bookings are
-- hours apart, so neither the therapist nor the client is ever double-booked by the load itself.
steps.booking = function()
  local n = offset + booked * nthreads + (id - 1)
  booked = booked + 1
  local therapist = data.therapists[(n % #data.therapists) + 1]
  local start = data.slots[(math.floor(n / #data.therapists) % #data.slots) + 1]
  local client = data.clients[(n % #data.clients) + 1]
  return wrk.format("POST", "/api/v1/appointments", json(client),
    '{"therapistId":' .. therapist .. ',"serviceId":' .. data.service .. ',"start":"' .. start .. '"}')
end

-- The next of this thread's own share, in turn: one person does not send two forms (or save one
-- note twice) at the same instant, so the load should not either.
local turns = {}
function mine(list, name)
  turns[name] = (turns[name] or 0) + 1
  return list[((turns[name] * nthreads + id - 1) % #list) + 1]
end

steps.intake = function()
  return wrk.format("PUT", "/api/v1/clients/me/intake", json(mine(data.clients, "intake")),
    '{"dateOfBirth":"1985-04-12","conditions":[],"consent":{"treatment":true,"healthData":true},'
    .. '"gp":{"name":"Dr Patel","practice":"Riverside Surgery"},"goals":"Less tension"}')
end

steps.diary = function()
  local week = pick(data.diaryWeeks)
  return wrk.format("GET", "/api/v1/appointments?from=" .. week[1] .. "&to=" .. week[2],
    json(pick(data.therapistTokens)))
end

-- A therapist's draft note saved again, as the form does at every change.
steps.note = function()
  local note = mine(data.notes, "note")
  return wrk.format("PUT", "/api/v1/notes/" .. note[2], json(note[1]),
    '{"clientWords":"Tight shoulders","painBefore":6,"healthChanged":false,"areas":["NECK","SHOULDERS"],'
    .. '"techniques":["SWEDISH"],"pressure":"MEDIUM","minutes":55,"response":"Eased well","painAfter":2,'
    .. '"nextSteps":"Two weeks","homeCare":"Neck stretches"}')
end

-- A therapist's page, each request with the next signed-in session (issue 22).
local turn = 0
function session()
  turn = turn + 1
  return data.sessions[((turn * nthreads + id - 1) % #data.sessions) + 1]
end

steps.record = function()
  local s = session()
  return wrk.format("GET", "/therapist/client?id=" .. s[2], { ["Cookie"] = s[1] })
end

steps.clients = function()
  return wrk.format("GET", "/therapist/clients", { ["Cookie"] = session()[1] })
end

-- One line LoadIT reads: times in milliseconds.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f socket=%d status=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
  local all = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("refused") or {}) do
      all[status] = (all[status] or 0) + n
    end
  end
  local line = "STATUSES"
  for status, n in pairs(all) do
    line = line .. " " .. status .. "=" .. n
  end
  io.write(line .. "\n")
end
