// ctct::RateLimiter as the JS RateLimiter: one token bucket and daily count that several clients
// share through their rateLimiter option.
#include <memory>

#include "addon.hpp"
#include "options.hpp"

namespace ctct::node {
namespace {

class RateLimiterWrap : public Napi::ObjectWrap<RateLimiterWrap> {
 public:
  explicit RateLimiterWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<RateLimiterWrap>(info) {
    Options options(info, 0, "RateLimiter");
    RateLimit limit;
    options.read("perSecond", limit.per_second);
    options.read("burst", limit.burst);
    options.read("perDay", limit.per_day);
    options.finish();
    try {
      limiter_ = std::make_shared<RateLimiter>(limit);
    } catch (const std::invalid_argument& e) {
      throw Napi::TypeError::New(info.Env(), e.what());
    }
  }

  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "RateLimiter",
        {InstanceAccessor<&RateLimiterWrap::limit>("limit"),
            InstanceAccessor<&RateLimiterWrap::per_second>("per_second"),
            InstanceAccessor<&RateLimiterWrap::burst>("burst")});
  }

  const std::shared_ptr<RateLimiter>& limiter() const { return limiter_; }

 private:
  // The limit as the constructor takes it: { perSecond, burst, perDay }.
  Napi::Value limit(const Napi::CallbackInfo& info) {
    auto out = Napi::Object::New(info.Env());
    out.Set("perSecond", limiter_->limit().per_second);
    out.Set("burst", limiter_->limit().burst);
    out.Set("perDay", static_cast<double>(limiter_->limit().per_day));
    return out;
  }
  // The old names of limit's parts.
  Napi::Value per_second(const Napi::CallbackInfo& info) {
    warn_renamed(info.Env(), "RateLimiter.per_second", "RateLimiter.limit.perSecond");
    return Napi::Number::New(info.Env(), limiter_->limit().per_second);
  }
  Napi::Value burst(const Napi::CallbackInfo& info) {
    warn_renamed(info.Env(), "RateLimiter.burst", "RateLimiter.limit.burst");
    return Napi::Number::New(info.Env(), limiter_->limit().burst);
  }

  std::shared_ptr<RateLimiter> limiter_;
};

}  // namespace

std::shared_ptr<RateLimiter> shared_rate_limiter(const Napi::Value& value, const std::string& path) {
  if (value.IsUndefined() || value.IsNull()) return nullptr;
  Napi::Function constructor = Addon::of(value.Env()).rate_limiter.Value();
  if (!value.IsObject() || !value.As<Napi::Object>().InstanceOf(constructor))
    type_error(value, path, "a RateLimiter or a Redis URL");
  return RateLimiterWrap::Unwrap(value.As<Napi::Object>())->limiter();
}

void init_rate_limiter(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = RateLimiterWrap::define(env);
  Addon::of(env).rate_limiter = Napi::Persistent(constructor);
  exports.Set("RateLimiter", constructor);
}

}  // namespace ctct::node
