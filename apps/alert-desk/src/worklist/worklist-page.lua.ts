/**
 * One queue page in one read-only script (no scratch keys, so no AOF write and no fsync, and one
 * round trip): plans by set sizes, finds the page's ids and returns them with their alert and state.
 *
 * ARGV: prefix, offset, limit, count cap, prefix expansion cap, then the plan's terms (`query-plan.ts`).
 * Plan, by set sizes:
 * - one sorted set: ZRANGE by rank and ZCARD;
 * - every term one key: ZINTERCARD ... LIMIT cap counts in C; under `cap` matches, ZINTER (weights
 *   keeping the priority) gives them in order; with more, the smallest sorted set is walked in priority
 *   order until the page is full and the total is "at least cap";
 * - a term of several keys (a prefix's words, a mix of statuses): when the smallest word term is much
 *   smaller than the smallest sorted set, its members are gathered, checked and sorted by priority;
 *   otherwise the smallest sorted set is walked in chunks, each checked with one ZMSCORE / SMISMEMBER
 *   per key, until the page is full and a few thousand more are counted (then a lower bound).
 * Returns {total, exact (1/0), id, alertJson, stateFields, id, ...}.
 */
export const WORKLIST_PAGE_LUA = `#!lua flags=no-writes
local P, offset, limit, cap, maxExpand = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
if cap < offset + limit then cap = offset + limit end
local sorted, groups = {}, {}
for i = 6, #ARGV do
  local kind, body = string.sub(ARGV[i], 1, 1), string.sub(ARGV[i], 2)
  if kind == 'S' then
    sorted[#sorted + 1] = { key = P .. body, size = redis.call('ZCARD', P .. body) }
  else
    local g = { keys = {}, size = 0, sorted = kind == 'O' }
    if kind == 'O' then
      for key in string.gmatch(body, '[^\\n]+') do g.keys[#g.keys + 1] = P .. key end
    elseif kind == 'T' then
      g.keys[1] = P .. 'txt:' .. body
    else
      for _, tok in ipairs(redis.call('ZRANGE', P .. 'tokens', '[' .. body, '[' .. body .. '\\255', 'BYLEX', 'LIMIT', 0, maxExpand)) do
        g.keys[#g.keys + 1] = P .. 'txt:' .. tok
      end
    end
    for _, key in ipairs(g.keys) do
      g.size = g.size + (g.sorted and redis.call('ZCARD', key) or redis.call('SCARD', key))
    end
    if g.size == 0 then return { 0, 1 } end
    groups[#groups + 1] = g
  end
end
table.sort(sorted, function(a, b) return a.size < b.size end)
local driver = sorted[1]

-- keep[i] stays true for ids[i] found in every sorted set but the driver and in one key of each group.
local function check(ids, keep, skipGroup)
  for s = 2, #sorted do
    local r = redis.call('ZMSCORE', sorted[s].key, unpack(ids))
    for i = 1, #ids do if not r[i] then keep[i] = false end end
  end
  for gi, g in ipairs(groups) do
    if gi ~= skipGroup then
      local any = {}
      for _, key in ipairs(g.keys) do
        local r = g.sorted and redis.call('ZMSCORE', key, unpack(ids)) or redis.call('SMISMEMBER', key, unpack(ids))
        for i = 1, #ids do if r[i] and r[i] ~= 0 then any[i] = true end end
      end
      for i = 1, #ids do if not any[i] then keep[i] = false end end
    end
  end
end

local page, total, exact = {}, 0, 1
local singles = true
for _, g in ipairs(groups) do if #g.keys ~= 1 then singles = false end end
local function walk(budget)
  local rank, chunk = 0, 256
  exact = 0
  while true do
    local ids = redis.call('ZRANGE', driver.key, rank, rank + chunk - 1)
    if #ids == 0 then exact = 1 return end
    local keep = {}
    for i = 1, #ids do keep[i] = true end
    check(ids, keep, nil)
    for i = 1, #ids do
      if keep[i] then
        total = total + 1
        if total > offset and #page < limit then page[#page + 1] = ids[i] end
      end
    end
    rank = rank + chunk
    if #page >= limit and (total >= cap or rank >= budget) then return end
  end
end
if #sorted == 1 and #groups == 0 then
  page, total = redis.call('ZRANGE', driver.key, offset, offset + limit - 1), driver.size
elseif singles then
  -- Every term one key: Redis counts and intersects in C, smallest set first.
  local keys, weights = {}, {}
  for _, s in ipairs(sorted) do keys[#keys + 1] = s.key end
  for _, g in ipairs(groups) do keys[#keys + 1] = g.keys[1] end
  for i = 1, #keys do weights[i] = i == 1 and 1 or 0 end
  local args = { #keys, unpack(keys) }
  args[#args + 1] = 'LIMIT'
  args[#args + 1] = cap
  total = redis.call('ZINTERCARD', unpack(args))
  if total < cap then
    -- At most cap alerts match: the intersection itself, ordered by priority (the first key's score).
    if total > offset then
      args = { #keys, unpack(keys) }
      args[#args + 1] = 'WEIGHTS'
      for _, w in ipairs(weights) do args[#args + 1] = w end
      local all = redis.call('ZINTER', unpack(args))
      for i = offset + 1, math.min(offset + limit, #all) do page[#page + 1] = all[i] end
    end
  else
    -- Many match: walk in priority order until the page is full; the total stays "at least cap".
    total = 0
    walk(0)
    total, exact = cap, 0
  end
else
  local smallest, smallestAt = nil, nil
  for gi, g in ipairs(groups) do
    if not g.sorted and (smallest == nil or g.size < smallest.size) then smallest, smallestAt = g, gi end
  end
  if smallest and smallest.size <= 20000 and smallest.size * 8 < driver.size then
    local seen, ids = {}, {}
    for _, key in ipairs(smallest.keys) do
      for _, id in ipairs(redis.call('SMEMBERS', key)) do
        if not seen[id] then seen[id] = true; ids[#ids + 1] = id end
      end
    end
    local found = {}
    for from = 1, #ids, 256 do
      local part = { unpack(ids, from, math.min(from + 255, #ids)) }
      local scores = redis.call('ZMSCORE', driver.key, unpack(part))
      local keep = {}
      for i = 1, #part do keep[i] = scores[i] ~= false end
      check(part, keep, smallestAt)
      for i = 1, #part do if keep[i] then found[#found + 1] = { tonumber(scores[i]), part[i] } end end
    end
    table.sort(found, function(a, b) return a[1] < b[1] end)
    total = #found
    for i = offset + 1, math.min(offset + limit, #found) do page[#page + 1] = found[i][2] end
  else
    -- Counted on only a little past a full page: the total is then a lower bound.
    walk(8192)
  end
end

local reply = { total, exact }
for _, id in ipairs(page) do
  reply[#reply + 1] = id
  reply[#reply + 1] = redis.call('GET', P .. 'alert:' .. id) or ''
  reply[#reply + 1] = redis.call('HGETALL', P .. 'state:' .. id)
end
return reply
`;
