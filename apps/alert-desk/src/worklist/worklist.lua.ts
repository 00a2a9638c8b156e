/**
 * The worklist's writes, each one Lua script so that Redis applies it atomically: the state change,
 * the history line, the counters, the live event and (on close) the outbox entry land together or
 * not at all. With `appendfsync always`, Redis acknowledges a script only once its writes are on disk.
 *
 * Keys are derived from a prefix passed as an argument instead of declared KEYS, which ties the
 * worklist to one Redis node (no Cluster slot routing); the desk's data is small enough for one node
 * with a replica.
 */

/** Shared helpers: key names, status moves with counters, history lines and live events. */
const COMMON = `
local P = ARGV[1]
local function k(s) return P .. s end
-- Words of the free-text index: a set of alerts per word, and the dictionary of words (for prefixes).
local function addWords(id, words)
  for tok in string.gmatch(words or '', '[^,]+') do
    -- A word's first alert puts it into the dictionary.
    if redis.call('SADD', k('txt:' .. tok), id) == 1 and redis.call('SCARD', k('txt:' .. tok)) == 1 then
      redis.call('ZADD', k('tokens'), 0, tok)
    end
  end
end
local function move(id, st, from, to, severity, prio)
  local names = redis.call('HGET', st, 'idx') or ''
  if from and from ~= '' then
    redis.call('ZREM', k('status:' .. from), id)
    redis.call('HINCRBY', k('counts'), from .. '|' .. severity, -1)
    for name in string.gmatch(names, '[^,]+') do redis.call('ZREM', k('sidx:' .. from .. ':' .. name), id) end
  end
  if from == 'CLOSED' then
    redis.call('ZREM', k('closed-since'), id)
    -- Reopened after its retention: back into the indexes it had left.
    if redis.call('HDEL', st, 'archived') == 1 then
      redis.call('ZADD', k('all'), prio, id)
      addWords(id, redis.call('HGET', st, 'tok'))
    end
  end
  local t = redis.call('TIME')
  local nowMs = t[1] * 1000 + math.floor(t[2] / 1000)
  if from == 'NEW' then redis.call('ZREM', k('new-since'), id) end
  if to == 'NEW' then redis.call('ZADD', k('new-since'), nowMs, id) end
  if to == 'CLOSED' then redis.call('ZADD', k('closed-since'), nowMs, id) end
  redis.call('ZADD', k('status:' .. to), prio, id)
  -- All open alerts in one set too, so the default queue page is one ZRANGE.
  if to == 'CLOSED' then redis.call('ZREM', k('open'), id) else redis.call('ZADD', k('open'), prio, id) end
  -- Per filter, in priority order: the open alerts (oidx) and those of each status (sidx), so that a
  -- one-filter page is one ZRANGE and several filters intersect sets already sorted.
  for name in string.gmatch(names, '[^,]+') do
    if to == 'CLOSED' then redis.call('ZREM', k('oidx:' .. name), id) else redis.call('ZADD', k('oidx:' .. name), prio, id) end
    redis.call('ZADD', k('sidx:' .. to .. ':' .. name), prio, id)
  end
  redis.call('HINCRBY', k('counts'), to .. '|' .. severity, 1)
  redis.call('HSET', st, 'status', to)
end
local function history(id, entry)
  redis.call('RPUSH', k('history:' .. id), cjson.encode(entry))
end
-- Indicator performance: per profile version, day and indicator, how many hits and which outcomes.
local function perf(profile, day, indicators, what, by)
  for ind in string.gmatch(indicators or '', '[^,]+') do
    redis.call('HINCRBY', k('performance'), profile .. '|' .. day .. '|' .. ind .. '|' .. what, by)
  end
end
local function event(maxlen, e)
  return redis.call('XADD', k('events'), 'MAXLEN', '~', maxlen, '*', 'data', cjson.encode(e))
end
`;

/**
 * ARGV: prefix, alertId, alertJson, declarationId, version, severity, severityRank (0-4), score,
 * now, words (comma list, `search-tokens.ts`), eventMax, profile ("id:version"), indicators
 * (comma list), then index names (e.g. "sev:HIGH"). Returns 0 for an alert already
 * known (a re-delivery), 1 for a new one.
 */
export const UPSERT_ALERT_LUA = `${COMMON}
local id, declId, version = ARGV[2], ARGV[4], tonumber(ARGV[5])
local severity, rank, score, now, maxlen = ARGV[6], tonumber(ARGV[7]), tonumber(ARGV[8]), ARGV[9], ARGV[11]
if redis.call('EXISTS', k('alert:' .. id)) == 1 then return 0 end
local seq = redis.call('INCR', k('arrival-seq'))
local prio = string.format('%.0f', (4 - rank) * 1e12 + (100 - score) * 1e9 + seq)
local st = k('state:' .. id)
redis.call('SET', k('alert:' .. id), ARGV[3])
redis.call('HSET', st, 'receivedAt', now, 'severity', severity, 'priority', prio, 'declarationId', declId, 'version', version, 'profile', ARGV[12], 'indicators', ARGV[13])
redis.call('HSET', st, 'idx', table.concat(ARGV, ',', 14), 'tok', ARGV[10])
redis.call('ZADD', k('all'), prio, id)
addWords(id, ARGV[10])
perf(ARGV[12], string.sub(now, 1, 10), ARGV[13], 'HIT', 1)
move(id, st, nil, 'NEW', severity, prio)
history(id, { at = now, actor = 'system', action = 'RECEIVED', to = 'NEW' })
event(maxlen, { type = 'new', alertId = id, to = 'NEW', severity = severity, at = now })

-- A newer version of a declaration supersedes the alerts of its older versions.
local versions = k('declaration-alerts:' .. declId)
local others = redis.call('HGETALL', versions)
local newerId, newerVersion, olderId, olderVersion = nil, nil, nil, nil
for i = 1, #others, 2 do
  local v, otherId = tonumber(others[i]), others[i + 1]
  if v > version and (newerVersion == nil or v < newerVersion) then newerId, newerVersion = otherId, v end
  if v < version and (olderVersion == nil or v > olderVersion) then olderId, olderVersion = otherId, v end
end
redis.call('HSET', versions, version, id)
local function supersede(oldId, byId)
  local ost = k('state:' .. oldId)
  local from = redis.call('HGET', ost, 'status')
  redis.call('HSET', ost, 'supersededBy', byId)
  redis.call('HSET', k('state:' .. byId), 'supersedes', oldId)
  if from == 'CLOSED' then return end
  local osev, oprio = redis.call('HGET', ost, 'severity'), redis.call('HGET', ost, 'priority')
  move(oldId, ost, from, 'CLOSED', osev, oprio)
  redis.call('HSET', ost, 'resolution', 'SUPERSEDED', 'closedAt', now)
  history(oldId, { at = now, actor = 'system', action = 'SUPERSEDE', from = from, to = 'CLOSED', outcome = 'SUPERSEDED', relatedAlertId = byId })
  event(maxlen, { type = 'superseded', alertId = oldId, from = from, to = 'CLOSED', severity = osev, at = now, relatedAlertId = byId })
end
if olderId then supersede(olderId, id) end
if newerId then supersede(id, newerId) end
return 1
`;

/**
 * ARGV: prefix, alertId, action, actor, now, allowed from-states (comma list), to-state ('' = unchanged),
 * ownership ('own' = only the assignee, 'any'), new assignee ('-' = clear, '' = keep), resolution,
 * note, outbox payload ('' = none), eventMax, event type.
 * Returns {'OK', from, to}, {'NOT_FOUND'}, {'CONFLICT', status, assignee} or {'NOT_YOURS', assignee}.
 */
export const TRANSITION_LUA = `${COMMON}
local id, action, actor, now = ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local to, ownership, newAssignee, resolution, note = ARGV[7], ARGV[8], ARGV[9], ARGV[10], ARGV[11]
local outbox, maxlen, eventType = ARGV[12], ARGV[13], ARGV[14]
local st = k('state:' .. id)
local from = redis.call('HGET', st, 'status')
if not from then return { 'NOT_FOUND' } end
local assignee = redis.call('HGET', st, 'assignee') or ''
local allowed = false
for s in string.gmatch(ARGV[6], '[^,]+') do if s == from then allowed = true end end
if action == 'REOPEN' and redis.call('HGET', st, 'resolution') == 'SUPERSEDED' then allowed = false end
if not allowed then return { 'CONFLICT', from, assignee } end
if ownership == 'own' and assignee ~= actor then return { 'NOT_YOURS', assignee } end
if to == '' then to = from end
local severity, prio = redis.call('HGET', st, 'severity'), redis.call('HGET', st, 'priority')
if to ~= from then move(id, st, from, to, severity, prio) end
if newAssignee == '-' then
  redis.call('HDEL', st, 'assignee', 'claimedAt')
  assignee = ''
elseif newAssignee ~= '' then
  redis.call('HSET', st, 'assignee', newAssignee, 'claimedAt', now)
  assignee = newAssignee
end
local profile, indicators = redis.call('HGET', st, 'profile') or '?', redis.call('HGET', st, 'indicators')
if to == 'CLOSED' then
  redis.call('HSET', st, 'resolution', resolution, 'note', note, 'closedAt', now)
  perf(profile, string.sub(now, 1, 10), indicators, resolution, 1)
end
if action == 'REOPEN' then
  -- The outcome being withdrawn no longer counts for the indicators' performance.
  local was, closedAt = redis.call('HGET', st, 'resolution'), redis.call('HGET', st, 'closedAt')
  if was and closedAt then perf(profile, string.sub(closedAt, 1, 10), indicators, was, -1) end
  redis.call('HDEL', st, 'resolution', 'note', 'closedAt')
end
local entry = { at = now, actor = actor, action = action, from = from, to = to }
if assignee ~= '' then entry.assignee = assignee end
if resolution ~= '' then entry.outcome = resolution end
if note ~= '' then entry.note = note end
history(id, entry)
if outbox ~= '' then
  local seq = redis.call('INCR', k('outbox-seq'))
  redis.call('ZADD', k('outbox'), seq, seq .. ' ' .. outbox)
end
local ev = { type = eventType, alertId = id, from = from, to = to, severity = severity, at = now, actor = actor }
if assignee ~= '' then ev.assignee = assignee end
event(maxlen, ev)
return { 'OK', from, to }
`;

/**
 * Adds filters and words learnt late (the declaration arrived after its alert) to the indexes the
 * alert is in now. ARGV: prefix, alertId, words (comma list), then index names.
 */
export const ADD_INDEXES_LUA = `${COMMON}
local id = ARGV[2]
local st = k('state:' .. id)
local status = redis.call('HGET', st, 'status')
if not status then return 0 end
local prio, archived = redis.call('HGET', st, 'priority'), redis.call('HGET', st, 'archived')
local names, words = {}, {}
for name in string.gmatch(redis.call('HGET', st, 'idx') or '', '[^,]+') do names[name] = true end
for i = 4, #ARGV do
  local name = ARGV[i]
  if not names[name] and not archived then
    redis.call('ZADD', k('sidx:' .. status .. ':' .. name), prio, id)
    if status ~= 'CLOSED' then redis.call('ZADD', k('oidx:' .. name), prio, id) end
  end
  names[name] = true
end
for tok in string.gmatch(redis.call('HGET', st, 'tok') or '', '[^,]+') do words[tok] = true end
for tok in string.gmatch(ARGV[3], '[^,]+') do
  if not words[tok] and not archived then addWords(id, tok) end
  words[tok] = true
end
local list, wordList = {}, {}
for name in pairs(names) do list[#list + 1] = name end
for tok in pairs(words) do wordList[#wordList + 1] = tok end
redis.call('HSET', st, 'idx', table.concat(list, ','), 'tok', table.concat(wordList, ','))
return 1
`;

/**
 * Closed alerts whose retention has passed leave every queue index (status, per-filter, `all`, the
 * words) and are marked `archived`; their alert, state, history and the indicator performance stay.
 * A word no alert has any more leaves the dictionary. ARGV: prefix, cutoff (ms since epoch, closed at
 * or before), batch size. Returns how many were archived.
 */
export const ARCHIVE_CLOSED_LUA = `${COMMON}
local cutoff, batch = ARGV[2], tonumber(ARGV[3])
local ids = redis.call('ZRANGE', k('closed-since'), '-inf', cutoff, 'BYSCORE', 'LIMIT', 0, batch)
for _, id in ipairs(ids) do
  local st = k('state:' .. id)
  if redis.call('HGET', st, 'status') == 'CLOSED' then
    redis.call('ZREM', k('status:CLOSED'), id)
    redis.call('ZREM', k('all'), id)
    for name in string.gmatch(redis.call('HGET', st, 'idx') or '', '[^,]+') do
      redis.call('ZREM', k('sidx:CLOSED:' .. name), id)
    end
    for tok in string.gmatch(redis.call('HGET', st, 'tok') or '', '[^,]+') do
      redis.call('SREM', k('txt:' .. tok), id)
      if redis.call('EXISTS', k('txt:' .. tok)) == 0 then redis.call('ZREM', k('tokens'), tok) end
    end
    redis.call('HSET', st, 'archived', '1')
  end
  redis.call('ZREM', k('closed-since'), id)
end
return #ids
`;
