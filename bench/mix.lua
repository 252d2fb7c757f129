-- wrk script: reads of initiative pages mixed with status updates through the real server
-- function (a progress note on an open initiative, at the version it is known to be at).
--   wrk ... -s bench/mix.lua URL -- IDS_FILE WRITE_EVERY FIRST COUNT
-- IDS_FILE has one "id version status" line per open initiative. Every WRITE_EVERY-th request is
-- a write (10 = 90 % reads / 10 % writes; 1 = writes only). Writes go round rows FIRST+1 ..
-- FIRST+COUNT of the file, each thread its own alternate rows, counting the versions it wrote,
-- so no two writes race for one version and any error is a real one. Runs that write must use
-- ranges no other run has written. done() prints the responses by status code.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  ids = {}
  for line in io.lines(args[1]) do
    local id, version, status = line:match("^(%d+)%s+(%d+)%s+(%a+)$")
    if id then table.insert(ids, { id = id, version = version, status = status }) end
  end
  write_every = tonumber(args[2]) or 10
  first = tonumber(args[3]) or 0
  count = math.max(2, math.min(tonumber(args[4]) or #ids, #ids - first))
  -- Threads take alternate rows of the range.
  next_write = id - 1
  n = 0
  reads, writes = 0, 0
  codes = {}
  cookie = wrk.headers["Cookie"]
end

function request()
  n = n + 1
  if n % write_every == 0 then
    local row = ids[first + (next_write % count) + 1]
    next_write = next_write + 2
    writes = writes + 1
    local version = row.version
    row.version = row.version + 1
    local body = "id=" .. row.id .. "&version=" .. version ..
      "&input%5Bto_status%5D=" .. row.status .. "&input%5Bnote%5D=Load+test+progress+note"
    return wrk.format("POST", "/api/change_status", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["Cookie"] = cookie,
    }, body)
  end
  reads = reads + 1
  local row = ids[math.random(#ids)]
  return wrk.format("GET", "/initiatives/" .. row.id, { ["Cookie"] = cookie })
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  local r, w = 0, 0
  for _, thread in ipairs(threads) do
    r = r + thread:get("reads")
    w = w + thread:get("writes")
    local c = thread:get("codes")
    for code, count in pairs(c) do total[code] = (total[code] or 0) + count end
  end
  local parts = {}
  for code, count in pairs(total) do table.insert(parts, code .. ": " .. count) end
  table.sort(parts)
  io.write(string.format("requests sent: %d reads, %d writes; responses by status: %s\n", r, w, table.concat(parts, ", ")))
end
