#include "services/translation/mt/http_engine.h"

#include <algorithm>
#include <set>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"
#include "services/translation/mt/errors.h"
#include "spdlog/spdlog.h"

namespace imi::translation::mt {
namespace {

using json = nlohmann::json;

// Parses without exceptions: they must not escape, and a remote server's
// body is untrusted.
json ParseJson(std::string_view body) {
  return json::parse(body.begin(), body.end(), nullptr,
                     /*allow_exceptions=*/false);
}

// The server's own explanation, if it gave one, shortened for messages.
std::string ServerError(const std::string& body) {
  json j = ParseJson(body);
  std::string msg;
  if (j.is_object() && j.contains("error") && j["error"].is_string()) {
    msg = j["error"].get<std::string>();
  } else {
    msg = body;
  }
  if (msg.size() > 200) msg = msg.substr(0, 200) + "...";
  return msg;
}

}  // namespace

HttpEngine::HttpEngine(HttpEngineOptions options, HttpUrl url)
    : options_(std::move(options)), url_(std::move(url)) {
  pairs_ = options_.pairs;
  std::sort(pairs_.begin(), pairs_.end());
}

absl::StatusOr<std::unique_ptr<HttpEngine>> HttpEngine::Create(
    HttpEngineOptions options) {
  absl::StatusOr<HttpUrl> url = ParseHttpUrl(options.url);
  if (!url.ok()) return url.status();
  auto engine =
      std::unique_ptr<HttpEngine>(new HttpEngine(std::move(options), *url));
  if (engine->options_.pairs.empty()) {
    absl::Status refreshed = engine->RefreshPairs();
    if (!refreshed.ok()) return refreshed;
  }
  return engine;
}

std::vector<Pair> HttpEngine::Pairs() const {
  absl::MutexLock lock(&mu_);
  return pairs_;
}

absl::Status HttpEngine::RefreshPairs() {
  if (!options_.pairs.empty()) return absl::OkStatus();
  HttpRequest request;
  request.method = "GET";
  request.path = "/languages";
  absl::StatusOr<HttpResponse> response =
      SendHttpRequest(url_, request, options_.connect_timeout,
                      absl::Now() + options_.request_timeout);
  if (!response.ok()) {
    if (absl::IsDeadlineExceeded(response.status())) {
      return errors::EngineTimeout(name(), response.status().message());
    }
    return errors::EngineUnavailable(name(), response.status().message());
  }
  if (response->status != 200) {
    return errors::EngineUnavailable(
        name(), absl::StrCat("GET /languages answered HTTP ", response->status,
                             ": ", ServerError(response->body)));
  }
  json j = ParseJson(response->body);
  if (!j.is_array()) {
    return errors::EngineProtocol(name(),
                                  "GET /languages did not return a JSON array");
  }
  std::set<std::string> codes;
  std::set<Pair> pairs;
  bool all_listed_targets = false;
  for (const json& lang : j) {
    if (!lang.is_object() || !lang.contains("code") ||
        !lang["code"].is_string()) {
      return errors::EngineProtocol(name(),
                                    "GET /languages: entry without a \"code\"");
    }
    const std::string code =
        absl::AsciiStrToLower(lang["code"].get<std::string>());
    codes.insert(code);
    if (lang.contains("targets") && lang["targets"].is_array()) {
      for (const json& t : lang["targets"]) {
        if (!t.is_string()) continue;
        std::string target = absl::AsciiStrToLower(t.get<std::string>());
        if (target != code) pairs.insert(Pair{code, std::move(target)});
      }
    } else {
      all_listed_targets = true;
    }
  }
  if (all_listed_targets) {  // old LibreTranslate: no "targets"
    for (const std::string& s : codes) {
      for (const std::string& t : codes) {
        if (s != t) pairs.insert(Pair{s, t});
      }
    }
  }
  absl::MutexLock lock(&mu_);
  pairs_.assign(pairs.begin(), pairs.end());
  spdlog::info("{}: {} pairs offered by {}:{}{}", name(), pairs_.size(),
               url_.host, url_.port, url_.base);
  return absl::OkStatus();
}

absl::StatusOr<std::string> HttpEngine::Translate(std::string_view text,
                                                  const Pair& pair) {
  {
    absl::MutexLock lock(&mu_);
    if (!std::binary_search(pairs_.begin(), pairs_.end(), pair)) {
      return errors::PairUnavailable(pair.source, pair.target);
    }
  }
  if (text.find('\0') != std::string_view::npos) {
    return errors::TextInvalid("contains a NUL character");
  }
  json body = {{"q", text},
               {"source", pair.source},
               {"target", pair.target},
               {"format", "text"}};
  if (!options_.api_key.empty()) body["api_key"] = options_.api_key;
  HttpRequest request;
  request.method = "POST";
  request.path = "/translate";
  request.content_type = "application/json";
  // Invalid UTF-8 is replaced rather than thrown about (the Router rejects
  // it before it gets here anyway).
  request.body = body.dump(-1, ' ', false, json::error_handler_t::replace);

  absl::StatusOr<HttpResponse> response =
      SendHttpRequest(url_, request, options_.connect_timeout,
                      absl::Now() + options_.request_timeout);
  if (!response.ok()) {
    if (absl::IsDeadlineExceeded(response.status())) {
      return errors::EngineTimeout(name(), response.status().message());
    }
    if (absl::IsInternal(response.status())) {
      return errors::EngineProtocol(name(), response.status().message());
    }
    return errors::EngineUnavailable(name(), response.status().message());
  }
  const int code = response->status;
  if (code != 200) {
    std::string detail =
        absl::StrCat("HTTP ", code, ": ", ServerError(response->body));
    if (code == 429) return errors::EngineBusy(name(), detail);
    if (code >= 400 && code < 500)
      return errors::EngineRejected(name(), detail);
    return errors::EngineUnavailable(name(), detail);
  }
  json j = ParseJson(response->body);
  if (!j.is_object() || !j.contains("translatedText") ||
      !j["translatedText"].is_string()) {
    return errors::EngineProtocol(
        name(), "no \"translatedText\" string in the response");
  }
  return j["translatedText"].get<std::string>();
}

}  // namespace imi::translation::mt
