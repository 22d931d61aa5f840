-- One request per call, on a random id from a file: BENCH_METHOD, BENCH_PATH (with %s for the id),
-- BENCH_IDS (one id per line), BENCH_TOKEN, and for writes BENCH_BODY (JSON, %s for a unique label).
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH")
local body = os.getenv("BENCH_BODY")
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Accept"] = "application/json" }
if body then
  headers["Content-Type"] = "application/json"
end
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  ids[#ids + 1] = line
end
local counter = 0

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  counter = counter + 1
  local target = string.format(path, ids[math.random(#ids)])
  if body then
    return wrk.format(method, target, headers, string.format(body, tostring(counter)))
  end
  return wrk.format(method, target, headers)
end
