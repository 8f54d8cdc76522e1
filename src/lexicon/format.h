// The on-disk format of a compiled lexicon (.lex). Specified in docs/formats/lexicon.md;
// this header is the single definition shared by the reader (runtime) and the writer
// (build time only).
//
// Layout (little-endian, every section 8-byte aligned):
//   Header      (48 bytes, below)
//   slots       slot_count x uint32: 0 = empty, else 1 + index into the entry table
//   entry table entry_count x uint32: byte offset of each entry within the entry area
//   entries     entry_count x { uint32 key_len; uint32 value_len; key bytes; value bytes }
// Keys are unique. A key's slot is found by open addressing with linear probing from
// Hash(key) % slot_count; slot_count is a power of two at least twice entry_count.
// Entries are sorted by key bytes, so the entry table also serves ordered iteration.
// The checksum covers every byte after the header.
#ifndef CHANCERY_LEXICON_FORMAT_H_
#define CHANCERY_LEXICON_FORMAT_H_

#include <cstdint>
#include <string_view>

namespace chancery::lexicon_format {

inline constexpr char kMagic[8] = {'C', 'H', 'N', 'C', 'Y', 'L', 'E', 'X'};
inline constexpr uint32_t kVersion = 1;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t flags;            // kFlagFoldedKeys, ...
  char kind[16];             // NUL-padded name of the payload's layout, e.g. "morph-fr"
  uint32_t entry_count;
  uint32_t slot_count;
  uint64_t checksum;         // Checksum() of everything after the header
};
static_assert(sizeof(Header) == 48);

// Keys were folded with FoldForMatch (unicode/fold.h) before storing.
inline constexpr uint32_t kFlagFoldedKeys = 1u << 0;

// FNV-1a, 64-bit: the key hash of the slot table.
inline uint64_t Hash(std::string_view key) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : key) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// A word-at-a-time 64-bit checksum (multiply-xorshift), fast enough to verify a
// 50 MB lexicon in a few milliseconds at load.
inline uint64_t Checksum(const unsigned char* p, uint64_t n) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = 0;
    for (int k = 0; k < 8; ++k) w |= uint64_t{p[i + k]} << (8 * k);
    h = (h ^ w) * 0xff51afd7ed558ccdULL;
    h ^= h >> 29;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 32);
}

}  // namespace chancery::lexicon_format

#endif  // CHANCERY_LEXICON_FORMAT_H_
