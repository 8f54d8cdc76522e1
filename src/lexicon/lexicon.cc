#include "lexicon/lexicon.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <vector>

#include "lexicon/format.h"

namespace chancery {

namespace fmt = lexicon_format;

namespace {

uint32_t LoadU32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

bool FileExists(const std::string& path) { return ::access(path.c_str(), R_OK) == 0; }

std::string ExecutableDir() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  std::string path(buf, static_cast<size_t>(n));
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

}  // namespace

Result<uint64_t> ReadLexiconChecksum(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(path + ": " + std::strerror(errno));
  fmt::Header h;
  ssize_t n = ::pread(fd, &h, sizeof h, 0);
  ::close(fd);
  if (n != static_cast<ssize_t>(sizeof h)) return Status::Corruption(path + ": lexicon shorter than its header");
  if (std::memcmp(h.magic, fmt::kMagic, sizeof h.magic) != 0) {
    return Status::Corruption(path + ": not a chancery lexicon (bad magic)");
  }
  if (h.version != fmt::kVersion) return Status::Corruption(path + ": lexicon format version mismatch");
  return h.checksum;
}

Result<Lexicon> Lexicon::Open(const std::string& path, std::string_view expected_kind) {
  Result<MappedFile> file = MappedFile::Open(path);
  if (!file.ok()) return file.status();
  auto owned = std::make_unique<MappedFile>(std::move(file).value());
  Result<Lexicon> lex = FromBytes(owned->bytes(), expected_kind);
  if (!lex.ok()) return Status::Corruption(path + ": " + lex.status().message());
  lex.value().file_ = std::move(owned);
  return lex;
}

Result<Lexicon> Lexicon::FromBytes(std::string_view bytes, std::string_view expected_kind) {
  if (bytes.size() < sizeof(fmt::Header)) return Status::Corruption("lexicon shorter than its header");
  fmt::Header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  if (std::memcmp(h.magic, fmt::kMagic, sizeof h.magic) != 0) {
    return Status::Corruption("not a chancery lexicon (bad magic)");
  }
  if (h.version != fmt::kVersion) {
    return Status::Corruption("lexicon format version " + std::to_string(h.version) +
                              ", this build reads " + std::to_string(fmt::kVersion));
  }
  std::string kind(h.kind, strnlen(h.kind, sizeof h.kind));
  if (kind != expected_kind) {
    return Status::Corruption("lexicon of kind '" + kind + "', expected '" + std::string(expected_kind) + "'");
  }
  const auto* base = reinterpret_cast<const unsigned char*>(bytes.data());
  uint64_t body = bytes.size() - sizeof h;
  if (fmt::Checksum(base + sizeof h, body) != h.checksum) return Status::Corruption("lexicon checksum mismatch");
  uint64_t slots_bytes = uint64_t{h.slot_count} * 4;
  uint64_t table_bytes = uint64_t{h.entry_count} * 4;
  uint64_t slots_aligned = (slots_bytes + 7) & ~uint64_t{7};
  uint64_t table_aligned = (table_bytes + 7) & ~uint64_t{7};
  if (sizeof h + slots_aligned + table_aligned > bytes.size() ||
      (h.slot_count != 0 && (h.slot_count & (h.slot_count - 1)) != 0) ||
      (h.entry_count > 0 && h.slot_count < h.entry_count)) {
    return Status::Corruption("lexicon sections do not fit the file");
  }
  Lexicon lex;
  lex.bytes_ = bytes;
  lex.slots_ = base + sizeof h;
  lex.entry_table_ = lex.slots_ + slots_aligned;
  lex.entries_ = lex.entry_table_ + table_aligned;
  lex.entries_size_ = bytes.size() - (sizeof h + slots_aligned + table_aligned);
  lex.entry_count_ = h.entry_count;
  lex.slot_count_ = h.slot_count;
  lex.index_mask_ = fmt::IndexMask(h.entry_count);
  lex.folded_keys_ = (h.flags & fmt::kFlagFoldedKeys) != 0;
  lex.kind_ = std::move(kind);
  // Every entry must lie inside the entry area, so lookups never read past the blob.
  for (uint32_t i = 0; i < h.entry_count; ++i) {
    uint64_t off = LoadU32(lex.entry_table_ + 4 * uint64_t{i});
    if (off + 8 > lex.entries_size_) return Status::Corruption("lexicon entry out of bounds");
    uint64_t klen = LoadU32(lex.entries_ + off), vlen = LoadU32(lex.entries_ + off + 4);
    if (off + 8 + klen + vlen > lex.entries_size_) return Status::Corruption("lexicon entry out of bounds");
  }
  return lex;
}

std::string_view Lexicon::KeyAt(uint32_t i) const {
  uint32_t off = LoadU32(entry_table_ + 4 * uint64_t{i});
  return {reinterpret_cast<const char*>(entries_ + off + 8), LoadU32(entries_ + off)};
}

std::string_view Lexicon::ValueAt(uint32_t i) const {
  uint32_t off = LoadU32(entry_table_ + 4 * uint64_t{i});
  uint32_t klen = LoadU32(entries_ + off);
  return {reinterpret_cast<const char*>(entries_ + off + 8 + klen), LoadU32(entries_ + off + 4)};
}

std::optional<uint32_t> Lexicon::FindIndex(std::string_view key) const {
  if (slot_count_ == 0) return std::nullopt;
  uint64_t h = fmt::Hash(key);
  uint32_t mask = slot_count_ - 1;
  uint32_t tag = fmt::SlotTag(h, index_mask_);
  uint32_t s = static_cast<uint32_t>(h) & mask;
  for (uint32_t probes = 0; probes < slot_count_; ++probes, s = (s + 1) & mask) {
    uint32_t slot = LoadU32(slots_ + 4 * uint64_t{s});
    if (slot == 0) return std::nullopt;
    if ((slot & ~index_mask_) != tag) continue;
    uint32_t i = (slot & index_mask_) - 1;
    if (i >= entry_count_) return std::nullopt;
    uint32_t off = LoadU32(entry_table_ + 4 * uint64_t{i});
    if (LoadU32(entries_ + off) == key.size() &&
        (key.empty() || std::memcmp(entries_ + off + 8, key.data(), key.size()) == 0)) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> Lexicon::Find(std::string_view key) const {
  std::optional<uint32_t> i = FindIndex(key);
  if (!i) return std::nullopt;
  return ValueAt(*i);
}

Result<std::string> LocateDataDir(const std::string& explicit_dir, std::string_view probe_file) {
  std::vector<std::string> candidates;
  if (!explicit_dir.empty()) {
    candidates.push_back(explicit_dir);
  } else {
    if (const char* env = std::getenv("CHANCERY_DATA"); env != nullptr && *env != '\0') {
      candidates.push_back(env);
    }
    std::string exe = ExecutableDir();
    if (!exe.empty()) {
      candidates.push_back(exe + "/data");
      candidates.push_back(exe + "/../share/chancery");
    }
  }
  std::string tried;
  for (const std::string& dir : candidates) {
    if (FileExists(dir + "/" + std::string(probe_file))) return dir;
    tried += (tried.empty() ? "" : ", ") + dir;
  }
  return Status::NotFound("compiled lexicons (" + std::string(probe_file) + ") not found in: " + tried);
}

}  // namespace chancery
