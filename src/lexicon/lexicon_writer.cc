#include "lexicon/lexicon_writer.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "lexicon/format.h"

namespace chancery {

namespace fmt = lexicon_format;

namespace {
void PutU32(std::string* out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out->append(b, 4);
}
void PadTo8(std::string* out) {
  while (out->size() % 8 != 0) out->push_back('\0');
}
}  // namespace

LexiconWriter::LexiconWriter(std::string kind, bool folded_keys)
    : kind_(std::move(kind)), folded_keys_(folded_keys) {}

void LexiconWriter::Add(std::string key, std::string value) {
  entries_.emplace_back(std::move(key), std::move(value));
}

Result<std::string> LexiconWriter::Finish() {
  if (kind_.size() >= sizeof(fmt::Header{}.kind)) return Status::InvalidArgument("kind too long: " + kind_);
  std::sort(entries_.begin(), entries_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 1; i < entries_.size(); ++i) {
    if (entries_[i].first == entries_[i - 1].first) {
      return Status::InvalidArgument("duplicate key '" + entries_[i].first + "'");
    }
  }
  uint32_t n = static_cast<uint32_t>(entries_.size());
  uint32_t slots = 8;
  while (slots < 2 * uint64_t{n}) slots *= 2;
  std::vector<uint32_t> slot_table(slots, 0);
  uint32_t index_mask = fmt::IndexMask(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t h = fmt::Hash(entries_[i].first);
    uint32_t s = static_cast<uint32_t>(h) & (slots - 1);
    while (slot_table[s] != 0) s = (s + 1) & (slots - 1);
    slot_table[s] = fmt::SlotTag(h, index_mask) | (i + 1);
  }
  std::string body;
  for (uint32_t v : slot_table) PutU32(&body, v);
  PadTo8(&body);
  std::string area;
  std::vector<uint32_t> offsets;
  offsets.reserve(n);
  for (const auto& [key, value] : entries_) {
    if (area.size() > UINT32_MAX - key.size() - value.size() - 8) {
      return Status::InvalidArgument("lexicon larger than 4 GiB");
    }
    offsets.push_back(static_cast<uint32_t>(area.size()));
    PutU32(&area, static_cast<uint32_t>(key.size()));
    PutU32(&area, static_cast<uint32_t>(value.size()));
    area += key;
    area += value;
  }
  for (uint32_t off : offsets) PutU32(&body, off);
  PadTo8(&body);
  body += area;
  PadTo8(&body);

  fmt::Header h{};
  std::memcpy(h.magic, fmt::kMagic, sizeof h.magic);
  h.version = fmt::kVersion;
  h.flags = folded_keys_ ? fmt::kFlagFoldedKeys : 0;
  std::memcpy(h.kind, kind_.data(), kind_.size());
  h.entry_count = n;
  h.slot_count = slots;
  h.checksum = fmt::Checksum(reinterpret_cast<const unsigned char*>(body.data()), body.size());
  std::string out(reinterpret_cast<const char*>(&h), sizeof h);
  out += body;
  return out;
}

Status LexiconWriter::WriteFile(const std::string& path) {
  Result<std::string> blob = Finish();
  if (!blob.ok()) return blob.status();
  std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return Status::IOError("cannot write " + tmp);
  size_t written = std::fwrite(blob.value().data(), 1, blob.value().size(), f);
  if (std::fclose(f) != 0 || written != blob.value().size()) return Status::IOError("short write to " + tmp);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return Status::IOError("cannot rename " + tmp);
  return Status::Ok();
}

}  // namespace chancery
