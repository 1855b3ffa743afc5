// directory_gen: writes a synthetic IMI directory (training data, benchmark
// data) as JSON Lines, for the directory service's import.
//
//   directory_gen [--count=13000] [--seed=1]
//                 [--authorities=authorities.jsonl] [--helpdesks=helpdesks.jsonl]
//
// One imi.directory.v1.Authority per line (the Commission, then every
// coordinator, then the competent authorities), one imi.directory.v1.Helpdesk
// per line in the second file. Same seed and count -> identical files.
// Exit status: 0 written, 1 generation or I/O error, 2 bad usage.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "tools/directory_gen/directory_gen.h"

namespace {

constexpr char kUsage[] =
    "usage: directory_gen [--count=N] [--seed=S] [--authorities=FILE] [--helpdesks=FILE]\n"
    "  --count        total authorities, Commission included (default 13000)\n"
    "  --seed         generator seed; same seed and count give identical files (default 1)\n"
    "  --authorities  output, one imi.directory.v1.Authority per line (default authorities.jsonl)\n"
    "  --helpdesks    output, one imi.directory.v1.Helpdesk per line (default helpdesks.jsonl)\n";

}  // namespace

int main(int argc, char** argv) {
  imi::directory_gen::Options options;
  std::string authorities_path = "authorities.jsonl";
  std::string helpdesks_path = "helpdesks.jsonl";
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](absl::string_view flag) -> const char* {
      return absl::StartsWith(arg, flag) ? arg.c_str() + flag.size() : nullptr;
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (const char* v = value("--count=")) {
      if (!absl::SimpleAtoi(v, &options.count)) {
        std::cerr << "directory_gen: --count must be a number\n" << kUsage;
        return 2;
      }
    } else if (const char* v = value("--seed=")) {
      if (!absl::SimpleAtoi(v, &options.seed)) {
        std::cerr << "directory_gen: --seed must be a non-negative number\n" << kUsage;
        return 2;
      }
    } else if (const char* v = value("--authorities=")) {
      authorities_path = v;
    } else if (const char* v = value("--helpdesks=")) {
      helpdesks_path = v;
    } else {
      std::cerr << "directory_gen: unknown argument " << arg << "\n" << kUsage;
      return 2;
    }
  }
  if (options.count < imi::directory_gen::MinimumCount() ||
      options.count > imi::directory_gen::kMaximumCount) {
    std::cerr << "directory_gen: --count must be between " << imi::directory_gen::MinimumCount()
              << " and " << imi::directory_gen::kMaximumCount << "\n";
    return 2;
  }

  std::ofstream authorities(authorities_path, std::ios::binary | std::ios::trunc);
  std::ofstream helpdesks(helpdesks_path, std::ios::binary | std::ios::trunc);
  if (!authorities || !helpdesks) {
    std::cerr << "directory_gen: cannot open " << (!authorities ? authorities_path : helpdesks_path)
              << "\n";
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  auto stats = imi::directory_gen::WriteJsonLines(options, authorities, helpdesks);
  if (!stats.ok()) {
    std::cerr << "directory_gen: " << stats.status() << "\n";
    return 1;
  }
  authorities.close();
  helpdesks.close();
  if (!authorities || !helpdesks) {
    std::cerr << "directory_gen: error closing the output files\n";
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  auto join = [](const std::map<std::string, int64_t>& m) {
    return absl::StrJoin(m, " ", absl::PairFormatter("="));
  };
  std::cerr << "directory_gen: wrote " << stats->authorities << " authorities to "
            << authorities_path << " and " << stats->helpdesks << " helpdesks to " << helpdesks_path
            << " in " << seconds << " s (seed " << options.seed << ")\n"
            << "  kinds:     " << join(stats->by_kind) << "\n"
            << "  states:    " << join(stats->by_state) << "\n"
            << "  countries: " << join(stats->by_country) << "\n";
  return 0;
}
