-- wrk script for scripts/bench/run.py. BENCH_MODE:
--   plain   the same GET each time
--   unique  a new query string each time, so the page cache never has the answer
--   etag    a conditional GET (If-None-Match: BENCH_ETAG), answered 304
--   post    BENCH_BODY with a new e-mail address each time, with BENCH_COOKIE (the CSRF cookie)
local mode = os.getenv("BENCH_MODE") or "plain"
local counter = 0
local language = os.getenv("BENCH_ACCEPT_LANGUAGE")
local run = tostring(os.time()) .. tostring(math.random(100000, 999999))

request = function()
  counter = counter + 1
  if mode == "unique" then
    return wrk.format("GET", wrk.path .. "?bench=" .. run .. "-" .. counter, {["Host"] = "localhost", ["Accept-Language"] = language})
  elseif mode == "etag" then
    return wrk.format("GET", wrk.path, {["Host"] = "localhost", ["Accept-Language"] = language, ["If-None-Match"] = os.getenv("BENCH_ETAG")})
  elseif mode == "post" then
    local body = string.gsub(os.getenv("BENCH_BODY"), "__EMAIL__", "bench-" .. run .. "-" .. counter .. "%%40example.com")
    return wrk.format("POST", wrk.path, {
      ["Host"] = "localhost",
      ["Accept-Language"] = language,
      ["Cookie"] = os.getenv("BENCH_COOKIE"),
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
  end
  return wrk.format("GET", wrk.path, {["Host"] = "localhost", ["Accept-Language"] = language})
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    'BENCHJSON{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "errors": %d, "bad_status": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), errors, summary.errors.status))
end
