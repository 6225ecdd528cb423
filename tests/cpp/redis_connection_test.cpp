// The Redis connection (redis/connection.hpp) against a real redis-server: commands answered on
// its own thread, a deadline that holds while Redis is stopped, a new connection after Redis
// comes back, scripts re-sent after NOSCRIPT, a connection of the child's own after fork().
#include <sys/wait.h>
#include <unistd.h>

#include <future>

#include "policy_fixture.hpp"
#include "redis/connection.hpp"
#include "redis_server.hpp"

namespace ctct::testing {
namespace {

redis::Reply sent(redis::Connection& connection, std::vector<std::string> args) {
  std::promise<redis::Reply> promise;
  connection.command(std::move(args), [&](redis::Reply reply) { promise.set_value(std::move(reply)); });
  return promise.get_future().get();
}

redis::Reply evaluated(redis::Connection& connection, const redis::Script& script) {
  std::promise<redis::Reply> promise;
  connection.eval(script, {"{t}:k"}, {"7"}, [&](redis::Reply reply) { promise.set_value(std::move(reply)); });
  return promise.get_future().get();
}

using RedisConnectionTest = RedisTest;

TEST_F(RedisConnectionTest, AnswersCommandsInOrder) {
  redis::Connection connection(redis::parse_endpoint(redis().url(), "rate_limiter"));
  std::vector<std::future<redis::Reply>> replies;
  std::vector<std::promise<redis::Reply>> promises(100);
  for (auto& promise : promises) {
    replies.push_back(promise.get_future());
    connection.command({"INCR", "counter"}, [&promise](redis::Reply reply) { promise.set_value(std::move(reply)); });
  }
  for (long long i = 0; i < 100; ++i) EXPECT_EQ(replies[i].get().integer, i + 1);
}

TEST_F(RedisConnectionTest, AStoppedRedisIsAFailureAtTheDeadlineAndTheNextCommandReconnects) {
  redis::Connection connection(redis::parse_endpoint(redis().url("timeout_ms=200"), "rate_limiter"));
  ASSERT_EQ(sent(connection, {"PING"}).text, "PONG");
  redis().pause();
  const redis::Reply stalled = sent(connection, {"PING"});
  redis().resume();
  EXPECT_TRUE(stalled.failed());
  EXPECT_NE(stalled.text.find("did not answer within 200 ms"), std::string::npos) << stalled.text;
  EXPECT_EQ(sent(connection, {"PING"}).text, "PONG");
}

TEST_F(RedisConnectionTest, ARedisThatIsDownIsAFailureAndOneBackIsUsedAgain) {
  redis::Connection connection(redis::parse_endpoint(redis().url(), "rate_limiter"));
  redis().stop();
  const redis::Reply down = sent(connection, {"PING"});
  EXPECT_TRUE(down.failed());
  EXPECT_NE(down.text.find("127.0.0.1:" + std::to_string(redis().port())), std::string::npos) << down.text;
  ASSERT_TRUE(redis().start(redis().port()));
  EXPECT_EQ(sent(connection, {"PING"}).text, "PONG");
}

TEST_F(RedisConnectionTest, AScriptIsSentAgainAfterRedisForgetsIt) {
  redis::Connection connection(redis::parse_endpoint(redis().url(), "rate_limiter"));
  const redis::Script script("return tonumber(ARGV[1]) * 6");
  EXPECT_EQ(evaluated(connection, script).integer, 42);  // NOSCRIPT first: EVAL loads it
  EXPECT_EQ(redis().run({"SCRIPT", "EXISTS", script.sha1}), "1");
  redis().run({"SCRIPT", "FLUSH"});
  EXPECT_EQ(evaluated(connection, script).integer, 42);
}

TEST_F(RedisConnectionTest, AUserSignsInAndAPasswordIsNeverInAReason) {
  redis().run({"ACL", "SETUSER", "limiter", "on", ">s3cret-pw", "~*", "+@all"});
  const std::string at = "@127.0.0.1:" + std::to_string(redis().port());
  redis::Connection allowed(redis::parse_endpoint("redis://limiter:s3cret-pw" + at, "rate_limiter"));
  EXPECT_EQ(sent(allowed, {"ACL", "WHOAMI"}).text, "limiter");
  redis::Connection connection(redis::parse_endpoint("redis://limiter:wrong-pw" + at, "rate_limiter"));
  const redis::Reply refused = sent(connection, {"PING"});
  redis().run({"ACL", "DELUSER", "limiter"});
  EXPECT_TRUE(refused.failed());
  EXPECT_EQ(refused.text.find("wrong-pw"), std::string::npos) << refused.text;
  EXPECT_NE(refused.text.find("refused AUTH"), std::string::npos) << refused.text;
}

TEST_F(RedisConnectionTest, AChildMakesItsOwnConnection) {
  redis::Connection connection(redis::parse_endpoint(redis().url(), "rate_limiter"));
  ASSERT_EQ(sent(connection, {"CLIENT", "SETNAME", "parent"}).text, "OK");
  const pid_t pid = fork();
  if (pid == 0) _exit(sent(connection, {"CLIENT", "GETNAME"}).type == redis::Reply::Type::nil ? 0 : 1);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(sent(connection, {"CLIENT", "GETNAME"}).text, "parent");  // the parent's is untouched
}

}  // namespace
}  // namespace ctct::testing
