#include "libs/auth/claims.h"

#include <openssl/rand.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <nlohmann/json.hpp>
#include <utility>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "libs/auth/errors.h"
#include "libs/status/error.h"

namespace imi::auth {
namespace {

using nlohmann::json;

// Claim names: registered ones from RFC 7519 §4.1, private ones ours.
constexpr char kIss[] = "iss";
constexpr char kSub[] = "sub";
constexpr char kAuthority[] = "authority";
constexpr char kCountry[] = "country";
constexpr char kRoles[] = "roles";
constexpr char kIat[] = "iat";
constexpr char kNbf[] = "nbf";
constexpr char kExp[] = "exp";
constexpr char kJti[] = "jti";

bool IsCountryCode(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
         s[1] <= 'Z';
}

// The shared rule set; returns "" when the claims are acceptable. Used both
// when signing (INVALID_ARGUMENT) and verifying (UNAUTHENTICATED), so the two
// sides can never disagree on what a well-formed token is.
std::string ClaimsProblem(const Claims& c) {
  if (c.issuer.empty()) return "iss is empty";
  if (c.subject.empty()) return "sub is empty";
  if (c.authority.empty()) return "authority is empty";
  if (!IsCountryCode(c.country)) {
    return "country is not a two-letter upper-case code";
  }
  for (const auto& [area, names] : c.roles) {
    if (area.empty()) return "roles has an empty area code";
    for (const auto& name : names) {
      if (name.empty())
        return absl::StrCat("roles[", area, "] has an empty role");
    }
  }
  if (c.token_id.empty()) return "jti is empty";
  if (c.issued_at == absl::InfinitePast() ||
      c.issued_at == absl::InfiniteFuture()) {
    return "iat is not set";
  }
  if (c.expires_at == absl::InfinitePast() ||
      c.expires_at == absl::InfiniteFuture()) {
    return "exp is not set";
  }
  if (c.expires_at <= c.issued_at) return "exp is not after iat";
  if (c.not_before.has_value() && (*c.not_before == absl::InfinitePast() ||
                                   *c.not_before == absl::InfiniteFuture())) {
    return "nbf is not finite";
  }
  return "";
}

absl::Status InvalidClaims(absl::string_view problem) {
  return imi::Error(absl::StatusCode::kUnauthenticated, kErrorDomain,
                    reason::kTokenClaimsInvalid,
                    absl::StrCat("token claims invalid: ", problem));
}

// Reads a required string member; nullptr if absent or not a string.
const std::string* GetString(const json& obj, const char* name) {
  auto it = obj.find(name);
  if (it == obj.end() || !it->is_string()) return nullptr;
  return it->get_ptr<const std::string*>();
}

// NumericDate: any JSON number (RFC 7519 allows fractions). Values beyond
// ~31 million years are refused rather than saturated, as they only come
// from forged or broken issuers.
std::optional<absl::Time> GetTime(const json& obj, const char* name) {
  auto it = obj.find(name);
  if (it == obj.end()) return std::nullopt;
  constexpr int64_t kLimit = int64_t{1} << 50;
  if (it->is_number_unsigned()) {
    uint64_t v = it->get<uint64_t>();
    if (v > static_cast<uint64_t>(kLimit)) return std::nullopt;
    return absl::FromUnixSeconds(static_cast<int64_t>(v));
  }
  if (it->is_number_integer()) {
    int64_t v = it->get<int64_t>();
    if (v > kLimit || v < -kLimit) return std::nullopt;
    return absl::FromUnixSeconds(v);
  }
  if (it->is_number_float()) {
    double v = it->get<double>();
    if (!std::isfinite(v) || std::fabs(v) > static_cast<double>(kLimit)) {
      return std::nullopt;
    }
    return absl::UnixEpoch() + absl::Seconds(v);
  }
  return std::nullopt;
}

}  // namespace

std::string NewTokenId() {
  unsigned char bytes[16];
  if (RAND_bytes(bytes, sizeof bytes) != 1) {
    // The CSPRNG failing means the process cannot issue safe ids at all;
    // continuing with a predictable id would be worse than stopping.
    std::abort();
  }
  return absl::BytesToHexString(
      absl::string_view(reinterpret_cast<char*>(bytes), sizeof bytes));
}

absl::Status ValidateClaims(const Claims& claims) {
  std::string problem = ClaimsProblem(claims);
  if (problem.empty()) return absl::OkStatus();
  return imi::Error(absl::StatusCode::kInvalidArgument, kErrorDomain,
                    reason::kClaimsInvalid,
                    absl::StrCat("claims invalid: ", problem));
}

absl::StatusOr<std::string> EncodeClaims(const Claims& claims) {
  try {
    json roles = json::object();
    for (const auto& [area, names] : claims.roles) roles[area] = names;
    json payload = {
        {kIss, claims.issuer},
        {kSub, claims.subject},
        {kAuthority, claims.authority},
        {kCountry, claims.country},
        {kRoles, std::move(roles)},
        {kIat, absl::ToUnixSeconds(claims.issued_at)},
        {kExp, absl::ToUnixSeconds(claims.expires_at)},
        {kJti, claims.token_id},
    };
    if (claims.not_before.has_value()) {
      payload[kNbf] = absl::ToUnixSeconds(*claims.not_before);
    }
    return payload.dump();
  } catch (const json::exception& e) {
    // dump() throws on strings that are not valid UTF-8.
    return imi::Error(absl::StatusCode::kInvalidArgument, kErrorDomain,
                      reason::kClaimsInvalid,
                      absl::StrCat("claims cannot be encoded: ", e.what()));
  }
}

absl::StatusOr<Claims> DecodeClaims(std::string_view text) {
  // allow_exceptions=false: a parse error yields a "discarded" value instead
  // of throwing; the accessors below check types first, so the try block
  // only guards against surprises in the library.
  try {
    json obj = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!obj.is_object()) {
      return Unauthenticated(reason::kTokenMalformed,
                             "token payload is not a JSON object");
    }
    Claims c;
    const std::string* s;
    if ((s = GetString(obj, kIss)) == nullptr)
      return InvalidClaims("iss missing");
    c.issuer = *s;
    if ((s = GetString(obj, kSub)) == nullptr)
      return InvalidClaims("sub missing");
    c.subject = *s;
    if ((s = GetString(obj, kAuthority)) == nullptr) {
      return InvalidClaims("authority missing");
    }
    c.authority = *s;
    if ((s = GetString(obj, kCountry)) == nullptr) {
      return InvalidClaims("country missing");
    }
    c.country = *s;
    if ((s = GetString(obj, kJti)) == nullptr)
      return InvalidClaims("jti missing");
    c.token_id = *s;

    auto roles = obj.find(kRoles);
    if (roles == obj.end() || !roles->is_object()) {
      return InvalidClaims("roles missing or not an object");
    }
    for (const auto& [area, names] : roles->items()) {
      if (!names.is_array()) {
        return InvalidClaims(absl::StrCat("roles[", area, "] is not an array"));
      }
      std::vector<std::string>& held = c.roles[area];
      held.reserve(names.size());
      for (const auto& name : names) {
        if (!name.is_string()) {
          return InvalidClaims(
              absl::StrCat("roles[", area, "] holds a non-string"));
        }
        held.push_back(name.get<std::string>());
      }
    }

    std::optional<absl::Time> t;
    if (!(t = GetTime(obj, kIat)))
      return InvalidClaims("iat missing or invalid");
    c.issued_at = *t;
    if (!(t = GetTime(obj, kExp)))
      return InvalidClaims("exp missing or invalid");
    c.expires_at = *t;
    if (obj.contains(kNbf)) {
      if (!(t = GetTime(obj, kNbf))) return InvalidClaims("nbf invalid");
      c.not_before = *t;
    }

    std::string problem = ClaimsProblem(c);
    if (!problem.empty()) return InvalidClaims(problem);
    return c;
  } catch (const json::exception& e) {
    return Unauthenticated(
        reason::kTokenMalformed,
        absl::StrCat("token payload unreadable: ", e.what()));
  }
}

Principal ToPrincipal(Claims claims) {
  return Principal{.user = std::move(claims.subject),
                   .authority = std::move(claims.authority),
                   .country = std::move(claims.country),
                   .roles = std::move(claims.roles),
                   .token_id = std::move(claims.token_id),
                   .expires_at = claims.expires_at};
}

}  // namespace imi::auth
