#include "base/arena.h"

#include <algorithm>
#include <cstring>

namespace chancery {

char* Arena::Allocate(size_t n) {
  size_t padded = (n + 7) & ~size_t{7};
  if (padded > remaining_) {
    size_t size = std::max(block_size_, padded);
    blocks_.push_back({std::make_unique_for_overwrite<char[]>(size), size});  // no zero fill: bytes are written before read
    cursor_ = blocks_.back().data.get();
    remaining_ = size;
  }
  char* out = cursor_;
  cursor_ += padded;
  remaining_ -= padded;
  return out;
}

std::string_view Arena::Store(std::string_view s) {
  if (s.empty()) return {};
  char* p = Allocate(s.size());
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

void Arena::Reset() {
  if (blocks_.empty()) return;
  blocks_.resize(1);
  cursor_ = blocks_[0].data.get();
  remaining_ = blocks_[0].size;
}

size_t Arena::MemoryUsage() const {
  size_t total = 0;
  for (const Block& b : blocks_) total += b.size;
  return total;
}

}  // namespace chancery
