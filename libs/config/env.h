// Reading a service's configuration from environment variables, once, at
// start-up, into a validated struct.
//
// Env collects every problem instead of stopping at the first, so an operator
// fixes a manifest in one go; Finish() reports them as one INVALID_ARGUMENT
// whose message names each variable, e.g.
//   "IMI_PG_POOL_SIZE: must be an integer from 1 to 64, got 'lots'"
//
// Example:
//   absl::StatusOr<Config> LoadConfig() {
//     config::Env env;
//     Config c;
//     c.dsn = env.Required("IMI_PG_DSN");
//     c.pool_size = env.Int("IMI_PG_POOL_SIZE", 8, 1, 64);
//     IMI_RETURN_IF_ERROR(env.Finish());
//     return c;
//   }
//
// Thread safety: an Env is used by one thread.
#ifndef IMI_LIBS_CONFIG_ENV_H_
#define IMI_LIBS_CONFIG_ENV_H_

#include <chrono>
#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "absl/status/status.h"

namespace imi::config {

class Env {
 public:
  // `lookup` returns the variable's value or nullptr; defaults to getenv.
  using Lookup = std::function<const char*(const char*)>;
  Env();
  explicit Env(Lookup lookup);

  // The value, or `fallback` when unset or empty.
  std::string String(const char* name, const std::string& fallback);
  // The value; records an error when unset or empty.
  std::string Required(const char* name);
  // An integer in [min, max]; `fallback` when unset.
  int Int(const char* name, int fallback, int min, int max);
  // true/false/1/0/yes/no (case-insensitive); `fallback` when unset.
  bool Bool(const char* name, bool fallback);
  // One of `allowed` (case-sensitive); `fallback` when unset.
  std::string OneOf(const char* name, const std::string& fallback,
                    std::initializer_list<const char*> allowed);
  // A "host:port" listen address (host may be empty, "0.0.0.0", "[::]" or a name).
  std::string Address(const char* name, const std::string& fallback);
  // Whole seconds in [min, max].
  std::chrono::seconds Seconds(const char* name, int fallback, int min, int max);
  // Path to a file that must exist and be readable; records an error if not.
  std::string ReadableFile(const char* name, bool required);

  // Records a problem found by the caller's own validation.
  void Fail(const char* name, const std::string& problem);

  // OK, or INVALID_ARGUMENT listing every problem, one per line.
  absl::Status Finish() const;

  // Writes each problem of `status` (from Finish()) to stderr as one
  // self-contained line, "<service>: configuration error: <VAR>: <problem>",
  // so that every line in a log collector names its variable.
  static void PrintProblems(const char* service, const absl::Status& status);

 private:
  const char* Get(const char* name) const;
  Lookup lookup_;
  std::vector<std::string> errors_;
};

}  // namespace imi::config

#endif  // IMI_LIBS_CONFIG_ENV_H_
