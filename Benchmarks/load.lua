-- Mixed load for Wieg: reads (area lists and pages, the JSON API, the search API, the
-- profile of Meppel, the coalition dashboard, a funnel plot) and writes through the real
-- HTML forms with session and CSRF token: an account update, an activity update
-- (Coalitie) and a reach count of an aanbod (Monitoring), in turn.
-- Each write sets a unique value, so every successful write leaves exactly one audit
-- event: load.sh compares the counts afterwards (lost writes must be 0).
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
  activity = os.getenv("WIEG_ACTIVITY_PATH")
  activityFields = os.getenv("WIEG_ACTIVITY_FIELDS")
  reach = os.getenv("WIEG_REACH_PATH")
  writes, errors, reads = 0, 0, 0
end

local paths = { "/gebieden?soort=gemeente", "/gebieden/GM0119", "/api/v1/gebieden?soort=pc4", "/gebieden/nml",
  "/api/v1/aanbod?zoek=zwanger&gemeente=GM0119", "/api/v1/aanbod?behoefte=schulden", "/gebieden/GM0119/profiel",
  "/coalities/meppel", "/indicatoren/BIG2/trechter?niveau=pc4&gebied=GM0119" }

function request()
  counter = counter + 1
  if counter % 10 == 5 then
    local body = "_csrf=" .. csrf .. "&" .. activityFields .. "&status-toelichting=Load-" .. tid .. "-" .. counter
    return wrk.format("POST", activity,
      { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  if counter % 10 == 2 then
    local body = "_csrf=" .. csrf .. "&kwartaal=2025-K1&contacten=" .. counter .. "&nieuwe_clienten=" .. tid
    return wrk.format("POST", reach,
      { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  if counter % 10 == 0 then
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
