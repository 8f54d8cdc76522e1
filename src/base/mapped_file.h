// MappedFile: a read-only memory map of a whole file.
//
// The bytes stay valid and unchanged for the lifetime of the MappedFile; views taken
// from bytes() must not outlive it. Movable, not copyable. An empty file maps to an
// empty span. Thread-safety: immutable after Open(), safe to share for reading.
#ifndef CHANCERY_BASE_MAPPED_FILE_H_
#define CHANCERY_BASE_MAPPED_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace chancery {

class MappedFile {
 public:
  // Maps `path` read-only. NotFound if it does not exist, IOError if it cannot be mapped.
  static Result<MappedFile> Open(const std::string& path);

  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }
  const std::string& path() const { return path_; }

 private:
  void Release();
  const void* data_ = nullptr;
  size_t size_ = 0;
  std::string path_;
};

// Reads a whole file into a string. NotFound or IOError on failure.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace chancery

#endif  // CHANCERY_BASE_MAPPED_FILE_H_
