-- Mixed load for Wieg: reads of area lists, an area page and the JSON API, and writes
-- (updates of one account through the real HTML form, with session and CSRF token).
-- Each write sets a unique name, so every successful write leaves exactly one audit
-- event: load.sh compares the two counts afterwards (lost writes must be 0).
local threads = {}
local counter = 0
local id = 0

function setup(thread)
  id = id + 1
  thread:set("tid", id)
  table.insert(threads, thread)
end

function init(args)
  cookie = os.getenv("WIEG_COOKIE")
  csrf = os.getenv("WIEG_CSRF")
  user = os.getenv("WIEG_USER_ID")
  writes, errors, reads = 0, 0, 0
end

local paths = { "/gebieden?soort=gemeente", "/gebieden/GM0119", "/api/v1/gebieden?soort=pc4", "/gebieden/nml" }

function request()
  counter = counter + 1
  if counter % 5 == 0 then
    local body = "_csrf=" .. csrf .. "&name=Load-" .. tid .. "-" .. counter ..
      "&role=partner&coalition=meppel&organisation=ggd-drenthe"
    return wrk.format("POST", "/beheer/gebruikers/" .. user,
      { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], { ["Cookie"] = cookie })
end

function response(status, headers, body)
  if status == 303 then writes = writes + 1
  elseif status == 200 then reads = reads + 1
  else errors = errors + 1 end
end

function done(summary, latency, requests)
  local w, e, r = 0, 0, 0
  for _, t in ipairs(threads) do
    w = w + t:get("writes"); e = e + t:get("errors"); r = r + t:get("reads")
  end
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p99_ms=%.1f reads=%d writes=%d http_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, r, w, e,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
