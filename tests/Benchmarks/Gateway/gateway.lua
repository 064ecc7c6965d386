-- wrk script of the gateway benchmark: POSTs $GQL_BODY with a unique X-Request-Id header per request
-- (so no gateway can answer from an in-flight duplicate), checks every response and keeps samples.
--   GQL_BODY             request body (JSON)
--   GQL_EXPECTED_LENGTH  byte length of this gateway's verified answer; every response must have it
--   GQL_SAMPLE_DIR       where sampled bodies go (the first response, then every GQL_SAMPLE_EVERY-th)
-- A response is bad when its status is not 200, it contains "errors", it does not start with the
-- TestQuery's first field, or its length differs. done() prints the counts and p50/p95/p99.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.body = os.getenv("GQL_BODY")

local expected_length = tonumber(os.getenv("GQL_EXPECTED_LENGTH") or "0")
local sample_dir = os.getenv("GQL_SAMPLE_DIR")
local sample_every = tonumber(os.getenv("GQL_SAMPLE_EVERY") or "1000")
local max_samples = 5
local expected_prefix = '{"data":{"users":[{'

local threads = {}
local next_thread_id = 0

function setup(thread)
  next_thread_id = next_thread_id + 1
  thread:set("thread_id", next_thread_id)
  table.insert(threads, thread)
end

function init(args)
  sent = 0
  checked = 0
  bad = 0
  samples = 0
  first_bad = nil
end

function request()
  sent = sent + 1
  wrk.headers["X-Request-Id"] = thread_id .. "-" .. sent
  return wrk.format()
end

local function keep_sample(body)
  samples = samples + 1
  local file = io.open(string.format("%s/sample-%d-%d.json", sample_dir, thread_id, samples), "wb")
  if file then
    file:write(body)
    file:close()
  end
end

function response(status, headers, body)
  checked = checked + 1
  local ok = status == 200
    and (expected_length == 0 or #body == expected_length)
    and string.sub(body, 1, #expected_prefix) == expected_prefix
    and not string.find(body, '"errors"', 1, true)
  if not ok then
    bad = bad + 1
    if first_bad == nil then
      first_bad = string.format("status %d, %d bytes: %s", status, #body, string.sub(body, 1, 300))
    end
  end
  if sample_dir and samples < max_samples and (checked == 1 or checked % sample_every == 0) then
    keep_sample(body)
  end
end

function done(summary, latency, requests)
  local total_checked, total_bad, total_samples = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_checked = total_checked + thread:get("checked")
    total_bad = total_bad + thread:get("bad")
    total_samples = total_samples + thread:get("samples")
    local first = thread:get("first_bad")
    if first then
      io.write("gateway-bench: first bad response: ", first, "\n")
    end
  end
  local errors = summary.errors
  io.write(string.format("gateway-bench: checked %d bad %d samples %d\n", total_checked, total_bad, total_samples))
  io.write(string.format("gateway-bench: socket-errors connect %d read %d write %d timeout %d status %d\n",
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
  io.write(string.format("gateway-bench: requests %d duration-us %d\n", summary.requests, summary.duration))
  io.write(string.format("gateway-bench: latency-us p50 %d p95 %d p99 %d max %d\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
