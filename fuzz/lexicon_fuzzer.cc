// The compiled-lexicon loader (src/lexicon/lexicon.cc) on damaged blobs: a corrupted or
// truncated .lex must be a Corruption status, never a crash or an out-of-bounds read.
//
// Each input is tried twice through Lexicon::FromBytes (the in-memory twin of Open,
// which maps the file and calls it): once as it is, and once "repaired" (magic,
// version and checksum rewritten to match) so the fuzzer gets past the checksum to the
// section and entry checks behind it: only a file built to fool the checksum gets
// there in practice, but it must not crash the reader either. Whatever loads is then
// read whole: every entry by index, and every key looked up again.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_support.h"
#include "lexicon/format.h"
#include "lexicon/lexicon.h"

namespace fmt = chancery::lexicon_format;

namespace {

void ReadWhole(std::string_view bytes) {
  // The kind is checked before anything else, so take it from the blob itself.
  std::string kind;
  if (bytes.size() >= sizeof(fmt::Header)) {
    const char* k = bytes.data() + offsetof(fmt::Header, kind);
    kind.assign(k, strnlen(k, sizeof(fmt::Header::kind)));
  }
  auto lex = chancery::Lexicon::FromBytes(bytes, kind);
  if (!lex.ok()) return;
  const chancery::Lexicon& l = lex.value();
  for (uint32_t i = 0; i < l.size(); ++i) {
    std::string_view key = l.KeyAt(i);
    std::string_view value = l.ValueAt(i);
    CHANCERY_FUZZ_CHECK(key.data() >= bytes.data() && key.data() + key.size() <= bytes.data() + bytes.size());
    CHANCERY_FUZZ_CHECK(value.data() >= bytes.data() &&
                        value.data() + value.size() <= bytes.data() + bytes.size());
    (void)l.Find(key);
  }
  (void)l.Find("");
  (void)l.Find("paris");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Copies, so the blob's alignment is malloc's, as a mapped file's page is.
  std::string as_is(reinterpret_cast<const char*>(data), size);
  ReadWhole(as_is);
  if (size >= sizeof(fmt::Header)) {
    std::string repaired = as_is;
    fmt::Header h;
    std::memcpy(&h, repaired.data(), sizeof h);
    std::memcpy(h.magic, fmt::kMagic, sizeof h.magic);
    h.version = fmt::kVersion;
    const auto* body = reinterpret_cast<const unsigned char*>(repaired.data()) + sizeof h;
    h.checksum = fmt::Checksum(body, repaired.size() - sizeof h);
    std::memcpy(repaired.data(), &h, sizeof h);
    ReadWhole(repaired);
  }
  return 0;
}
