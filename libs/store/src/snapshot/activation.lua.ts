/**
 * Replaces the active pointer in one step, and only if it is still the one the caller read (a
 * compare-and-set on the activation number): concurrent activations serialise, each numbered once,
 * none lost. Every version the new pointer names must still be stored. The replaced pointer goes to
 * the head of the history (what rollback returns to), the audit record (when given) is appended in
 * the same step, and the new number is announced.
 *
 * KEYS: pointer, activation counter, history, audit stream, then the header key of every version named.
 * ARGV: the activation number read (0 for none), the new pointer's JSON without `activation`,
 *       the announcement channel, the history length kept, the audit stream's length kept (0: no
 *       audit record), then the audit record's field/value pairs.
 * Returns {number, pointer JSON}, {-1, current number} when another activation came first, or
 * {-2, missing key}.
 */
export const ACTIVATE_LUA = `
local current = redis.call('GET', KEYS[1])
local currentActivation = '0'
if current then currentActivation = string.match(current, '"activation":(%d+)') or '0' end
if currentActivation ~= ARGV[1] then return {-1, currentActivation} end
for i = 5, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 0 then return {-2, KEYS[i]} end
end
local n = redis.call('INCR', KEYS[2])
local pointer = '{"activation":' .. n .. ',' .. string.sub(ARGV[2], 2)
redis.call('SET', KEYS[1], pointer)
if current then
  redis.call('LPUSH', KEYS[3], current)
  redis.call('LTRIM', KEYS[3], 0, tonumber(ARGV[4]) - 1)
end
if ARGV[5] ~= '0' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[5], '*', 'activation', tostring(n), unpack(ARGV, 6))
end
redis.call('PUBLISH', ARGV[3], tostring(n))
return {n, pointer}
`;

/**
 * Deletes one list version unless the active pointer names it (checked in the same step, so an
 * activation cannot slip in between).
 * KEYS: pointer, version header, version entries. ARGV: list name, version.
 * Returns 1 when deleted, 0 when kept because it is active.
 */
export const PRUNE_VERSION_LUA = `
local current = redis.call('GET', KEYS[1])
if current then
  local lists = cjson.decode(current).lists
  if lists and tostring(lists[ARGV[1]]) == ARGV[2] then return 0 end
end
redis.call('DEL', KEYS[2], KEYS[3])
return 1
`;
