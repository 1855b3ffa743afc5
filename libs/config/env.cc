#include "libs/config/env.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace imi::config {

Env::Env() : Env([](const char* n) -> const char* { return std::getenv(n); }) {}
Env::Env(Lookup lookup) : lookup_(std::move(lookup)) {}

const char* Env::Get(const char* name) const {
  const char* v = lookup_(name);
  return (v == nullptr || *v == '\0') ? nullptr : v;
}

void Env::Fail(const char* name, const std::string& problem) {
  errors_.push_back(absl::StrCat(name, ": ", problem));
}

std::string Env::String(const char* name, const std::string& fallback) {
  const char* v = Get(name);
  return v ? v : fallback;
}

std::string Env::Required(const char* name) {
  const char* v = Get(name);
  if (!v) {
    Fail(name, "is required but not set");
    return "";
  }
  return v;
}

int Env::Int(const char* name, int fallback, int min, int max) {
  const char* v = Get(name);
  if (!v) return fallback;
  int out = 0;
  if (!absl::SimpleAtoi(v, &out) || out < min || out > max) {
    Fail(name, absl::StrCat("must be an integer from ", min, " to ", max, ", got '", v, "'"));
    return fallback;
  }
  return out;
}

bool Env::Bool(const char* name, bool fallback) {
  const char* v = Get(name);
  if (!v) return fallback;
  std::string s = absl::AsciiStrToLower(v);
  if (s == "true" || s == "1" || s == "yes") return true;
  if (s == "false" || s == "0" || s == "no") return false;
  Fail(name, absl::StrCat("must be true or false, got '", v, "'"));
  return fallback;
}

std::string Env::OneOf(const char* name, const std::string& fallback,
                       std::initializer_list<const char*> allowed) {
  const char* v = Get(name);
  if (!v) return fallback;
  for (const char* a : allowed) {
    if (std::string(a) == v) return v;
  }
  Fail(name, absl::StrCat("must be one of ", absl::StrJoin(allowed, ", "), ", got '", v, "'"));
  return fallback;
}

std::string Env::Address(const char* name, const std::string& fallback) {
  std::string v = String(name, fallback);
  size_t colon = v.rfind(':');
  int port = 0;
  if (colon == std::string::npos || !absl::SimpleAtoi(v.substr(colon + 1), &port) || port < 0 ||
      port > 65535) {
    Fail(name, absl::StrCat("must be host:port, got '", v, "'"));
    return fallback;
  }
  return v;
}

std::chrono::seconds Env::Seconds(const char* name, int fallback, int min, int max) {
  return std::chrono::seconds(Int(name, fallback, min, max));
}

std::string Env::ReadableFile(const char* name, bool required) {
  const char* v = Get(name);
  if (!v) {
    if (required) Fail(name, "is required but not set (path to a file)");
    return "";
  }
  if (::access(v, R_OK) != 0) {
    Fail(name, absl::StrCat("file '", v, "' does not exist or is not readable"));
    return "";
  }
  return v;
}

void Env::PrintProblems(const char* service, const absl::Status& status) {
  for (absl::string_view line : absl::StrSplit(status.message(), '\n')) {
    std::fprintf(stderr, "%s: configuration error: %s\n", service, std::string(line).c_str());
  }
}

absl::Status Env::Finish() const {
  if (errors_.empty()) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrJoin(errors_, "\n"));
}

}  // namespace imi::config
