// Arena: a bump allocator for strings derived during the analysis of one document
// (lemmas built by rules, normalised keys), so that the hot path allocates a block
// now and then instead of once per token.
//
// Views returned by Store() stay valid until Reset() or destruction; Reset() keeps the
// first block for reuse by the next document. Not thread-safe: one Arena per worker.
#ifndef CHANCERY_BASE_ARENA_H_
#define CHANCERY_BASE_ARENA_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace chancery {

class Arena {
 public:
  explicit Arena(size_t block_size = 64 * 1024) : block_size_(block_size) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = default;

  // Copies `s` into the arena and returns a view of the copy.
  std::string_view Store(std::string_view s);
  // Returns `n` writable bytes (uninitialised), aligned to 8.
  char* Allocate(size_t n);
  // Forgets everything stored; keeps one block for reuse.
  void Reset();
  // Bytes held in blocks (for peak-memory accounting).
  size_t MemoryUsage() const;

 private:
  struct Block {
    std::unique_ptr<char[]> data;
    size_t size;
  };
  size_t block_size_;
  std::vector<Block> blocks_;
  char* cursor_ = nullptr;
  size_t remaining_ = 0;
};

}  // namespace chancery

#endif  // CHANCERY_BASE_ARENA_H_
