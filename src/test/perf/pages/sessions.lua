-- Issue 22's page benchmark (pages.sh): GET $PAGE, each request with the next of the signed-in
-- sessions in $COOKIES (one Cookie header a line), or with none when $COOKIES is unset.
local cookies = {}
local file = os.getenv("COOKIES")
if file and file ~= "" then
  for line in io.lines(file) do cookies[#cookies + 1] = line end
end
local path = os.getenv("PAGE") or "/"
local i = 0
request = function()
  if #cookies == 0 then
    return wrk.format("GET", path)
  end
  i = i % #cookies + 1
  return wrk.format("GET", path, {["Cookie"] = cookies[i]})
end
-- wrk counts only 4xx and 5xx as errors; a redirect to the sign-in page would pass unnoticed.
local redirects = 0
response = function(status, headers, body)
  if status ~= 200 then redirects = redirects + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%.1f p99=%.1f not200=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status + redirects))
end
