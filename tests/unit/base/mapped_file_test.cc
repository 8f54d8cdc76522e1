#include "base/mapped_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace chancery {
namespace {

std::string WriteTemp(const std::string& content) {
  char path[] = "/tmp/chancery_mapped_XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  FILE* f = fdopen(fd, "wb");
  std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
  return path;
}

TEST(MappedFile, MapsWholeFile) {
  std::string path = WriteTemp("hello, lexicon");
  Result<MappedFile> f = MappedFile::Open(path);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f.value().bytes(), "hello, lexicon");
  std::remove(path.c_str());
}

TEST(MappedFile, EmptyFileMapsToEmptySpan) {
  std::string path = WriteTemp("");
  Result<MappedFile> f = MappedFile::Open(path);
  ASSERT_TRUE(f.ok());
  EXPECT_TRUE(f.value().bytes().empty());
  std::remove(path.c_str());
}

TEST(MappedFile, MissingFileIsNotFound) {
  Result<MappedFile> f = MappedFile::Open("/nonexistent/chancery.lex");
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kNotFound);
}

TEST(MappedFile, MoveTransfersOwnership) {
  std::string path = WriteTemp("abc");
  Result<MappedFile> f = MappedFile::Open(path);
  ASSERT_TRUE(f.ok());
  MappedFile moved = std::move(f).value();
  EXPECT_EQ(moved.bytes(), "abc");
  std::remove(path.c_str());
}

TEST(ReadFileToString, ReadsContent) {
  std::string path = WriteTemp(std::string("a\0b", 3));
  Result<std::string> s = ReadFileToString(path);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value(), std::string("a\0b", 3));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace chancery
