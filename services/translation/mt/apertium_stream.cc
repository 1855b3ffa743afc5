#include "services/translation/mt/apertium_stream.h"

#include <cstddef>

namespace imi::translation::mt {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

bool IsReserved(char c) {
  switch (c) {
    case '[':
    case ']':
    case '^':
    case '$':
    case '\\':
    case '/':
    case '<':
    case '>':
    case '@':
    case '{':
    case '}':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string_view LeadingSpace(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && IsSpace(text[i])) ++i;
  return text.substr(0, i);
}

std::string_view TrailingSpace(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0 && IsSpace(text[i - 1])) --i;
  return text.substr(i);
}

std::string_view TrimSpace(std::string_view text) {
  text.remove_prefix(LeadingSpace(text).size());
  text.remove_suffix(TrailingSpace(text).size());
  return text;
}

std::string DeformatText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8 + 8);
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (IsSpace(c)) {
      std::size_t j = i;
      int newlines = 0;
      while (j < text.size() && IsSpace(text[j])) {
        if (text[j] == '\n') ++newlines;
        ++j;
      }
      std::string_view run = text.substr(i, j - i);
      if (run == " ") {
        out += ' ';
      } else {
        // Whitespace inside a superblank is passed through verbatim; a plain
        // blank may be normalised by some stages.
        if (newlines >= 2) out += ".[]";
        out += '[';
        out.append(run);
        out += ']';
      }
      i = j;
      continue;
    }
    if (c == '~') {
      out += "[~]";
    } else {
      if (IsReserved(c)) out += '\\';
      out += c;
    }
    ++i;
  }
  out += ' ';
  return out;
}

std::string ReformatText(std::string_view stream) {
  std::string out;
  out.reserve(stream.size());
  std::size_t i = 0;
  while (i < stream.size()) {
    const char c = stream[i];
    if (c == '\\') {
      if (i + 1 < stream.size()) out += stream[i + 1];
      i += 2;
      continue;
    }
    if (c == '.' && stream.substr(i + 1, 2) == "[]") {
      i += 3;  // the sentence mark DeformatText put before a blank line
      continue;
    }
    if (c == '[' || c == ']') {
      // Superblank brackets (and "[[" "]]" word-bound blanks, should a stage
      // emit them); their content is kept by the loop as ordinary text.
      ++i;
      continue;
    }
    out += c;
    ++i;
  }
  return out;
}

int CountSuperblanksWithPrefix(std::string_view stream,
                               std::string_view prefix) {
  int count = 0;
  for (std::size_t i = 0; i < stream.size(); ++i) {
    if (stream[i] == '\\') {
      ++i;  // skip the escaped character
      continue;
    }
    if (stream[i] == '[' && stream.substr(i + 1, prefix.size()) == prefix) {
      ++count;
    }
  }
  return count;
}

}  // namespace imi::translation::mt
