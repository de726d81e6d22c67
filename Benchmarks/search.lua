-- Search load for Wieg: 50 realistic queries against the public JSON search
-- (/api/v1/aanbod), anonymous, keep-alive. Each thread walks the list round-robin,
-- starting at a different place so the threads do not ask the same thing at once.
-- Municipalities: GM0119 Meppel, GM0983 Venlo and other demo-geography codes, and
-- synthetic ones of the national demo (GM9001-GM9314; GM9001 lies in Groningen,
-- GM9011 in Fryslân, GM9029 in Overijssel, GM9314 in Limburg).
-- Statuses outside 200-399 are counted per thread and reported by done().
local threads = {}
local id = 0

local queries = {
  "zoek=zwanger",
  "zoek=zwanger&gemeente=GM0119",
  "zoek=kraamzorg",
  "zoek=kraamzorg&gemeente=GM0983",
  "zoek=geldzorgen",
  "zoek=geldzorgen&gemeente=GM9001",
  "zoek=roken&fase=tijdens",
  "zoek=stoppen%20met%20roken&gemeente=GM9100",
  "zoek=taalcafe",
  "zoek=taalcaf%C3%A9&gemeente=GM9200",
  "zoek=opvoeden",
  "zoek=opvoeden&gemeente=GM9029&fase=na",
  "zoek=VoorZorg",
  "zoek=voorzorg&gemeente=GM0119",
  "zoek=borstvoeding",
  "zoek=borstvoeding&gemeente=GM9011&fase=na",
  "behoefte=schulden&gemeente=GM0983",
  "behoefte=huiselijk-geweld&gemeente=GM9001",
  "behoefte=psychische-problemen&fase=tijdens",
  "behoefte=laaggeletterdheid&gemeente=GM9314",
  "behoefte=onbedoelde-zwangerschap",
  "behoefte=verslaving&gemeente=GM1680",
  "fase=voor&gemeente=GM0119",
  "fase=tijdens&gemeente=GM9150",
  "zoek=consultatiebureau&gemeente=GM9250",
  "zoek=schuldhulp",
  "zoek=huiselijk%20geweld",
  "zoek=somber&fase=na",
  "zoek=depressie&gemeente=GM0957",
  "zoek=tolk&gemeente=GM9050",
  "zoek=Nu%20Niet%20Zwanger",
  "zoek=kinderwens&fase=voor",
  "zoek=Stevig%20Ouderschap&gemeente=GM9300",
  "zoek=BoekStart",
  "zoek=voorlezen&gemeente=GM9120",
  "zoek=Centering%20Pregnancy",
  "zoek=zwangerschapscursus&gemeente=GM9075",
  "zoek=prenataal%20huisbezoek",
  "zoek=huisbezoek&behoefte=sociaal-isolement",
  "zoek=peuteropvang&gemeente=GM0984",
  "zoek=VVE&fase=na",
  "zoek=verslaving&gemeente=GM9180",
  "zoek=alcohol&fase=tijdens",
  "zoek=anticonceptie",
  "zoek=voedselbank&gemeente=GM9222",
  "zoek=jonge%20moeders&behoefte=tienerouders",
  "zoek=bevalling&gemeente=GM9005",
  "zoek=hulp%20bij%20geld&gemeente=GM0119&fase=tijdens",
  "behoefte=borstvoeding&fase=na&gemeente=GM9260",
  "zoek=zwanger&pagina=2",
}

function setup(thread)
  id = id + 1
  thread:set("tid", id)
  table.insert(threads, thread)
end

function init(args)
  counter = (tid - 1) * 17
  errors, ok = 0, 0
end

function request()
  counter = counter + 1
  local path = "/api/v1/aanbod?" .. queries[(counter % #queries) + 1]
  return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

function response(status, headers, body)
  if status >= 200 and status < 400 then ok = ok + 1 else errors = errors + 1 end
end

function done(summary, latency, requests)
  local e, o = 0, 0
  for _, t in ipairs(threads) do
    e = e + t:get("errors"); o = o + t:get("ok")
  end
  local s = summary.errors
  io.write(string.format("RESULT queries=%d requests=%d duration_s=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f ok=%d http_errors=%d socket_errors=%d\n",
    #queries, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, o, e, s.connect + s.read + s.write + s.timeout))
end
