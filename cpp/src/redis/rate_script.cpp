#include "redis/rate_script.hpp"

namespace ctct::redis {

// Redis's own clock (TIME, microseconds) is the only one involved. The pace is GCRA: `tat` is
// when the next slot is due; a burst of B lets a call go up to B - 1 intervals early. The day
// (UTC, from TIME) keeps its count in `used`; `quota` is the day Constant Contact answered
// quota_exceeded. Keys expire two days after their last use.
const Script& rate_script() {
  static const Script script(R"lua(
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local day = math.floor(tonumber(time[1]) / 86400)
local resets = (day + 1) * 86400
local key, op = KEYS[1], ARGV[1]
local state = redis.call('HMGET', key, 'tat', 'day', 'used', 'quota')
local tat = math.max(tonumber(state[1]) or 0, now)
if op ~= 'take' then
  if op == 'quota' then redis.call('HSET', key, 'quota', day) end
  if op == 'throttled' then redis.call('HSET', key, 'tat', math.max(tat, now + tonumber(ARGV[6]))) end
  redis.call('PEXPIRE', key, 172800000)
  return {0, 0, 0, 0}
end
if tonumber(state[4]) == day then return {0, 0, resets, 0} end
local used = 0
if tonumber(state[2]) == day then used = tonumber(state[3]) end
local per_day = tonumber(ARGV[4])
if per_day > 0 and used >= per_day then return {0, 0, resets, 1} end
local interval = tonumber(ARGV[2])
local wait = math.max(0, tat - (tonumber(ARGV[3]) - 1) * interval - now)
local ahead = tonumber(ARGV[5])
if wait > ahead then return {wait - ahead, 0, 0, 0} end
redis.call('HSET', key, 'tat', tat + interval, 'day', day, 'used', used + 1)
redis.call('PEXPIRE', key, 172800000)
return {wait, 1, 0, 0}
)lua");
  return script;
}

}  // namespace ctct::redis
