#include "tools/directory_gen/text.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace imi::directory_gen {
namespace {

struct Letter {
  uint32_t code_point;
  const char* ascii;  // Lowercase transliteration.
  bool upper;
};

// Latin-1 Supplement, Latin Extended-A/B, Greek and Cyrillic letters, sorted
// by code point: base letter after removing diacritics (ELOT 743 for Greek,
// the Bulgarian official system for Cyrillic).
constexpr Letter kLetters[] = {
    {0x00C0, "a", true},   {0x00C1, "a", true},    {0x00C2, "a", true},   {0x00C3, "a", true},
    {0x00C4, "a", true},   {0x00C5, "a", true},    {0x00C6, "ae", true},  {0x00C7, "c", true},
    {0x00C8, "e", true},   {0x00C9, "e", true},    {0x00CA, "e", true},   {0x00CB, "e", true},
    {0x00CC, "i", true},   {0x00CD, "i", true},    {0x00CE, "i", true},   {0x00CF, "i", true},
    {0x00D0, "d", true},   {0x00D1, "n", true},    {0x00D2, "o", true},   {0x00D3, "o", true},
    {0x00D4, "o", true},   {0x00D5, "o", true},    {0x00D6, "o", true},   {0x00D8, "o", true},
    {0x00D9, "u", true},   {0x00DA, "u", true},    {0x00DB, "u", true},   {0x00DC, "u", true},
    {0x00DD, "y", true},   {0x00DE, "th", true},   {0x00DF, "ss", false}, {0x00E0, "a", false},
    {0x00E1, "a", false},  {0x00E2, "a", false},   {0x00E3, "a", false},  {0x00E4, "a", false},
    {0x00E5, "a", false},  {0x00E6, "ae", false},  {0x00E7, "c", false},  {0x00E8, "e", false},
    {0x00E9, "e", false},  {0x00EA, "e", false},   {0x00EB, "e", false},  {0x00EC, "i", false},
    {0x00ED, "i", false},  {0x00EE, "i", false},   {0x00EF, "i", false},  {0x00F0, "d", false},
    {0x00F1, "n", false},  {0x00F2, "o", false},   {0x00F3, "o", false},  {0x00F4, "o", false},
    {0x00F5, "o", false},  {0x00F6, "o", false},   {0x00F8, "o", false},  {0x00F9, "u", false},
    {0x00FA, "u", false},  {0x00FB, "u", false},   {0x00FC, "u", false},  {0x00FD, "y", false},
    {0x00FE, "th", false}, {0x00FF, "y", false},   {0x0100, "a", true},   {0x0101, "a", false},
    {0x0102, "a", true},   {0x0103, "a", false},   {0x0104, "a", true},   {0x0105, "a", false},
    {0x0106, "c", true},   {0x0107, "c", false},   {0x0108, "c", true},   {0x0109, "c", false},
    {0x010A, "c", true},   {0x010B, "c", false},   {0x010C, "c", true},   {0x010D, "c", false},
    {0x010E, "d", true},   {0x010F, "d", false},   {0x0110, "d", true},   {0x0111, "d", false},
    {0x0112, "e", true},   {0x0113, "e", false},   {0x0114, "e", true},   {0x0115, "e", false},
    {0x0116, "e", true},   {0x0117, "e", false},   {0x0118, "e", true},   {0x0119, "e", false},
    {0x011A, "e", true},   {0x011B, "e", false},   {0x011C, "g", true},   {0x011D, "g", false},
    {0x011E, "g", true},   {0x011F, "g", false},   {0x0120, "g", true},   {0x0121, "g", false},
    {0x0122, "g", true},   {0x0123, "g", false},   {0x0124, "h", true},   {0x0125, "h", false},
    {0x0126, "h", true},   {0x0127, "h", false},   {0x0128, "i", true},   {0x0129, "i", false},
    {0x012A, "i", true},   {0x012B, "i", false},   {0x012C, "i", true},   {0x012D, "i", false},
    {0x012E, "i", true},   {0x012F, "i", false},   {0x0130, "i", true},   {0x0131, "i", false},
    {0x0132, "ij", true},  {0x0133, "ij", false},  {0x0134, "j", true},   {0x0135, "j", false},
    {0x0136, "k", true},   {0x0137, "k", false},   {0x0138, "k", false},  {0x0139, "l", true},
    {0x013A, "l", false},  {0x013B, "l", true},    {0x013C, "l", false},  {0x013D, "l", true},
    {0x013E, "l", false},  {0x013F, "l", true},    {0x0140, "l", false},  {0x0141, "l", true},
    {0x0142, "l", false},  {0x0143, "n", true},    {0x0144, "n", false},  {0x0145, "n", true},
    {0x0146, "n", false},  {0x0147, "n", true},    {0x0148, "n", false},  {0x0149, "n", false},
    {0x014A, "n", true},   {0x014B, "n", false},   {0x014C, "o", true},   {0x014D, "o", false},
    {0x014E, "o", true},   {0x014F, "o", false},   {0x0150, "o", true},   {0x0151, "o", false},
    {0x0152, "oe", true},  {0x0153, "oe", false},  {0x0154, "r", true},   {0x0155, "r", false},
    {0x0156, "r", true},   {0x0157, "r", false},   {0x0158, "r", true},   {0x0159, "r", false},
    {0x015A, "s", true},   {0x015B, "s", false},   {0x015C, "s", true},   {0x015D, "s", false},
    {0x015E, "s", true},   {0x015F, "s", false},   {0x0160, "s", true},   {0x0161, "s", false},
    {0x0162, "t", true},   {0x0163, "t", false},   {0x0164, "t", true},   {0x0165, "t", false},
    {0x0166, "t", true},   {0x0167, "t", false},   {0x0168, "u", true},   {0x0169, "u", false},
    {0x016A, "u", true},   {0x016B, "u", false},   {0x016C, "u", true},   {0x016D, "u", false},
    {0x016E, "u", true},   {0x016F, "u", false},   {0x0170, "u", true},   {0x0171, "u", false},
    {0x0172, "u", true},   {0x0173, "u", false},   {0x0174, "w", true},   {0x0175, "w", false},
    {0x0176, "y", true},   {0x0177, "y", false},   {0x0178, "y", true},   {0x0179, "z", true},
    {0x017A, "z", false},  {0x017B, "z", true},    {0x017C, "z", false},  {0x017D, "z", true},
    {0x017E, "z", false},  {0x017F, "s", false},   {0x01A0, "o", true},   {0x01A1, "o", false},
    {0x01AF, "u", true},   {0x01B0, "u", false},   {0x01CD, "a", true},   {0x01CE, "a", false},
    {0x01CF, "i", true},   {0x01D0, "i", false},   {0x01D1, "o", true},   {0x01D2, "o", false},
    {0x01D3, "u", true},   {0x01D4, "u", false},   {0x01D5, "u", true},   {0x01D6, "u", false},
    {0x01D7, "u", true},   {0x01D8, "u", false},   {0x01D9, "u", true},   {0x01DA, "u", false},
    {0x01DB, "u", true},   {0x01DC, "u", false},   {0x01DE, "a", true},   {0x01DF, "a", false},
    {0x01E0, "a", true},   {0x01E1, "a", false},   {0x01E6, "g", true},   {0x01E7, "g", false},
    {0x01E8, "k", true},   {0x01E9, "k", false},   {0x01EA, "o", true},   {0x01EB, "o", false},
    {0x01EC, "o", true},   {0x01ED, "o", false},   {0x01F0, "j", false},  {0x01F4, "g", true},
    {0x01F5, "g", false},  {0x01F8, "n", true},    {0x01F9, "n", false},  {0x01FA, "a", true},
    {0x01FB, "a", false},  {0x0200, "a", true},    {0x0201, "a", false},  {0x0202, "a", true},
    {0x0203, "a", false},  {0x0204, "e", true},    {0x0205, "e", false},  {0x0206, "e", true},
    {0x0207, "e", false},  {0x0208, "i", true},    {0x0209, "i", false},  {0x020A, "i", true},
    {0x020B, "i", false},  {0x020C, "o", true},    {0x020D, "o", false},  {0x020E, "o", true},
    {0x020F, "o", false},  {0x0210, "r", true},    {0x0211, "r", false},  {0x0212, "r", true},
    {0x0213, "r", false},  {0x0214, "u", true},    {0x0215, "u", false},  {0x0216, "u", true},
    {0x0217, "u", false},  {0x0218, "s", true},    {0x0219, "s", false},  {0x021A, "t", true},
    {0x021B, "t", false},  {0x021E, "h", true},    {0x021F, "h", false},  {0x0226, "a", true},
    {0x0227, "a", false},  {0x0228, "e", true},    {0x0229, "e", false},  {0x022A, "o", true},
    {0x022B, "o", false},  {0x022C, "o", true},    {0x022D, "o", false},  {0x022E, "o", true},
    {0x022F, "o", false},  {0x0230, "o", true},    {0x0231, "o", false},  {0x0232, "y", true},
    {0x0233, "y", false},  {0x0386, "a", true},    {0x0388, "e", true},   {0x0389, "i", true},
    {0x038A, "i", true},   {0x038C, "o", true},    {0x038E, "y", true},   {0x038F, "o", true},
    {0x0390, "i", false},  {0x0391, "a", true},    {0x0392, "v", true},   {0x0393, "g", true},
    {0x0394, "d", true},   {0x0395, "e", true},    {0x0396, "z", true},   {0x0397, "i", true},
    {0x0398, "th", true},  {0x0399, "i", true},    {0x039A, "k", true},   {0x039B, "l", true},
    {0x039C, "m", true},   {0x039D, "n", true},    {0x039E, "x", true},   {0x039F, "o", true},
    {0x03A0, "p", true},   {0x03A1, "r", true},    {0x03A3, "s", true},   {0x03A4, "t", true},
    {0x03A5, "y", true},   {0x03A6, "f", true},    {0x03A7, "ch", true},  {0x03A8, "ps", true},
    {0x03A9, "o", true},   {0x03AA, "i", true},    {0x03AB, "y", true},   {0x03AC, "a", false},
    {0x03AD, "e", false},  {0x03AE, "i", false},   {0x03AF, "i", false},  {0x03B0, "y", false},
    {0x03B1, "a", false},  {0x03B2, "v", false},   {0x03B3, "g", false},  {0x03B4, "d", false},
    {0x03B5, "e", false},  {0x03B6, "z", false},   {0x03B7, "i", false},  {0x03B8, "th", false},
    {0x03B9, "i", false},  {0x03BA, "k", false},   {0x03BB, "l", false},  {0x03BC, "m", false},
    {0x03BD, "n", false},  {0x03BE, "x", false},   {0x03BF, "o", false},  {0x03C0, "p", false},
    {0x03C1, "r", false},  {0x03C2, "s", false},   {0x03C3, "s", false},  {0x03C4, "t", false},
    {0x03C5, "y", false},  {0x03C6, "f", false},   {0x03C7, "ch", false}, {0x03C8, "ps", false},
    {0x03C9, "o", false},  {0x03CA, "i", false},   {0x03CB, "y", false},  {0x03CC, "o", false},
    {0x03CD, "y", false},  {0x03CE, "o", false},   {0x0400, "e", true},   {0x0401, "e", true},
    {0x0403, "g", true},   {0x040C, "k", true},    {0x040D, "i", true},   {0x040E, "u", true},
    {0x0410, "a", true},   {0x0411, "b", true},    {0x0412, "v", true},   {0x0413, "g", true},
    {0x0414, "d", true},   {0x0415, "e", true},    {0x0416, "zh", true},  {0x0417, "z", true},
    {0x0418, "i", true},   {0x0419, "i", true},    {0x041A, "k", true},   {0x041B, "l", true},
    {0x041C, "m", true},   {0x041D, "n", true},    {0x041E, "o", true},   {0x041F, "p", true},
    {0x0420, "r", true},   {0x0421, "s", true},    {0x0422, "t", true},   {0x0423, "u", true},
    {0x0424, "f", true},   {0x0425, "h", true},    {0x0426, "ts", true},  {0x0427, "ch", true},
    {0x0428, "sh", true},  {0x0429, "sht", true},  {0x042A, "a", true},   {0x042B, "y", true},
    {0x042C, "y", true},   {0x042D, "e", true},    {0x042E, "yu", true},  {0x042F, "ya", true},
    {0x0430, "a", false},  {0x0431, "b", false},   {0x0432, "v", false},  {0x0433, "g", false},
    {0x0434, "d", false},  {0x0435, "e", false},   {0x0436, "zh", false}, {0x0437, "z", false},
    {0x0438, "i", false},  {0x0439, "i", false},   {0x043A, "k", false},  {0x043B, "l", false},
    {0x043C, "m", false},  {0x043D, "n", false},   {0x043E, "o", false},  {0x043F, "p", false},
    {0x0440, "r", false},  {0x0441, "s", false},   {0x0442, "t", false},  {0x0443, "u", false},
    {0x0444, "f", false},  {0x0445, "h", false},   {0x0446, "ts", false}, {0x0447, "ch", false},
    {0x0448, "sh", false}, {0x0449, "sht", false}, {0x044A, "a", false},  {0x044B, "y", false},
    {0x044C, "y", false},  {0x044D, "e", false},   {0x044E, "yu", false}, {0x044F, "ya", false},
    {0x0450, "e", false},  {0x0451, "e", false},   {0x0453, "g", false},  {0x045C, "k", false},
    {0x045D, "i", false},  {0x045E, "u", false},
};

const Letter* FindLetter(uint32_t cp) {
  auto it = std::lower_bound(std::begin(kLetters), std::end(kLetters), cp,
                             [](const Letter& l, uint32_t c) { return l.code_point < c; });
  if (it == std::end(kLetters) || it->code_point != cp) return nullptr;
  return &*it;
}

// Decodes one UTF-8 sequence at s[i], advancing i. Invalid bytes decode as
// U+FFFD so that the caller simply drops them.
uint32_t DecodeUtf8(absl::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i++]);
  if (b0 < 0x80) return b0;
  int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : -1;
  if (extra < 0) return 0xFFFD;
  uint32_t cp = b0 & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size()) return 0xFFFD;
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (b & 0x3F);
    ++i;
  }
  return cp;
}

bool IsGreekUpsilon(uint32_t cp) {
  return cp == 0x03C5 || cp == 0x03CD || cp == 0x03A5 || cp == 0x038E;
}
bool IsGreekOmicron(uint32_t cp) {
  return cp == 0x03BF || cp == 0x03CC || cp == 0x039F || cp == 0x038C;
}

}  // namespace

std::vector<std::string> AsciiWords(absl::string_view utf8, absl::string_view language) {
  const bool german = language == "de";
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  uint32_t previous = 0;
  for (size_t i = 0; i < utf8.size();) {
    const uint32_t cp = DecodeUtf8(utf8, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') {
        word.push_back(static_cast<char>(c - 'A' + 'a'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word.push_back(c);
      } else {
        flush();
      }
    } else if (german && (cp == 0xE4 || cp == 0xC4)) {
      word += "ae";
    } else if (german && (cp == 0xF6 || cp == 0xD6)) {
      word += "oe";
    } else if (german && (cp == 0xFC || cp == 0xDC)) {
      word += "ue";
    } else if (IsGreekUpsilon(cp) && IsGreekOmicron(previous)) {
      word.back() = 'o';  // "ου" is "ou", not "oy".
      word.push_back('u');
    } else if (const Letter* l = FindLetter(cp)) {
      word += l->ascii;
    } else {
      flush();
    }
    previous = cp;
  }
  flush();
  return words;
}

std::string AsciiSlug(absl::string_view utf8, absl::string_view language) {
  std::string out;
  for (const auto& w : AsciiWords(utf8, language)) {
    if (!out.empty()) out.push_back('-');
    out += w;
  }
  return out;
}

std::string Romanize(absl::string_view utf8) {
  std::string out;
  uint32_t previous = 0;
  for (size_t i = 0; i < utf8.size();) {
    const size_t start = i;
    const uint32_t cp = DecodeUtf8(utf8, i);
    const Letter* l = cp >= 0x0370 ? FindLetter(cp) : nullptr;
    if (l == nullptr) {
      out.append(utf8.data() + start, i - start);
    } else if (IsGreekUpsilon(cp) && IsGreekOmicron(previous)) {
      out.push_back(l->upper ? 'U' : 'u');  // "ου" is "ou".
    } else {
      std::string t = l->ascii;
      if (l->upper) t[0] = static_cast<char>(t[0] - 'a' + 'A');
      out += t;
    }
    previous = cp;
  }
  return out;
}

std::string Initials(absl::string_view utf8) {
  std::string out;
  int count = 0;
  bool at_word_start = true;
  for (size_t i = 0; i < utf8.size();) {
    const size_t start = i;
    const uint32_t cp = DecodeUtf8(utf8, i);
    const bool separator = cp == ' ' || cp == '-' || cp == ',' || cp == '(' || cp == 0x2013;
    if (separator) {
      at_word_start = true;
      continue;
    }
    if (at_word_start) {
      at_word_start = false;
      bool upper = false;
      if (cp < 0x80) {
        upper = cp >= 'A' && cp <= 'Z';
        if (!upper && !(cp >= 'a' && cp <= 'z')) return "";
      } else if (const Letter* l = FindLetter(cp)) {
        upper = l->upper;
      } else {
        return "";
      }
      if (upper) {
        out.append(utf8.data() + start, i - start);
        ++count;
      }
    }
  }
  if (count < 3 || count > 6) return "";
  return out;
}

void ReplaceAll(std::string& s, absl::string_view from, absl::string_view to) {
  if (from.empty()) return;
  for (size_t pos = s.find(from.data(), 0, from.size()); pos != std::string::npos;
       pos = s.find(from.data(), pos + to.size(), from.size())) {
    s.replace(pos, from.size(), to.data(), to.size());
  }
}

}  // namespace imi::directory_gen
