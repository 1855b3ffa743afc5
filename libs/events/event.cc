#include "libs/events/event.h"

#include <array>
#include <cstdint>
#include <random>

#include "absl/status/status.h"

namespace imi::events {
namespace {

std::mt19937_64& Rng() {
  // One generator per thread, seeded from the OS: no lock, and replicas
  // started at the same instant do not collide.
  thread_local std::mt19937_64 rng = [] {
    std::random_device rd;
    std::seed_seq seed{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
    return std::mt19937_64(seed);
  }();
  return rng;
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

}  // namespace

std::string NewEventId() {
  std::array<uint8_t, 16> b;
  uint64_t hi = Rng()();
  uint64_t lo = Rng()();
  for (int i = 0; i < 8; ++i) {
    b[i] = static_cast<uint8_t>(hi >> (8 * i));
    b[8 + i] = static_cast<uint8_t>(lo >> (8 * i));
  }
  b[6] = static_cast<uint8_t>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<uint8_t>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[b[i] >> 4]);
    out.push_back(kHex[b[i] & 0x0f]);
  }
  return out;
}

bool IsCanonicalUuid(std::string_view id) {
  if (id.size() != 36) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (id[i] != '-') return false;
    } else if (!IsHex(id[i])) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> ToStreamFields(const Event& event) {
  return {"event_id",  event.event_id,  "type",    event.type,
          "aggregate", event.aggregate, "payload", event.payload,
          "trace_id",  event.trace_id};
}

absl::StatusOr<Event> FromStreamFields(std::string_view stream,
                                       std::string_view entry_id,
                                       const std::vector<std::string>& fields) {
  if (fields.size() % 2 != 0) {
    return absl::InvalidArgumentError(
        "stream entry has an odd number of field/value items");
  }
  Event e;
  e.stream = std::string(stream);
  e.stream_entry_id = std::string(entry_id);
  for (size_t i = 0; i + 1 < fields.size(); i += 2) {
    const std::string& key = fields[i];
    const std::string& value = fields[i + 1];
    if (key == "event_id") {
      e.event_id = value;
    } else if (key == "type") {
      e.type = value;
    } else if (key == "aggregate") {
      e.aggregate = value;
    } else if (key == "payload") {
      e.payload = value;
    } else if (key == "trace_id") {
      e.trace_id = value;
    }
  }
  if (!IsCanonicalUuid(e.event_id)) {
    return absl::InvalidArgumentError("stream entry has no valid event_id");
  }
  if (e.type.empty())
    return absl::InvalidArgumentError("stream entry has no type");
  if (e.aggregate.empty())
    return absl::InvalidArgumentError("stream entry has no aggregate");
  return e;
}

}  // namespace imi::events
