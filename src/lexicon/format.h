// The on-disk format of a compiled lexicon (.lex). Specified in docs/formats/lexicon.md;
// this header is the single definition shared by the reader (runtime) and the writer
// (build time only).
//
// Layout (little-endian, every section 8-byte aligned):
//   Header      (48 bytes, below)
//   slots       slot_count x uint32: 0 = empty, else (tag | (1 + index into the entry
//               table)), the index in the low IndexBits(entry_count) bits and the tag,
//               the upper bits of the key hash's high half, above them (see SlotTag)
//   entry table entry_count x uint32: byte offset of each entry within the entry area
//   entries     entry_count x { uint32 key_len; uint32 value_len; key bytes; value bytes }
// Keys are unique. A key's slot is found by open addressing with linear probing from
// Hash(key) % slot_count; slot_count is a power of two at least twice entry_count. The
// tag lets a lookup skip occupied slots of other keys without touching their entries.
// Entries are sorted by key bytes, so the entry table also serves ordered iteration.
// The checksum covers every byte after the header.
#ifndef CHANCERY_LEXICON_FORMAT_H_
#define CHANCERY_LEXICON_FORMAT_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace chancery::lexicon_format {

inline constexpr char kMagic[8] = {'C', 'H', 'N', 'C', 'Y', 'L', 'E', 'X'};
inline constexpr uint32_t kVersion = 3;

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

// Little-endian loads of 8 and 4 bytes (single loads on little-endian machines).
inline uint64_t LoadLe64(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}
inline uint64_t LoadLe32(const unsigned char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap32(w);
  return w;
}

// The key hash of the slot table: 8 bytes at a time, multiply-xorshift, with a final
// avalanche (murmur3 fmix64) so both the low bits (home slot) and the high bits (tag)
// depend on every byte. The key length is mixed in first.
inline uint64_t Hash(std::string_view key) {
  const auto* p = reinterpret_cast<const unsigned char*>(key.data());
  uint64_t n = key.size();
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0xff51afd7ed558ccdULL);
  while (n >= 8) {
    h = (h ^ LoadLe64(p)) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    uint64_t w;
    if (n >= 4) {
      w = LoadLe32(p) | (LoadLe32(p + n - 4) << 32);
    } else {
      w = uint64_t{p[0]} | (uint64_t{p[n / 2]} << 8) | (uint64_t{p[n - 1]} << 16);
    }
    h = (h ^ w) * 0x94d049bb133111ebULL;
    h ^= h >> 29;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// Bits of a slot that hold 1 + entry index: enough for entry_count.
inline uint32_t IndexBits(uint32_t entry_count) {
  uint32_t bits = 0;
  while (bits < 32 && (uint64_t{1} << bits) <= entry_count) ++bits;
  return bits;
}
inline uint32_t IndexMask(uint32_t entry_count) {
  uint32_t bits = IndexBits(entry_count);
  return bits >= 32 ? 0xffffffffu : (uint32_t{1} << bits) - 1;
}
// The tag of a key's slot: the bits of the hash's high half above the index bits.
inline uint32_t SlotTag(uint64_t hash, uint32_t index_mask) {
  return static_cast<uint32_t>(hash >> 32) & ~index_mask;
}

// A word-at-a-time 64-bit checksum (multiply-xorshift) over four independent lanes of
// 8-byte words (word i feeds lane i % 4), so the multiplies of the lanes overlap rather
// than wait on each other: about 4x the speed of one chain, a few milliseconds for every
// lexicon at start-up. Each lane step is a bijection of its state, so changing any one
// word changes its lane and the result. Leftover whole words go to lane 0, tail bytes
// after the lanes are folded together. (Version 2 used one chain.)
inline uint64_t Checksum(const unsigned char* p, uint64_t n) {
  constexpr uint64_t kMul = 0xff51afd7ed558ccdULL;
  uint64_t h0 = 0x9e3779b97f4a7c15ULL ^ n, h1 = 0xc2b2ae3d27d4eb4fULL ^ n, h2 = 0x165667b19e3779f9ULL ^ n,
           h3 = 0x27d4eb2f165667c5ULL ^ n;
  uint64_t i = 0;
  for (; i + 32 <= n; i += 32) {
    h0 = (h0 ^ LoadLe64(p + i)) * kMul;
    h1 = (h1 ^ LoadLe64(p + i + 8)) * kMul;
    h2 = (h2 ^ LoadLe64(p + i + 16)) * kMul;
    h3 = (h3 ^ LoadLe64(p + i + 24)) * kMul;
    h0 ^= h0 >> 29;
    h1 ^= h1 >> 29;
    h2 ^= h2 >> 29;
    h3 ^= h3 >> 29;
  }
  for (; i + 8 <= n; i += 8) {
    h0 = (h0 ^ LoadLe64(p + i)) * kMul;
    h0 ^= h0 >> 29;
  }
  uint64_t h = h0;
  for (uint64_t lane : {h1, h2, h3}) {
    h = (h ^ lane) * kMul;
    h ^= h >> 29;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * 0xc4ceb9fe1a85ec53ULL;
  return h ^ (h >> 32);
}

}  // namespace chancery::lexicon_format

#endif  // CHANCERY_LEXICON_FORMAT_H_
